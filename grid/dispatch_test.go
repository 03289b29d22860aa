package grid

import (
	"fmt"
	"math"
	"slices"
	"testing"
)

func TestWaterFill(t *testing.T) {
	cases := []struct {
		name           string
		deficit, avail []float64
		budget         float64
		want           []float64
	}{
		// Level 6: Σ min(4, max(0, d−6)) = 0+4+0+2 = 6.
		{"worst hours first", []float64{5, 10, 3, 8}, []float64{4, 4, 4, 4}, 6, []float64{0, 4, 0, 2}},
		{"budget above availability", []float64{5, 10}, []float64{4, 4}, 100, []float64{4, 4}},
		{"no budget", []float64{5, 10}, []float64{4, 4}, 0, []float64{0, 0}},
		// Surplus hours: spent where the margin is thinnest (level −3).
		{"negative deficits", []float64{-5, -1}, []float64{3, 3}, 2, []float64{0, 2}},
		{"unit down in an hour", []float64{10, 10}, []float64{0, 5}, 4, []float64{0, 4}},
	}
	// Any first guess (none, the level, beside it, outside the bracket)
	// gives the same outputs.
	for _, c := range cases {
		for _, guess := range []float64{math.NaN(), 6, 5.5, 7, -1e9, 1e9} {
			out := make([]float64, len(c.avail))
			waterFill(c.deficit, c.avail, c.budget, out, make([]int32, len(out)), guess)
			sum := 0.0
			for k := range out {
				sum += out[k]
				if math.Abs(out[k]-c.want[k]) > 1e-6 {
					t.Errorf("%s, guess %v: out = %v, want %v", c.name, guess, out, c.want)
					break
				}
			}
			if sum > c.budget+1e-9 {
				t.Errorf("%s, guess %v: spent %v > budget %v", c.name, guess, sum, c.budget)
			}
		}
	}
}

// Pool of 1 mcm/d: X (200 MW per mcm/d, 150 MW) burns first though listed
// second and takes 0.75; Y (100 MW per mcm/d) gets 0.25 → 25 MW on gas and
// runs the other 75 MW on liquid at 0.5 → 37.5 MW.
func TestBurnPools(t *testing.T) {
	mo, hd := calendar(1)
	sys := &System{Hours: 1, Month: mo, HourOfDay: hd, Sources: []string{"gas", "liquid"},
		Zones: []Zone{{Code: "Z", Demand: []float64{1000}}},
		Pools: []FuelPool{{ID: "p", DailyMCMD: 2, Monthly: []float64{0.5, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}}},
		Units: []Unit{
			{ID: "Y", CapacityMW: 100, Profile: -1, Pool: 0, MWPerMCMD: 100, LiquidFactor: 0.5, LiquidSource: 1},
			{ID: "X", CapacityMW: 150, Profile: -1, Pool: 0, MWPerMCMD: 200},
		}}
	m, err := newModel(sys)
	if err != nil {
		t.Fatal(err)
	}
	gAv := make([]float64, m.G)
	gAv[m.unitGroup[0]], gAv[m.unitGroup[1]] = 100, 150
	sup, src := make([]float64, 1), make([]float64, 2)
	m.burnPools(0, gAv, sup, src)
	if math.Abs(src[0]-175) > 1e-9 || math.Abs(src[1]-37.5) > 1e-9 || math.Abs(sup[0]-212.5) > 1e-9 {
		t.Fatalf("gas %v liquid %v total %v; want 175, 37.5, 212.5", src[0], src[1], sup[0])
	}
	// Monte Carlo with no outages: served gas never exceeds the pool.
	r, err := MonteCarlo{Samples: 2, Seed: 1, BySource: true}.Assess(ctx, sys)
	if err != nil {
		t.Fatal(err)
	}
	if got := r.System.ServedBySourceMWh; math.Abs(got[0]-175) > 1e-9 || math.Abs(got[1]-37.5) > 1e-9 {
		t.Fatalf("served by source %v, want [175 37.5]", got)
	}
}

