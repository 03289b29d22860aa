package grid_test

import (
	"context"
	"fmt"

	"gridrisk/grid"
)

// Assess a tiny system: one zone with 100 MW of demand in each of four
// hours and two 60 MW units that never fail. The first hour's demand of
// 130 MW is 10 MW short. The convolution (exact) and Monte Carlo agree.
func Example() {
	sys := &grid.System{
		Hours: 4, Month: []uint8{0, 0, 0, 0}, HourOfDay: []uint8{0, 1, 2, 3},
		Zones: []grid.Zone{{Code: "Z", Name: "Zone", Demand: []float64{130, 100, 100, 100}}},
		Units: []grid.Unit{
			{ID: "a", CapacityMW: 60, Profile: -1, Pool: -1},
			{ID: "b", CapacityMW: 60, Profile: -1, Pool: -1},
		},
	}
	exact, err := grid.Convolution{}.Assess(context.Background(), sys)
	if err != nil {
		fmt.Println(err)
		return
	}
	mc, err := grid.MonteCarlo{Samples: 10, Seed: 1}.Assess(context.Background(), sys)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("convolution: LOLE %.0f h, EUE %.0f MWh\n", exact.System.LOLE.Mean, exact.System.EUE.Mean)
	fmt.Printf("monte carlo: LOLE %.0f h, EUE %.0f MWh\n", mc.System.LOLE.Mean, mc.System.EUE.Mean)
	// Output:
	// convolution: LOLE 1 h, EUE 10 MWh
	// monte carlo: LOLE 1 h, EUE 10 MWh
}

// The shares policy on two zones joined by a 30 MW corridor: A keeps its
// own output first (local credit 1), so only the 20 MW it does not need
// reach the pool, and B gets them: 20 of its 80 MW, 6 hours of 24.
func ExampleShares() {
	sys := &grid.System{
		Hours: 1, Month: []uint8{0}, HourOfDay: []uint8{0},
		Zones: []grid.Zone{
			{Code: "A", Demand: []float64{80}, Share: 1, LocalCredit: 1},
			{Code: "B", Demand: []float64{80}, Share: 1},
		},
		Units:     []grid.Unit{{ID: "a", Zone: 0, CapacityMW: 100, Profile: -1, Pool: -1}},
		Corridors: []grid.Corridor{{From: 0, To: 1, ForwardMW: 30, BackwardMW: 30}},
	}
	r, err := grid.MonteCarlo{Samples: 2, Seed: 1, Policy: grid.Shares}.Assess(context.Background(), sys)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, z := range r.Zones {
		fmt.Printf("%s: unserved %.0f MWh, supply %.1f h/day\n", z.Code, z.EUE.Mean, z.SupplyHoursPerDay.Mean)
	}
	// Output:
	// A: unserved 0 MWh, supply 24.0 h/day
	// B: unserved 60 MWh, supply 6.0 h/day
}
