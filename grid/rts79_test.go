package grid

import (
	"encoding/csv"
	"fmt"
	"os"
	"strconv"
	"testing"
	"time"
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

// rts79 builds the IEEE RTS-79 single-area system from the tables in
// testdata (copied from /work/shared/reference/rts79.md): 8736 hours, week 1
// starting on a Monday, 32 units, no maintenance.
func rts79(t testing.TB) *System {
	weekly := readCSV(t, "rts79-weekly.csv")
	daily := readCSV(t, "rts79-daily.csv")
	hourly := readCSV(t, "rts79-hourly.csv")
	const H = 8736
	sys := &System{Hours: H, Month: make([]uint8, H), HourOfDay: make([]uint8, H)}
	dem := make([]float64, H)
	start := time.Date(2018, 1, 1, 0, 0, 0, 0, time.UTC) // a Monday
	for w := range 52 {
		season := 0 // winter
		switch wk := w + 1; {
		case wk >= 18 && wk <= 30:
			season = 1
		case (wk >= 9 && wk <= 17) || (wk >= 31 && wk <= 43):
			season = 2
		}
		for d := range 7 {
			weekend := 0
			if d >= 5 {
				weekend = 1
			}
			col := 1 + 2*season + weekend
			mo := uint8(start.AddDate(0, 0, w*7+d).Month() - 1)
			for h := range 24 {
				i := (w*7+d)*24 + h
				dem[i] = 2850 * num(t, weekly[w][1]) / 100 * num(t, daily[d][1]) / 100 * num(t, hourly[h][col]) / 100
				sys.Month[i] = mo
				sys.HourOfDay[i] = uint8(h)
			}
		}
	}
	sys.Zones = []Zone{{Code: "RTS", Name: "RTS-79", Demand: dem}}
	for _, r := range readCSV(t, "rts79-units.csv") {
		n := int(num(t, r[1]))
		for k := range n {
			sys.Units = append(sys.Units, Unit{
				ID: fmt.Sprintf("%s-%d", r[0], k+1), CapacityMW: num(t, r[2]),
				MTTF: num(t, r[4]), MTTR: num(t, r[5]), Profile: -1, Pool: -1,
			})
		}
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
