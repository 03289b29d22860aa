package imports

import (
	"context"
	"math"
	"strings"
	"testing"

	"gridrisk/grid"
)

var ctx = context.Background()

// On flatDataset nothing fails and there is no weather, so one sample is
// exact: as-is supply 400 (gas) + 500 (oil) + 200 (Iranian link) = 1100 MW
// against 1200 MW for 48 h.
func TestFlatHandCalculation(t *testing.T) {
	ds := flatDataset()
	cases := map[string]float64{
		AsIs:             100 * 48,
		"baseline":       100 * 48, // 55 mcm/d: the 400 MW unit is fully fuelled either way
		"waiver-ended":   700 * 48,
		"gas-only-cut":   500 * 48,
		"power-only-cut": 300 * 48,
	}
	for name, want := range cases {
		r, _, err := Run(ctx, ds, mustLookup(name), 2025, mc(1))
		if err != nil {
			t.Fatal(err)
		}
		if !near(r.System.EUE.Mean, want) {
			t.Errorf("%s: EUE %g MWh, want %g", name, r.System.EUE.Mean, want)
		}
	}
}

func TestDependencyHandCalculation(t *testing.T) {
	d, err := Dependency(ctx, flatDataset(), mustLookup("baseline"), 2025, mc(1))
	if err != nil {
		t.Fatal(err)
	}
	z := d.Zones[0]
	// served: 1100 baseline, 700 without Iranian gas, 900 without the link.
	if !near(z.IranGasShare, 400.0/1100) || !near(z.IranPowerShare, 200.0/1100) {
		t.Errorf("shares gas %g power %g, want %g %g", z.IranGasShare, z.IranPowerShare, 400.0/1100, 200.0/1100)
	}
	if z.MWAtRiskGas != 400 || z.MWAtRiskPower != 200 || d.System.MWAtRiskGas != 400 {
		t.Errorf("MW at risk gas %g power %g", z.MWAtRiskGas, z.MWAtRiskPower)
	}
	// As-is: 4 mcm/d × 100 MW per mcm/d fuels exactly the 400 MW unit;
	// at 3 mcm/d only 300 MW rests on Iranian gas.
	ds := flatDataset()
	ds.Fuels[0].Delivered = 3
	gas, _, err := AtRisk(ds, mustLookup(AsIs), 2025)
	if err != nil || gas[0] != 300 {
		t.Errorf("AtRisk at 3 mcm/d = %v (%v), want 300", gas, err)
	}
}

func TestReplaceFirmMWHandCalculation(t *testing.T) {
	ds := flatDataset()
	spec := ReplaceSpec{Base: mustLookup("baseline"), Alt: mustLookup("waiver-ended"), Year: 2025, Zone: "Z"}
	r, err := Replace(ctx, ds, spec, mc(1))
	if err != nil {
		t.Fatal(err)
	}
	// EUE(x) = max(0, 1200 − 500 − x) × 48 ≤ 4800  ⇔  x ≥ 600 MW.
	if r.Amount < 600 || r.Lower >= 600 || r.Amount-r.Lower > r.Tolerance || r.Tolerance > 10 {
		t.Errorf("found %g MW (lower %g, tolerance %g), want the bracket around 600", r.Amount, r.Lower, r.Tolerance)
	}
	if r.AchievedEUE > r.TargetEUE || r.TargetEUE != 4800 || r.AltEUE != 700*48 {
		t.Errorf("achieved %g target %g alt %g", r.AchievedEUE, r.TargetEUE, r.AltEUE)
	}
	// The reference runs are reusable for ranking the options.
	if r.BaseResult == nil || r.AltResult == nil || r.AltResult.System.EUE.Mean != r.AltEUE {
		t.Errorf("reference results not kept")
	}
	// Gas to 18 national supply hours: served ≥ 900 ⇔ 500 + 100 g ≥ 900 ⇔ g ≥ 4.
	spec.Zone, spec.Pool, spec.TargetHours = "", "iran-gas", 18
	r, err = Replace(ctx, ds, spec, mc(1))
	if err != nil {
		t.Fatal(err)
	}
	if r.Amount < 4 || r.Lower >= 4 || r.Amount-r.Lower > r.Tolerance || r.AchievedHours < 18 {
		t.Errorf("found %g mcm/d (lower %g, tol %g, hours %g), want just above 4", r.Amount, r.Lower, r.Tolerance, r.AchievedHours)
	}
	bad := spec
	bad.Pool = "no-such-pool"
	if _, err := Replace(ctx, ds, bad, mc(1)); err == nil || !strings.Contains(err.Error(), "no fuel pool matching id=no-such-pool") {
		t.Errorf("bad pool: %v", err)
	}
	// Gas alone cannot replace the lost link: a clear error, not a loop.
	spec.TargetHours = 0
	if _, err := Replace(ctx, ds, spec, mc(1)); err == nil || !strings.Contains(err.Error(), "does not reach the target") {
		t.Errorf("unreachable target: %v", err)
	}
}

