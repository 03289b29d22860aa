package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"gridrisk/data"
	"gridrisk/grid"
	"gridrisk/imports"
)

// BenchmarkAssessEndToEnd is `gridrisk assess --no-report` on the embedded
// data: load, build and simulate baseline and waiver-ended, the two
// dependency counterfactuals (Iranian gas cut, Iranian electricity cut),
// the three back-test periods (baseline 2024, partial 2025, winter-halt
// 2025), the comparison and the JSON document: seven runs of 40 samples,
// none simulated twice.
func BenchmarkAssessEndToEnd(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if code := run([]string{"gridrisk", "assess", "--no-report", "--quiet", "--format", "json", "--samples", "40"}, io.Discard, os.Stderr); code != 0 {
			b.Fatalf("exit %d", code)
		}
	}
	b.ReportMetric(float64(7*40*b.N)/b.Elapsed().Seconds(), "sample-years/s")
}

// BenchmarkRTS79CLI is what a user of RTS-79 runs:
//
//	gridrisk assess --data data/rts79 --method montecarlo --samples 4000 --workers 1 --no-report --format json
//
// through the CLI's own code path (loading, building, simulating, JSON),
// and in the same run the plain reference simulator (grid.Plain: every
// unit stepped every hour) on the same system. It reports both rates and
// the engine's speed as a multiple of the plain one, a ratio that does not
// drift with the machine's load as absolute times do.
func BenchmarkRTS79CLI(b *testing.B) {
	ds, err := data.RTS79()
	if err != nil {
		b.Fatal(err)
	}
	sys, err := imports.Build(ds, mustLookup(imports.AsIs), 0)
	if err != nil {
		b.Fatal(err)
	}
	const cliSamples, plainSamples = 4000, 100
	var cliT, plainT time.Duration
	for i := 0; i < b.N; i++ {
		start := time.Now()
		args := []string{"gridrisk", "assess", "--data", "data/rts79", "--method", "montecarlo", "--samples", fmt.Sprint(cliSamples),
			"--workers", "1", "--no-report", "--format", "json", "--quiet"}
		if code := run(args, io.Discard, os.Stderr); code != 0 {
			b.Fatalf("exit %d", code)
		}
		cliT += time.Since(start)
		start = time.Now()
		if _, err := (grid.Plain{Samples: plainSamples, Seed: 1}).Assess(context.Background(), sys); err != nil {
			b.Fatal(err)
		}
		plainT += time.Since(start)
	}
	cli := float64(cliSamples*b.N) / cliT.Seconds()
	plain := float64(plainSamples*b.N) / plainT.Seconds()
	b.ReportMetric(cli, "cli-sample-years/s")
	b.ReportMetric(plain, "plain-sample-years/s")
	b.ReportMetric(cli/plain, "x-plain")
}

