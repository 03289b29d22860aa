package imports

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseScenarioFile(t *testing.T) {
	src := `# a user's case
name: my-case
description: Iranian gas back at 10 mcm/d, faster growth
base: waiver-ended
mitigations: [gcc-link]
sources: [S86g]
demand:
  growth: 0.08
  regions: {kurdistan: 0.9}
pools:
  - tag: iran
    total_mcmd: 10
    from: 2026
links:
  - id: iran-diyala
    capacity_mw: 250
add_units:
  - id: new-ccgt
    zone: IQ-BG
    fuel: dom-south
    capacity_mw: 600
    for: 0.08
    mttr_h: 60
    mw_per_mcmd: 200
    in_service: 2027
`
	s, err := ParseScenario("case.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if s.Name != "my-case" || s.Base != "waiver-ended" || len(s.Mitigations) != 1 || *s.Demand.Growth != 0.08 ||
		s.Pools[0].Tag != "iran" || *s.Pools[0].TotalMCMD != 10 || s.Pools[0].From != 2026 || s.AddUnits[0].InService != 2027 {
		t.Fatalf("decoded %+v", s)
	}
	ds := testDataset()
	for year, want := range map[int]float64{2025: 0, 2026: 10} {
		sys, err := Build(ds, s, year)
		if err != nil {
			t.Fatal(err)
		}
		got := poolByID(sys, "iran-central").DailyMCMD + poolByID(sys, "iran-south").DailyMCMD
		if !near(got, want) {
			t.Errorf("%d: Iranian gas %g mcm/d, want %g", year, got, want)
		}
		if n := len(unitsWithPrefix(sys, "new-ccgt")); (n > 0) != (year >= 2027) {
			t.Errorf("%d: new-ccgt present %v", year, n > 0)
		}
		// The file's own change applies after its base's cut.
		if u := unitsWithPrefix(sys, "link:iran-diyala"); len(u) != 1 || u[0].CapacityMW != 250 {
			t.Errorf("%d: iran-diyala %+v, want 250 MW", year, u)
		}
	}
}

func TestParseScenarioErrors(t *testing.T) {
	cases := []struct {
		name, src, want string
	}{
		{"unknown top key", "name: x\nbase: baseline\nmitigation: [fsru]\n", `line 3 column 1: unknown key "mitigation"`},
		{"misspelt nested key", "pools:\n  - tag: iran\n    deliverd_mcmd: 3\n", `line 3 column 5: pools[0]: unknown key "deliverd_mcmd"`},
		{"type error", "demand:\n  scale: lots\n", `line 2 column 10: demand.scale: want a number, got "lots"`},
		{"quoted number", "demand:\n  scale: \"1.1\"\n", `line 2 column 10: demand.scale: want a number`},
		{"negative value", "links:\n  - tag: iran\n    scale: -1\n", `line 3 column 12: links[0].scale: must be ≥ 0`},
		{"unknown base", "base: waiver-endd\n", `line 1 column 7: base: unknown scenario "waiver-endd"`},
		{"unknown mitigation", "mitigations:\n  - gcc\n", `line 2 column 5: mitigations[0]: unknown scenario "gcc"`},
		{"monthly length", "pools:\n  - id: a\n    monthly: [1, 1]\n", `line 3 column 14: pools[0].monthly: want 12 monthly factors`},
		{"list for mapping", "demand: [1, 2]\n", `line 1 column 9: demand: want a mapping`},
		{"duplicate key", "name: a\nname: b\n", `line 2 column 1: key "name" appears twice`},
		{"FOR out of range", "add_links:\n  - id: x\n    zone: IQ-BA\n    country: kw\n    capacity_mw: 5\n    for: 1.5\n    mttr_h: 4\n", `line 6 column 10: add_links[0].for: must be in [0,1) (got 1.5)`},
		{"FOR beyond the hourly model", "add_units:\n  - id: x\n    zone: IQ-BA\n    capacity_mw: 5\n    for: 0.9\n    mttr_h: 1\n", `line 5 column 10: add_units[0].for: with mttr_h 1 gives a mean time to failure of 0.111 h`},
		{"MTTR below 1 h", "add_units:\n  - id: x\n    zone: IQ-BA\n    capacity_mw: 5\n    for: 0.1\n    mttr_h: 0.5\n", `line 6 column 13: add_units[0].mttr_h: must be at least 1 h and at most 87600 h (got 0.5)`},
		{"units unbounded", "add_units:\n  - id: x\n    zone: IQ-BA\n    capacity_mw: 5\n    units: 1000000000\n", `line 5 column 12: add_units[0].units: must be in [1,1000]`},
		{"hydro added without water", "add_units:\n  - id: x\n    zone: IQ-BA\n    technology: hydro\n    capacity_mw: 5\n", `line 4 column 17: add_units[0].technology: a hydro unit needs a monthly water budget`},
		{"name shadows a built-in", "name: baseline\ndemand:\n  scale: 1.1\n", `line 1 column 7: name: "baseline" is the name of a built-in scenario`},
		{"missing zone", "add_units:\n  - id: x\n    capacity_mw: 5\n", `line 2 column 5: add_units[0].zone: is required`},
		{"bad year", "demand:\n  from: 20260\n  scale: 1\n", `line 2 column 9: demand.from: must be 0 or a year in [1900,2200] (got 20260)`},
		{"demand scale finite but huge", "demand:\n  scale: 1e308\n", `line 2 column 10: demand.scale: must be at most 100 (a factor) (got 1e+308)`},
		{"capacity finite but huge", "add_units:\n  - id: x\n    zone: IQ-BA\n    capacity_mw: 1e308\n", `line 4 column 18: add_units[0].capacity_mw: must be at most 100000 MW`},
		{"gas finite but huge", "pools:\n  - tag: iran\n    total_mcmd: 1e12\n", `line 3 column 17: pools[0].total_mcmd: must be at most 10000 mcm/d`},
		{"maintenance beyond June–September", "add_units:\n  - id: x\n    zone: IQ-BA\n    capacity_mw: 5\n    maintenance_weeks: 40\n", `line 5 column 24: add_units[0].maintenance_weeks: must be in [0,34.7] weeks per year`},
		{"whole number", "add_gas:\n  - id: g\n    origin: lng\n    mcmd: 1\n    in_service: 2026.5\n", `line 5 column 17: add_gas[0].in_service: want a whole number`},
		{"both volumes", "pools:\n  - tag: iran\n    delivered_mcmd: 1\n    total_mcmd: 2\n", `line 4 column 17: pools[0].total_mcmd: give delivered_mcmd`},
		{"bad exclude", "exclude: [baseline]\n", `exclude[0]: "baseline" is not a built-in mitigation`},
		{"syntax", "name: [unclosed\n", "scenario f.yaml: yaml: line 1"},
		{"empty", "", "the file is empty"},
		{"not a mapping", "- a\n- b\n", "line 1 column 1: want a mapping"},
	}
	for _, c := range cases {
		_, err := ParseScenario("f.yaml", []byte(c.src))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want it to contain %q", c.name, err, c.want)
		}
		if err != nil && !strings.Contains(err.Error(), "f.yaml") {
			t.Errorf("%s: error does not name the file: %v", c.name, err)
		}
	}
}

