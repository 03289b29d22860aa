package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Issue 14 item 19: a user's own system (RTS-79: one zone with its own
// hourly demand, zones.csv without region or peak_mw) runs by the exact
// method with one sample, and its output names the system and the method
// actually run: no "Iraq", no sample count, no standard errors.
func TestOwnSystemThroughTheCLI(t *testing.T) {
	cases := []struct {
		name string
		args []string
		code int
		want []string // in stdout, or in stderr when refused
		not  []string // not in stdout
	}{
		{"convolution, one sample", []string{"assess", "--data", "data/rts79", "--method", "convolution", "--samples", "1", "--no-report", "-q"}, 0,
			[]string{"gridrisk: rts79 electricity adequacy", "Method convolution (exact", "\nrts79 ", "Loss of load (h/yr)         9.4\n", "Exact method: no standard errors."},
			[]string{"Iraq", "samples, seed", "±"}},
		{"convolution, JSON", []string{"assess", "--data", "data/rts79", "--method", "convolution", "--samples", "1", "--no-report", "-q", "--format", "json"}, 0,
			[]string{`"samples": 0`, `"hours": 8736`, `"data": "data/rts79"`}, nil},
		{"Monte Carlo, one sample", []string{"assess", "--data", "data/rts79", "--samples", "1", "--no-report", "-q"}, 2,
			[]string{"--samples 1: want at least 2", "1 is enough for --method convolution"}, nil},
		{"Monte Carlo names the system", []string{"assess", "--data", "data/rts79", "--samples", "4", "--no-report", "-q"}, 0,
			[]string{"gridrisk: rts79 electricity adequacy", "4 samples", "\nrts79 ", "By zone"}, []string{"Iraq"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out := runExpect(t, c.code, c.args...)
			for _, w := range c.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
			for _, w := range c.not {
				if strings.Contains(out, w) {
					t.Errorf("output has %q:\n%s", w, out)
				}
			}
			if strings.Contains(strings.Join(c.args, " "), "json") {
				var doc struct {
					Scenarios []struct {
						System map[string]any `json:"system"`
					} `json:"scenarios"`
				}
				if err := json.Unmarshal([]byte(out), &doc); err != nil {
					t.Fatal(err)
				}
				for _, k := range []string{"household_hours_per_day"} {
					if _, ok := doc.Scenarios[0].System[k]; ok {
						t.Errorf("convolution JSON has %s, which it never measures", k)
					}
				}
			}
		})
	}
}

// Issue 14 items 10 and 19 through the CLI: a one-week table stamped from
// 1 July, zones without region or peak_mw, is simulated as July and its
// totals are labelled for the 168 hours simulated, never per year.
func TestJulyWeekThroughTheCLI(t *testing.T) {
	dir := t.TempDir()
	demand := "time,Z\n"
	for h := range 168 {
		demand += "2025-07-" + pad2(1+h/24) + "T" + pad2(h%24) + ":00," + []string{"900", "1000", "1100"}[h%3] + "\n"
	}
	files := map[string]string{
		"zones.csv":  "code,name\nZ,My grid\n",
		"units.csv":  "id,zone,capacity_mw,for,mttr_h,units\ng,Z,1200,0.08,50,12\n",
		"demand.csv": demand,
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, stdout, stderr := runCLI(t, nil, "assess", "--data", dir, "--samples", "20", "--no-report", "-q", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d; stderr %q", code, stderr)
	}
	var doc struct {
		Year      int `json:"year"`
		Scenarios []struct {
			Hours  int `json:"hours"`
			System struct {
				MonthlyEUE []float64 `json:"monthly_eue_mwh"`
			} `json:"system"`
		} `json:"scenarios"`
	}
	if err := json.Unmarshal([]byte(stdout), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Year != 2025 || doc.Scenarios[0].Hours != 168 {
		t.Errorf("year %d, hours %d, want 2025 and 168", doc.Year, doc.Scenarios[0].Hours)
	}
	for m, v := range doc.Scenarios[0].System.MonthlyEUE {
		if v != 0 && m != 6 {
			t.Errorf("unserved energy %g in month %d of a July week", v, m+1)
		}
	}
	code, stdout, stderr = runCLI(t, nil, "assess", "--data", dir, "--samples", "20", "--no-report", "-q")
	if code != 0 {
		t.Fatalf("exit %d; stderr %q", code, stderr)
	}
	for _, w := range []string{"gridrisk: " + filepath.Base(dir) + " electricity adequacy", "Period simulated: 168 h", "Unserved energy (GWh/168 h)", "Loss of load (h/168 h)"} {
		if !strings.Contains(stdout, w) {
			t.Errorf("output lacks %q:\n%s", w, stdout)
		}
	}
	if strings.Contains(stdout, "/yr") || strings.Contains(stdout, "Iraq") {
		t.Errorf("a week of a user's system labelled per year or Iraq:\n%s", stdout)
	}
}

func pad2(n int) string { return fmt.Sprintf("%02d", n) }
