package grid

import (
	"context"
	"fmt"
	"math"
	"testing"
)

// threeZoneShares is the hand-computed system of TestSharesByHand: A is
// exempt (keeps its own generation), B has a 30 MW import credited to it,
// C has no supply behind a 40 MW corridor that binds. Sources: 0
// generation, 1 import (credited where it lands).
func threeZoneShares(hours int) *System {
	mo, hd := calendar(hours)
	dem := func(v float64) []float64 {
		d := make([]float64, hours)
		for h := range d {
			d[h] = v
		}
		return d
	}
	return &System{Hours: hours, Month: mo, HourOfDay: hd,
		Sources:         []string{"generation", "import"},
		CreditedSources: []bool{false, true},
		Zones: []Zone{
			{Code: "A", Demand: dem(100), Share: 1, LocalCredit: 1},
			{Code: "B", Demand: dem(100), Share: 1, EmergencyFrac: 0.2},
			{Code: "C", Demand: dem(100), Share: 2, EmergencyFrac: 0.1},
		},
		Units: []Unit{
			{ID: "a-gen", Zone: 0, CapacityMW: 150, Profile: -1, Pool: -1, Source: 0},
			{ID: "b-gen", Zone: 1, CapacityMW: 30, Profile: -1, Pool: -1, Source: 0},
			{ID: "b-import", Zone: 1, CapacityMW: 30, Profile: -1, Pool: -1, Source: 1},
		},
		Corridors: []Corridor{
			{From: 0, To: 1, ForwardMW: 200, BackwardMW: 200},
			{From: 1, To: 2, ForwardMW: 40, BackwardMW: 40},
		}}
}

// slots puts supply by zone and source, [z*S+s], in the model's compact
// layout (one slot per possible pair), failing the test for supply where
// the model has no such source.
func slots(t *testing.T, m *model, dense []float64) []float64 {
	t.Helper()
	out := make([]float64, m.nSlots)
	for z := range m.Z {
		for s := range m.S {
			v := dense[z*m.S+s]
			i, ok := m.slot(z, s)
			switch {
			case ok:
				out[i] = v
			case v != 0:
				t.Fatalf("zone %d has no source %d, yet %v MW of it", z, s, v)
			}
		}
	}
	return out
}

// By hand, supply 210 MW for 300 MW of demand:
//
//	credit:    A keeps min(150, 100) = 100; B its import, 30; C nothing.
//	emergency: B's 20 MW is inside its credit; C's 10 MW comes over B–C.
//	shares:    the pooled 70 MW go to B and C at rates 1 : 2 from (30, 10):
//	           C reaches the B–C limit, 40, at level 15 (B = 45); B then
//	           takes the rest, 110 − 40 = 70.
//
// Proportional instead serves the same 70 % everywhere the network
// allows: C is held to 40 and A, B split the other 170 equally.
func TestSharesByHand(t *testing.T) {
	sys := threeZoneShares(1)
	m, err := newModel(sys)
	if err != nil {
		t.Fatal(err)
	}
	sup, dem := []float64{150, 60, 0}, []float64{100, 100, 100}
	src := []float64{150, 0, 30, 30, 0, 0}
	for _, c := range []struct {
		policy Policy
		want   []float64
	}{
		{Shares, []float64{100, 70, 40}},
		{Proportional, []float64{85, 85, 40}},
	} {
		tr := newTransfer(m, c.policy, nil)
		tr.src = slots(t, m, src)
		x := make([]float64, 3)
		tr.solve(sup, dem, x)
		for z := range x {
			if math.Abs(x[z]-c.want[z]) > 1e-6 {
				t.Fatalf("policy %d: served %v, want %v", c.policy, x, c.want)
			}
		}
	}
	// A 5 MW corridor cannot carry C's 10 MW of emergency feeders: C gets
	// the 5 MW first, then B, with nothing left to share, takes all it
	// needs (100) and 5 MW of A's surplus stays stranded.
	narrow := threeZoneShares(1)
	narrow.Corridors[1].ForwardMW, narrow.Corridors[1].BackwardMW = 5, 5
	mn, err := newModel(narrow)
	if err != nil {
		t.Fatal(err)
	}
	trn := newTransfer(mn, Shares, nil)
	trn.src = slots(t, mn, src)
	xn := make([]float64, 3)
	trn.solve(sup, dem, xn)
	for z, want := range []float64{100, 100, 5} {
		if math.Abs(xn[z]-want) > 1e-6 {
			t.Fatalf("narrow corridor: served %v, want [100 100 5]", xn)
		}
	}
	// Remove the corridor limit and C, at twice B's rate, overtakes B.
	open := threeZoneShares(1)
	open.Corridors[1].ForwardMW, open.Corridors[1].BackwardMW = 1000, 1000
	m2, err := newModel(open)
	if err != nil {
		t.Fatal(err)
	}
	tr := newTransfer(m2, Shares, nil)
	tr.src = slots(t, m2, src)
	x := make([]float64, 3)
	tr.solve(sup, dem, x)
	// After credit and emergency (100, 30, 10) the pooled 70 MW split 1 : 2,
	// 23.33 to B and 46.67 to C.
	want := []float64{100, 30 + 70.0/3, 10 + 140.0/3}
	for z := range x {
		if math.Abs(x[z]-want[z]) > 1e-6 {
			t.Fatalf("open corridor: served %v, want %v", x, want)
		}
	}
}

