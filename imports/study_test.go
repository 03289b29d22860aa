package imports

import (
	"context"
	"slices"
	"testing"

	"gridrisk/grid"
)

// countRuns replaces the engine for the test's duration and counts how
// often each (system, settings) is simulated.
func countRuns(t *testing.T) map[[32]byte]int {
	t.Helper()
	seen := map[[32]byte]int{}
	orig := assessFn
	assessFn = func(ctx context.Context, m grid.MonteCarlo, sys *grid.System) (*grid.Result, error) {
		k, err := runKey(sys, m)
		if err != nil {
			t.Fatal(err)
		}
		seen[k]++
		return orig(ctx, m, sys)
	}
	t.Cleanup(func() { assessFn = orig })
	return seen
}

// The command sequences of replace, outlook, sensitivity and assess (with
// its dependency and back-test runs) simulate no (system, settings) twice
// within one Study, and the shared runs are really reused.
func TestStudyNothingSimulatedTwice(t *testing.T) {
	ds := testDataset()
	m := mc(2)
	base, ended := mustLookup("baseline"), mustLookup("waiver-ended")
	for _, c := range []struct {
		name      string
		minReused int
		run       func(ctx context.Context) error
	}{
		{"replace", 3, func(ctx context.Context) error {
			for _, sc := range []Scenario{base, ended} {
				if _, _, err := Run(ctx, ds, sc, 2025, m); err != nil {
					return err
				}
			}
			if _, err := Replace(ctx, ds, ReplaceSpec{Base: base, Alt: ended, Year: 2025, Zone: "IQ-BG"}, m); err != nil {
				return err
			}
			_, err := RankOptions(ctx, ds, base, ended, 2025, m)
			return err
		}},
		{"outlook", 2, func(ctx context.Context) error {
			for _, sc := range []Scenario{base, ended} {
				if _, _, err := Run(ctx, ds, sc, 2024, m); err != nil {
					return err
				}
				if _, err := Outlook(ctx, ds, sc, 2024, 2026, m); err != nil {
					return err
				}
			}
			return nil
		}},
		{"sensitivity", 1, func(ctx context.Context) error {
			if _, _, err := Run(ctx, ds, ended, 2025, m); err != nil {
				return err
			}
			_, err := Sensitivity(ctx, ds, ended, 2025, m)
			return err
		}},
		{"assess", 1, func(ctx context.Context) error {
			b, _, err := Run(ctx, ds, base, 2024, m)
			if err != nil {
				return err
			}
			if _, err := DependencyFrom(ctx, ds, base, b, 2024, m); err != nil {
				return err
			}
			_, err = BackTest(ctx, ds, 2024, m)
			return err
		}},
	} {
		seen := countRuns(t)
		st := NewStudy()
		if err := c.run(st.Context(context.Background())); err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		for _, n := range seen {
			if n > 1 {
				t.Errorf("%s: a system was simulated %d times", c.name, n)
			}
		}
		if st.Simulated != len(seen) || st.Reused < c.minReused {
			t.Errorf("%s: %d simulated (%d distinct), %d reused; want every distinct run once and at least %d reused",
				c.name, st.Simulated, len(seen), st.Reused, c.minReused)
		}
		t.Logf("%s: %d simulations, %d reused", c.name, st.Simulated, st.Reused)
	}
}

// Every built-in scenario, mitigation and sensitivity input has a label in
// both languages, and every built-in supply category a kind.
func TestLabelsCoverBuiltins(t *testing.T) {
	l := Labels()
	for _, s := range Builtins() {
		if lab, ok := l[s.Name]; !ok || lab.En == "" || lab.Ar == "" {
			t.Errorf("scenario %s: label %+v", s.Name, lab)
		}
	}
	for _, in := range DefaultSensitivityInputs() {
		if lab, ok := l[in.Input]; !ok || lab.En == "" || lab.Ar == "" {
			t.Errorf("sensitivity input %s: label %+v", in.Input, lab)
		}
	}
	k := SourceKinds()
	for _, s := range baseSources {
		if k[s] == "" {
			t.Errorf("source %s has no kind", s)
		}
	}
}

// Served energy by source is not part of a run's key: a run planned with it
// is simulated with it when first asked for without, and serves both; a run
// simulated without it is simulated again when asked for with it.
func TestStudyBySource(t *testing.T) {
	ds := testDataset()
	base, ended := mustLookup("baseline"), mustLookup("waiver-ended")
	with := mc(2)
	with.BySource = true
	seen := countRuns(t)
	st := NewStudy()
	ctx := st.Context(context.Background())
	st.Plan(ds, with, RunSpec{base, 2025})
	for _, m := range []grid.MonteCarlo{mc(2), with} {
		r, _, err := Run(ctx, ds, base, 2025, m)
		if err != nil {
			t.Fatal(err)
		}
		if r.System.ServedBySourceMWh == nil {
			t.Fatalf("planned with served energy by source (BySource %v): none", m.BySource)
		}
	}
	if st.Simulated != 1 || st.Reused != 1 {
		t.Fatalf("planned with by source: %d simulated, %d reused; want 1 and 1", st.Simulated, st.Reused)
	}
	for i, m := range []grid.MonteCarlo{mc(2), with, mc(2)} {
		r, err := RunResult(ctx, ds, ended, 2025, m)
		if err != nil {
			t.Fatal(err)
		}
		if (r.System.ServedBySourceMWh != nil) != (i > 0) {
			t.Fatalf("request %d (BySource %v): served by source %v", i, m.BySource, r.System.ServedBySourceMWh)
		}
	}
	if st.Simulated != 3 || st.Reused != 2 || len(seen) != 2 {
		t.Fatalf("%d simulated, %d reused, %d distinct; want 3 (the unplanned run again with by source), 2 and 2", st.Simulated, st.Reused, len(seen))
	}
}

