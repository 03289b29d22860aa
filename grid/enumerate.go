package grid

import (
	"context"
	"errors"
	"fmt"
)

// Enumerate is an exact method for tiny systems: in every hour it visits
// every combination of unit and corridor states (each element down with its
// steady-state probability MTTR/(MTTF+MTTR), independently), dispatches
// pools and solves the transfers under Policy, and sums the probabilities.
// It yields the hourly indices (LOLE, EUE, NEUE, monthly and month × hour
// LOLP, daily-peak LOLE, peak-hour figures), not event durations or
// day-level indices, and cannot represent hydro budgets or weather (they
// couple hours). It is the reference the Monte Carlo engine is checked
// against.
type Enumerate struct {
	Policy    Policy
	Protected []int
	// MaxElements caps units + corridors (2^n states per hour); 0 means 16.
	MaxElements int
}

// Assess implements Method.
func (en Enumerate) Assess(ctx context.Context, sys *System) (*Result, error) {
	if err := checkPolicy(sys, en.Policy); err != nil {
		return nil, err
	}
	m, err := newModel(sys)
	if err != nil {
		return nil, err
	}
	if len(m.hydro) > 0 || hasWeather(sys) {
		return nil, errors.New("enumerate cannot represent hydro energy budgets or weather anomalies (they couple hours)")
	}
	limit := en.MaxElements
	if limit <= 0 {
		limit = 16
	}
	nU, nC := len(sys.Units), len(sys.Corridors)
	if nU+nC > limit {
		return nil, fmt.Errorf("enumerate: %d units + %d corridors = %d elements exceed MaxElements %d", nU, nC, nU+nC, limit)
	}
	for _, z := range en.Protected {
		if z < 0 || z >= m.Z {
			return nil, fmt.Errorf("enumerate: Protected zone index %d out of range 0..%d", z, m.Z-1)
		}
	}
	Z := m.Z
	tr := newTransfer(m, en.Policy, en.Protected)
	n := nU + nC
	ents := make([]Metrics, Z+1)
	lolp := make([][]float64, Z+1) // [entity][hour]
	for e := range ents {
		lolp[e] = make([]float64, m.H)
	}
	eueAt := make([]float64, Z+1)
	supAt := make([]float64, Z+1)
	weekSup := make([][]float64, Z+1) // [entity][hour of the peak week]
	for e := range weekSup {
		weekSup[e] = make([]float64, m.weekLen)
	}
	unitF := make([]float64, nU)
	gAv := make([]float64, m.G)
	sup, src := make([]float64, Z), make([]float64, m.nSlots)
	dem, x := make([]float64, Z), make([]float64, Z)
	for h := range m.H {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		mo := int(m.month[h])
		tot := 0.0
		for z := range Z {
			dem[z] = m.demand[h*Z+z]
			tot += dem[z]
			ents[z].DemandMWh.Mean += dem[z]
		}
		ents[Z].DemandMWh.Mean += tot
		for u := range nU {
			unitF[u] = m.factor(&m.groups[m.unitGroup[u]], h, 0)
			for _, w := range m.unitMaint[u] {
				if h >= w.Start && h < w.End {
					unitF[u] = 0
				}
			}
		}
		for state := 0; state < 1<<n; state++ {
			p := 1.0
			clear(sup)
			clear(src)
			clear(gAv)
			for u := range nU {
				down := state>>u&1 == 1
				q := m.unitOut[u].pDown
				if down {
					p *= q
				} else {
					p *= 1 - q
				}
				g := m.unitGroup[u]
				mw := 0.0
				if !down {
					mw = sys.Units[u].CapacityMW * unitF[u]
				}
				if m.groups[g].own {
					gAv[g] += mw
				} else {
					sup[m.groups[g].zone] += mw
					src[m.groups[g].slot] += mw
				}
			}
			for c := range nC {
				down := state>>(nU+c)&1 == 1
				q := m.corrOut[c].pDown
				tr.setCorridor(c, 1)
				if down {
					p *= q
					tr.setCorridor(c, 0)
				} else {
					p *= 1 - q
				}
			}
			if p == 0 {
				continue
			}
			m.burnPools(mo, gAv, sup, src)
			tr.src = src
			tr.solve(sup, dem, x)
			tol := 1e-9 * tot
			usum, short := 0.0, false
			for z := range Z {
				u := dem[z] - x[z]
				if u <= tol {
					continue
				}
				short = true
				usum += u
				lolp[z][h] += p
				ents[z].EUE.Mean += p * u
				ents[z].MonthlyEUE[mo] += p * u
				if h == m.peakHour[z] {
					eueAt[z] += p * u
				}
			}
			if short {
				lolp[Z][h] += p
				ents[Z].EUE.Mean += p * usum
				ents[Z].MonthlyEUE[mo] += p * usum
				if h == m.peakHour[Z] {
					eueAt[Z] += p * usum
				}
			}
			if wk := h - m.weekStart; wk >= 0 && wk < m.weekLen {
				for z := range Z {
					weekSup[z][wk] += p * sup[z]
					weekSup[Z][wk] += p * sup[z]
				}
			}
			for z := range Z {
				if h == m.peakHour[z] {
					supAt[z] += p * sup[z]
				}
				if h == m.peakHour[Z] {
					supAt[Z] += p * sup[z]
				}
			}
		}
	}
	r := &Result{Method: "enumerate", Hours: m.H, Sources: sys.Sources, MonthDays: m.dayCounts()}
	for e := range ents {
		mt := &ents[e]
		for h := range m.H {
			mo, hd := m.month[h], m.hod[h]
			mt.LOLE.Mean += lolp[e][h]
			mt.MonthlyLOLE[mo] += lolp[e][h]
			mt.LOLPMonthHour[mo][hd] += lolp[e][h] / m.mhCount[mo][hd]
		}
		for d := range m.nDays {
			mt.DailyPeakLOLE.Mean += lolp[e][m.dayPeak[e][d]]
		}
		for mo := range 12 {
			if m.monthHours[mo] > 0 {
				mt.MonthlyShortfallGW[mo] = mt.MonthlyEUE[mo] / m.monthHours[mo] / 1000
			}
		}
		mt.ServedMWh.Mean = mt.DemandMWh.Mean - mt.EUE.Mean
		if mt.DemandMWh.Mean > 0 {
			mt.NEUEPPM.Mean = mt.EUE.Mean / mt.DemandMWh.Mean * 1e6
		}
		mt.PeakHour = m.peakHour[e]
		mt.PeakSupplyMW, mt.PeakShortfallMW = supAt[e], eueAt[e]
		mt.PeakWeekSupplyMW = weekSup[e]
		if e < Z {
			mt.Code, mt.Name = sys.Zones[e].Code, sys.Zones[e].Name
			mt.PeakDemandMW = m.demand[m.peakHour[e]*Z+e]
			if !sys.Zones[e].Junction {
				r.Zones = append(r.Zones, *mt)
			}
		} else {
			mt.Name = "system"
			mt.PeakDemandMW = m.sysDem[m.peakHour[e]]
			r.System = *mt
		}
	}
	return r, nil
}
