package imports

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A forced outage rate is modelled exactly: no cap at 0.95 and no floor on
// the MTTF (issue 14 item 6). What the hourly model cannot hold (an MTTF
// under 1 h) is refused with the rule, naming the scenario's outage_scale.
func TestOutageModelledExactly(t *testing.T) {
	for _, forced := range []float64{0.5, 0.95, 0.97, 0.99} {
		ds := testDataset()
		ds.Units[3].FOR, ds.Units[3].MTTR = forced, 200 // bg-steam
		sys, err := Build(ds, mustLookup(AsIs), 2024)
		if err != nil {
			t.Fatal(err)
		}
		u := unitsWithPrefix(sys, "bg-steam")[0]
		want := 200 * (1 - forced) / forced
		if math.Abs(u.MTTF-want) > 1e-9 {
			t.Errorf("FOR %g, MTTR 200: MTTF %g, want %g", forced, u.MTTF, want)
		}
	}
	// outage_scale × the tables' rate, exactly.
	ds := testDataset()
	sc := Scenario{Name: "worse", Adjust: &Adjust{OutageScale: f64(4)}}
	sys, err := Build(ds, sc, 2024)
	if err != nil {
		t.Fatal(err)
	}
	if u := unitsWithPrefix(sys, "bg-steam")[0]; math.Abs(u.MTTF-60*0.4/0.6) > 1e-9 {
		t.Errorf("FOR 0.15 × 4: MTTF %g, want %g", u.MTTF, 60*0.4/0.6)
	}
	// outage_scale: 100 makes FOR 5: refused at the scale's line and column.
	dir := t.TempDir()
	path := filepath.Join(dir, "worse.yaml")
	if err := os.WriteFile(path, []byte("name: worse\nadjust:\n  outage_scale: 100\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	sc, err = ReadScenarioFile(path)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Build(ds, sc, 2024)
	if err == nil || !strings.Contains(err.Error(), "worse.yaml line 3 column 17: adjust.outage_scale: 100 makes the forced outage rate of units ba-iran 0.1 × 100 = 10") ||
		!strings.Contains(err.Error(), "must be in [0,1)") {
		t.Errorf("outage_scale 100: got %v", err)
	}
	// A scenario's units[].for is held to the same rule with the unit's mttr_h.
	sc = Scenario{Name: "fragile", Units: []UnitChange{{Match: Match{ID: "bg-steam"}, FOR: f64(0.99)}}}
	if _, err := Build(ds, sc, 2024); err == nil || !strings.Contains(err.Error(), "units[0].for: unit bg-steam (mttr_h 60): with mttr_h 60 gives a mean time to failure of 0.606 h") {
		t.Errorf("units[].for 0.99 with MTTR 60: got %v", err)
	}
}