func TestBuiltinsValidAndRoundTrip(t *testing.T) {
	seen := map[string]bool{}
	for _, s := range Builtins() {
		if seen[s.Name] {
			t.Errorf("duplicate built-in %s", s.Name)
		}
		seen[s.Name] = true
		if errs := s.check(); len(errs) > 0 {
			t.Errorf("%s: %v", s.Name, errs)
		}
		if s.Name != AsIs && len(s.Sources) == 0 {
			t.Errorf("%s: no sources", s.Name)
		}
		y, err := s.YAML()
		if err != nil {
			t.Fatal(err)
		}
		// A file may not take a built-in's name: the copy a user edits is renamed.
		if _, err := ParseScenario(s.Name+".yaml", y); err == nil || !strings.Contains(err.Error(), "is the name of a built-in scenario") {
			t.Errorf("%s: a file named like the built-in parsed: %v", s.Name, err)
		}
		y = []byte(strings.NewReplacer("name: "+s.Name+"\n", "name: my-"+s.Name+"\n", "# "+s.Name+"\n", "# my-"+s.Name+"\n").Replace(string(y)))
		back, err := ParseScenario("my-"+s.Name+".yaml", y)
		if err != nil {
			t.Fatalf("%s: its own YAML does not parse: %v\n%s", s.Name, err, y)
		}
		y2, _ := back.YAML()
		if string(y) != string(y2) {
			t.Errorf("%s: YAML round trip differs:\n%s\n---\n%s", s.Name, y, y2)
		}
	}
	for _, want := range []string{"baseline", "waiver-ended", "gas-only-cut", "power-only-cut", "partial", "winter-halt",
		"gcc-link", "turkey", "jordan", "saudi", "fsru", "solar", "flare-gas", "demand-side"} {
		if !seen[want] {
			t.Errorf("built-in %s missing", want)
		}
	}
}