// Supply and household hours of the same system over a day with no
// outages: B serves 70 of 100 MW, 20 of them emergency, so its rotated
// feeders get (70 − 20)/80 of the day = 15 h while its supply hours are
// 16.8; C's get (40 − 10)/90 = 8 h (supply hours 9.6).
func TestSharesHouseholdHours(t *testing.T) {
	r, err := MonteCarlo{Samples: 2, Seed: 1, Policy: Shares}.Assess(context.Background(), threeZoneShares(24))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		zone      int
		sh, house float64
	}{{0, 24, 24}, {1, 16.8, 15}, {2, 9.6, 8}} {
		z := r.Zones[c.zone]
		if math.Abs(z.SupplyHoursPerDay.Mean-c.sh) > 1e-9 || math.Abs(z.HouseholdHoursPerDay.Mean-c.house) > 1e-9 {
			t.Errorf("zone %s: supply %.4f h, household %.4f h; want %.4f, %.4f", z.Code,
				z.SupplyHoursPerDay.Mean, z.HouseholdHoursPerDay.Mean, c.sh, c.house)
		}
	}
	// Enumeration agrees on the served energy.
	ex, err := Enumerate{Policy: Shares}.Assess(context.Background(), threeZoneShares(24))
	if err != nil {
		t.Fatal(err)
	}
	for z := range 3 {
		if a, b := r.Zones[z].EUE.Mean, ex.Zones[z].EUE.Mean; math.Abs(a-b) > 1e-6 {
			t.Errorf("zone %d: Monte Carlo EUE %v, enumerate %v", z, a, b)
		}
	}
}

// Shares without a share for a zone with demand is refused, not run.
func TestSharesNeedShares(t *testing.T) {
	sys := threeZoneShares(1)
	sys.Zones[2].Share = 0
	if _, err := (MonteCarlo{Samples: 2, Policy: Shares}).Assess(context.Background(), sys); err == nil {
		t.Fatal("no error for a zone with demand and Share 0")
	}
}

// withShares gives the random system's zones shares, credits and
// emergency fractions, and credits source 1 to the zone it is in.
func withShares(sys *System, seed uint64) {
	r := stream(seed, 17, 19)
	for z := range sys.Zones {
		sys.Zones[z].Share = 0.5 + unif01(&r)
		if r.Uint64()%3 == 0 {
			sys.Zones[z].LocalCredit = unif01(&r)
		}
		sys.Zones[z].EmergencyFrac = 0.3 * unif01(&r)
	}
	sys.CreditedSources = make([]bool, len(sys.Sources))
	sys.CreditedSources[1] = true
}

