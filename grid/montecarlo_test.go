package grid

import (
	"context"
	"errors"
	"math"
	"reflect"
	"strings"
	"testing"
	"time"
)

var ctx = context.Background()

func TestRTS79Validation(t *testing.T) {
	n := 20000
	if testing.Short() {
		n = 5000
	}
	for _, c := range ValidateRTS79(ctx, rts79(t), n, 2026) {
		if !c.Pass {
			t.Errorf("%s: got %.6g, reference %.6g, tolerance %.3g", c.Name, c.Value, c.Reference, c.Tolerance)
		}
	}
}

// The convolution figures to the printed digits of the published indices.
func TestRTS79ConvolutionDigits(t *testing.T) {
	r, err := Convolution{}.Assess(ctx, rts79(t))
	if err != nil {
		t.Fatal(err)
	}
	s := r.System
	if got := math.Round(s.LOLE.Mean*1e5) / 1e5; got != 9.39418 {
		t.Errorf("LOLE %.7f rounds to %.5f, want 9.39418", s.LOLE.Mean, got)
	}
	if got := math.Round(s.EUE.Mean); got != 1176 {
		t.Errorf("EUE %.3f rounds to %.0f, want 1176", s.EUE.Mean, got)
	}
	if got := math.Round(s.DailyPeakLOLE.Mean*1e5) / 1e5; got != 1.36886 {
		t.Errorf("daily-peak LOLE %.7f rounds to %.5f, want 1.36886", s.DailyPeakLOLE.Mean, got)
	}
	sum := 0.0
	for _, v := range s.MonthlyLOLE {
		sum += v
	}
	if math.Abs(sum-s.LOLE.Mean) > 1e-9 {
		t.Errorf("monthly LOLE sums to %v, annual %v", sum, s.LOLE.Mean)
	}
}

func TestWorkersIdentical(t *testing.T) {
	for _, sys := range []*System{rts79(t), ThreeZoneSystem(), iraqLike(24 * 60)} {
		var first *Result
		for _, w := range []int{1, 2, 3, 5, 8} {
			r, err := MonteCarlo{Samples: 37, Seed: 9, Workers: w}.Assess(ctx, sys)
			if err != nil {
				t.Fatal(err)
			}
			if first == nil {
				first = r
			} else if !reflect.DeepEqual(first, r) {
				t.Fatalf("%d zones: Workers=%d differs from Workers=1", len(sys.Zones), w)
			}
		}
	}
}

// Common random numbers: adding a unit leaves the other units' draws
// unchanged, so a system with an extra never-used unit gives the same
// shortfall sample by sample.
func TestCommonRandomNumbers(t *testing.T) {
	a := rts79(t)
	b := rts79(t)
	b.Units = append([]Unit{{ID: "extra", CapacityMW: 0, MTTF: 100, MTTR: 10, Profile: -1, Pool: -1}}, b.Units...)
	ra, err := MonteCarlo{Samples: 50, Seed: 3}.Assess(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	rb, err := MonteCarlo{Samples: 50, Seed: 3}.Assess(ctx, b)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(ra.System.SampleEUE, rb.System.SampleEUE) {
		t.Fatal("adding a unit changed the other units' draws")
	}
}

// Long-run unavailability of one unit equals MTTR/(MTTF+MTTR) whatever MTTR.
func TestForcedOutageRate(t *testing.T) {
	for _, c := range []struct{ mttf, mttr float64 }{{1100, 150}, {450, 50}, {9, 1}, {3, 2}, {50, 1}} {
		mo, hd := calendar(8760)
		dem := make([]float64, 8760)
		for i := range dem {
			dem[i] = 99
		}
		sys := &System{Hours: 8760, Month: mo, HourOfDay: hd, Zones: []Zone{{Code: "Z", Demand: dem}},
			Units: []Unit{{ID: "u", CapacityMW: 100, MTTF: c.mttf, MTTR: c.mttr, Profile: -1, Pool: -1}}}
		r, err := MonteCarlo{Samples: 400, Seed: 1}.Assess(ctx, sys)
		if err != nil {
			t.Fatal(err)
		}
		want := c.mttr / (c.mttf + c.mttr)
		got := r.System.LOLE.Mean / 8760
		if se := r.System.LOLE.SE / 8760; math.Abs(got-want) > 4*se {
			t.Errorf("MTTF %v MTTR %v: unavailability %.5f ± %.5f, want %.5f", c.mttf, c.mttr, got, se, want)
		}
		// Mean outage duration is MTTR (events are the down spells).
		if d := r.System.MeanDurationH; c.mttr >= 10 && math.Abs(d-c.mttr)/c.mttr > 0.05 {
			t.Errorf("MTTR %v: mean event duration %.2f h", c.mttr, d)
		}
	}
}

func TestCancel(t *testing.T) {
	c, cancel := context.WithCancel(ctx)
	go func() { time.Sleep(20 * time.Millisecond); cancel() }()
	t0 := time.Now()
	_, err := MonteCarlo{Samples: 100000, Seed: 1}.Assess(c, rts79(t))
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if d := time.Since(t0); d > 2*time.Second {
		t.Fatalf("cancellation took %v", d)
	}
}

func TestProgress(t *testing.T) {
	last := 0
	_, err := MonteCarlo{Samples: 30, Seed: 1, Progress: func(d int) {
		if d <= last {
			t.Errorf("progress %d after %d", d, last)
		}
		last = d
	}}.Assess(ctx, ThreeZoneSystem())
	if err != nil || last != 30 {
		t.Fatalf("err %v, last progress %d", err, last)
	}
}

func TestValidateErrors(t *testing.T) {
	good := func() *System { return ThreeZoneSystem() }
	cases := []struct {
		name   string
		mutate func(s *System)
		want   string
	}{
		{"demand length", func(s *System) { s.Zones[1].Demand = s.Zones[1].Demand[:2] }, "zone B: Demand has 2 hours, want 4"},
		{"NaN demand", func(s *System) { s.Zones[0].Demand[1] = math.NaN() }, "zone A: Demand[1] = NaN"},
		{"MTTR < 1", func(s *System) { s.Units[2].MTTR = 0.5 }, `unit "B1" (#2): MTTR = 0.5 h, must be >= 1 h`},
		{"negative capacity", func(s *System) { s.Units[0].CapacityMW = -5 }, `unit "A1" (#0): CapacityMW = -5`},
		{"zone index", func(s *System) { s.Units[0].Zone = 7 }, `unit "A1" (#0): Zone = 7`},
		{"duplicate ID", func(s *System) { s.Units[1].ID = "A1" }, `duplicate ID`},
		{"pool efficiency", func(s *System) { s.Units[3].MWPerMCMD = 0 }, `unit "C1" (#3): MWPerMCMD = 0`},
		{"profile length", func(s *System) { s.Profiles[0].Values = nil }, `profile "sun" (#0): 0 values`},
		{"corridor", func(s *System) { s.Corridors[1].ForwardMW = math.Inf(1) }, "corridor #1 (B-C)"},
		{"month label", func(s *System) { s.Month[2] = 12 }, "Month[2] = 12"},
		{"three months a day", func(s *System) { s.Month[1], s.Month[2], s.Month[3] = 1, 2, 3 }, "hours 0–3 (one day) carry three month labels"},
		{"hydro length", func(s *System) { s.Units[0].HydroBudgetMWh = []float64{1} }, "HydroBudgetMWh has 1 months"},
		{"maintenance", func(s *System) { s.Units[0].Maintenance = []Window{{3, 9}} }, "Maintenance[0] = [3, 9)"},
	}
	if err := good().Validate(); err != nil {
		t.Fatalf("valid system: %v", err)
	}
	for _, c := range cases {
		s := good()
		c.mutate(s)
		err := s.Validate()
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want it to mention %q", c.name, err, c.want)
		}
		if _, err := (MonteCarlo{Samples: 1}).Assess(ctx, s); err == nil {
			t.Errorf("%s: Monte Carlo accepted an invalid system", c.name)
		}
	}
}

