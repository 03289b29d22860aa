package grid

import "testing"

// A zone without units is short in every hour with demand.
func TestNoUnits(t *testing.T) {
	mo, hd := calendar(48)
	dem := make([]float64, 48)
	for h := range dem {
		dem[h] = float64(h % 2) // short in odd hours only
	}
	sys := &System{Hours: 48, Month: mo, HourOfDay: hd, Zones: []Zone{{Code: "Z", Demand: dem}}}
	r, err := MonteCarlo{Samples: 3, Seed: 1}.Assess(ctx, sys)
	if err != nil {
		t.Fatal(err)
	}
	if r.System.LOLE.Mean != 24 || r.System.EUE.Mean != 24 || r.System.Events.Mean != 24 {
		t.Fatalf("LOLE %v EUE %v events %v, want 24 each", r.System.LOLE.Mean, r.System.EUE.Mean, r.System.Events.Mean)
	}
}