func TestReplaceRestoresBaselineWithCRN(t *testing.T) {
	if testing.Short() {
		t.Skip("simulation")
	}
	ds := testDataset()
	spec := ReplaceSpec{Base: mustLookup("baseline"), Alt: mustLookup("waiver-ended"), Year: 2025, Zone: "IQ-BG"}
	r, err := Replace(ctx, ds, spec, mc(40))
	if err != nil {
		t.Fatal(err)
	}
	if r.AltEUE <= r.BaseEUE {
		t.Fatalf("the waiver's end costs nothing here (%g ≤ %g): the test data are wrong", r.AltEUE, r.BaseEUE)
	}
	check := func(x float64) float64 {
		res, _, err := Run(ctx, ds, spec.Alt.With(Scenario{Name: "firm", AddUnits: []NewUnit{{ID: "replacement-firm", Zone: "IQ-BG", Technology: "firm", CapacityMW: x}}}), 2025, mc(40))
		if err != nil {
			t.Fatal(err)
		}
		return res.System.EUE.Mean
	}
	if got := check(r.Amount); got > r.TargetEUE || got != r.AchievedEUE {
		t.Errorf("rerun at %g MW: EUE %g, target %g, reported %g", r.Amount, got, r.TargetEUE, r.AchievedEUE)
	}
	if got := check(r.Lower); r.Lower > 0 && got <= r.TargetEUE {
		t.Errorf("the lower end %g MW already meets the target (%g ≤ %g)", r.Lower, got, r.TargetEUE)
	}
	if r.Amount-r.Lower > r.Tolerance {
		t.Errorf("bracket %g–%g wider than tolerance %g", r.Lower, r.Amount, r.Tolerance)
	}
}

func TestMitigationNeverMakesAZoneWorse(t *testing.T) {
	ds := testDataset()
	samples := 24
	if testing.Short() {
		samples = 6
	}
	for _, base := range []string{"waiver-ended", "baseline"} {
		ref, _, err := Run(ctx, ds, mustLookup(base), 2028, mc(samples))
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range Mitigations() {
			r, _, err := Run(ctx, ds, mustLookup(base).With(m), 2028, mc(samples))
			if err != nil {
				t.Fatalf("%s+%s: %v", base, m.Name, err)
			}
			for i := range r.Zones {
				a, b := r.Zones[i], ref.Zones[i]
				tol := 1e-9 * math.Max(1, b.EUE.Mean)
				if a.EUE.Mean > b.EUE.Mean+tol {
					t.Errorf("%s+%s: %s EUE %g > %g", base, m.Name, a.Code, a.EUE.Mean, b.EUE.Mean)
				}
				for s := range a.SampleEUE {
					if a.SampleEUE[s] > b.SampleEUE[s]+1e-9*math.Max(1, b.SampleEUE[s]) {
						t.Errorf("%s+%s: %s sample %d EUE %g > %g", base, m.Name, a.Code, s, a.SampleEUE[s], b.SampleEUE[s])
						break
					}
				}
			}
		}
	}
}

func TestCompareHand(t *testing.T) {
	m := func(eue []float64) grid.Metrics {
		return grid.Metrics{Code: "Z", EUE: grid.Estimate{Mean: mean(eue), SE: 1}, SampleEUE: eue, PeakSupplyMW: 100 * eue[0]}
	}
	base := &grid.Result{System: m([]float64{1, 2, 3, 4}), Zones: []grid.Metrics{m([]float64{1, 2, 3, 4})}}
	alt := &grid.Result{System: m([]float64{2, 4, 5, 7}), Zones: []grid.Metrics{m([]float64{2, 4, 5, 7})}}
	c := Compare(base, alt)
	// differences 1, 2, 2, 3: mean 2, sd √(2/3), se √(2/3)/2.
	if !near(c.System.EUE, 2) || !near(c.System.EUESE, math.Sqrt(2.0/3)/2) || !c.System.Paired || c.Zones[0].PeakSupplyMW != 100 {
		t.Errorf("paired: %+v", c.System)
	}
	alt.System.SampleEUE = nil
	c = Compare(base, alt)
	if c.System.Paired || !near(c.System.EUESE, math.Sqrt2) {
		t.Errorf("unpaired fallback: %+v", c.System)
	}
}

