package imports

import (
	"os"
	"strconv"
	"testing"
	"time"

	"gridrisk/data"
	"gridrisk/grid"
)

// TestMeasureEmbedded prints the back-test and the run times of the
// analyses on the embedded data. It is a measurement, not a check: run it
// with IMPORTS_MEASURE=samples (e.g. 200) and -v; IMPORTS_WHAT=dep, cost,
// replace, outlook or sens runs one part; IMPORTS_POLICY=local-first.
func TestMeasureEmbedded(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("IMPORTS_MEASURE"))
	if n <= 0 {
		t.Skip("set IMPORTS_MEASURE=samples to run")
	}
	ds, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	m := grid.MonteCarlo{Samples: n, Seed: 1}
	if os.Getenv("IMPORTS_POLICY") == "local-first" {
		m.Policy = grid.LocalFirst
	}
	year := StudyYear(ds, 0)
	what := os.Getenv("IMPORTS_WHAT")
	start := time.Now()
	rows, err := BackTest(ctx, ds, year, m)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("backtest %d, %d samples: %v", year, n, time.Since(start))
	for _, r := range rows {
		t.Logf("  %-45s model %8.2f  reported %6.2f–%-6.2f %-6s inside=%v  [%s]", r.Measure, r.Model, r.Low, r.High, r.Unit, r.Inside, r.Source)
	}
	if what == "" || what == "dep" {
		start = time.Now()
		d, err := Dependency(ctx, ds, mustLookup("baseline"), year, m)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("dependency: %v; national gas share %.3f±%.3f power %.3f±%.3f, MW at risk gas %.0f power %.0f", time.Since(start),
			d.System.IranGasShare, d.System.IranGasShareSE, d.System.IranPowerShare, d.System.IranPowerShareSE, d.System.MWAtRiskGas, d.System.MWAtRiskPower)
		for _, z := range d.Zones {
			t.Logf("  %-8s gas %.3f power %.3f  MW gas %6.0f power %5.0f", z.Code, z.IranGasShare, z.IranPowerShare, z.MWAtRiskGas, z.MWAtRiskPower)
		}
	}
	if what == "" || what == "cost" {
		b, _, _ := Run(ctx, ds, mustLookup("baseline"), year, m)
		e, _, _ := Run(ctx, ds, mustLookup("waiver-ended"), year, m)
		c := Compare(b, e)
		t.Logf("cost of the waiver's end: ΔEUE %.0f±%.0f MWh, Δhours %.2f±%.2f, Δpeak supply %.0f MW; hours base %.2f ended %.2f",
			c.System.EUE, c.System.EUESE, c.System.SupplyHours, c.System.SupplyHoursSE, c.System.PeakSupplyMW, b.System.SupplyHoursPerDay.Mean, e.System.SupplyHoursPerDay.Mean)
		for i, z := range c.Zones {
			t.Logf("  %-8s hours %.2f → %.2f  ΔEUE %9.0f±%6.0f", z.Code, b.Zones[i].SupplyHoursPerDay.Mean, e.Zones[i].SupplyHoursPerDay.Mean, z.EUE, z.EUESE)
		}
	}
	if what == "" || what == "replace" {
		start = time.Now()
		r, err := Replace(ctx, ds, ReplaceSpec{Base: mustLookup("baseline"), Alt: mustLookup("waiver-ended"), Year: year, Zone: "IQ-BG"}, m)
		if err != nil {
			t.Logf("replace: %v", err)
		} else {
			t.Logf("replace: %v, %d runs: %.0f MW (lower %.0f, tol %.0f), target EUE %.0f achieved %.0f", time.Since(start), r.Runs, r.Amount, r.Lower, r.Tolerance, r.TargetEUE, r.AchievedEUE)
		}
		start = time.Now()
		opts, err := RankOptions(ctx, ds, mustLookup("baseline"), mustLookup("waiver-ended"), 2028, m)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("options 2028: %v", time.Since(start))
		for _, o := range opts {
			t.Logf("  %-12s recovered %10.0f±%7.0f MWh  share %.3f  hours +%.2f", o.Name, o.RecoveredMWh, o.SE, o.RecoveredShare, o.RecoveredHours)
		}
	}
	if what == "" || what == "outlook" {
		start = time.Now()
		o, err := Outlook(ctx, ds, mustLookup("waiver-ended"), DefaultOutlookYears[0], DefaultOutlookYears[1], m)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("outlook: %v; gap closes %d", time.Since(start), o.GapClosesYear)
		for _, y := range o.Years {
			t.Logf("  %d demand %6.0f supply %6.0f shortfall %6.0f EUE %.3g hours %.2f", y.Year, y.PeakDemandMW, y.PeakSupplyMW, y.PeakShortfallMW, y.EUE, y.SupplyHours)
		}
	}
	if what == "" || what == "sens" {
		start = time.Now()
		tor, err := Sensitivity(ctx, ds, mustLookup("waiver-ended"), year, m)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("sensitivity: %v; base EUE %.4g", time.Since(start), tor.BaseEUE)
		for _, s := range tor.Swings {
			t.Logf("  %-32s %s %.4g  %s %.4g  range %.3g", s.Input, s.LowLabel, s.LowEUE, s.HighLabel, s.HighEUE, s.Range)
		}
	}
}
