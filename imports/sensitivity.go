package imports

import (
	"context"
	"math"
	"sort"

	"gridrisk/data"
	"gridrisk/grid"
)

// Swing is one bar of the tornado: national EUE with one input at the low
// and at the high end of its range, everything else as in the scenario.
type Swing struct {
	Input     string  `json:"input"`
	LowLabel  string  `json:"low_label"`
	HighLabel string  `json:"high_label"`
	LowEUE    float64 `json:"low_eue_mwh"`
	HighEUE   float64 `json:"high_eue_mwh"`
	// LowSE and HighSE are the standard errors of the paired differences
	// from the base run (common random numbers).
	LowSE  float64 `json:"low_se"`
	HighSE float64 `json:"high_se"`
	// Range is |HighEUE − LowEUE|; the tornado is sorted by it.
	Range float64 `json:"range_mwh"`
}

// Tornado is the sensitivity of national EUE to the model's inputs.
type Tornado struct {
	Scenario string  `json:"scenario"`
	Year     int     `json:"year"`
	BaseEUE  float64 `json:"base_eue_mwh"`
	BaseSE   float64 `json:"base_se"`
	Swings   []Swing `json:"swings"`
}

// SensitivityInput is an input and its low and high settings.
type SensitivityInput struct {
	Input, LowLabel, HighLabel string
	Low, High                  Scenario
}

// DefaultSensitivityInputs are the swings the tornado runs by default.
// Temperature shifts every hour's temperature (gas-turbine derates follow)
// and scales demand by params demand_per_degc per °C in every hour, a
// summer-peak slope that overstates the winter response. Gas swings scale
// the tables' own pool volumes, not gas a mitigation added; the Iranian
// swing is zero when the scenario has no Iranian gas.
func DefaultSensitivityInputs() []SensitivityInput {
	adj := func(a Adjust) Scenario { return Scenario{Name: "adjust", Adjust: &a} }
	dem := func(f float64) Scenario { return Scenario{Name: "demand", Demand: &DemandChange{Scale: f64(f)}} }
	gas := func(tag, origin string, f float64) Scenario {
		return Scenario{Name: "gas", Pools: []PoolChange{{Match: Match{Tag: tag, Origin: origin}, Scale: f64(f)}}}
	}
	return []SensitivityInput{
		{"Demand level", "−5 %", "+5 %", dem(0.95), dem(1.05)},
		{"Iranian gas volume", "−20 %", "+20 %", gas("iran", "", 0.8), gas("iran", "", 1.2)},
		{"Domestic gas volume", "−20 %", "+20 %", gas("", "domestic", 0.8), gas("", "domestic", 1.2)},
		{"Forced outage rates", "× 0.5", "× 1.5", adj(Adjust{OutageScale: f64(0.5)}), adj(Adjust{OutageScale: f64(1.5)})},
		{"Temperature", "−2 °C", "+2 °C", adj(Adjust{TemperatureC: f64(-2)}), adj(Adjust{TemperatureC: f64(2)})},
		{"Hydro water", "−50 %", "+50 %", adj(Adjust{HydroScale: f64(0.5)}), adj(Adjust{HydroScale: f64(1.5)})},
		{"Availability (losses, derates)", "−5 %", "+5 %", adj(Adjust{AvailabilityScale: f64(0.95)}), adj(Adjust{AvailabilityScale: f64(1.05)})},
	}
}

// Sensitivity runs the scenario, then each input at its low and high
// setting (DefaultSensitivityInputs when none are given), all with mc's
// seed, and returns the swings sorted by range, largest first.
func Sensitivity(ctx context.Context, ds *data.Dataset, sc Scenario, year int, mc grid.MonteCarlo, inputs ...SensitivityInput) (*Tornado, error) {
	if len(inputs) == 0 {
		inputs = DefaultSensitivityInputs()
	}
	base, err := RunResult(ctx, ds, sc, year, mc)
	if err != nil {
		return nil, err
	}
	t := &Tornado{Scenario: sc.Name, Year: year, BaseEUE: base.System.EUE.Mean, BaseSE: base.System.EUE.SE}
	for _, in := range inputs {
		lo, err := RunResult(ctx, ds, sc.With(in.Low), year, mc)
		if err != nil {
			return nil, err
		}
		hi, err := RunResult(ctx, ds, sc.With(in.High), year, mc)
		if err != nil {
			return nil, err
		}
		s := Swing{Input: in.Input, LowLabel: in.LowLabel, HighLabel: in.HighLabel,
			LowEUE: lo.System.EUE.Mean, HighEUE: hi.System.EUE.Mean}
		_, s.LowSE, _ = paired(base.System.SampleEUE, lo.System.SampleEUE, base.System.EUE, lo.System.EUE)
		_, s.HighSE, _ = paired(base.System.SampleEUE, hi.System.SampleEUE, base.System.EUE, hi.System.EUE)
		s.Range = math.Abs(s.HighEUE - s.LowEUE)
		t.Swings = append(t.Swings, s)
	}
	sort.SliceStable(t.Swings, func(i, j int) bool { return t.Swings[i].Range > t.Swings[j].Range })
	return t, nil
}
