package report

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// golden compares got with testdata/name, or rewrites it under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; got:\n%s", name, got)
	}
}

func TestWriteTextGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteText(&buf, fakeDocument()); err != nil {
		t.Fatal(err)
	}
	golden(t, "text_summary.golden", buf.Bytes())
}

func TestWriteTextLayout(t *testing.T) {
	doc := fakeDocument()
	var buf bytes.Buffer
	if err := WriteText(&buf, doc); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for i, line := range strings.Split(out, "\n") {
		if n := utf8.RuneCountInString(line); n > 100 {
			t.Errorf("line %d is %d columns wide (max 100): %q", i+1, n, line)
		}
	}
	// Every governorate appears once, and the worst-hit (largest loss of
	// supply hours) comes first.
	worst, worstLoss := "", 1.0
	for i, z := range doc.Scenarios[0].Zones {
		if strings.Count(out, "\n"+z.Name+" ") != 1 {
			t.Errorf("governorate %s not listed exactly once", z.Name)
		}
		if d := doc.Comparisons[0].Zones[i].DeltaSupplyHours; d < worstLoss {
			worst, worstLoss = z.Name, d
		}
	}
	_, rest, _ := strings.Cut(out, "Δ ± SE")
	_, rest, _ = strings.Cut(rest, "\n")
	if !strings.HasPrefix(rest, worst+" ") {
		t.Errorf("first governorate row should be %s, got %q", worst, strings.SplitN(rest, "\n", 2)[0])
	}
	for _, want := range []string{"study year 2026", "2000 samples", "seed 20250308", "policy proportional", "Peak demand (MW)", "Unserved energy (GWh/yr)", "Δ waiver-ended"} {
		if !strings.Contains(out, want) {
			t.Errorf("summary lacks %q", want)
		}
	}
}

func TestWriteTextOneScenarioAndErrors(t *testing.T) {
	doc := fakeDocument()
	doc.Scenarios = doc.Scenarios[:1]
	doc.Comparisons = nil
	var buf bytes.Buffer
	if err := WriteText(&buf, doc); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), "Δ") {
		t.Error("a single scenario has no differences to show")
	}
	if err := WriteText(&buf, &Document{}); err == nil {
		t.Error("an empty document must be an error")
	}
}

func TestNum(t *testing.T) {
	for _, c := range []struct {
		x    float64
		dec  int
		want string
	}{
		{1234567.891, 0, "1,234,568"}, {-1234.5, 1, "-1,234.5"}, {999, 0, "999"}, {-0.04, 1, "0.0"}, {0.05, 2, "0.05"},
	} {
		if got := num(c.x, c.dec); got != c.want {
			t.Errorf("num(%v, %d) = %q, want %q", c.x, c.dec, got, c.want)
		}
	}
	if got := signed(3.21, 1); got != "+3.2" {
		t.Errorf("signed = %q", got)
	}
}

func TestWriteTextMissingZoneAndThreeScenarios(t *testing.T) {
	doc := fakeDocument()
	third := doc.Scenarios[1]
	third.Name = "fsru"
	third.Zones = append([]ZoneMetrics(nil), third.Zones[1:]...) // Baghdad missing
	doc.Scenarios = append(doc.Scenarios, third)
	var buf bytes.Buffer
	if err := WriteText(&buf, doc); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	var baghdad string
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, "Baghdad ") {
			baghdad = line
		}
	}
	if strings.Count(baghdad, " - ") < 1 || !strings.Contains(out, "Δ fsru") {
		t.Errorf("missing zone not marked, or third scenario absent:\n%s", out)
	}
}

// A back-test figure outside its range never prints as the bound it
// passes: Dhi Qar's 17.702 h against 14.4–17.7 takes a third decimal,
// which two would round onto the bound.
func TestBackTestDecimals(t *testing.T) {
	for _, c := range []struct {
		model, low, high float64
		inside           bool
		want             int
	}{
		{17.7022, 14.4, 17.7, false, 3},
		{17.72, 14.4, 17.7, false, 2},
		{17.7, 14.4, 17.7, true, 2},
		{14.3996, 14.4, 17.7, false, 3},
		{5149, 4000, 6000, true, 0},
	} {
		r := BackTestRow{Model: c.model, Low: c.low, High: c.high, Inside: c.inside}
		if got := r.decimals(); got != c.want {
			t.Errorf("%v in %v–%v: %d decimals, want %d", c.model, c.low, c.high, got, c.want)
		}
	}
}
