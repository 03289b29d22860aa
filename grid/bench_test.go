package grid

import (
	"fmt"
	"math"
	"testing"
	"time"
)

// iraqLike is a synthetic 19-zone system shaped like Iraq's (not its data):
// 77 units, 5 gas pools with binding limits (some dual-fuel units), 5 hydro
// units with monthly budgets, solar profiles, 25 corridors (22 with
// outages), weather anomalies. Demand exceeds supply in every hour (system
// LOLE 8760 h), so the transfer solver runs every hour: it weighs more here
// than on the Iraq data, where many hours are not short.
func iraqLike(hours int) *System {
	const Z = 19
	sys := &System{Hours: hours, Month: make([]uint8, hours), HourOfDay: make([]uint8, hours)}
	t0 := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	for h := range hours {
		tm := t0.Add(time.Duration(h) * time.Hour)
		sys.Month[h] = uint8(tm.Month() - 1)
		sys.HourOfDay[h] = uint8(tm.Hour())
	}
	sys.Sources = []string{"domestic gas", "iranian gas", "liquid", "oil", "hydro", "solar", "imports"}
	sun := make([]float64, hours)
	for h := range hours {
		hd := float64(h % 24)
		sun[h] = math.Max(0, math.Sin((hd-6)/12*math.Pi))
	}
	sys.Profiles = []Profile{{ID: "solar", Values: sun}}
	for z := range Z {
		peak := 800 + float64((z*7919)%11)*400 // 0.8–4.8 GW
		dem, temp := make([]float64, hours), make([]float64, hours)
		for h := range hours {
			day := float64(h) / 24
			season := -math.Cos(2 * math.Pi * (day - 15) / 365) // −1 Jan … +1 Jul
			diurnal := math.Sin(2 * math.Pi * (float64(h%24) - 9) / 24)
			temp[h] = 27 + 14*season + 7*diurnal + float64(z%3)
			dem[h] = peak * (0.55 + 0.3*(season+1)/2 + 0.15*(diurnal+1)/2)
		}
		sys.Zones = append(sys.Zones, Zone{Code: fmt.Sprintf("Z%02d", z+1), Demand: dem, Temperature: temp, DemandPerDegC: 0.02})
	}
	sys.Pools = []FuelPool{
		{ID: "iran-central", DailyMCMD: 18, Monthly: []float64{0.6, 0.6, 0.8, 1, 1, 1, 1, 1, 1, 0.9, 0.7, 0.6}},
		{ID: "iran-south", DailyMCMD: 10},
		{ID: "domestic-south", DailyMCMD: 22},
		{ID: "domestic-north", DailyMCMD: 9},
		{ID: "khor-mor", DailyMCMD: 12},
	}
	u := 0
	add := func(z int, mw float64, un Unit) {
		un.ID = fmt.Sprintf("U%03d", u)
		un.Zone, un.CapacityMW = z, mw
		if un.MTTF == 0 {
			un.MTTF, un.MTTR = 900, 60
		}
		sys.Units = append(sys.Units, un)
		u++
	}
	for z := range Z {
		pool := z % 5
		src := 0
		if pool <= 1 {
			src = 1
		}
		add(z, 600, Unit{Pool: pool, Profile: -1, MWPerMCMD: 190, TempDerate: 0.007, Source: src})                                     // combined cycle
		add(z, 300, Unit{Pool: pool, Profile: -1, MWPerMCMD: 125, TempDerate: 0.008, Source: src, LiquidFactor: 0.7, LiquidSource: 2}) // dual-fuel CT
		add(z, 250, Unit{Pool: (pool + 2) % 5, Profile: -1, MWPerMCMD: 120, TempDerate: 0.008, Source: 0})
		if z%2 == 0 {
			add(z, 200, Unit{Pool: -1, Profile: -1, Source: 3, MTTF: 500, MTTR: 100}) // oil steam
		}
		if z%4 == 1 {
			add(z, 100, Unit{Pool: -1, Profile: 0, Source: 5, MTTF: 2000, MTTR: 24}) // solar
		}
	}
	for i, z := range []int{0, 3, 7, 12, 17} {
		b := make([]float64, 12)
		for m := range b {
			b[m] = 300 * 24 * 30 * (0.3 + 0.1*float64((m+i)%4))
		}
		add(z, 400, Unit{Pool: -1, Profile: -1, Source: 4, HydroBudgetMWh: b, MTTF: 2000, MTTR: 48})
	}
	for z := 0; z+1 < 15; z++ {
		sys.Corridors = append(sys.Corridors, Corridor{From: z, To: z + 1, ForwardMW: 1500, BackwardMW: 1200, MTTF: 2000, MTTR: 20})
	}
	for z := 15; z+1 < Z; z++ { // "Kurdistan" block
		sys.Corridors = append(sys.Corridors, Corridor{From: z, To: z + 1, ForwardMW: 800, BackwardMW: 800})
	}
	for _, c := range [][2]int{{0, 5}, {2, 9}, {4, 12}, {6, 14}, {1, 8}, {3, 11}, {14, 15}, {10, 16}} {
		sys.Corridors = append(sys.Corridors, Corridor{From: c[0], To: c[1], ForwardMW: 400, BackwardMW: 400, MTTF: 1000, MTTR: 30})
	}
	sys.Weather.AnomalySD = []float64{1.2, 1.2, 1.3, 1.4, 1.5, 1.5, 1.5, 1.5, 1.4, 1.3, 1.2, 1.2}
	return sys
}

func BenchmarkRTS79MonteCarlo(b *testing.B) {
	sys := rts79(b)
	const n = 2000
	b.ResetTimer()
	c0 := processCPU()
	for range b.N {
		if _, err := (MonteCarlo{Samples: n, Seed: 1, Workers: 1}).Assess(ctx, sys); err != nil {
			b.Fatal(err)
		}
	}
	reportThroughput(b, n, c0)
}

func BenchmarkRTS79Convolution(b *testing.B) {
	sys := rts79(b)
	for range b.N {
		if _, err := (Convolution{}).Assess(ctx, sys); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMultiZone(b *testing.B) {
	sys := iraqLike(8760)
	for _, w := range []int{1, 2} {
		b.Run(fmt.Sprintf("workers=%d", w), func(b *testing.B) {
			const n = 16
			b.ReportAllocs()
			c0 := processCPU()
			for range b.N {
				if _, err := (MonteCarlo{Samples: n, Seed: 1, Workers: w}).Assess(ctx, sys); err != nil {
					b.Fatal(err)
				}
			}
			reportThroughput(b, n, c0)
		})
	}
}

// reportThroughput reports sample-years per wall second and per CPU second
// (the latter is robust to other jobs loading the machine).
func reportThroughput(b *testing.B, n int, cpu0 time.Duration) {
	done := float64(n * b.N)
	b.ReportMetric(done/b.Elapsed().Seconds(), "sample-years/s")
	if cpu := processCPU() - cpu0; cpu > 0 {
		b.ReportMetric(done/cpu.Seconds(), "sample-years/cpu-s")
	}
}