// A run's key is the system's content: a deep copy has the same key, and a
// change to one demand value, one unit's outage rate, a nil slice for an
// empty one, or the settings gives another.
func TestRunKey(t *testing.T) {
	ds := testDataset()
	sys, err := Build(ds, mustLookup("baseline"), 2025)
	if err != nil {
		t.Fatal(err)
	}
	clone := func() *grid.System {
		b, err := Build(ds, mustLookup("baseline"), 2025)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	key := func(s *grid.System, m grid.MonteCarlo) [32]byte {
		k, err := runKey(s, m)
		if err != nil {
			t.Fatal(err)
		}
		return k
	}
	base := key(sys, mc(2))
	if key(clone(), mc(2)) != base {
		t.Fatal("the same system built twice has two keys")
	}
	other := mc(2)
	other.Seed++
	moreSamples := mc(3)
	demand, mttf, empty := clone(), clone(), clone()
	demand.Zones[0].Demand[10] += 1e-9
	mttf.Units[0].MTTF *= 1.0001
	empty.Units[0].Maintenance = []grid.Window{}
	if sys.Units[0].Maintenance != nil {
		empty.Units[0].Maintenance = nil
	}
	for name, k := range map[string][32]byte{
		"seed": key(sys, other), "samples": key(sys, moreSamples), "demand": key(demand, mc(2)),
		"mttf": key(mttf, mc(2)), "nil or empty": key(empty, mc(2)),
	} {
		if k == base {
			t.Errorf("%s changed, the key did not", name)
		}
	}
}

// A system Plan built is handed to the run that asks for it, once, instead
// of being built again; a later request builds its own.
func TestBuildForTakesPlannedSystem(t *testing.T) {
	ds := testDataset()
	st := NewStudy()
	ctx := st.Context(context.Background())
	base := mustLookup("baseline")
	st.Plan(ds, mc(2), RunSpec{base, 2025})
	if len(st.built) != 1 {
		t.Fatalf("Plan kept %d systems, want 1", len(st.built))
	}
	planned := st.built[0].sys
	first, err := BuildFor(ctx, ds, base, 2025)
	if err != nil {
		t.Fatal(err)
	}
	second, err := BuildFor(ctx, ds, base, 2025)
	if err != nil {
		t.Fatal(err)
	}
	if first != planned || second == planned || len(st.built) != 0 {
		t.Fatalf("first %p, second %p, planned %p, %d left: want the planned system once", first, second, planned, len(st.built))
	}
}

// Planned systems hold one copy of each hourly array whatever the number
// of systems with it: the outage-rate variant shares baseline's demand and
// temperature, the demand variant only its temperature, and the shared
// arrays are the ones the plain build gives.
func TestPlanSharesArrays(t *testing.T) {
	ds := testDataset()
	st := NewStudy()
	base := mustLookup("baseline")
	outages := base.With(Scenario{Name: "adjust", Adjust: &Adjust{OutageScale: f64(1.5)}})
	demand := base.With(Scenario{Name: "demand", Demand: &DemandChange{Scale: f64(1.05)}})
	st.Plan(ds, mc(2), RunSpec{base, 2025}, RunSpec{outages, 2025}, RunSpec{demand, 2025})
	if len(st.built) != 3 {
		t.Fatalf("Plan kept %d systems, want 3", len(st.built))
	}
	b, o, d := st.built[0].sys.Zones[0], st.built[1].sys.Zones[0], st.built[2].sys.Zones[0]
	same := func(x, y []float64) bool { return len(x) > 0 && &x[0] == &y[0] }
	if len(b.Temperature) == 0 {
		t.Fatal("test data has no temperatures")
	}
	if !same(b.Demand, o.Demand) || !same(b.Temperature, o.Temperature) || !same(b.Temperature, d.Temperature) || same(b.Demand, d.Demand) {
		t.Fatalf("shared: demand base/outages %v, base/demand %v; temperature base/outages %v, base/demand %v; want true, false, true, true",
			same(b.Demand, o.Demand), same(b.Demand, d.Demand), same(b.Temperature, o.Temperature), same(b.Temperature, d.Temperature))
	}
	plain, err := Build(ds, base, 2025)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(plain.Zones[0].Demand, b.Demand) || !slices.Equal(plain.Zones[0].Temperature, b.Temperature) {
		t.Fatal("a planned system's arrays differ from a plain build's")
	}
}
