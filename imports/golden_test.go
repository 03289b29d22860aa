package imports

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"gridrisk/data"
)

var update = flag.Bool("update", false, "rewrite golden files")

// The YAML of every built-in (what `gridrisk scenarios show` prints) is
// pinned so a change to a built-in is a visible diff.
func TestBuiltinsGolden(t *testing.T) {
	var buf bytes.Buffer
	for _, s := range Builtins() {
		y, err := s.YAML()
		if err != nil {
			t.Fatal(err)
		}
		buf.WriteString("---\n")
		buf.Write(y)
	}
	path := filepath.Join("testdata", "builtins.golden.yaml")
	if *update {
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update once)", err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Errorf("built-in YAML differs from %s (go test ./imports -run Golden -update if intended)", path)
	}
}

func TestExampleScenarioFile(t *testing.T) {
	sc, err := Lookup(filepath.Join("testdata", "example-scenario.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	ds, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	for year, want := range map[int]struct {
		iran, gcc, basraNew float64
	}{2025: {0, 0, 0}, 2026: {15, 500, 0}, 2027: {15, 1800, 0}, 2028: {15, 1800, 750}} {
		b, err := build(ds, sc, year)
		if err != nil {
			t.Fatal(err)
		}
		iran := 0.0
		for _, v := range b.poolIranMCMD {
			iran += v
		}
		var gcc, nb float64
		for _, u := range b.sys.Units {
			switch {
			case len(u.ID) > 8 && u.ID[:8] == "link:gcc":
				gcc += u.CapacityMW
			case len(u.ID) > 14 && u.ID[:14] == "basra-new-ccgt":
				nb += u.CapacityMW
			}
		}
		if !near(iran, want.iran) || gcc != want.gcc || nb != want.basraNew {
			t.Errorf("%d: Iranian gas %g mcm/d, GCC %g MW, new CCGT %g MW; want %+v", year, iran, gcc, nb, want)
		}
	}
}