func TestSensitivityHandCalculation(t *testing.T) {
	tor, err := Sensitivity(ctx, flatDataset(), mustLookup(AsIs), 2025, mc(1))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][2]float64{
		"Demand level":                   {40 * 48, 160 * 48},  // 1140 / 1260 MW against 1100
		"Availability (losses, derates)": {145 * 48, 75 * 48},  // gas 380 + oil 475; high: gas held at 400 by the pool + oil 525
		"Iranian gas volume":             {180 * 48, 100 * 48}, // 3.2 mcm/d → 320 MW; 4.8 → still 400
		"Forced outage rates":            {100 * 48, 100 * 48}, // nothing fails
	}
	if tor.BaseEUE != 4800 || tor.Swings[0].Input != "Demand level" {
		t.Fatalf("base %g, first %s", tor.BaseEUE, tor.Swings[0].Input)
	}
	for _, s := range tor.Swings {
		if w, ok := want[s.Input]; ok && (!near(s.LowEUE, w[0]) || !near(s.HighEUE, w[1])) {
			t.Errorf("%s: %g / %g, want %g / %g", s.Input, s.LowEUE, s.HighEUE, w[0], w[1])
		}
	}
	for i := 1; i < len(tor.Swings); i++ {
		if tor.Swings[i].Range > tor.Swings[i-1].Range {
			t.Errorf("not sorted at %d", i)
		}
	}
}

func TestOutlookAndOptions(t *testing.T) {
	ds := testDataset()
	sc := mustLookup("waiver-ended+gcc-link+saudi+solar")
	o, err := Outlook(ctx, ds, sc, 2025, 2028, mc(8))
	if err != nil {
		t.Fatal(err)
	}
	if len(o.Years) != 4 || o.Years[3].Year != 2028 {
		t.Fatalf("years %+v", o.Years)
	}
	// The winter peak hour of the fixture grows 5 %/yr.
	if g := o.Years[1].PeakDemandMW / o.Years[0].PeakDemandMW; math.Abs(g-1.05) > 1e-9 {
		t.Errorf("peak demand growth %g, want 1.05", g)
	}
	for _, y := range o.Years {
		if (y.GapMW <= 0) && o.GapClosesYear == 0 {
			t.Errorf("%d closes the gap but GapClosesYear = 0", y.Year)
		}
	}
	opts, err := RankOptions(ctx, ds, mustLookup("baseline"), mustLookup("waiver-ended"), 2028, mc(8))
	if err != nil {
		t.Fatal(err)
	}
	if len(opts) != len(Mitigations()) {
		t.Fatalf("%d options", len(opts))
	}
	for i, o := range opts {
		if !o.Active || o.RecoveredMWh < 0 || (i > 0 && o.RecoveredMWh > opts[i-1].RecoveredMWh) {
			t.Errorf("option %d %+v", i, o)
		}
	}
	if opts[0].RecoveredShare <= 0 {
		t.Errorf("no option recovers anything: %+v", opts[0])
	}
	early, _ := RankOptions(ctx, ds, mustLookup("baseline"), mustLookup("waiver-ended"), 2025, mc(2), mustLookup("saudi"))
	if early[0].Active || early[0].RecoveredMWh != 0 {
		t.Errorf("saudi link counted before it exists: %+v", early[0])
	}
}

func TestBackTestRows(t *testing.T) {
	rows, err := BackTest(ctx, testDataset(), 0, mc(4))
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) < 5 {
		t.Fatalf("%d rows", len(rows))
	}
	have := map[string]bool{}
	for _, r := range rows {
		if r.Inside != (r.Model >= r.Low && r.Model <= r.High) || r.Source == "" || math.IsNaN(r.Model) {
			t.Errorf("%+v", r)
		}
		have[r.Measure] = true
	}
	// The fixture has Basra, Baghdad and a Kurdistan zone (no Diyala) over
	// 48 hours of January: no summer rows, the annual Kurdistan one.
	for _, m := range []string{"Kurdistan Region", "Unsuppressed peak demand, federal"} {
		if !have[m] {
			t.Errorf("no row %q", m)
		}
	}
}

func TestOptionAlreadyInTables(t *testing.T) {
	ds := testDataset()
	ds.Links[1].ID, ds.Links[1].Zone = "turkey-kisik", "IQ-NI" // operating since 2024 = base year
	opts, err := RankOptions(ctx, ds, mustLookup("baseline"), mustLookup("waiver-ended"), 2025, mc(2), mustLookup("turkey"), mustLookup("saudi"))
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range opts {
		switch o.Name {
		case "turkey":
			if o.RecoveredMWh != 0 || !strings.Contains(o.Note, "already in service") {
				t.Errorf("turkey: %+v", o)
			}
		case "saudi":
			if o.Active || !strings.Contains(o.Note, "nothing of it is in service in 2025") {
				t.Errorf("saudi: %+v", o)
			}
		}
	}
}
