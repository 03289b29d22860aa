package imports

import (
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"

	"gridrisk/data"
	"gridrisk/grid"
)

// rowID is the data row a grid unit came from ("besmaya-3#2" → "besmaya-3").
func rowID(id string) string {
	if i := strings.LastIndexByte(id, '#'); i >= 0 {
		return id[:i]
	}
	return id
}

// maintenanceByHour is the MW out for planned maintenance in each hour.
func maintenanceByHour(s *grid.System) []float64 {
	out := make([]float64, s.Hours)
	for _, u := range s.Units {
		for _, w := range u.Maintenance {
			for h := w.Start; h < w.End; h++ {
				out[h] += u.CapacityMW
			}
		}
	}
	return out
}

func windowHours(u grid.Unit) int {
	n := 0
	for _, w := range u.Maintenance {
		n += w.End - w.Start
	}
	return n
}

// summer and winter as the scheduler treats them (months 0-based).
func summerHour(s *grid.System, h int) bool { return s.Month[h] >= 5 && s.Month[h] <= 8 }
func winterHour(s *grid.System, h int) bool { return s.Month[h] == 11 || s.Month[h] <= 1 }

// The embedded fleet in a common and a leap year: every unit gets exactly
// its weeks × 168 h, never in June–September and, since spring and autumn
// hold every block, never in December–February either; and the blocks are
// staggered.
func TestMaintenanceEmbedded(t *testing.T) {
	ds, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	weeks := map[string]float64{}
	for _, u := range ds.Units {
		weeks[u.ID] = u.MaintenanceWeeks
	}
	for _, year := range []int{2025, 2028} {
		sys, err := Build(ds, mustLookup("baseline"), year)
		if err != nil {
			t.Fatal(err)
		}
		fleet, withMaint := 0.0, 0
		for _, u := range sys.Units {
			if strings.HasPrefix(u.ID, "link:") {
				continue
			}
			fleet += u.CapacityMW
			want := int(math.Round(weeks[rowID(u.ID)] * 168))
			if got := windowHours(u); got != want {
				t.Errorf("%d %s: %d h of maintenance, want %g weeks × 168 = %d", year, u.ID, got, weeks[rowID(u.ID)], want)
			}
			if want > 0 {
				withMaint++
			}
			for _, w := range u.Maintenance {
				for h := w.Start; h < w.End; h++ {
					if summerHour(sys, h) || winterHour(sys, h) {
						t.Fatalf("%d %s: maintenance window [%d,%d) reaches month %d", year, u.ID, w.Start, w.End, sys.Month[h]+1)
					}
				}
			}
		}
		if withMaint < 200 {
			t.Fatalf("%d: only %d units have planned maintenance", year, withMaint)
		}
		// Staggering. The mean MW out over the spring and autumn hours is
		// the floor any schedule of these blocks in those seasons must reach
		// somewhere; the peak stays within 15 % of it, i.e. about 12 % of
		// the fleet (sending every unit out on 1 March would take out most of
		// it at once).
		out := maintenanceByHour(sys)
		sum, n := 0.0, 0
		for h, v := range out {
			if !summerHour(sys, h) && !winterHour(sys, h) {
				sum, n = sum+v, n+1
			}
		}
		mean, peak := sum/float64(n), slices.Max(out)
		if peak > 1.15*mean || peak > 0.15*fleet {
			t.Errorf("%d: peak %.0f MW out for maintenance, mean over spring and autumn %.0f MW, fleet %.0f MW: want ≤ 1.15 × mean and ≤ 15 %% of the fleet", year, peak, mean, fleet)
		}
		t.Logf("%d: peak %.0f MW (%.1f %% of %.0f MW), mean over spring and autumn %.0f MW", year, peak, 100*peak/fleet, fleet, mean)
	}
}

// The schedule depends on the units, not on the order of the table's rows,
// and on nothing random.
func TestMaintenanceDeterministic(t *testing.T) {
	ds, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	schedule := func(ds *data.Dataset) map[string][]grid.Window {
		sys, err := Build(ds, mustLookup("waiver-ended"), 2025)
		if err != nil {
			t.Fatal(err)
		}
		m := map[string][]grid.Window{}
		for _, u := range sys.Units {
			m[u.ID] = u.Maintenance
		}
		return m
	}
	a := schedule(ds)
	if b := schedule(ds); !reflect.DeepEqual(a, b) {
		t.Error("two builds scheduled maintenance differently")
	}
	rev := ds.Clone()
	slices.Reverse(rev.Units)
	if c := schedule(rev); !reflect.DeepEqual(a, c) {
		t.Error("reversing the units table changed the schedule")
	}
}

// yearDataset is one zone with flat demand over the given hours from
// 1 January, and the given units (all 100 MW, no outages).
func yearDataset(hours int, weeks ...float64) *data.Dataset {
	d := make([]float64, hours)
	for h := range d {
		d[h] = 1000
	}
	ds := &data.Dataset{
		Zones:  []data.Zone{{Code: "Z", Name: "Zone", Region: "federal"}},
		Demand: &data.Hourly{Columns: []string{"Z"}, Values: [][]float64{d}},
	}
	for i, w := range weeks {
		ds.Units = append(ds.Units, data.Unit{ID: string(rune('a' + i)), Zone: "Z", Fuel: "oil", CapacityMW: 100, MaintenanceWeeks: w})
	}
	return ds
}

