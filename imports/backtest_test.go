package imports

import (
	"math"
	"strings"
	"testing"

	"gridrisk/data"
	"gridrisk/grid"
)

// dailyMaxSupply by hand: two federal zones and a Kurdistan one (left out)
// over a 48-h window. F1 is 10 + hour of day (day max 33), F2 is 5 except
// 100 in hour 30. Day 0: 33 + 5 = 38; day 1: hour 30 gives 16 + 100 = 116.
// Mean 77. A 10-h window is one day: max 19 + 5 = 24.
func TestDailyMaxSupplyHand(t *testing.T) {
	ds := &data.Dataset{Zones: []data.Zone{
		{Code: "F1", Region: "federal"}, {Code: "F2", Region: "Federal"}, {Code: "K", Region: "kurdistan"},
	}}
	series := func(n int) *grid.Result {
		f1, f2, k := make([]float64, n), make([]float64, n), make([]float64, n)
		for h := range n {
			f1[h], f2[h], k[h] = 10+float64(h%24), 5, 1000
		}
		if n > 30 {
			f2[30] = 100
		}
		return &grid.Result{Zones: []grid.Metrics{
			{Code: "F1", PeakWeekSupplyMW: f1}, {Code: "F2", PeakWeekSupplyMW: f2}, {Code: "K", PeakWeekSupplyMW: k},
		}}
	}
	for _, c := range []struct {
		hours int
		want  float64
	}{{48, 77}, {10, 24}} {
		if got := dailyMaxSupply(ds, series(c.hours), "federal"); math.Abs(got-c.want) > 1e-12 {
			t.Errorf("%d h: daily maximum supply %v, want %v", c.hours, got, c.want)
		}
	}
}

// The first two back-test rows: the daily maximum (like the record) and the
// supply at the peak-demand hour, both against the same reported range.
func TestBackTestSupplyRows(t *testing.T) {
	rows, err := BackTest(ctx, testDataset(), 0, mc(4))
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) < 2 {
		t.Fatalf("%d rows", len(rows))
	}
	d, p := rows[0], rows[1]
	if !strings.HasPrefix(d.Measure, "Daily maximum supply, peak week") || d.Source != "S23;S24;S89e" || d.Unit != "GW" {
		t.Errorf("row 0: %+v", d)
	}
	if !strings.HasPrefix(p.Measure, "Supply at the peak-demand hour") || !strings.Contains(p.Note, "daily maxima") {
		t.Errorf("row 1: %+v", p)
	}
	if d.Low != p.Low || d.High != p.High || d.Model <= 0 || p.Model <= 0 {
		t.Errorf("rows 0, 1: %+v, %+v", d, p)
	}
}
