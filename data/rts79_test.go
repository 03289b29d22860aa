package data

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite generated files (rts79/demand.csv, golden files)")

// RTS-79 load model tables (reference/rts79.md): weekly peak in tenths of a
// percent, daily peak and hourly load in percent.
var (
	rtsWeek = [52]int64{862, 900, 878, 834, 880, 841, 832, 806, 740, 737, 715, 727, 704, 750, 721, 800, 754, 837, 870, 880, 856, 811, 900, 887, 896, 861, 755, 816, 801, 880, 722, 776, 800, 729, 726, 705, 780, 695, 724, 724, 743, 744, 800, 881, 885, 909, 940, 890, 942, 970, 1000, 952}
	rtsDay  = [7]int64{93, 100, 98, 96, 94, 77, 75} // Monday first
	// rtsHour[season][weekend][hour]: seasons winter, summer, spring/fall.
	rtsHour = [3][2][24]int64{
		{{67, 63, 60, 59, 59, 60, 74, 86, 95, 96, 96, 95, 95, 95, 93, 94, 99, 100, 100, 96, 91, 83, 73, 63},
			{78, 72, 68, 66, 64, 65, 66, 70, 80, 88, 90, 91, 90, 88, 87, 87, 91, 100, 99, 97, 94, 92, 87, 81}},
		{{64, 60, 58, 56, 56, 58, 64, 76, 87, 95, 99, 100, 99, 100, 100, 97, 96, 96, 93, 92, 92, 93, 87, 72},
			{74, 70, 66, 65, 64, 62, 62, 66, 81, 86, 91, 93, 93, 92, 91, 91, 92, 94, 95, 95, 100, 93, 88, 80}},
		{{63, 62, 60, 58, 59, 65, 72, 85, 95, 99, 100, 99, 93, 92, 90, 88, 90, 92, 96, 98, 96, 90, 80, 70},
			{75, 73, 69, 66, 65, 65, 68, 74, 83, 89, 92, 94, 91, 90, 90, 86, 85, 88, 92, 100, 97, 95, 90, 85}},
	}
)

func rtsSeason(week int) int { // week 1..52
	switch {
	case week <= 8 || week >= 44:
		return 0
	case week >= 18 && week <= 30:
		return 1
	}
	return 2
}

// rtsDemandCSV derives the 8,736-hour load exactly: 2850 × T1 × T2 × T3 with
// T1 in tenths of a percent is an integer over 10^7, written with 7 decimals.
func rtsDemandCSV() []byte {
	var b bytes.Buffer
	b.WriteString("hour,RTS\n")
	h := 0
	for w := 1; w <= 52; w++ {
		for d := 0; d < 7; d++ {
			we := 0
			if d >= 5 {
				we = 1
			}
			for hr := 0; hr < 24; hr++ {
				h++
				num := 2850 * rtsWeek[w-1] * rtsDay[d] * rtsHour[rtsSeason(w)][we][hr]
				fmt.Fprintf(&b, "%d,%d.%07d\n", h, num/10_000_000, num%10_000_000)
			}
		}
	}
	return b.Bytes()
}

func TestRTS79DemandFile(t *testing.T) {
	want := rtsDemandCSV()
	path := filepath.Join("rts79", "demand.csv")
	if *update {
		if err := os.WriteFile(path, want, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s differs from the tables in rts79.md; run go test ./data -run TestRTS79DemandFile -update", path)
	}
}

func TestRTS79Dataset(t *testing.T) {
	ds, err := RTS79()
	if err != nil {
		t.Fatal(err)
	}
	if len(ds.Units) != 32 {
		t.Fatalf("units = %d, want 32", len(ds.Units))
	}
	total := 0.0
	for _, u := range ds.Units {
		total += u.CapacityMW
		if d := u.FOR - u.MTTR/(u.MTTF+u.MTTR); d > 1e-12 || d < -1e-12 {
			t.Errorf("%s: FOR %g != MTTR/(MTTF+MTTR)", u.ID, u.FOR)
		}
	}
	if total != 3405 {
		t.Errorf("installed = %g MW, want 3405", total)
	}
	load := ds.Demand.Values[0]
	if len(load) != 8736 {
		t.Fatalf("hours = %d, want 8736", len(load))
	}
	peak, energy := 0.0, 0.0
	peakAt := 0
	for h, x := range load {
		energy += x
		if x > peak {
			peak, peakAt = x, h
		}
	}
	if peak != 2850 {
		t.Errorf("peak = %v, want exactly 2850", peak)
	}
	// Week 51, Tuesday, hour 18 (1-based): (50*7+1)*24+17.
	if peakAt != (50*7+1)*24+17 {
		t.Errorf("peak at hour %d, want %d", peakAt, (50*7+1)*24+17)
	}
	// rts79.md: annual energy 15,297 GWh, load factor 61.44 %.
	if gwh := energy / 1000; gwh < 15296.5 || gwh > 15297.5 {
		t.Errorf("energy = %.1f GWh, want 15,297", gwh)
	}
	if lf := energy / (peak * 8736); lf < 0.61435 || lf > 0.61445 {
		t.Errorf("load factor = %.5f, want 0.6144", lf)
	}
}