// A block longer than spring (13 weeks) reaches into the winter months but
// never the summer, in one piece (two windows when it wraps over the year's
// end); blocks that fit in spring or autumn stay there.
func TestMaintenanceLongBlockAndLimits(t *testing.T) {
	ds := yearDataset(8760, 20, 4, 4, 4, 4.5, 0)
	sys, err := Build(ds, mustLookup(AsIs), 2025)
	if err != nil {
		t.Fatal(err)
	}
	for i, u := range sys.Units {
		want := int(math.Round(ds.Units[i].MaintenanceWeeks * 168))
		if got := windowHours(u); got != want {
			t.Errorf("%s: %d h, want %d", u.ID, got, want)
		}
		winter := false
		for _, w := range u.Maintenance {
			for h := w.Start; h < w.End; h++ {
				if summerHour(sys, h) {
					t.Fatalf("%s: window [%d,%d) in month %d", u.ID, w.Start, w.End, sys.Month[h]+1)
				}
				winter = winter || winterHour(sys, h)
			}
		}
		if winter != (u.ID == "a") {
			t.Errorf("%s: reaches the winter months = %v (only the 20-week block must)", u.ID, winter)
		}
		if ws := u.Maintenance; len(ws) == 2 && !(ws[0].Start == 0 && ws[1].End == sys.Hours) || len(ws) > 2 {
			t.Errorf("%s: not one block: %v", u.ID, ws)
		}
	}
	// Off-summer days of 2025: Jan–May and Oct–Dec = 243 days = 34.7 weeks.
	if _, err := Build(yearDataset(8760, 34.5), mustLookup(AsIs), 2025); err != nil {
		t.Errorf("34.5 weeks fit outside June–September: %v", err)
	}
	for _, tc := range []struct {
		weeks float64
		want  string
	}{
		// The tables' rule, data.MaintenanceRule, in the builder too.
		{35, "units a: column maintenance_weeks: must be in [0,34.7] weeks per year: the block is placed outside June–September, which leaves 34.7 weeks (got 35)"},
		{-1, "units a: column maintenance_weeks: must be in [0,34.7] weeks per year"},
		{math.NaN(), "column maintenance_weeks: must be in [0,34.7] weeks per year: the block is placed outside June–September, which leaves 34.7 weeks (got NaN)"},
	} {
		_, err := Build(yearDataset(8760, tc.weeks), mustLookup(AsIs), 2025)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%g weeks: error %v, want it to contain %q", tc.weeks, err, tc.want)
		}
	}
}

// Horizons other than one year: a table shorter than the year keeps only
// the part of each block inside it; a longer one repeats the schedule each
// calendar year (2027 then the leap year 2028).
func TestMaintenanceHorizon(t *testing.T) {
	short, err := Build(yearDataset(24*59, 2, 2), mustLookup(AsIs), 2025) // January–February
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range short.Units {
		if len(u.Maintenance) != 0 {
			t.Errorf("%s: maintenance %v in January–February", u.ID, u.Maintenance)
		}
	}
	spring, err := Build(yearDataset(24*120, 2, 2), mustLookup(AsIs), 2025) // to 30 April
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range spring.Units {
		if got := windowHours(u); got != 2*168 {
			t.Errorf("%s: %d h by 30 April, want the whole 336 h block in spring", u.ID, got)
		}
	}
	two, err := Build(yearDataset(8760+8784, 3, 5), mustLookup(AsIs), 2027)
	if err != nil {
		t.Fatal(err)
	}
	for i, u := range two.Units {
		want := 2 * int(math.Round([]float64{3, 5}[i]*168))
		if got := windowHours(u); got != want {
			t.Errorf("%s: %d h over two years, want %d", u.ID, got, want)
		}
		for _, w := range u.Maintenance {
			if summerHour(two, w.Start) || summerHour(two, w.End-1) {
				t.Errorf("%s: window [%d,%d) in summer", u.ID, w.Start, w.End)
			}
		}
	}
}

// A unit added by a scenario file is maintained like the tables' units.
func TestMaintenanceAddedUnit(t *testing.T) {
	ds, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	sc, err := ParseScenario("new.yaml", []byte("base: baseline\nadd_units:\n"+
		"  - {id: new-gt, zone: IQ-BG, fuel: oil, capacity_mw: 500, units: 2, for: 0.05, mttr_h: 50, maintenance_weeks: 3}\n"))
	if err != nil {
		t.Fatal(err)
	}
	sys, err := Build(ds, sc, 2025)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, u := range sys.Units {
		if rowID(u.ID) != "new-gt" {
			continue
		}
		n++
		if got := windowHours(u); got != 3*168 {
			t.Errorf("%s: %d h of maintenance, want 3 × 168", u.ID, got)
		}
		for _, w := range u.Maintenance {
			if summerHour(sys, w.Start) || summerHour(sys, w.End-1) {
				t.Errorf("%s: maintenance %v falls in June–September", u.ID, w)
			}
		}
	}
	if n != 2 {
		t.Fatalf("%d blocks of new-gt, want 2", n)
	}
	if _, err := ParseScenario("bad.yaml", []byte("add_units:\n  - {id: x, zone: IQ-BG, capacity_mw: 1, maintenance_weeks: 60}\n")); err == nil ||
		!strings.Contains(err.Error(), "maintenance_weeks") {
		t.Errorf("60 weeks accepted or unclear: %v", err)
	}
}