// Properties of Shares, sample by sample with common random numbers on
// random meshes without hydro:
//   - it serves the maximum deliverable total, so the system's unserved
//     energy equals Proportional's in every sample (only who is short
//     differs);
//   - where no corridor binds (copper plate), more capacity anywhere never
//     lowers any zone's served energy: a credited zone keeps the extra, or
//     the pool grows and every share's level rises with it. With binding
//     corridors only the total is monotone (a zone's share can be
//     redirected behind a cut), which the first property covers.
func TestPropertyShares(t *testing.T) {
	for c := range 24 {
		sys := randomSystem(uint64(100+c), 3+c%3, false, false)
		withShares(sys, uint64(c))
		prop := sampleEUE(t, sys, Proportional)
		sh := sampleEUE(t, sys, Shares)
		for s, p := range prop.System.SampleEUE {
			if a := sh.System.SampleEUE[s]; math.Abs(a-p) > 1e-6*(1+p) {
				t.Fatalf("case %d: sample %d: shares EUE %.6f, proportional %.6f", c, s, a, p)
			}
		}
		unbind(sys)
		before := sampleEUE(t, sys, Shares)
		i := c % len(sys.Units)
		sys.Units[i].CapacityMW *= 1.5
		after := sampleEUE(t, sys, Shares)
		for z := range sys.Zones {
			for s, b := range before.Zones[z].SampleServedMWh {
				if a := after.Zones[z].SampleServedMWh[s]; a < b-1e-6*(1+b) {
					t.Fatalf("case %d: unit %s +50 %%: zone %d sample %d served %.6f < %.6f", c, sys.Units[i].ID, z, s, a, b)
				}
			}
		}
	}
}

// The single-zone fast path with several sources gives the general path's
// results: the same system with a constant profile of 1 on one unit (which
// forces the general path) draws the same outages.
func TestSimplePathSeveralSources(t *testing.T) {
	const H = 24 * 14
	mo, hd := calendar(H)
	dem := make([]float64, H)
	for h := range dem {
		dem[h] = 150 + 40*math.Sin(float64(h)/5)
	}
	mk := func(profile int) *System {
		sys := &System{Hours: H, Month: mo, HourOfDay: hd, Sources: []string{"a", "b", "c"},
			Zones: []Zone{{Code: "Z", Demand: dem}}}
		for k := range 9 {
			sys.Units = append(sys.Units, Unit{ID: fmt.Sprint("u", k), CapacityMW: 25, MTTF: 60, MTTR: 12,
				Profile: -1, Pool: -1, Source: k % 3})
		}
		if profile >= 0 {
			ones := make([]float64, H)
			for h := range ones {
				ones[h] = 1
			}
			sys.Profiles = []Profile{{ID: "one", Values: ones}}
			sys.Units[0].Profile = 0
		}
		return sys
	}
	for p, want := range map[int]bool{-1: true, 0: false} {
		if m, err := newModel(mk(p)); err != nil || m.simple != want {
			t.Fatalf("profile %d: simple path %v, want %v (%v)", p, m != nil && m.simple, want, err)
		}
	}
	fast, err := MonteCarlo{Samples: 16, Seed: 3, BySource: true}.Assess(context.Background(), mk(-1))
	if err != nil {
		t.Fatal(err)
	}
	general, err := MonteCarlo{Samples: 16, Seed: 3, BySource: true}.Assess(context.Background(), mk(0))
	if err != nil {
		t.Fatal(err)
	}
	near := func(a, b float64) bool { return math.Abs(a-b) <= 1e-9*(1+math.Abs(b)) }
	f, g := fast.System, general.System
	if !near(f.EUE.Mean, g.EUE.Mean) || !near(f.LOLE.Mean, g.LOLE.Mean) || !near(f.SupplyHoursPerDay.Mean, g.SupplyHoursPerDay.Mean) {
		t.Fatalf("fast EUE %v LOLE %v SH %v; general %v %v %v", f.EUE.Mean, f.LOLE.Mean, f.SupplyHoursPerDay.Mean,
			g.EUE.Mean, g.LOLE.Mean, g.SupplyHoursPerDay.Mean)
	}
	for s := range f.ServedBySourceMWh {
		if !near(f.ServedBySourceMWh[s], g.ServedBySourceMWh[s]) {
			t.Errorf("source %d: fast %v, general %v", s, f.ServedBySourceMWh[s], g.ServedBySourceMWh[s])
		}
	}
	for k := range fast.PeakWeek.BySourceMW {
		for h := range fast.PeakWeek.BySourceMW[k] {
			if !near(fast.PeakWeek.BySourceMW[k][h], general.PeakWeek.BySourceMW[k][h]) {
				t.Fatalf("peak week source %d hour %d: fast %v, general %v", k, h, fast.PeakWeek.BySourceMW[k][h], general.PeakWeek.BySourceMW[k][h])
			}
		}
	}
}
