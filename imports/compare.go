package imports

import (
	"math"

	"gridrisk/grid"
)

// Comparison is alt − base, nationally and per zone (matched by code): the
// cost of the waiver's end when base is baseline and alt waiver-ended.
type Comparison struct {
	System Delta   `json:"system"`
	Zones  []Delta `json:"zones"`
}

// Delta holds paired differences alt − base. The standard errors are those
// of the per-sample differences when both results carry per-sample values
// of equal length (common random numbers); otherwise √(se₁²+se₂²).
type Delta struct {
	Code string `json:"code,omitempty"`
	Name string `json:"name,omitempty"`
	// EUE: change of expected unserved energy, MWh/yr (positive = worse).
	EUE   float64 `json:"delta_eue_mwh"`
	EUESE float64 `json:"delta_eue_se"`
	// SupplyHours: change of supply hours per day (negative = worse).
	SupplyHours   float64 `json:"delta_supply_hours"`
	SupplyHoursSE float64 `json:"delta_supply_hours_se"`
	// LOLE: change of loss-of-load hours per year.
	LOLE   float64 `json:"delta_lole_h"`
	LOLESE float64 `json:"delta_lole_se"`
	// HouseholdHours: change of household hours per day, nil where either
	// result has none.
	HouseholdHours   *float64 `json:"delta_household_hours,omitempty"`
	HouseholdHoursSE *float64 `json:"delta_household_hours_se,omitempty"`
	// ServedMWh: change of served energy, MWh/yr.
	ServedMWh   float64 `json:"delta_served_mwh"`
	ServedMWhSE float64 `json:"delta_served_se"`
	// PeakSupplyMW: change of expected available supply in the peak hour.
	PeakSupplyMW float64 `json:"delta_peak_supply_mw"`
	// PeakShortfallMW: change of expected unserved MW in the peak hour.
	PeakShortfallMW float64 `json:"delta_peak_shortfall_mw"`
	// Paired says whether the standard errors come from paired samples.
	Paired bool `json:"paired"`
}

// Compare returns alt − base for the system and each zone.
func Compare(base, alt *grid.Result) Comparison {
	c := Comparison{System: delta(&base.System, &alt.System)}
	byCode := map[string]*grid.Metrics{}
	for i := range base.Zones {
		byCode[base.Zones[i].Code] = &base.Zones[i]
	}
	for i := range alt.Zones {
		if b, ok := byCode[alt.Zones[i].Code]; ok {
			c.Zones = append(c.Zones, delta(b, &alt.Zones[i]))
		}
	}
	return c
}

func delta(b, a *grid.Metrics) Delta {
	d := Delta{Code: a.Code, Name: a.Name,
		PeakSupplyMW:    a.PeakSupplyMW - b.PeakSupplyMW,
		PeakShortfallMW: a.PeakShortfallMW - b.PeakShortfallMW}
	d.EUE, d.EUESE, d.Paired = paired(b.SampleEUE, a.SampleEUE, b.EUE, a.EUE)
	d.SupplyHours, d.SupplyHoursSE, _ = paired(b.SampleSupplyHours, a.SampleSupplyHours, b.SupplyHoursPerDay, a.SupplyHoursPerDay)
	d.ServedMWh, d.ServedMWhSE, _ = paired(b.SampleServedMWh, a.SampleServedMWh, b.ServedMWh, a.ServedMWh)
	d.LOLE, d.LOLESE, _ = paired(b.SampleLOLE, a.SampleLOLE, b.LOLE, a.LOLE)
	if b.HouseholdHoursPerDay != nil && a.HouseholdHoursPerDay != nil {
		m, se, _ := paired(b.SampleHouseholdHours, a.SampleHouseholdHours, *b.HouseholdHoursPerDay, *a.HouseholdHoursPerDay)
		d.HouseholdHours, d.HouseholdHoursSE = &m, &se
	}
	return d
}

// paired returns the mean of a−b, its standard error, and whether the
// samples were paired.
func paired(bs, as []float64, b, a grid.Estimate) (mean, se float64, ok bool) {
	n := len(as)
	if n < 2 || len(bs) != n {
		return a.Mean - b.Mean, math.Hypot(a.SE, b.SE), false
	}
	for i := range as {
		mean += as[i] - bs[i]
	}
	mean /= float64(n)
	var ss float64
	for i := range as {
		d := as[i] - bs[i] - mean
		ss += d * d
	}
	return mean, math.Sqrt(ss / float64(n-1) / float64(n)), true
}

// ratioSE is the standard error of mean(x)/mean(y) from paired samples (the
// delta method); 0 without samples.
func ratioSE(xs, ys []float64) float64 {
	n := len(xs)
	if n < 2 || len(ys) != n {
		return 0
	}
	var mx, my float64
	for i := range xs {
		mx += xs[i]
		my += ys[i]
	}
	mx /= float64(n)
	my /= float64(n)
	if my == 0 {
		return 0
	}
	r := mx / my
	var ss float64
	for i := range xs {
		e := xs[i] - r*ys[i]
		ss += e * e
	}
	return math.Sqrt(ss/float64(n-1)/float64(n)) / math.Abs(my)
}