// BenchmarkTenWeatherYears runs a user dataset of ten weather years (87,600
// hours) for all 19 governorates through the user-data loader and the engine.
// It reports peak heap for 4, 16 and 32 samples: memory must not grow with them.
func BenchmarkTenWeatherYears(b *testing.B) {
	dir := b.TempDir()
	if err := writeTenYearTables(dir); err != nil {
		b.Fatal(err)
	}
	ds, err := data.Load(dir)
	if err != nil {
		b.Fatal(err)
	}
	sys, err := imports.Build(ds, mustLookup(imports.AsIs), 0)
	if err != nil {
		b.Fatal(err)
	}
	if sys.Hours != 87600 {
		b.Fatalf("%d hours, want 87600", sys.Hours)
	}
	for _, n := range []int{4, 16, 32} {
		b.Run(fmt.Sprintf("samples=%d", n), func(b *testing.B) {
			var peak uint64
			for i := 0; i < b.N; i++ {
				runtime.GC()
				done := make(chan struct{})
				go func() { // sample the heap while the run goes on
					var ms runtime.MemStats
					for {
						select {
						case <-done:
							return
						default:
						}
						runtime.ReadMemStats(&ms)
						peak = max(peak, ms.HeapAlloc)
						time.Sleep(5 * time.Millisecond) // ReadMemStats stops the world
					}
				}()
				_, err := grid.MonteCarlo{Samples: n, Seed: 1}.Assess(context.Background(), sys)
				close(done)
				if err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MiB")
			b.ReportMetric(float64(n)*10*float64(b.N)/b.Elapsed().Seconds(), "weather-years/s")
		})
	}
}

// writeTenYearTables writes zones, units and corridors from the embedded
// dataset and a demand table of its 2025 demand repeated ten times, each year
// scaled by a different factor standing in for its weather.
func writeTenYearTables(dir string) error {
	ds, err := data.Embedded()
	if err != nil {
		return err
	}
	var zones, units, corr, dem strings.Builder
	zones.WriteString("code,name,region,peak_mw\n")
	for _, z := range ds.Zones {
		fmt.Fprintf(&zones, "%s,%s,%s,%g\n", z.Code, z.Name, z.Region, z.PeakMW)
	}
	units.WriteString("id,zone,capacity_mw,for,mttr_h,technology\n")
	for _, u := range ds.Units {
		if u.InService > 2025 || (u.Retired != 0 && u.Retired <= 2025) || u.CapacityMW == 0 {
			continue
		}
		fmt.Fprintf(&units, "%s,%s,%g,%g,%g,%s\n", u.ID, u.Zone, u.CapacityMW, u.FOR, u.MTTR, u.Technology)
	}
	corr.WriteString("from,to,capacity_mw\n")
	for _, c := range ds.Corridors {
		fmt.Fprintf(&corr, "%s,%s,%g\n", c.From, c.To, c.CapacityMW)
	}
	dem.WriteString("hour," + strings.Join(ds.Demand.Columns, ",") + "\n")
	n := len(ds.Demand.Values[0])
	for y := 0; y < 10; y++ {
		f := 0.95 + 0.01*float64(y)
		for h := 0; h < 8760; h++ {
			fmt.Fprintf(&dem, "%d", y*8760+h+1)
			for c := range ds.Demand.Columns {
				fmt.Fprintf(&dem, ",%.1f", f*ds.Demand.Values[c][h%n])
			}
			dem.WriteByte('\n')
		}
	}
	for name, s := range map[string]string{"zones.csv": zones.String(), "units.csv": units.String(),
		"corridors.csv": corr.String(), "demand.csv": dem.String()} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// BenchmarkIraqModel is the engine on the embedded Iraq model (all 19
// governorates, corridors and intake junctions, gas pools, hydro, weather,
// 8,760 h) under waiver-ended 2025: the default shares policy on 1 and 2
// workers, and proportional on 1 worker in the same run, so the cost of
// the Ministry's allocation is a ratio measured on one machine. As assess
// runs a scenario of its workbook or JSON, with served energy by source;
// "text" is the same without it, as for the text summary, the dependency
// counterfactuals and the back-test periods.
func BenchmarkIraqModel(b *testing.B) {
	ds, err := data.Embedded()
	if err != nil {
		b.Fatal(err)
	}
	sys, err := imports.Build(ds, mustLookup("waiver-ended"), 2025)
	if err != nil {
		b.Fatal(err)
	}
	const samples = 32
	for _, c := range []struct {
		name     string
		policy   grid.Policy
		workers  int
		bySource bool
	}{{"shares", grid.Shares, 1, true}, {"shares/text", grid.Shares, 1, false},
		{"proportional", grid.Proportional, 1, true}, {"shares", grid.Shares, 2, true}} {
		b.Run(fmt.Sprintf("policy=%s/workers=%d", c.name, c.workers), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				mc := grid.MonteCarlo{Samples: samples, Seed: 1, Workers: c.workers, Policy: c.policy, BySource: c.bySource}
				if _, err := mc.Assess(context.Background(), sys); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(samples*b.N)/b.Elapsed().Seconds(), "sample-years/s")
		})
	}
}
