package imports

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A scenario file's selectors that match nothing, an added unit on a fuel
// pool that does not exist, and a file that takes a built-in's name are
// errors naming the file, line and column (issue 14 item 12).
func TestScenarioFileMeetsTables(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"unit zone matches nothing", "units:\n  - zone: IQ-XX\n    scale: 0.5\n", "line 2 column 5: units[0]: selects no unit of the tables (zone=IQ-XX)"},
		{"pool tag misspelt", "pools:\n  - tag: irna\n    scale: 0\n", "line 2 column 5: pools[0]: selects no fuel pool of the tables (tag=irna)"},
		{"link country misspelt", "links:\n  - country: Iarn\n    scale: 0\n", "line 2 column 5: links[0]: selects no link of the tables (country=Iarn)"},
		{"region misspelt", "demand:\n  regions: {kurdstan: 1.1}\n", `line 2 column 23: demand.regions.kurdstan: no zone of the tables is in region "kurdstan"`},
		{"hydro unit moved to gas", "units:\n  - id: ar-hydro\n    fuel_pool: khormor\n", "line 3 column 16: units[0].fuel_pool: unit ar-hydro has a water budget (hydro table): a hydro unit cannot burn gas"},
		{"unknown zone of an added unit", "add_units:\n  - id: x\n    zone: IQ-XX\n    capacity_mw: 5\n", `line 3 column 11: add_units[0].zone: unit x: zone "IQ-XX" is not in the zones table`},
		{"added unit on an unknown pool", "add_units:\n  - id: x\n    zone: IQ-BA\n    fuel: lgn\n    mw_per_mcmd: 150\n    capacity_mw: 500\n",
			`line 4 column 11: add_units[0].fuel: fuel pool "lgn" is neither in the fuels table nor created by an add_gas`},
		{"added unit before its gas", "add_gas:\n  - id: lng\n    origin: lng\n    mcmd: 3\n    in_service: 2027\nadd_units:\n  - id: x\n    zone: IQ-BA\n    fuel: lng\n    mw_per_mcmd: 150\n    capacity_mw: 500\n",
			`line 9 column 11: add_units[0].fuel: fuel pool "lng" delivers no gas in 2024 (its add_gas is not in service) while unit x is`},
	}
	dir := t.TempDir()
	for _, c := range cases {
		path := filepath.Join(dir, "case.yaml")
		if err := os.WriteFile(path, []byte(c.src), 0o644); err != nil {
			t.Fatal(err)
		}
		sc, err := ReadScenarioFile(path)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		_, err = Build(testDataset(), sc, 2024)
		if err == nil || !strings.Contains(err.Error(), "case.yaml "+c.want) {
			t.Errorf("%s: got %v, want it to contain %q", c.name, err, c.want)
		}
	}
	// The same selectors that match pass; an added unit on its own gas runs.
	ok := "units:\n  - zone: IQ-BA\n    scale: 0.9\npools:\n  - tag: iran\n    scale: 0.5\nlinks:\n  - country: iran\n    scale: 0\n" +
		"demand:\n  regions: {kurdistan: 1.1}\nadd_gas:\n  - id: lng\n    origin: lng\n    mcmd: 3\nadd_units:\n  - id: x\n    zone: IQ-BA\n    fuel: lng\n    mw_per_mcmd: 150\n    capacity_mw: 500\n"
	if err := os.WriteFile(filepath.Join(dir, "ok.yaml"), []byte(ok), 0o644); err != nil {
		t.Fatal(err)
	}
	sc, err := ReadScenarioFile(filepath.Join(dir, "ok.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	sys, err := Build(testDataset(), sc, 2024)
	if err != nil {
		t.Fatal(err)
	}
	if u := unitsWithPrefix(sys, "x"); len(u) != 1 || u[0].Pool < 0 || sys.Pools[u[0].Pool].ID != "lng" {
		t.Errorf("added unit x: %+v, want it on pool lng", u)
	}
	// Built-ins keep running on tables their selectors do not fit.
	if _, err := Build(flatDataset(), mustLookup("waiver-ended"), 2024); err != nil {
		t.Errorf("waiver-ended on one-zone tables: %v", err)
	}
	// A file named like a built-in, without a name key, is refused too.
	if _, err := ParseScenario("baseline.yaml", []byte("demand:\n  scale: 1.1\n")); err == nil || !strings.Contains(err.Error(), `the file name makes the scenario's name "baseline", a built-in's`) {
		t.Errorf("baseline.yaml: %v", err)
	}
}
