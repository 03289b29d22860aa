package grid

import (
	"math"
	"reflect"
	"testing"
)

// Served energy by source is computed only when asked for, and asking
// changes nothing else: without it both by-source fields are nil and every
// other figure is bit-identical.
func TestBySourceOnlyWhenAsked(t *testing.T) {
	sys := iraqLike(24 * 20)
	with, err := MonteCarlo{Samples: 4, Seed: 5, BySource: true}.Assess(ctx, sys)
	if err != nil {
		t.Fatal(err)
	}
	without, err := MonteCarlo{Samples: 4, Seed: 5}.Assess(ctx, sys)
	if err != nil {
		t.Fatal(err)
	}
	if without.System.ServedBySourceMWh != nil || without.PeakWeek.BySourceMW != nil {
		t.Fatalf("not asked for, yet served by source %v, peak week %d series", without.System.ServedBySourceMWh, len(without.PeakWeek.BySourceMW))
	}
	if with.System.ServedBySourceMWh == nil || len(with.PeakWeek.BySourceMW) != len(sys.Sources) {
		t.Fatal("asked for, yet no served energy by source")
	}
	with.System.ServedBySourceMWh, with.PeakWeek.BySourceMW = nil, nil
	for i := range with.Zones {
		with.Zones[i].ServedBySourceMWh = nil
	}
	if !reflect.DeepEqual(with, without) {
		t.Fatal("asking for served energy by source changed other figures")
	}
}

// Indices that must agree with each other whatever the system.
func TestResultConsistency(t *testing.T) {
	sys := iraqLike(24 * 40)
	r, err := MonteCarlo{Samples: 24, Seed: 5, BySource: true}.Assess(ctx, sys)
	if err != nil {
		t.Fatal(err)
	}
	near := func(what string, a, b float64) {
		t.Helper()
		if math.Abs(a-b) > 1e-6*max(1, math.Abs(b)) {
			t.Errorf("%s: %v vs %v", what, a, b)
		}
	}
	zoneEUE, zoneServed := 0.0, 0.0
	for _, z := range append([]Metrics{r.System}, r.Zones...) {
		sum := func(v [12]float64) (s float64) {
			for _, x := range v {
				s += x
			}
			return
		}
		near(z.Name+z.Code+" monthly LOLE", sum(z.MonthlyLOLE), z.LOLE.Mean)
		near(z.Name+z.Code+" monthly EUE", sum(z.MonthlyEUE), z.EUE.Mean)
		near(z.Name+z.Code+" served", z.ServedMWh.Mean, z.DemandMWh.Mean-z.EUE.Mean)
		src := 0.0
		for _, v := range z.ServedBySourceMWh {
			src += v
		}
		near(z.Name+z.Code+" served by source", src, z.ServedMWh.Mean)
		if z.EUECVaR90 < z.EUEP90 || z.EUEP90 < 0 {
			t.Errorf("%s: CVaR90 %v < P90 %v", z.Code, z.EUECVaR90, z.EUEP90)
		}
		if z.SupplyHoursPerDay.Mean < 0 || z.SupplyHoursPerDay.Mean > 24 ||
			z.PDaysBelow[0].Mean > z.PDaysBelow[1].Mean || z.PDaysBelow[1].Mean > z.PDaysBelow[2].Mean {
			t.Errorf("%s: supply hours %v, P(<4,8,12) %v", z.Code, z.SupplyHoursPerDay, z.PDaysBelow)
		}
		if z.LongestDuration.Mean > 0 && z.MeanDurationH > z.LongestDuration.Mean+1e-9 {
			t.Errorf("%s: mean event %v longer than mean longest %v", z.Code, z.MeanDurationH, z.LongestDuration.Mean)
		}
		if len(z.SampleEUE) != 24 {
			t.Errorf("%s: %d per-sample values", z.Code, len(z.SampleEUE))
		}
		if z.Code != "" {
			zoneEUE += z.EUE.Mean
			zoneServed += z.ServedMWh.Mean
		}
	}
	near("zones' EUE sum to system", zoneEUE, r.System.EUE.Mean)
	near("zones' served sum to system", zoneServed, r.System.ServedMWh.Mean)
	w := r.PeakWeek
	if len(w.DemandMW) != 168 || len(w.BySourceMW) != len(sys.Sources) {
		t.Fatalf("peak week: %d hours, %d sources", len(w.DemandMW), len(w.BySourceMW))
	}
	for k := range w.DemandMW {
		s := w.UnservedMW[k]
		for _, v := range w.BySourceMW {
			s += v[k]
		}
		near("peak week balance", s, w.DemandMW[k])
	}
	if r.System.PeakHour < w.StartHour || r.System.PeakHour >= w.StartHour+168 {
		t.Errorf("peak hour %d outside peak week from %d", r.System.PeakHour, w.StartHour)
	}
}