func TestTransferPolicies(t *testing.T) {
	line := &System{Hours: 1, Month: []uint8{0}, HourOfDay: []uint8{0},
		Zones:     []Zone{{Code: "A", Demand: []float64{1}}, {Code: "B", Demand: []float64{1}}, {Code: "C", Demand: []float64{1}}},
		Corridors: []Corridor{{From: 0, To: 1, ForwardMW: 100, BackwardMW: 100}, {From: 1, To: 2, ForwardMW: 100, BackwardMW: 100}}}
	pair := &System{Hours: 1, Month: []uint8{0}, HourOfDay: []uint8{0},
		Zones:     []Zone{{Code: "A", Demand: []float64{1}}, {Code: "B", Demand: []float64{1}}},
		Corridors: []Corridor{{From: 0, To: 1, ForwardMW: 1000, BackwardMW: 1000}}}
	cases := []struct {
		name     string
		sys      *System
		policy   Policy
		prot     []int
		sup, dem []float64
		want     []float64
	}{
		// B and C share the 100 MW A–B corridor; A keeps its own 100.
		{"line proportional", line, Proportional, nil, []float64{300, 0, 0}, []float64{100, 100, 100}, []float64{100, 50, 50}},
		{"line priority C", line, Priority, []int{2}, []float64{300, 0, 0}, []float64{100, 100, 100}, []float64{100, 0, 100}},
		{"line local-first", line, LocalFirst, nil, []float64{300, 0, 0}, []float64{100, 100, 100}, []float64{100, 50, 50}},
		// Copper plate: proportional shares, local-first keeps own, priority protects.
		{"pair proportional", pair, Proportional, nil, []float64{100, 0}, []float64{100, 100}, []float64{50, 50}},
		{"pair local-first", pair, LocalFirst, nil, []float64{100, 0}, []float64{100, 100}, []float64{100, 0}},
		{"pair priority B", pair, Priority, []int{1}, []float64{100, 0}, []float64{100, 100}, []float64{0, 100}},
		{"pair unequal demand", pair, Proportional, nil, []float64{90, 0}, []float64{100, 200}, []float64{30, 60}},
		{"no shortage", pair, Proportional, nil, []float64{300, 0}, []float64{100, 200}, []float64{100, 200}},
	}
	for _, c := range cases {
		m, err := newModel(c.sys)
		if err != nil {
			t.Fatal(err)
		}
		tr := newTransfer(m, c.policy, c.prot)
		x := make([]float64, len(c.dem))
		tr.solve(c.sup, c.dem, x)
		for z := range x {
			if math.Abs(x[z]-c.want[z]) > 1e-6 {
				t.Errorf("%s: served %v, want %v", c.name, x, c.want)
				break
			}
		}
	}
}

// A hydro unit never spends more than its monthly budget; with demand above
// its capacity in every hour it spends exactly the budget.
func TestHydroBudget(t *testing.T) {
	const H = 24 * 90
	mo, hd := calendar(H)
	for h := range H {
		mo[h] = uint8(h / (24 * 30))
	}
	dem := make([]float64, H)
	for h := range dem {
		dem[h] = 150 + 50*math.Sin(float64(h)/7)
	}
	budget := []float64{100 * 24 * 5, 100 * 24 * 40, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}
	sys := &System{Hours: H, Month: mo, HourOfDay: hd, Sources: []string{"hydro"},
		Zones: []Zone{{Code: "Z", Demand: dem}},
		Units: []Unit{{ID: "h", CapacityMW: 100, Profile: -1, Pool: -1, HydroBudgetMWh: budget}}}
	r, err := MonteCarlo{Samples: 2, Seed: 1, BySource: true}.Assess(ctx, sys)
	if err != nil {
		t.Fatal(err)
	}
	// Month 0: budget 12,000 MWh spent in full; month 1: budget exceeds
	// 30 days × 100 MW, so 72,000 MWh; month 2: nothing.
	want := 100*24*5 + 100*24*30.0
	if got := r.System.ServedBySourceMWh[0]; got > want+1e-6 || got < want*(1-1e-6) {
		t.Fatalf("hydro served %v MWh, want %v", got, want)
	}
	if r.System.MonthlyEUE[2] <= 0 || r.System.MonthlyLOLE[2] != 24*30 {
		t.Fatalf("month 2 without water: LOLE %v", r.System.MonthlyLOLE[2])
	}
}

// Allocations grow with chunks (one accumulator each), not with hours.
func TestAllocationsPerSample(t *testing.T) {
	sys := iraqLike(24 * 10)
	allocs := func(n int) float64 {
		return testing.AllocsPerRun(2, func() {
			if _, err := (MonteCarlo{Samples: n, Seed: 1, Workers: 1}).Assess(ctx, sys); err != nil {
				t.Fatal(err)
			}
		})
	}
	a, b := allocs(16), allocs(64)
	if perChunk := (b - a) / (48 / chunkSize); perChunk > 4 {
		t.Fatalf("allocations: %v for 16 samples, %v for 64 (%.1f per extra chunk of %d samples)", a, b, perChunk, chunkSize)
	}
}

