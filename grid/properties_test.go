package grid

import (
	"fmt"
	"math"
	"os"
	"testing"
)

// Properties of the Monte Carlo engine on random small systems (zones,
// units with outages, a gas pool with dual-fuel units, hydro with a water
// budget, corridors with outages). Each compares two systems sample by
// sample: a unit's random stream depends only on (seed, sample, unit id),
// so a change to a capacity leaves every draw as it was, and a property
// that holds physically must hold in every sample, not just on average.
//
// One exception, measured by TestMeasureHydroCaveat: hydro is water-filled
// against its connected group's deficit as if corridors did not bind
// (deliverability would cost a max flow per hydro zone and hour). Behind a
// binding corridor some of its water can land in hours it cannot reach the
// short zones, and then more capacity elsewhere can move that water and
// raise unserved energy. So the monotonicity tests below run without hydro,
// or with hydro where no corridor binds; the embedded Iraq model spends its
// whole water budget (imports: TestEmbeddedHydroFullyUsed).

// randomSystem draws a system of Z zones over four weeks. Demand is
// share[z] × a common profile when proportionalDemand is set.
func randomSystem(seed uint64, Z int, proportionalDemand, hydro bool) *System {
	r := stream(seed, 11, 13)
	u := func(a, b float64) float64 { return a + (b-a)*unif01(&r) }
	H := 24 * 28
	mo, hd := calendar(H)
	sys := &System{Hours: H, Month: mo, HourOfDay: hd, Sources: []string{"gas", "hydro", "liquid"}}
	common := make([]float64, H)
	for h := range H {
		common[h] = 1 + 0.3*math.Sin(2*math.Pi*float64(h%24-9)/24) + u(-0.1, 0.1)
	}
	for z := range Z {
		dem := make([]float64, H)
		share := u(50, 120)
		for h := range H {
			dem[h] = share * common[h]
			if !proportionalDemand {
				dem[h] *= u(0.8, 1.2)
			}
		}
		sys.Zones = append(sys.Zones, Zone{Code: fmt.Sprint("Z", z), Demand: dem})
		for k := range 2 + int(r.Uint64()%3) {
			un := Unit{ID: fmt.Sprintf("u%d-%d", z, k), Zone: z, CapacityMW: u(15, 60),
				MTTF: u(20, 200), MTTR: u(2, 30), Profile: -1, Pool: -1}
			if r.Uint64()%2 == 0 {
				un.Pool, un.MWPerMCMD = 0, u(100, 250)
				if r.Uint64()%2 == 0 {
					un.LiquidFactor, un.LiquidSource = 0.6, 2
				}
			}
			sys.Units = append(sys.Units, un)
		}
	}
	if hydro {
		budget := make([]float64, 12)
		budget[0] = u(500, 3000)
		sys.Units = append(sys.Units, Unit{ID: "hydro", Zone: int(r.Uint64() % uint64(Z)), CapacityMW: u(20, 60),
			MTTF: 500, MTTR: 20, Profile: -1, Pool: -1, HydroBudgetMWh: budget, Source: 1})
	}
	sys.Pools = []FuelPool{{ID: "gas", DailyMCMD: u(2, 8)}}
	for a := range Z {
		for b := a + 1; b < Z; b++ {
			if b == a+1 || r.Uint64()%2 == 0 { // a connected line plus random meshes
				c := Corridor{From: a, To: b, ForwardMW: u(5, 60), BackwardMW: u(5, 60)}
				if r.Uint64()%2 == 0 {
					c.MTTF, c.MTTR = u(50, 300), u(2, 20)
				}
				sys.Corridors = append(sys.Corridors, c)
			}
		}
	}
	return sys
}