// One 100 MW unit against 99 MW: supply hours = 24 × availability.
func TestSupplyHours(t *testing.T) {
	mo, hd := calendar(24 * 365)
	dem := make([]float64, len(mo))
	for i := range dem {
		dem[i] = 99
	}
	sys := &System{Hours: len(mo), Month: mo, HourOfDay: hd, Zones: []Zone{{Code: "Z", Demand: dem}},
		Units: []Unit{{ID: "u", CapacityMW: 100, MTTF: 90, MTTR: 10, Profile: -1, Pool: -1}}}
	r, err := MonteCarlo{Samples: 300, Seed: 2}.Assess(ctx, sys)
	if err != nil {
		t.Fatal(err)
	}
	sh := r.System.SupplyHoursPerDay
	if math.Abs(sh.Mean-24*0.9) > 4*sh.SE {
		t.Errorf("supply hours %v ± %v, want 21.6", sh.Mean, sh.SE)
	}
	if math.Abs(r.System.LOLPMonthHour[0][5]-0.1) > 0.02 {
		t.Errorf("LOLP Jan 05h = %v, want ≈ 0.1", r.System.LOLPMonthHour[0][5])
	}
}

// Weather: a monthly N(0, 2 °C) anomaly scales demand by 1 + 0.02·a and
// derates a 1 %/°C unit at 25 °C by 10 % + a %.
func TestWeather(t *testing.T) {
	const H = 24 * 360
	mo, hd := calendar(H)
	dem, temp := make([]float64, H), make([]float64, H)
	for h := range H {
		mo[h] = uint8(h / (24 * 30))
		dem[h], temp[h] = 100, 25
	}
	sd := make([]float64, 12)
	for i := range sd {
		sd[i] = 2
	}
	sys := &System{Hours: H, Month: mo, HourOfDay: hd, Weather: Weather{AnomalySD: sd},
		Zones: []Zone{{Code: "Z", Demand: dem, Temperature: temp, DemandPerDegC: 0.02}},
		Units: []Unit{{ID: "gt", CapacityMW: 1000, Profile: -1, Pool: -1, TempDerate: 0.01}}}
	n := 2000
	r, err := MonteCarlo{Samples: n, Seed: 4}.Assess(ctx, sys)
	if err != nil {
		t.Fatal(err)
	}
	base := 100.0 * H
	wantSD := base * 0.02 * 2 / math.Sqrt(12)
	if d := r.System.DemandMWh; math.Abs(d.Mean-base) > 4*d.SE || math.Abs(d.SE*math.Sqrt(float64(n))/wantSD-1) > 0.1 {
		t.Errorf("demand %v ± %v, sd %v, want mean %v sd %v", d.Mean, d.SE, d.SE*math.Sqrt(float64(n)), base, wantSD)
	}
	if s := r.System.PeakSupplyMW; math.Abs(s-900) > 4*1000*0.01*2/math.Sqrt(float64(n)) {
		t.Errorf("expected derated capacity %v, want 900", s)
	}
}

