package grid

import (
	"context"
	"fmt"
	"math"
)

// Small synthetic systems (not Iraq data) whose indices can be enumerated
// exactly; they check Monte Carlo sampling, pools, dual fuel, corridor
// outages and each transfer policy against the Enumerate method.

func calendar(h int) ([]uint8, []uint8) {
	mo, hd := make([]uint8, h), make([]uint8, h)
	for i := range h {
		hd[i] = uint8(i % 24)
	}
	return mo, hd
}

// TwoZoneSystem is zone A (150 MW unit, FOR 0.1) and zone B (60 MW unit,
// FOR 0.2) joined by a corridor of corridorMW each way, over two hours of
// demand (A, B) = (100, 100) and (50, 150) MW.
func TwoZoneSystem(corridorMW float64) *System {
	mo, hd := calendar(2)
	return &System{
		Hours: 2, Month: mo, HourOfDay: hd,
		Zones: []Zone{
			{Code: "A", Name: "Zone A", Demand: []float64{100, 50}},
			{Code: "B", Name: "Zone B", Demand: []float64{100, 150}},
		},
		Units: []Unit{
			{ID: "A1", Zone: 0, CapacityMW: 150, MTTF: 90, MTTR: 10, Profile: -1, Pool: -1},
			{ID: "B1", Zone: 1, CapacityMW: 60, MTTF: 40, MTTR: 10, Profile: -1, Pool: -1},
		},
		Corridors: []Corridor{{From: 0, To: 1, ForwardMW: corridorMW, BackwardMW: corridorMW}},
	}
}

// ThreeZoneSystem is a line A–B–C with an unreliable, asymmetric B–C
// corridor, a gas pool in C that cannot fuel both its units (one of them
// dual-fuel), and a solar-like profile on B's unit, over four hours.
func ThreeZoneSystem() *System {
	mo, hd := calendar(4)
	return &System{
		Hours: 4, Month: mo, HourOfDay: hd,
		Sources: []string{"gas", "oil", "solar", "liquid"},
		Zones: []Zone{
			{Code: "A", Demand: []float64{90, 110, 70, 100}},
			{Code: "B", Demand: []float64{60, 40, 80, 50}},
			{Code: "C", Demand: []float64{70, 90, 60, 100}},
		},
		Units: []Unit{
			{ID: "A1", Zone: 0, CapacityMW: 60, MTTF: 45, MTTR: 5, Profile: -1, Pool: -1, Source: 1},
			{ID: "A2", Zone: 0, CapacityMW: 60, MTTF: 45, MTTR: 5, Profile: -1, Pool: -1, Source: 1},
			{ID: "B1", Zone: 1, CapacityMW: 70, MTTF: 40, MTTR: 10, Profile: 0, Pool: -1, Source: 2},
			{ID: "C1", Zone: 2, CapacityMW: 60, MTTF: 90, MTTR: 10, Profile: -1, Pool: 0, MWPerMCMD: 200, Source: 0},
			{ID: "C2", Zone: 2, CapacityMW: 50, MTTF: 30, MTTR: 3, Profile: -1, Pool: 0, MWPerMCMD: 125,
				LiquidFactor: 0.6, LiquidSource: 3, Source: 0},
		},
		Pools:    []FuelPool{{ID: "gas", DailyMCMD: 0.5}},
		Profiles: []Profile{{ID: "sun", Values: []float64{1, 0.8, 0.3, 0.6}}},
		Corridors: []Corridor{
			{From: 0, To: 1, ForwardMW: 80, BackwardMW: 80},
			{From: 1, To: 2, ForwardMW: 50, BackwardMW: 30, MTTF: 20, MTTR: 5},
		},
	}
}

// ValidateEnumerated compares Monte Carlo with exact enumeration on the
// synthetic systems, for every policy: per-zone and system EUE and LOLE
// must agree within 3 standard errors (samples per case, fixed seed).
func ValidateEnumerated(ctx context.Context, samples int, seed uint64) []Check {
	type tc struct {
		name      string
		sys       *System
		policy    Policy
		protected []int
	}
	var cases []tc
	for _, p := range []struct {
		name string
		p    Policy
		prot []int
	}{{"proportional", Proportional, nil}, {"local-first", LocalFirst, nil}, {"priority", Priority, []int{0}}} {
		cases = append(cases,
			tc{"two zones, 40 MW corridor, " + p.name, TwoZoneSystem(40), p.p, p.prot},
			tc{"two zones, 1000 MW corridor, " + p.name, TwoZoneSystem(1000), p.p, p.prot},
			tc{"three zones, pool, outages, " + p.name, ThreeZoneSystem(), p.p, p.prot})
	}
	var out []Check
	for _, c := range cases {
		src := fmt.Sprintf("exact enumeration; Monte Carlo %d samples, seed %d, tolerance 3 SE", samples, seed)
		ex, err := Enumerate{Policy: c.policy, Protected: c.protected}.Assess(ctx, c.sys)
		if err == nil {
			var mr *Result
			mr, err = MonteCarlo{Samples: samples, Seed: seed, Policy: c.policy, Protected: c.protected}.Assess(ctx, c.sys)
			if err == nil {
				ents := append([]Metrics{ex.System}, ex.Zones...)
				mcs := append([]Metrics{mr.System}, mr.Zones...)
				for i := range ents {
					who := ents[i].Code
					if i == 0 {
						who = "system"
					}
					out = append(out,
						mcCheck(c.name+": "+who+" EUE (MWh)", mcs[i].EUE, ents[i].EUE.Mean, src),
						mcCheck(c.name+": "+who+" LOLE (h)", mcs[i].LOLE, ents[i].LOLE.Mean, src))
				}
			}
		}
		if err != nil {
			out = append(out, Check{Name: c.name + ": " + err.Error(), Value: math.NaN(), Source: "exact enumeration"})
		}
	}
	return out
}

func mcCheck(name string, got Estimate, ref float64, src string) Check {
	return newCheck(name, got.Mean, ref, max(3*got.SE, 1e-9*max(1, math.Abs(ref))), src)
}