// Random cases: spend the budget (to 1e-9) without exceeding it, leave the
// same residual deficit in every hour where the unit is partly used, and
// give the same outputs from a first guess.
func TestWaterFillProperties(t *testing.T) {
	r := stream(1, 2, 3)
	for c := range 200 {
		n := 1 + int(r.Uint64()%744)
		def, av, out := make([]float64, n), make([]float64, n), make([]float64, n)
		total := 0.0
		for k := range n {
			def[k] = unif01(&r)*2000 - 500
			if r.Uint64()%5 != 0 {
				av[k] = 100 * unif01(&r)
			}
			total += av[k]
		}
		budget := total * unif01(&r)
		L := waterFill(def, av, budget, out, make([]int32, n), math.NaN())
		// The level returned, as a first guess or beside one, gives the
		// same outputs.
		for _, guess := range []float64{L, L + 300*(unif01(&r)-0.5)} {
			again := make([]float64, n)
			waterFill(def, av, budget, again, make([]int32, n), guess)
			for k := range n {
				if math.Abs(again[k]-out[k]) > 1e-9*2000 {
					t.Fatalf("case %d, guess %v (level %v): hour %d gives %v, without a guess %v", c, guess, L, k, again[k], out[k])
				}
			}
		}
		spent, level := 0.0, math.NaN()
		for k := range n {
			spent += out[k]
			if out[k] > 1e-9 && out[k] < av[k]-1e-9 {
				if l := def[k] - out[k]; math.IsNaN(level) {
					level = l
				} else if math.Abs(l-level) > 1e-6*2000 {
					t.Fatalf("case %d: residual deficits %v and %v in partly used hours", c, level, l)
				}
			}
		}
		if spent > budget*(1+1e-12) || spent < budget*(1-1e-8) {
			t.Fatalf("case %d: spent %v of budget %v", c, spent, budget)
		}
	}
}

// Identical hydro units filled one after the other give, hour by hour,
// what one unit of their summed availability and budget gives, when each
// is available at one MW figure or out (hydroRun fills a plant's twins as
// one then): random deficits, outages and budgets, two to four twins. With
// availability varying from hour to hour it does not hold, which is why
// hydroRun checks for one figure.
func TestWaterFillTwins(t *testing.T) {
	r := stream(4, 5, 6)
	differs := 0
	for c := range 400 {
		n := 1 + int(r.Uint64()%744)
		twins := 2 + c%3
		varying := c%4 == 3
		def, av := make([]float64, n), make([]float64, n)
		capMW := 20 + 100*unif01(&r)
		total := 0.0
		for k := range n {
			def[k] = unif01(&r)*2000 - 500
			if r.Uint64()%5 != 0 {
				av[k] = capMW
				if varying {
					av[k] *= unif01(&r)
				}
			}
			total += av[k]
		}
		budget := total * unif01(&r) * 1.2 // sometimes more than a unit can spend
		resid, sum, out := slices.Clone(def), make([]float64, n), make([]float64, n)
		for range twins {
			waterFill(resid, av, budget, out, make([]int32, n), math.NaN())
			for k, v := range out {
				sum[k] += v
				resid[k] -= v
			}
		}
		merged := make([]float64, n)
		for k, a := range av {
			merged[k] = float64(twins) * a
		}
		waterFill(def, merged, float64(twins)*budget, out, make([]int32, n), math.NaN())
		for k := range n {
			if math.Abs(out[k]-sum[k]) > 1e-6*(1+sum[k]) {
				if varying {
					differs++
					break
				}
				t.Fatalf("case %d (%d twins), hour %d: merged %v, one after the other %v", c, twins, k, out[k], sum[k])
			}
		}
	}
	if differs == 0 {
		t.Error("availability varying by hour: merged and one-after-the-other never differed; the test no longer shows why hydroRun checks")
	}
}

// Consecutive pool units alike in everything burning reads share a group
// and burn as one: three 50 MW units at 100 MW per mcm/d on 1 mcm/d give
// 100 MW on gas and 25 MW on liquid (0.5 × the 50 MW gas did not cover),
// as one at a time (50, 50, then none) would; a unit that differs
// (another zone) keeps its own group.
func TestBurnPoolsAlikeUnitsGrouped(t *testing.T) {
	mo, hd := calendar(1)
	sys := &System{Hours: 1, Month: mo, HourOfDay: hd, Sources: []string{"gas", "liquid"},
		Zones: []Zone{{Code: "A", Demand: []float64{1000}}, {Code: "B", Demand: []float64{1000}}},
		Pools: []FuelPool{{ID: "p", DailyMCMD: 1}},
	}
	for i, z := range []int{0, 0, 0, 1} {
		sys.Units = append(sys.Units, Unit{ID: fmt.Sprint("U", i), Zone: z, CapacityMW: 50, Profile: -1, Pool: 0,
			MWPerMCMD: 100, LiquidFactor: 0.5, LiquidSource: 1})
	}
	m, err := newModel(sys)
	if err != nil {
		t.Fatal(err)
	}
	if m.G != 2 || m.unitGroup[0] != m.unitGroup[2] || m.unitGroup[3] == m.unitGroup[0] || len(m.poolBurn[0]) != 2 {
		t.Fatalf("%d groups, unit groups %v, %d burn steps; want 2, the three A units together, 2", m.G, m.unitGroup, len(m.poolBurn[0]))
	}
	gAv := make([]float64, m.G)
	gAv[m.unitGroup[0]], gAv[m.unitGroup[3]] = 150, 50
	sup, src := make([]float64, 2), make([]float64, 4)
	m.burnPools(0, gAv, sup, src)
	want := []float64{100, 25, 0, 25} // A gas, A liquid, B gas, B liquid
	for i, w := range want {
		if math.Abs(src[i]-w) > 1e-9 {
			t.Fatalf("by zone and source %v, want %v", src, want)
		}
	}
}
