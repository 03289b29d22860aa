package imports

import (
	"context"
	"sort"

	"gridrisk/data"
	"gridrisk/grid"
)

// DependencyRow is one zone's (or the nation's) reliance on Iranian supply.
type DependencyRow struct {
	Code string `json:"code"`
	Name string `json:"name"`
	// ServedMWh is the expected served energy in the reference scenario.
	ServedMWh float64 `json:"served_mwh"`
	// IranGasShare is the share of served energy that rests on Iranian gas:
	// (served(ref) − served(ref with Iranian gas cut)) / served(ref), paired
	// with common random numbers; IranGasShareSE its standard error.
	IranGasShare   float64 `json:"iran_gas_share"`
	IranGasShareSE float64 `json:"iran_gas_share_se"`
	// IranPowerShare is the same for Iranian electricity.
	IranPowerShare   float64 `json:"iran_power_share"`
	IranPowerShareSE float64 `json:"iran_power_share_se"`
	// MWAtRiskGas is the capacity of the zone's units fed by Iranian gas,
	// limited by what the Iranian volume can fuel (pool volume in the peak
	// month × MW per mcm/d, most efficient units first).
	MWAtRiskGas float64 `json:"mw_at_risk_gas"`
	// MWAtRiskPower is the capacity of Iranian links into the zone in the
	// peak month.
	MWAtRiskPower float64 `json:"mw_at_risk_power"`
}

// DependencyResult holds the national row and one row per zone.
type DependencyResult struct {
	Scenario string          `json:"scenario"`
	Year     int             `json:"year"`
	System   DependencyRow   `json:"system"`
	Zones    []DependencyRow `json:"zones"`
}

// cutGas and cutPower are the counterfactual layers of the indicators.
var (
	cutGas   = Scenario{Name: "no-iranian-gas", Pools: []PoolChange{iranGasOff}}
	cutPower = Scenario{Name: "no-iranian-electricity", Links: []LinkChange{iranPowerOff}}
)

// DependencyFrom is Dependency reusing res, the reference scenario's result
// already computed with mc (nil: run it).
func DependencyFrom(ctx context.Context, ds *data.Dataset, ref Scenario, res *grid.Result, year int, mc grid.MonteCarlo) (*DependencyResult, error) {
	b, err := build(ds, ref, year)
	if err != nil {
		return nil, err
	}
	if res == nil {
		if res, err = simulateSpec(ctx, ds, RunSpec{ref, year}, mc, b.sys); err != nil {
			return nil, err
		}
	}
	gas, err := RunResult(ctx, ds, ref.With(cutGas), year, mc)
	if err != nil {
		return nil, err
	}
	power, err := RunResult(ctx, ds, ref.With(cutPower), year, mc)
	if err != nil {
		return nil, err
	}
	gasMW, powerMW := b.atRisk()
	out := &DependencyResult{Scenario: ref.Name, Year: year}
	row := func(code, name string, r, g, p *grid.Metrics, gmw, pmw float64) DependencyRow {
		d := DependencyRow{Code: code, Name: name, ServedMWh: r.ServedMWh.Mean, MWAtRiskGas: gmw, MWAtRiskPower: pmw}
		d.IranGasShare, d.IranGasShareSE = lossShare(r, g)
		d.IranPowerShare, d.IranPowerShareSE = lossShare(r, p)
		return d
	}
	var gSum, pSum float64
	for i := range res.Zones {
		gSum += gasMW[i]
		pSum += powerMW[i]
		z := b.sys.Zones[i]
		out.Zones = append(out.Zones, row(z.Code, z.Name, &res.Zones[i], &gas.Zones[i], &power.Zones[i], gasMW[i], powerMW[i]))
	}
	out.System = row("", data.SystemName(ds.Origin), &res.System, &gas.System, &power.System, gSum, pSum)
	return out, nil
}

// lossShare is (served(ref) − served(cut)) / served(ref) with its SE.
func lossShare(ref, cut *grid.Metrics) (float64, float64) {
	if ref.ServedMWh.Mean <= 0 {
		return 0, 0
	}
	share := (ref.ServedMWh.Mean - cut.ServedMWh.Mean) / ref.ServedMWh.Mean
	var se float64
	if n := len(ref.SampleServedMWh); n > 1 && len(cut.SampleServedMWh) == n {
		diff := make([]float64, n)
		for i := range diff {
			diff[i] = ref.SampleServedMWh[i] - cut.SampleServedMWh[i]
		}
		share = mean(diff) / mean(ref.SampleServedMWh)
		se = ratioSE(diff, ref.SampleServedMWh)
	}
	return share, se
}

func mean(x []float64) float64 {
	s := 0.0
	for _, v := range x {
		s += v
	}
	return s / float64(len(x))
}

// peakMonth is the month of the hour of highest national demand.
func (b *built) peakMonth() int {
	best, month := -1.0, 0
	for h := 0; h < b.sys.Hours; h++ {
		d := 0.0
		for _, z := range b.sys.Zones {
			d += z.Demand[h]
		}
		if d > best {
			best, month = d, int(b.sys.Month[h])
		}
	}
	return month
}

// atRisk returns per zone the MW resting on Iranian gas and on Iranian
// links in the peak month.
func (b *built) atRisk() (gas, power []float64) {
	s := b.sys
	gas = make([]float64, len(s.Zones))
	power = make([]float64, len(s.Zones))
	m := b.peakMonth()
	for j, p := range s.Pools {
		if b.poolIranMCMD[j] <= 0 || p.DailyMCMD <= 0 {
			continue
		}
		vol := p.DailyMCMD
		if p.Monthly != nil {
			vol *= p.Monthly[m]
		}
		iranFrac := b.poolIranMCMD[j] / p.DailyMCMD
		var us []int
		for i, u := range s.Units {
			if u.Pool == j {
				us = append(us, i)
			}
		}
		// The most efficient units burn first, as in the engine.
		sort.SliceStable(us, func(a, c int) bool { return s.Units[us[a]].MWPerMCMD > s.Units[us[c]].MWPerMCMD })
		for _, i := range us {
			u := s.Units[i]
			mw := u.CapacityMW
			if need := mw / u.MWPerMCMD; need > vol {
				mw = vol * u.MWPerMCMD
			}
			vol -= mw / u.MWPerMCMD
			gas[u.Zone] += mw * iranFrac
			if vol <= 0 {
				break
			}
		}
	}
	for i, u := range s.Units {
		if !b.unitIranLink[i] {
			continue
		}
		f := 1.0
		if u.Profile >= 0 {
			f = maxInMonth(s.Profiles[u.Profile].Values, s.Month, m)
		}
		power[u.Zone] += u.CapacityMW * f
	}
	return gas, power
}

func maxInMonth(v []float64, month []uint8, m int) float64 {
	best := 0.0
	for h, x := range v {
		if int(month[h]) == m && x > best {
			best = x
		}
	}
	return best
}
