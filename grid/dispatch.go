package grid

import "math"

// burnPools dispatches the fuel pools in one hour of month mo. A pool
// delivers DailyMCMD × Monthly[mo] mcm/d (a rate, no storage); its units,
// most efficient first, each take min(available MW, remaining gas ×
// MWPerMCMD). A dual-fuel unit runs what gas did not cover on liquid fuel
// at LiquidFactor of that capacity, reported under LiquidSource. gAv holds
// the available MW of single-unit groups; output is added to sup[zone] and
// to src at the (zone, source) slot.
func (m *model) burnPools(mo int, gAv, sup, src []float64) {
	for p, burn := range m.poolBurn {
		rem := m.poolRate[p][mo]
		for i := range burn {
			pu := &burn[i] // not a copy: the struct is 56 bytes
			av := gAv[pu.group]
			if av <= 0 {
				continue
			}
			gasMW := 0.0
			if rem > 0 {
				need := av * pu.invEff
				if need <= rem {
					gasMW, rem = av, rem-need
				} else {
					gasMW, rem = rem*pu.eff, 0
				}
				sup[pu.zone] += gasMW
				src[pu.slot] += gasMW
			}
			if pu.liquid > 0 && gasMW < av {
				liq := pu.liquid * (av - gasMW)
				sup[pu.zone] += liq
				src[pu.liqSlot] += liq
			}
		}
	}
}

// poolUnit is what burnPools needs of a unit, packed for the hour loop.
type poolUnit struct {
	group, zone, source, liqSource int
	slot, liqSlot                  int // compact (zone, source) indices
	eff, invEff, liquid            float64
}

// waterFill spends an energy budget (MWh) of one hydro unit over a run of
// hours against the deficit there: it finds the level L with
// Σ_k min(avail_k, max(0, deficit_k − L)) = budget and writes each hour's
// output to out, and returns L (NaN when the budget is all spent or none
// is). Deficits may be negative (surplus): a budget larger than the
// shortage is still spent where the margin is thinnest. idx is scratch
// (len ≥ len(avail)). guess, unless NaN, is a first L to try: the spend
// there is taken in the first pass over the hours, with the bracket.
//
// The spend is piecewise linear in L, each hour's term bending at
// deficit − avail and at deficit. L is bracketed by safeguarded Newton
// steps, and each step drops the hours whose term is constant over the
// bracket (0, or all of avail), so later steps visit only the hours that
// still bend inside it. Once none bends, the spend is linear there and L
// is solved exactly; it is then raised by any rounding excess, so the
// budget is never exceeded.
func waterFill(deficit, avail []float64, budget float64, out []float64, idx []int32, guess float64) float64 {
	n := len(avail)
	// One pass: the total and the bracket, spend(lo) = total > budget ≥ 0
	// = spend(hi) when the budget falls short; with a guess, also the
	// spend and its slope there, and the hours with any avail.
	total := 0.0
	lo, hi := deficit[0]-avail[0], deficit[0]
	act := idx[:0]
	f0, s0 := 0.0, 0.0 // without a guess (NaN) no comparison holds: 0
	for k, a := range avail {
		total += a
		d := deficit[k]
		hi = max(hi, d)
		lo = min(lo, d-a)
		if v := d - guess; v >= a {
			f0 += a
		} else if v > 0 {
			f0 += v
			s0++
		}
		if a > 0 {
			act = append(act, int32(k))
		}
	}
	if budget <= 0 || total <= 0 {
		clear(out[:n])
		return math.NaN()
	}
	if total <= budget {
		copy(out, avail)
		return math.NaN()
	}
	// out is written as hours are settled: 0 unless dropped with all of
	// their avail, and act's hours at the end.
	clear(out[:n])
	flo, fhi := total, 0.0
	L := lo + (hi-lo)*(total-budget)/total // false position
	warm := guess > lo && guess < hi       // false for NaN
	if warm {
		L = guess // evaluated in the pass above
	}
	full := 0.0 // spend of the dropped hours that give all their avail
	exact := false
	for it := range 200 {
		f, slope := 0.0, 0.0
		if it == 0 && warm {
			f, slope = f0, s0
		} else if it == 0 {
			// Over the hours with any avail (none is constant over the
			// first bracket: nothing to drop yet).
			for _, k := range act {
				f += min(avail[k], max(0, deficit[k]-L))
			}
		} else {
			// Drop the hours constant over [lo, hi] and evaluate the
			// spend and its slope at L over the rest.
			f = full
			linear, j := true, 0
			for _, k := range act {
				d, a := deficit[k], avail[k]
				if d <= lo {
					continue // 0 over the bracket
				}
				if d-a >= hi {
					full += a // all of avail over the bracket
					f += a
					out[k] = a
					continue
				}
				act[j] = k
				j++
				linear = linear && d-a <= lo && d >= hi
				if v := d - L; v >= a {
					f += a
				} else if v > 0 {
					f += v
					slope++
				}
			}
			act = act[:j]
			if exact = linear && j > 0; exact || j == 0 {
				break
			}
		}
		if f == budget {
			break
		}
		if f > budget {
			lo, flo = L, f
		} else {
			hi, fhi = L, f
		}
		// Next: Newton from L (exact when no bend lies between L and the
		// root), else false position, else bisection.
		next := lo + (hi-lo)*(flo-budget)/(flo-fhi)
		if slope > 0 {
			if nt := L + (f-budget)/slope; nt > lo && nt < hi {
				next = nt
			}
		}
		if !(next > lo && next < hi) {
			next = lo + (hi-lo)/2
			if !(next > lo && next < hi) {
				break
			}
		}
		L = next
	}
	if exact { // every hour left is linear over [lo, hi]: full + Σ(d − L)
		sd := full
		for _, k := range act {
			sd += deficit[k]
		}
		L = min(hi, max(lo, (sd-budget)/float64(len(act))))
	}
	spent := full
	for _, k := range act {
		v := min(avail[k], max(0, deficit[k]-L))
		out[k] = v
		spent += v
	}
	if over := spent - budget; over > 0 { // rounding: raise L over the bent hours
		// Only act's hours bend: the others are 0 or all of their avail
		// over [lo, hi], where L is, and stay so while L does.
		bent := 0
		for _, k := range act {
			if v := out[k]; v > 0 && v < avail[k] {
				bent++
			}
		}
		if bent > 0 {
			L += over / float64(bent)
			if L <= hi {
				for _, k := range act {
					out[k] = min(avail[k], max(0, deficit[k]-L))
				}
			} else { // past the bracket a dropped hour may bend too
				for k, a := range avail {
					out[k] = min(a, max(0, deficit[k]-L))
				}
			}
		}
	}
	return L
}
