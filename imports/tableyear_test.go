package imports

import (
	"os"
	"path/filepath"
	"testing"

	"gridrisk/data"
)

// Hourly tables stamped 2024 without params base_year describe 2024: the
// study year defaults to it (a 2024 table no longer runs as another year
// unless --year asks), and demand growth counts from it (issue 14 item 10).
func TestTimeColumnGivesTheBaseYear(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"zones.csv":  "code,name,region,peak_mw\nZ,Zed,federal,100\n",
		"units.csv":  "id,zone,capacity_mw,for,mttr_h\nu,Z,80,0.1,50\n",
		"demand.csv": "time,Z\n2024-01-01T00:00,90\n2024-01-01T01:00,95\n2024-01-01T02:00,100\n",
		"params.csv": "name,value\ndemand_growth,0.1\n",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ds, err := data.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
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