// Supply hours are 24 × served/demand per day, then averaged over days (and
// samples): a 50 MW unit that never fails, against 120 MW on day 1 (10 h)
// and 25 MW on day 2 (24 h), gives 17 h — not 24 × total served/total demand
// (12.4 h) — and one day in two below 12 h.
func TestSupplyHoursPerDayAverage(t *testing.T) {
	mo, hd := calendar(48)
	dem := make([]float64, 48)
	for h := range dem {
		dem[h] = 120
		if h >= 24 {
			dem[h] = 25
		}
	}
	sys := &System{Hours: 48, Month: mo, HourOfDay: hd, Zones: []Zone{{Code: "Z", Demand: dem}},
		Units: []Unit{{ID: "u", CapacityMW: 50, Profile: -1, Pool: -1}}}
	for _, m := range []Method{MonteCarlo{Samples: 3, Seed: 1}, Convolution{}} {
		r, err := m.Assess(ctx, sys)
		if err != nil {
			t.Fatal(err)
		}
		if got := r.System.SupplyHoursPerDay.Mean; math.Abs(got-17) > 1e-9 {
			t.Errorf("%s: supply hours %v, want 17", r.Method, got)
		}
		if got := r.System.MonthlySupplyHours[0]; math.Abs(got-17) > 1e-9 {
			t.Errorf("%s: January supply hours %v, want 17", r.Method, got)
		}
		if r.Method == "montecarlo" && r.System.PDaysBelow != [3]Estimate{{}, {}, {Mean: 0.5}} {
			t.Errorf("P(day below 4, 8, 12 h) = %v, want 0, 0, 0.5", r.System.PDaysBelow)
		}
	}
}

// PeakSupplyMW is the supply in the peak-demand hour after profiles and fuel
// limits, before transfers. Three-zone system without outages, by hand:
// A (peak hour 1) 2 × 60 = 120; B (peak hour 2) 70 × 0.3 = 21, though the
// A–B corridor could bring it 59 more; C (peak hour 3) has 0.5 mcm/d: C1
// burns 0.3 for 60 MW, C2 gets 0.2 × 125 = 25 MW on gas and 0.6 × 25 = 15
// on liquid, so 100 of its 110 MW; system (hour 3) 120 + 70 × 0.6 + 100.
func TestPeakSupplyByHand(t *testing.T) {
	sys := ThreeZoneSystem()
	for i := range sys.Units {
		sys.Units[i].MTTF = 0
	}
	for i := range sys.Corridors {
		sys.Corridors[i].MTTF = 0
	}
	want := []float64{120, 21, 100, 262}
	wantHour := []int{1, 2, 3, 3}
	for _, m := range []Method{MonteCarlo{Samples: 2, Seed: 1}, Enumerate{}} {
		r, err := m.Assess(ctx, sys)
		if err != nil {
			t.Fatal(err)
		}
		for e, mt := range append(r.Zones, r.System) {
			if mt.PeakHour != wantHour[e] || math.Abs(mt.PeakSupplyMW-want[e]) > 1e-9 {
				t.Errorf("%s %s: peak supply %v MW in hour %d, want %v in hour %d",
					r.Method, mt.Name+mt.Code, mt.PeakSupplyMW, mt.PeakHour, want[e], wantHour[e])
			}
		}
	}
}

// PeakWeekSupplyMW is PeakSupplyMW's supply in every hour of the peak week.
// Three-zone system without outages (4 hours, all in the window), by hand
// as in TestPeakSupplyByHand: A 120 each hour; B 70 × sun (1, 0.8, 0.3,
// 0.6) = 70, 56, 21, 42; C 100 each hour (the pool's limit); the system the
// sum: 290, 276, 241, 262 (mean 267.25).
func TestPeakWeekSupplyByHand(t *testing.T) {
	sys := ThreeZoneSystem()
	for i := range sys.Units {
		sys.Units[i].MTTF = 0
	}
	for i := range sys.Corridors {
		sys.Corridors[i].MTTF = 0
	}
	want := [][]float64{{120, 120, 120, 120}, {70, 56, 21, 42}, {100, 100, 100, 100}, {290, 276, 241, 262}}
	wantMean := []float64{120, 47.25, 100, 267.25}
	for _, m := range []Method{MonteCarlo{Samples: 2, Seed: 1}, Enumerate{}} {
		r, err := m.Assess(ctx, sys)
		if err != nil {
			t.Fatal(err)
		}
		for e, mt := range append(r.Zones, r.System) {
			got := mt.PeakWeekSupplyMW
			if len(got) != 4 {
				t.Fatalf("%s %s: %d peak-week hours, want 4", r.Method, mt.Name+mt.Code, len(got))
			}
			mean := 0.0
			for k, v := range got {
				mean += v / 4
				if math.Abs(v-want[e][k]) > 1e-9 {
					t.Errorf("%s %s hour %d: supply %v, want %v", r.Method, mt.Name+mt.Code, k, v, want[e][k])
				}
			}
			if math.Abs(mean-wantMean[e]) > 1e-9 {
				t.Errorf("%s %s: window mean %v, want %v", r.Method, mt.Name+mt.Code, mean, wantMean[e])
			}
		}
	}
}

