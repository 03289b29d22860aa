package data

import (
	"strings"
	"testing"
	"time"
)

// FuzzHourlyTime feeds arbitrary time cells to the demand and temperature
// tables of a valid dataset. Whatever passes starts at local midnight,
// steps one hour a row, and every table with a time column starts at the
// same hour, whose year is the data's TableYear (issue 14 item 10).
func FuzzHourlyTime(f *testing.F) {
	f.Add("2025-01-01T00:00", "2025-01-01T01:00", "2025-01-01T02:00", "2025-01-01T00:00")
	f.Add("2025-07-01T00:00", "2025-07-01T01:00", "2025-07-01T02:00", "2025-01-01T00:00")
	f.Add("2024-01-01T00:00", "2024-01-01T01:00", "2024-01-01T02:00", "2025-01-01T00:00")
	f.Add("2024-12-31T21:00:00Z", "2024-12-31T22:00:00Z", "2024-12-31T23:00:00Z", "2025-01-01T00:00")
	f.Add("45658", "45658.0416666667", "45658.0833333333", "2025-01-01 00:00")
	f.Add("2025-01-01T00", "2025-01-01T01", "2025-01-01T03", "x")
	f.Add("2025-07-01T00:00", "2025-07-01T01:00", "2025-07-01T02:00", "2025-07-01T00:00")
	f.Add("2025-07-01T12:00", "2025-07-01T13:00", "2025-07-01T14:00", "2025-07-01T12:00")
	f.Fuzz(func(t *testing.T, d1, d2, d3, t1 string) {
		for _, s := range []string{d1, d2, d3, t1} {
			if strings.ContainsAny(s, ",\"\r\n") {
				return // one cell each
			}
		}
		files := with(map[string]string{
			"demand.csv":      "time,A,B\n" + d1 + ",90,40\n" + d2 + ",95,45\n" + d3 + ",100,50\n",
			"temperature.csv": "time,A,B\n" + t1 + ",20,20\n" + hourAfter(t1, 1) + ",20,20\n" + hourAfter(t1, 2) + ",20,20\n",
		})
		c := &collector{}
		var tables []*table
		for name, body := range files {
			if tb := readCSV(strings.TrimSuffix(name, ".csv"), name, []byte(body), c); tb != nil {
				tables = append(tables, tb)
			}
		}
		ds := build(tables, c, "fuzz")
		if len(c.probs) > 0 {
			return
		}
		st := ds.Demand.Start
		if st.Hour() != 0 || st.Minute() != 0 || st.Location() != Baghdad {
			t.Fatalf("demand starting %v passed (a day starts at local midnight)", st)
		}
		if !ds.TableStart().Equal(st) {
			t.Fatalf("TableStart %v, want %v", ds.TableStart(), st)
		}
		if !ds.Temperature.Start.Equal(st) {
			t.Fatalf("temperature starting %v passed beside demand starting %v", ds.Temperature.Start, st)
		}
		for i, cell := range []string{d1, d2, d3} {
			tm, ok := parseTime(cell)
			if !ok || !tm.Equal(st.Add(time.Duration(i)*time.Hour)) {
				t.Fatalf("row %d time %q passed, want %v", i+2, cell, st.Add(time.Duration(i)*time.Hour))
			}
		}
		if y := ds.TableYear(); y != st.Year() {
			t.Fatalf("TableYear %d, want %d", y, st.Year())
		}
	})
}

// hourAfter writes the time k hours after a parseable cell, else the cell.
func hourAfter(s string, k int) string {
	tm, ok := parseTime(s)
	if !ok {
		return s
	}
	return tm.Add(time.Duration(k) * time.Hour).Format("2006-01-02T15:04")
}

// A 2024 table without base_year describes 2024; with base_year 2025 it is
// refused (TestRules); hour-numbered and synthesized tables have no year.
func TestTableYear(t *testing.T) {
	ds, err := Load(writeDir(t, with(map[string]string{"demand.csv": "time,A,B\n2024-01-01T00:00,90,40\n2024-01-01T01:00,95,45\n2024-01-01T02:00,100,50\n"})))
	if err != nil {
		t.Fatal(err)
	}
	if y := ds.TableYear(); y != 2024 {
		t.Errorf("TableYear = %d, want 2024", y)
	}
	if y := ds.Clone().TableYear(); y != 2024 {
		t.Errorf("clone: TableYear = %d, want 2024", y)
	}
	ds, err = Load(writeDir(t, base))
	if err != nil {
		t.Fatal(err)
	}
	emb, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	if ds.TableYear() != 0 || emb.TableYear() != 0 {
		t.Errorf("hour-numbered %d, embedded (synthesized) %d, want 0 and 0", ds.TableYear(), emb.TableYear())
	}
}
