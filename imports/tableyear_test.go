package imports

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"gridrisk/data"
)

// Hourly tables stamped 2024 without params base_year describe 2024: the
// study year defaults to it (a 2024 table no longer runs as another year
// unless --year asks), and demand growth counts from it (issue 14 item 10).
func TestTimeColumnGivesTheBaseYear(t *testing.T) {
	ds := loadTables(t, map[string]string{
		"zones.csv":  "code,name,region,peak_mw\nZ,Zed,federal,100\n",
		"units.csv":  "id,zone,capacity_mw,for,mttr_h\nu,Z,80,0.1,50\n",
		"demand.csv": "time,Z\n2024-01-01T00:00,90\n2024-01-01T01:00,95\n2024-01-01T02:00,100\n",
		"params.csv": "name,value\ndemand_growth,0.1\n",
	})
	if y := StudyYear(ds, 0); y != 2024 {
		t.Errorf("study year %d, want 2024 from the time column", y)
	}
	sys, err := Build(ds, mustLookup(AsIs), 2026)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := sys.Zones[0].Demand[0], 90*1.1*1.1; !near(got, want) {
		t.Errorf("2026 demand %g, want %g (two years of growth from the table's 2024)", got, want)
	}
}

// A table stamped from a July week (or across a new year) is simulated with
// the months and hours of day of its time stamps, moved to the study year;
// maintenance, kept out of June–September, never falls in the July week,
// and a week across 31 December takes the part of each block inside it
// (issue 14 item 10).
func TestTimeColumnCalendar(t *testing.T) {
	week := func(start string, n int) string {
		st, err := time.ParseInLocation("2006-01-02T15:04", start, data.Baghdad)
		if err != nil {
			t.Fatal(err)
		}
		s := "time,Z\n"
		for h := range n {
			s += st.Add(time.Duration(h)*time.Hour).Format("2006-01-02T15:04") + ",90\n"
		}
		return s
	}
	for _, tc := range []struct {
		name, start string
		hours, year int
		month0      uint8 // month label of the first hour (0 = January)
		monthLast   uint8
		maintenance bool // some maintenance falls inside the period
	}{
		{"July week", "2025-07-01T00:00", 168, 0, 6, 6, false},
		{"July week grown to 2026", "2025-07-01T00:00", 168, 2026, 6, 6, false},
		{"across the new year", "2024-12-29T00:00", 168, 0, 11, 0, true},
		{"from 1 January", "2025-01-01T00:00", 48, 0, 0, 0, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ds := loadTables(t, map[string]string{
				"zones.csv":  "code,name,region,peak_mw\nZ,Zed,federal,100\n",
				"units.csv":  "id,zone,capacity_mw,for,mttr_h,maintenance_weeks,units\nu,Z,80,0.1,50,34,20\n",
				"demand.csv": week(tc.start, tc.hours),
			})
			sys, err := Build(ds, mustLookup(AsIs), tc.year)
			if err != nil {
				t.Fatal(err)
			}
			if sys.Hours != tc.hours || sys.Month[0] != tc.month0 || sys.Month[tc.hours-1] != tc.monthLast {
				t.Errorf("hours %d, months %d…%d, want %d, %d…%d", sys.Hours, sys.Month[0], sys.Month[sys.Hours-1], tc.hours, tc.month0, tc.monthLast)
			}
			for h, hod := range sys.HourOfDay {
				if int(hod) != h%24 {
					t.Fatalf("hour %d is labelled hour of day %d, want %d", h, hod, h%24)
				}
			}
			inside := false
			for _, u := range sys.Units {
				for _, w := range u.Maintenance {
					if w.Start < 0 || w.End > sys.Hours || w.Start >= w.End {
						t.Fatalf("unit %s: maintenance window %v outside [0,%d)", u.ID, w, sys.Hours)
					}
					for h := w.Start; h < w.End; h++ {
						if m := sys.Month[h]; m >= 5 && m <= 8 {
							t.Fatalf("unit %s: maintenance in month %d (June–September are kept free)", u.ID, m+1)
						}
					}
					inside = true
				}
			}
			if inside != tc.maintenance {
				t.Errorf("maintenance inside the period: %v, want %v", inside, tc.maintenance)
			}
		})
	}
}

// loadTables writes the tables (file name → CSV text) to a fresh directory
// and loads them as a user's data.
func loadTables(t *testing.T, files map[string]string) *data.Dataset {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ds, err := data.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	return ds
}
