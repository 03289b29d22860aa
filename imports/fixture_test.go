package imports

import (
	"math"

	"gridrisk/data"
	"gridrisk/grid"
)

// testDataset is a small hand-built Iraq-like dataset: Basra, Baghdad and
// Erbil over two days (48 h) of January of the base year 2024.
func testDataset() *data.Dataset {
	const hours = 48
	shape := func(peak float64) []float64 {
		v := make([]float64, hours)
		for h := range v {
			v[h] = peak * (0.8 + 0.2*math.Sin(2*math.Pi*float64(h%24-9)/24))
		}
		return v
	}
	temp := func(mean float64) []float64 {
		v := make([]float64, hours)
		for h := range v {
			v[h] = mean + 5*math.Sin(2*math.Pi*float64(h%24-9)/24)
		}
		return v
	}
	hydro := [12]float64{}
	for m := range hydro {
		hydro[m] = 100
	}
	return &data.Dataset{
		Zones: []data.Zone{
			{Code: "IQ-BA", Name: "Basra", Region: "federal"},
			{Code: "IQ-BG", Name: "Baghdad", Region: "federal"},
			{Code: "IQ-AR", Name: "Erbil", Region: "kurdistan"},
			{Code: "IQ-NI", Name: "Nineveh", Region: "federal"},
			{Code: "IQ-AN", Name: "Anbar", Region: "federal"},
		},
		Units: []data.Unit{
			{ID: "ba-iran", Zone: "IQ-BA", Technology: "ocgt", Fuel: "iran-south", CapacityMW: 1000, Units: 4, FOR: 0.1, MTTR: 50, MWPerMCMD: 125, TempDerate: 0.007, LiquidFactor: 0.6},
			{ID: "ba-dom", Zone: "IQ-BA", Technology: "ocgt", Fuel: "dom-south", CapacityMW: 1500, Units: 3, FOR: 0.08, MTTR: 40, MWPerMCMD: 125},
			{ID: "bg-ccgt", Zone: "IQ-BG", Technology: "ccgt", Fuel: "iran-central", CapacityMW: 2000, Units: 2, FOR: 0.08, MTTR: 40, MWPerMCMD: 200},
			{ID: "bg-steam", Zone: "IQ-BG", Technology: "steam", Fuel: "oil", CapacityMW: 800, Units: 4, FOR: 0.15, MTTR: 60},
			{ID: "ar-gas", Zone: "IQ-AR", Technology: "ocgt", Fuel: "khormor", CapacityMW: 1000, Units: 2, FOR: 0.08, MTTR: 40, MWPerMCMD: 140},
			{ID: "ar-hydro", Zone: "IQ-AR", Technology: "hydro", Fuel: "water", CapacityMW: 400, Units: 2},
			{ID: "bg-new", Zone: "IQ-BG", Technology: "steam", Fuel: "oil", CapacityMW: 500, FOR: 0.1, MTTR: 50, InService: 2027},
			{ID: "bg-old", Zone: "IQ-BG", Technology: "steam", Fuel: "oil", CapacityMW: 200, FOR: 0.2, MTTR: 50, Retired: 2025},
			{ID: "ni-gas", Zone: "IQ-NI", Technology: "ocgt", Fuel: "dom-north", CapacityMW: 600, Units: 3, FOR: 0.09, MTTR: 50, MWPerMCMD: 125},
			{ID: "an-hydro", Zone: "IQ-AN", Technology: "hydro", Fuel: "water", CapacityMW: 300, Units: 2, FOR: 0.02, MTTR: 40},
		},
		Fuels: []data.Fuel{
			{ID: "iran-central", Origin: "iran", Contracted: 35, Delivered: 30, Tags: []string{"iran", "waiver"}},
			{ID: "iran-south", Origin: "iran", Contracted: 20, Delivered: 15, Tags: []string{"iran", "waiver"}},
			{ID: "dom-south", Origin: "domestic", Delivered: 10},
			{ID: "khormor", Origin: "domestic", Delivered: 8},
			{ID: "dom-north", Origin: "domestic", Delivered: 3},
		},
		Links: []data.Link{
			{ID: "iran-diyala", Country: "Iran", Zone: "IQ-BG", CapacityMW: 500, FOR: 0.05, MTTR: 24, Tags: []string{"iran", "waiver"}},
			{ID: "turkey-erbil", Country: "Turkey", Zone: "IQ-AR", CapacityMW: 100, InService: 2024},
		},
		Corridors: []data.Corridor{
			{From: "IQ-BA", To: "IQ-BG", CapacityMW: 1500, ReverseMW: 1500},
			{From: "IQ-BG", To: "IQ-AR", CapacityMW: 300, ReverseMW: 300},
			{From: "IQ-BG", To: "IQ-NI", CapacityMW: 400, ReverseMW: 400},
			{From: "IQ-BG", To: "IQ-AN", CapacityMW: 400, ReverseMW: 400},
		},
		Hydro: []data.Hydro{{Unit: "ar-hydro", BudgetGWh: hydro}, {Unit: "an-hydro", BudgetGWh: hydro}},
		Demand: &data.Hourly{Columns: []string{"IQ-BA", "IQ-BG", "IQ-AR", "IQ-NI", "IQ-AN"},
			Values: [][]float64{shape(3000), shape(4500), shape(1200), shape(800), shape(500)}},
		Temperature: &data.Hourly{Columns: []string{"IQ-BA", "IQ-BG", "IQ-AR", "IQ-NI", "IQ-AN"},
			Values: [][]float64{temp(15), temp(12), temp(8), temp(9), temp(11)}},
		Params: []data.Param{
			{Name: "base_year", Value: 2024},
			{Name: "demand_growth", Value: 0.05},
			{Name: "demand_per_degc", Value: 0.02},
			{Name: "weather_anomaly_sd_c", Value: 1},
		},
		Origin: "test",
	}
}

// flatDataset is one zone, 48 h of constant 1200 MW demand, no outages and
// no weather, so every index can be worked out by hand:
// gas unit 400 MW on an Iranian pool of 4 mcm/d × 100 MW per mcm/d,
// oil unit 500 MW, an Iranian link of 200 MW.
func flatDataset() *data.Dataset {
	d := make([]float64, 48)
	for h := range d {
		d[h] = 1200
	}
	return &data.Dataset{
		Zones: []data.Zone{{Code: "Z", Name: "Zone", Region: "federal"}},
		Units: []data.Unit{
			{ID: "gas", Zone: "Z", Fuel: "iran-gas", CapacityMW: 400, MWPerMCMD: 100},
			{ID: "oil", Zone: "Z", Fuel: "oil", CapacityMW: 500},
		},
		Fuels:  []data.Fuel{{ID: "iran-gas", Origin: "iran", Contracted: 5, Delivered: 4, Tags: []string{"iran"}}},
		Links:  []data.Link{{ID: "iran-line", Country: "Iran", Zone: "Z", CapacityMW: 200}},
		Demand: &data.Hourly{Columns: []string{"Z"}, Values: [][]float64{d}},
	}
}

func mc(samples int) grid.MonteCarlo {
	return grid.MonteCarlo{Samples: samples, Seed: 11, Workers: 2}
}

func mustLookup(name string) Scenario {
	s, err := Lookup(name)
	if err != nil {
		panic(err)
	}
	return s
}