// With outages, weather and pools the peak-week series holds PeakSupplyMW
// at the peak hour (same samples, same sums), on the single-zone and the
// general path.
func TestPeakWeekSupplyAtPeak(t *testing.T) {
	for _, sys := range []*System{rts79(t), ThreeZoneSystem(), iraqLike(24 * 60)} {
		r, err := MonteCarlo{Samples: 24, Seed: 5}.Assess(ctx, sys)
		if err != nil {
			t.Fatal(err)
		}
		wl := min(168, r.Hours)
		start := r.PeakWeek.StartHour
		for _, mt := range append(r.Zones, r.System) {
			if len(mt.PeakWeekSupplyMW) != wl {
				t.Fatalf("%s: %d peak-week hours, want %d", mt.Name+mt.Code, len(mt.PeakWeekSupplyMW), wl)
			}
			k := mt.PeakHour - start
			if k < 0 || k >= wl {
				continue // a zone whose own peak lies outside the system's peak week
			}
			if got := mt.PeakWeekSupplyMW[k]; math.Abs(got-mt.PeakSupplyMW) > 1e-9*max(1, mt.PeakSupplyMW) {
				t.Errorf("%d zones, %s: peak-week supply %v at the peak hour, PeakSupplyMW %v", len(r.Zones), mt.Name+mt.Code, got, mt.PeakSupplyMW)
			}
		}
		if k := r.System.PeakHour - start; k < 0 || k >= wl {
			t.Errorf("%d zones: system peak hour %d outside the peak week from %d", len(r.Zones), r.System.PeakHour, start)
		}
	}
}

// One 100 MW unit with FOR 0.1 over 400 hours: expected supply 90 MW in
// every hour; convolution exactly, Monte Carlo (single-zone path) on the
// window mean within sampling error (per-sample SD of a 168-h mean ≈ 10 MW,
// so SE ≈ 0.7 MW at 200 samples; tolerance 3 MW).
func TestPeakWeekSupplySingleUnit(t *testing.T) {
	const H = 400
	mo, hd := calendar(H)
	dem := make([]float64, H)
	for h := range dem {
		dem[h] = 50 + float64(h%24)
	}
	sys := &System{Hours: H, Month: mo, HourOfDay: hd, Zones: []Zone{{Code: "Z", Demand: dem}},
		Units: []Unit{{ID: "u", CapacityMW: 100, MTTF: 90, MTTR: 10, Profile: -1, Pool: -1}}}
	cv, err := Convolution{}.Assess(ctx, sys)
	if err != nil {
		t.Fatal(err)
	}
	for _, mt := range []Metrics{cv.Zones[0], cv.System} {
		if len(mt.PeakWeekSupplyMW) != 168 {
			t.Fatalf("convolution: %d hours", len(mt.PeakWeekSupplyMW))
		}
		for k, v := range mt.PeakWeekSupplyMW {
			if math.Abs(v-90) > 1e-9 {
				t.Fatalf("convolution hour %d: %v, want 90", k, v)
			}
		}
	}
	r, err := MonteCarlo{Samples: 200, Seed: 3}.Assess(ctx, sys)
	if err != nil {
		t.Fatal(err)
	}
	mean := 0.0
	for _, v := range r.System.PeakWeekSupplyMW {
		mean += v / 168
	}
	if math.Abs(mean-90) > 3 {
		t.Errorf("Monte Carlo window mean %v MW, want 90 ± 3", mean)
	}
}