func TestLookup(t *testing.T) {
	s, err := Lookup("waiver-ended+gcc-link+fsru")
	if err != nil || s.Base != "waiver-ended" || len(s.Mitigations) != 2 || s.Name != "waiver-ended+gcc-link+fsru" {
		t.Fatalf("combo: %+v %v", s, err)
	}
	if _, err := Lookup("waiver-ended+gcc"); err == nil || !strings.Contains(err.Error(), `unknown scenario "gcc"`) {
		t.Errorf("bad combo: %v", err)
	}
	if s, err := Lookup("none"); err != nil || s.Name != AsIs {
		t.Errorf("none: %+v %v", s, err)
	}
	if _, err := Lookup("nope"); err == nil || !strings.Contains(err.Error(), "built-ins: as-is, baseline") {
		t.Errorf("unknown: %v", err)
	}
	// A file that names another file (relative to itself) as its base.
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.yaml"), []byte("base: waiver-ended\ndemand: {scale: 1.1}\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "b.yaml"), []byte("base: a.yaml\nmitigations: [fsru]\n"), 0o644)
	b, err := Lookup(filepath.Join(dir, "b.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	sys, err := Build(testDataset(), b, 2024)
	if err != nil {
		t.Fatal(err)
	}
	if want := testDataset().Demand.Values[0][0] * 1.1; !near(sys.Zones[0].Demand[0], want) {
		t.Errorf("chained files: demand %g, want %g", sys.Zones[0].Demand[0], want)
	}
	// A cycle is an error, not a hang.
	os.WriteFile(filepath.Join(dir, "c.yaml"), []byte("base: d.yaml\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "d.yaml"), []byte("base: c.yaml\n"), 0o644)
	c, err := Lookup(filepath.Join(dir, "c.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Build(testDataset(), c, 2024); err == nil || !strings.Contains(err.Error(), "refers to itself") {
		t.Errorf("cycle: %v", err)
	}
	// A bad file named in a combination reports its own line and column.
	os.WriteFile(filepath.Join(dir, "bad.yaml"), []byte("name: x\npools:\n  - scale: -2\n"), 0o644)
	if _, err := Lookup("baseline+" + filepath.Join(dir, "bad.yaml")); err == nil || !strings.Contains(err.Error(), "line 3 column 12") {
		t.Errorf("bad file in combo: %v", err)
	}
}

func FuzzParseScenario(f *testing.F) {
	for _, s := range Builtins() {
		y, _ := s.YAML()
		f.Add(y)
	}
	f.Add([]byte("base: waiver-ended\npools:\n  - tag: iran\n    total_mcmd: 10\n"))
	f.Add([]byte("demand: {zones: {IQ-BA: 0.9}, growth: 0.05}\nadjust: {temperature_c: 2}\n"))
	f.Add([]byte("a: &x [1]\nb: *x\n"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		s, err := ParseScenario("fuzz.yaml", raw)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "scenario fuzz.yaml") {
				t.Fatalf("error without the file name: %v", err)
			}
			return
		}
		y, err := s.YAML()
		if err != nil {
			t.Fatalf("accepted scenario does not render: %v", err)
		}
		back, err := ParseScenario("fuzz.yaml", y)
		if err != nil {
			t.Fatalf("rendered scenario does not parse: %v\n%s", err, y)
		}
		if y2, _ := back.YAML(); string(y2) != string(y) {
			t.Fatalf("round trip differs:\n%s\n---\n%s", y, y2)
		}
	})
}
