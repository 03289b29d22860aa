package imports

import (
	"testing"

	"gridrisk/data"
	"gridrisk/grid"
)

// The engine water-fills hydro as if corridors did not bind (grid's
// properties_test.go explains the caveat). On the embedded data every hydro
// zone is short in every hour it runs, so no water can be stranded: the
// served hydro energy equals the year's budget in both built-in cases.
func TestEmbeddedHydroFullyUsed(t *testing.T) {
	ds, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"baseline", "waiver-ended"} {
		sys, err := Build(ds, mustLookup(name), 2025)
		if err != nil {
			t.Fatal(err)
		}
		budget := 0.0
		for _, u := range sys.Units {
			for _, b := range u.HydroBudgetMWh {
				budget += b
			}
		}
		r, err := grid.MonteCarlo{Samples: 2, Seed: 3, BySource: true}.Assess(ctx, sys)
		if err != nil {
			t.Fatal(err)
		}
		served := -1.0
		for i, s := range r.Sources {
			if s == "hydro" {
				served = r.System.ServedBySourceMWh[i]
			}
		}
		if budget <= 0 || served < 0.999*budget || served > budget*(1+1e-9) {
			t.Errorf("%s: hydro served %.0f MWh of a %.0f MWh budget", name, served, budget)
		}
	}
}