func sampleEUE(t *testing.T, sys *System, p Policy) *Result {
	t.Helper()
	r, err := MonteCarlo{Samples: 6, Seed: 5, Policy: p}.Assess(ctx, sys)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// unbind makes every corridor too large to bind and never out.
func unbind(sys *System) {
	for k := range sys.Corridors {
		sys.Corridors[k].ForwardMW, sys.Corridors[k].BackwardMW = 1e5, 1e5
		sys.Corridors[k].MTTF, sys.Corridors[k].MTTR = 0, 0
	}
}

// More capacity never raises unserved energy, in any sample: without hydro
// on meshes whose corridors bind, and with hydro where none binds.
func TestPropertyMoreCapacity(t *testing.T) {
	for c := range 40 {
		hydro := c%2 == 1
		sys := randomSystem(uint64(c), 3+c%3, false, hydro)
		if hydro {
			unbind(sys)
		}
		before := sampleEUE(t, sys, Proportional)
		i := c % len(sys.Units)
		sys.Units[i].CapacityMW *= 1.5
		after := sampleEUE(t, sys, Proportional)
		for s, b := range before.System.SampleEUE {
			if a := after.System.SampleEUE[s]; a > b+1e-6*(1+b) {
				t.Fatalf("case %d (hydro %v): unit %s +50 %%: sample %d EUE %.6f > %.6f", c, hydro, sys.Units[i].ID, s, a, b)
			}
		}
	}
}

// Taking a corridor away (both directions at zero) never lowers unserved
// energy, in any sample.
func TestPropertyCorridorRemoved(t *testing.T) {
	for c := range 25 {
		sys := randomSystem(uint64(100+c), 3+c%2, false, false)
		before := sampleEUE(t, sys, Proportional)
		k := c % len(sys.Corridors)
		sys.Corridors[k].ForwardMW, sys.Corridors[k].BackwardMW = 0, 0
		after := sampleEUE(t, sys, Proportional)
		for s, b := range before.System.SampleEUE {
			if a := after.System.SampleEUE[s]; a < b-1e-6*(1+b) {
				t.Fatalf("case %d: corridor %d removed: sample %d EUE %.6f < %.6f", c, k, s, a, b)
			}
		}
	}
}

// Where no corridor binds, proportional shedding gives every zone the same
// shed fraction in every hour: with demands share × a common profile, each
// zone's unserved energy is its share of the system's, in every sample, and
// every zone is short in the same hours.
func TestPropertyEqualShedFractions(t *testing.T) {
	for c := range 10 {
		sys := randomSystem(uint64(200+c), 4, true, true)
		unbind(sys)
		for a := range 4 { // a full mesh, so no corridor can bind
			for b := a + 1; b < 4; b++ {
				sys.Corridors = append(sys.Corridors, Corridor{From: a, To: b, ForwardMW: 1e5, BackwardMW: 1e5})
			}
		}
		r := sampleEUE(t, sys, Proportional)
		total := 0.0
		for _, z := range sys.Zones {
			total += z.Demand[0]
		}
		short := false
		for zi, z := range r.Zones {
			share := sys.Zones[zi].Demand[0] / total
			for s, e := range r.System.SampleEUE {
				if math.Abs(z.SampleEUE[s]-share*e) > 1e-6*(1+e) {
					t.Fatalf("case %d: zone %s sample %d EUE %.6f, want share %.4f × %.6f", c, z.Code, s, z.SampleEUE[s], share, e)
				}
				short = short || e > 0
			}
			if z.LOLE.Mean != r.System.LOLE.Mean {
				t.Fatalf("case %d: zone %s LOLE %v, system %v: zones short in different hours", c, z.Code, z.LOLE.Mean, r.System.LOLE.Mean)
			}
		}
		if !short {
			t.Fatalf("case %d: never short, the test checks nothing", c)
		}
	}
}

// TestMeasureHydroCaveat counts, on random systems with hydro behind
// binding corridors, the samples in which a 50 % larger unit raised EUE or
// a removed corridor lowered it (the caveat above). A measurement, not a
// check: GRID_MEASURE=1 go test -run MeasureHydroCaveat -v ./grid
func TestMeasureHydroCaveat(t *testing.T) {
	if os.Getenv("GRID_MEASURE") == "" {
		t.Skip("set GRID_MEASURE=1 to run")
	}
	n, capUp, corrDown := 0, 0, 0
	worstCap, worstCorr := 0.0, 0.0
	for c := range 400 {
		sys := randomSystem(uint64(1000+c), 3+c%2, false, true)
		before := sampleEUE(t, sys, Proportional)
		sys.Units[c%len(sys.Units)].CapacityMW *= 1.5
		after := sampleEUE(t, sys, Proportional)
		sys2 := randomSystem(uint64(1000+c), 3+c%2, false, true)
		k := c % len(sys2.Corridors)
		sys2.Corridors[k].ForwardMW, sys2.Corridors[k].BackwardMW = 0, 0
		cut := sampleEUE(t, sys2, Proportional)
		for s, b := range before.System.SampleEUE {
			n++
			if a := after.System.SampleEUE[s]; a > b+1e-6*(1+b) {
				capUp++
				worstCap = max(worstCap, (a-b)/b)
			}
			if a := cut.System.SampleEUE[s]; a < b-1e-6*(1+b) {
				corrDown++
				worstCorr = max(worstCorr, (b-a)/b)
			}
		}
	}
	t.Logf("%d samples: more capacity raised EUE in %d (worst +%.1f %%); a removed corridor lowered it in %d (worst −%.1f %%)",
		n, capUp, 100*worstCap, corrDown, 100*worstCorr)
}