func TestConvolutionRefuses(t *testing.T) {
	_, err := Convolution{}.Assess(ctx, ThreeZoneSystem())
	if err == nil || !strings.Contains(err.Error(), "3 zones") || !strings.Contains(err.Error(), "1 fuel pools") {
		t.Fatalf("err = %v", err)
	}
	s := rts79(t)
	s.Weather.AnomalySD = make([]float64, 12) // all zero: no variability
	if _, err := (Convolution{}).Assess(ctx, s); err != nil {
		t.Fatalf("zero anomaly SD: %v", err)
	}
	s.Weather.AnomalySD[6] = 1.5
	if _, err := (Convolution{}).Assess(ctx, s); err == nil || !strings.Contains(err.Error(), "weather") {
		t.Fatalf("weather: err = %v", err)
	}
}

// Convolution with a profile and maintenance agrees with enumeration.
func TestConvolutionVaryingCapacity(t *testing.T) {
	mo, hd := calendar(5)
	sys := &System{Hours: 5, Month: mo, HourOfDay: hd,
		Zones:    []Zone{{Code: "Z", Demand: []float64{100, 120, 80, 130, 60}, Temperature: []float64{10, 30, 40, 25, 15}}},
		Profiles: []Profile{{ID: "p", Values: []float64{1, 0.5, 0, 0.8, 0.2}}},
		Units: []Unit{
			{ID: "a", CapacityMW: 60, MTTF: 90, MTTR: 10, Profile: -1, Pool: -1},
			{ID: "b", CapacityMW: 50, MTTF: 80, MTTR: 20, Profile: -1, Pool: -1, TempDerate: 0.01},
			{ID: "c", CapacityMW: 70, MTTF: 95, MTTR: 5, Profile: 0, Pool: -1},
			{ID: "d", CapacityMW: 40, MTTF: 45, MTTR: 5, Profile: -1, Pool: -1, Maintenance: []Window{{1, 3}}},
		}}
	cv, err := Convolution{}.Assess(ctx, sys)
	if err != nil {
		t.Fatal(err)
	}
	ex, err := Enumerate{}.Assess(ctx, sys)
	if err != nil {
		t.Fatal(err)
	}
	if math.Abs(cv.System.LOLE.Mean-ex.System.LOLE.Mean) > 1e-12 || math.Abs(cv.System.EUE.Mean-ex.System.EUE.Mean) > 1e-9 {
		t.Fatalf("convolution LOLE %v EUE %v, enumeration %v %v", cv.System.LOLE.Mean, cv.System.EUE.Mean, ex.System.LOLE.Mean, ex.System.EUE.Mean)
	}
	// Monte Carlo through the general (profiles, derates, maintenance) path.
	mc, err := MonteCarlo{Samples: 20000, Seed: 8}.Assess(ctx, sys)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []Check{mcCheck("LOLE", mc.System.LOLE, cv.System.LOLE.Mean, ""), mcCheck("EUE", mc.System.EUE, cv.System.EUE.Mean, "")} {
		if !c.Pass {
			t.Errorf("Monte Carlo %s %v, convolution %v (tolerance %v)", c.Name, c.Value, c.Reference, c.Tolerance)
		}
	}
}
