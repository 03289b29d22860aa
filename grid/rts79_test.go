package grid

import (
	"encoding/csv"
	"os"
	"strconv"
	"testing"
)

func readCSV(t testing.TB, name string) [][]string {
	t.Helper()
	f, err := os.Open("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return rows[1:]
}

func num(t testing.TB, s string) float64 {
	t.Helper()
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// rts79 builds the IEEE RTS-79 system from the tables in testdata (copied
// from /work/shared/reference/rts79.md and rts79-units.csv) with RTS79.
func rts79(t testing.TB) *System {
	col := func(rows [][]string, c int) []float64 {
		var v []float64
		for _, r := range rows {
			v = append(v, num(t, r[c]))
		}
		return v
	}
	var hourly [][]float64
	for _, r := range readCSV(t, "rts79-hourly.csv") {
		var row []float64
		for _, x := range r[1:] {
			row = append(row, num(t, x))
		}
		hourly = append(hourly, row)
	}
	var units []RTSUnit
	for _, r := range readCSV(t, "rts79-units.csv") {
		units = append(units, RTSUnit{Name: r[0], Count: int(num(t, r[1])), CapacityMW: num(t, r[2]), MTTF: num(t, r[4]), MTTR: num(t, r[5])})
	}
	sys, err := RTS79(col(readCSV(t, "rts79-weekly.csv"), 1), col(readCSV(t, "rts79-daily.csv"), 1), hourly, units)
	if err != nil {
		t.Fatal(err)
	}
	return sys
}

func TestRTS79Tables(t *testing.T) {
	sys := rts79(t)
	peak, energy, capMW := 0.0, 0.0, 0.0
	for _, d := range sys.Zones[0].Demand {
		peak = max(peak, d)
		energy += d
	}
	for _, u := range sys.Units {
		capMW += u.CapacityMW
	}
	if peak != 2850 || len(sys.Units) != 32 || capMW != 3405 {
		t.Fatalf("peak %v, units %d, capacity %v; want 2850, 32, 3405", peak, len(sys.Units), capMW)
	}
	if got := energy / 1000; got < 15296.5 || got > 15297.5 {
		t.Fatalf("annual energy %.1f GWh, want 15,297", got)
	}
}
