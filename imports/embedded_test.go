package imports

import (
	"strings"
	"testing"

	"gridrisk/data"
)

// The built-ins must build on the embedded Iraq dataset for every outlook
// year, and their source ids must resolve in its sources table.
func TestBuiltinsOnEmbeddedData(t *testing.T) {
	ds, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, s := range ds.Sources {
		ids[s.ID] = true
	}
	resolves := func(id string) bool {
		if ids[id] {
			return true
		}
		for k := range ids { // "S90" cites the group S90a, S90b, …
			if strings.HasPrefix(k, id) && len(k) == len(id)+1 {
				return true
			}
		}
		return false
	}
	var names []string
	for _, s := range Builtins() {
		for _, id := range s.Sources {
			if !resolves(id) {
				t.Errorf("%s: source %s is not in the sources table", s.Name, id)
			}
		}
		if s.Kind == "base" {
			names = append(names, s.Name)
		}
	}
	all := "waiver-ended"
	for _, m := range Mitigations() {
		all += "+" + m.Name
	}
	names = append(names, all)
	years := []int{2025, 2028, 2030}
	if testing.Short() {
		years = []int{2025}
	}
	for _, n := range names {
		for _, y := range years {
			sys, err := Build(ds, mustLookup(n), y)
			if err != nil {
				t.Fatalf("%s %d: %v", n, y, err)
			}
			zones := 0
			for _, z := range sys.Zones {
				if !z.Junction {
					zones++
				}
			}
			if zones != len(ds.Zones) || sys.Hours < 8760 {
				t.Errorf("%s %d: %d zones, %d hours", n, y, len(sys.Zones), sys.Hours)
			}
		}
	}
	if sys, _ := Build(ds, mustLookup("baseline"), 0); sys == nil || len(sys.Weather.AnomalySD) != 12 || sys.Weather.AnomalySD[6] <= 0 {
		t.Errorf("embedded data: no weather anomaly read from params")
	}
	// Every Iranian pool and link is at zero once the waiver has ended.
	b, err := build(ds, mustLookup("waiver-ended"), 2026)
	if err != nil {
		t.Fatal(err)
	}
	for j, v := range b.poolIranMCMD {
		if v != 0 || (strings.HasPrefix(b.sys.Pools[j].ID, "iran") && b.sys.Pools[j].DailyMCMD != 0) {
			t.Errorf("pool %s: %g mcm/d", b.sys.Pools[j].ID, b.sys.Pools[j].DailyMCMD)
		}
	}
	for i, u := range b.sys.Units {
		if b.unitIranLink[i] || b.sys.Sources[u.Source] == SrcIranianElec {
			t.Errorf("Iranian link %s still in the system", u.ID)
		}
	}
}

func TestRTS79AsIs(t *testing.T) {
	ds, err := data.RTS79()
	if err != nil {
		t.Fatal(err)
	}
	sys, err := Build(ds, mustLookup(AsIs), 0)
	if err != nil {
		t.Fatal(err)
	}
	total := 0.0
	for _, u := range sys.Units {
		total += u.CapacityMW
	}
	// RTS-79: 32 units, 3,405 MW, 8,736 hours.
	if len(sys.Units) != 32 || total != 3405 || sys.Hours != 8736 || len(sys.Zones) != 1 {
		t.Errorf("RTS-79: %d units, %g MW, %d hours, %d zones", len(sys.Units), total, sys.Hours, len(sys.Zones))
	}
}

// On the embedded data too, no mitigation makes any governorate worse off
// (common random numbers; few samples, so skipped with -short).
func TestMitigationsNeverWorseEmbedded(t *testing.T) {
	if testing.Short() {
		t.Skip("simulation on the embedded data")
	}
	ds, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	m := mc(6)
	ref, _, err := Run(ctx, ds, mustLookup("waiver-ended"), 2028, m)
	if err != nil {
		t.Fatal(err)
	}
	for _, mit := range Mitigations() {
		r, _, err := Run(ctx, ds, mustLookup("waiver-ended").With(mit), 2028, m)
		if err != nil {
			t.Fatal(err)
		}
		for i := range r.Zones {
			a, b := r.Zones[i].EUE.Mean, ref.Zones[i].EUE.Mean
			if a > b+1e-9*b {
				t.Errorf("%s: %s EUE %g > %g MWh", mit.Name, r.Zones[i].Code, a, b)
			}
		}
	}
}
