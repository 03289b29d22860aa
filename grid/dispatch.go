package grid

// burnPools dispatches the fuel pools in one hour of month mo. A pool
// delivers DailyMCMD × Monthly[mo] mcm/d (a rate, no storage); its units,
// most efficient first, each take min(available MW, remaining gas ×
// MWPerMCMD). A dual-fuel unit runs what gas did not cover on liquid fuel
// at LiquidFactor of that capacity, reported under LiquidSource. gAv holds
// the available MW of single-unit groups; output is added to sup[zone] and
// src[zone*S+source].
func (m *model) burnPools(mo int, gAv, sup, src []float64) {
	S := m.S
	for p := range m.sys.Pools {
		rem := m.poolRate[p][mo]
		for _, pu := range m.poolBurn[p] {
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
				src[pu.zone*S+pu.source] += gasMW
			}
			if pu.liquid > 0 && gasMW < av {
				liq := pu.liquid * (av - gasMW)
				sup[pu.zone] += liq
				src[pu.zone*S+pu.liqSource] += liq
			}
		}
	}
}

// poolUnit is what burnPools needs of a unit, packed for the hour loop.
type poolUnit struct {
	group, zone, source, liqSource int
	eff, invEff, liquid            float64
}

// waterFill spends an energy budget (MWh) of one hydro unit over a run of
// hours against the deficit there: it finds the level L with
// Σ_k min(avail_k, max(0, deficit_k − L)) = budget and writes each hour's
// output to out. The level is found by bisection and rounded toward less
// output, so the budget is never exceeded. Deficits may be negative
// (surplus): a budget larger than the shortage is still spent where the
// margin is thinnest.
func waterFill(deficit, avail []float64, budget float64, out []float64) {
	n := len(avail)
	total := 0.0
	for _, a := range avail {
		total += a
	}
	if budget <= 0 || total <= 0 {
		clear(out[:n])
		return
	}
	if total <= budget {
		copy(out, avail)
		return
	}
	lo, hi := 0.0, 0.0
	for k := range n {
		d := deficit[k]
		if k == 0 || d > hi {
			hi = d
		}
		if k == 0 || d-avail[k] < lo {
			lo = d - avail[k]
		}
	}
	spend := func(L float64) float64 {
		s := 0.0
		for k := range n {
			s += min(avail[k], max(0, deficit[k]-L))
		}
		return s
	}
	// Invariant: spend(lo) > budget >= spend(hi). spend is piecewise
	// linear, so false position (Illinois variant: the end kept twice in a
	// row has its weight halved) converges in a few steps. Output uses hi:
	// never overspent, and within 1e-9 of the budget.
	glo, ghi := total-budget, spend(hi)-budget // weights for interpolation
	under := -ghi                              // budget − spend(hi), true value
	side := 0
	for it := 0; it < 100 && under > 1e-9*budget; it++ {
		c := (lo*ghi - hi*glo) / (ghi - glo)
		if !(c > lo && c < hi) {
			c = lo + (hi-lo)/2
			if !(c > lo && c < hi) {
				break
			}
		}
		g := spend(c) - budget
		if g > 0 {
			lo, glo = c, g
			if side == 1 {
				ghi /= 2
			}
			side = 1
		} else {
			hi, ghi, under = c, g, -g
			if side == -1 {
				glo /= 2
			}
			side = -1
		}
	}
	for k := range n {
		out[k] = min(avail[k], max(0, deficit[k]-hi))
	}
}
