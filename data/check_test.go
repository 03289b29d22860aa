package data

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
)

// base is a small valid dataset; each rule case changes one file.
var base = map[string]string{
	"zones.csv": "code,name,region,peak_mw\nA,Alpha,federal,100\nB,Beta,kurdistan,50\n",
	"units.csv": "id,zone,capacity_mw,nameplate_mw,for,mttr_h,technology,fuel,mw_per_mcmd,profile,in_service,retired\n" +
		"u1,A,80,100,0.1,50,ocgt,gas1,125,,2010,\n" +
		"u2,B,60,,5%,40,solar,sun,,pv,,\n",
	"fuels.csv":     "id,contracted_mcmd,delivered_mcmd\ngas1,1,1\n",
	"demand.csv":    "hour,A,B\n1,90,40\n2,95,45\n3,100,50\n",
	"profiles.csv":  "hour,pv\n1,0\n2,0.5\n3,1\n",
	"corridors.csv": "from,to,capacity_mw\nA,B,30\n",
}

func writeDir(t testing.TB, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		if body == "" {
			continue // "" deletes the file from the base set
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func with(changes map[string]string) map[string]string {
	m := map[string]string{}
	for k, v := range base {
		m[k] = v
	}
	for k, v := range changes {
		m[k] = v
	}
	return m
}

func sub(file, old, new string) map[string]string {
	return map[string]string{file: strings.Replace(base[file], old, new, 1)}
}

// ruleCases each break one rule; want is a fragment of the single problem.
var ruleCases = []struct {
	name    string
	changes map[string]string
	want    string
}{
	{"unknown zone", sub("units.csv", "u1,A,", "u1,C,"), `column zone: unknown zone code "C"`},
	{"row after a multi-line cell", map[string]string{"zones.csv": "code,name,region,peak_mw\nA,\"Alpha\nnorth\",federal,100\nB,Beta,kurdistan,-50\n"}, "row 3, column peak_mw: must be ≥ 0 (got -50)"},
	{"duplicate unit id", sub("units.csv", "u2,B", "u1,B"), `duplicate id "u1" (first on row 2)`},
	{"duplicate zone", map[string]string{"zones.csv": base["zones.csv"] + "A,Gamma,federal,10\n"}, `row 4, column code: duplicate id "A" (first on row 2)`},
	{"negative capacity", sub("units.csv", "u1,A,80", "u1,A,-5"), "must be ≥ 0 (got -5)"},
	{"non-numeric capacity", sub("units.csv", "u1,A,80", "u1,A,eighty"), `must be a number (got "eighty")`},
	{"capacity over nameplate", sub("units.csv", "u1,A,80,100", "u1,A,120,100"), "must not exceed nameplate_mw 100 (got 120)"},
	{"percent in MW column", sub("units.csv", "u1,A,80", "u1,A,80%"), "must be a number, not a percentage"},
	{"FOR too large", sub("units.csv", "0.1,50", "1.2,50"), "column for: must be in [0,1) (got 1.2)"},
	{"FOR percent too large", sub("units.csv", "0.1,50", "120 %,50"), "column for: must be in [0,1) (got 1.2)"},
	{"FOR equal to 1", sub("units.csv", "0.1,50", "1,50"), "must be in [0,1) (got 1)"},
	{"MTTR below 1 h", sub("units.csv", "0.1,50", "0.1,0.5"), "column mttr_h: must be at least 1 h and at most 87600 h (got 0.5)"},
	{"FOR beyond the hourly model", sub("units.csv", "0.1,50", "0.9,1"), "column for: with mttr_h 1 gives a mean time to failure of 0.111 h, but the hourly outage model needs at least 1 h: for must be at most mttr_h/(mttr_h+1) = 0.5, or give a longer mttr_h (got 0.9)"},
	{"FOR 0.99 with a short repair", sub("units.csv", "0.1,50", "0.99,50"), "column for: with mttr_h 50 gives a mean time to failure of 0.505 h"},
	{"MTTF below 1 h", map[string]string{"units.csv": "id,zone,capacity_mw,mttf_h,mttr_h,fuel,mw_per_mcmd\nu1,A,80,0.5,50,gas1,125\nu2,B,60,450,50,oil,\n", "profiles.csv": ""}, "column mttf_h: must be 0 (never fails) or in [1,1e9] h: the outage model steps hourly (got 0.5)"},
	{"link FOR beyond the hourly model", map[string]string{"links.csv": "id,country,zone,capacity_mw,for,mttr_h\nl1,iran,A,100,0.9,1\n"}, "table links, row 2, column for: with mttr_h 1 gives a mean time to failure of 0.111 h"},
	{"NaN capacity", sub("units.csv", "u1,A,80", "u1,A,NaN"), `must be a finite number (got "NaN")`},
	{"Inf demand", sub("demand.csv", "2,95", "2,Inf"), `row 3, column A: must be a finite number (got "Inf")`},
	{"missing required column", map[string]string{"units.csv": "id,zone,for,mttr_h\nu1,A,0.1,50\nu2,B,0.1,50\n", "profiles.csv": ""}, "table units, column capacity_mw: required column is missing"},
	{"missing value", sub("units.csv", "u1,A,80", "u1,A,"), "row 2, column capacity_mw: is required"},
	{"unknown column", sub("units.csv", "technology", "tecnology"), "column tecnology: unknown column"},
	{"technology not in list", sub("units.csv", "ocgt", "fusion"), `column technology: must be one of`},
	{"region not in list", sub("zones.csv", "federal", "south"), `column region: must be one of federal, kurdistan (got "south")`},
	{"fuel pool missing", sub("units.csv", "gas1,125", "gas9,125"), `fuel pool "gas9" does not exist`},
	{"mw_per_mcmd missing", sub("units.csv", "gas1,125", "gas1,"), "column mw_per_mcmd: must be > 0 for a unit on a gas pool"},
	{"liquid factor off a gas pool", map[string]string{"units.csv": strings.NewReplacer("retired\n", "retired,liquid_factor\n",
		"2010,\n", "2010,,0.8\n", "pv,,\n", "pv,,,0.5\n").Replace(base["units.csv"])}, `column liquid_factor: marks a dual-fuel unit on a gas pool; a unit on "sun" already runs on it (got 0.5)`},
	{"profile missing", sub("units.csv", "sun,,pv", "sun,,wind"), `profile "wind" is not a column of the profiles table`},
	{"retired before in service", sub("units.csv", "2010,\n", "2010,2005\n"), "must be after in_service 2010 (got 2005)"},
	{"whole number", sub("units.csv", "2010,", "2010.5,"), `must be a whole number (got "2010.5")`},
	{"demand row too short", sub("demand.csv", "2,95,45", "2,95"), "row 3: row has 2 cells but the header has 3 columns"},
	{"demand row too long", sub("demand.csv", "2,95,45", "2,95,45,7"), "row 3: row has 4 cells but the header has 3 columns"},
	{"demand zone column missing", map[string]string{"demand.csv": "hour,A\n1,90\n2,95\n3,100\n"}, "column B: zone has no column"},
	{"demand unknown zone column", map[string]string{"demand.csv": "hour,A,B,C\n1,90,40,1\n2,95,45,1\n3,100,50,1\n"}, "column C: is not a zone code"},
	{"demand negative", sub("demand.csv", "2,95", "2,-95"), "row 3, column A: must be ≥ 0 (got -95)"},
	{"demand finite but huge", sub("demand.csv", "2,95", "2,1e308"), "row 3, column A: must be at most 1000000 MW (above any national grid's peak) (got 1e+308)"},
	{"capacity finite but huge", sub("units.csv", "u1,A,80,100", "u1,A,1e308,"), "row 2, column capacity_mw: must be at most 100000 MW (one row: the largest power station is 22.5 GW) (got 1e+308)"},
	{"peak finite but huge", sub("zones.csv", "federal,100", "federal,1e308"), "row 2, column peak_mw: must be at most 1000000 MW"},
	{"corridor finite but huge", sub("corridors.csv", "A,B,30", "A,B,1e20"), "column capacity_mw: must be at most 100000 MW"},
	{"year out of range", sub("units.csv", "2010,", "1800,"), "column in_service: must be 0 or a year in [1900,2200] (got 1800)"},
	{"hour gap", sub("demand.csv", "3,100", "4,100"), `column hour: must be 3 (hours run 1..N without gaps; got "4")`},
	{"first column", sub("demand.csv", "hour,", "h,"), `the first column must be "hour"`},
	{"time not hourly", map[string]string{"demand.csv": "time,A,B\n2025-01-01T00:00,1,1\n2025-01-01T02:00,1,1\n2025-01-01T03:00,1,1\n"}, "must be one hour after the previous row"},
	{"time column starts at noon", map[string]string{"demand.csv": "time,A,B\n2025-07-01T12:00,90,40\n2025-07-01T13:00,95,45\n2025-07-01T14:00,100,50\n"},
		"table demand, row 2, column time: must start at midnight, 00:00 local time (got 2025-07-01T12:00)"},
	{"time column from July beside synthesized demand", map[string]string{"demand.csv": "", "profiles.csv": "time,pv\n2025-07-01T00:00,0\n2025-07-01T01:00,0.5\n2025-07-01T02:00,1\n",
		"climate.csv": "zone," + prefixed("max_") + "," + prefixed("min_") + "\nA,10,10,10,10,10,10,10,10,10,10,10,10,5,5,5,5,5,5,5,5,5,5,5,5\nB,10,10,10,10,10,10,10,10,10,10,10,10,5,5,5,5,5,5,5,5,5,5,5,5\n"},
		"table profiles, row 2, column time: must start at 1 January 00:00 (got 2025-07-01T00:00): without a demand table, demand is synthesized"},
	{"time columns disagree", map[string]string{"demand.csv": "time,A,B\n2025-01-01T00:00,90,40\n2025-01-01T01:00,95,45\n2025-01-01T02:00,100,50\n",
		"profiles.csv": "time,pv\n2024-01-01T00:00,0\n2024-01-01T01:00,0.5\n2024-01-01T02:00,1\n"},
		"table profiles, row 2, column time: starts at 2024-01-01T00:00 but the demand table starts at 2025-01-01T00:00: the hourly tables must cover the same hours"},
	{"time year is not the base year", map[string]string{"demand.csv": "time,A,B\n2024-01-01T00:00,90,40\n2024-01-01T01:00,95,45\n2024-01-01T02:00,100,50\n", "params.csv": "name,value\nbase_year,2025\n"},
		"table demand, row 2, column time: is for 2024 but params base_year is 2025"},
	{"hourly lengths differ", map[string]string{"profiles.csv": "hour,pv\n1,0\n2,1\n"}, "has 2 hours but the other hourly tables have 3"},
	{"profile above 1", sub("profiles.csv", "3,1", "3,1.5"), "must be in [0,1] (got 1.5)"},
	{"corridor unknown zone", sub("corridors.csv", "A,B", "A,Z"), `column to: unknown zone code "Z"`},
	{"corridor to itself", sub("corridors.csv", "A,B", "A,A"), `must differ from from ("A")`},
	{"corridor duplicate", map[string]string{"corridors.csv": base["corridors.csv"] + "B,A,10\n"}, "duplicate corridor B–A (first on row 2)"},
	{"header-only units table", map[string]string{"units.csv": "id,zone,capacity_mw,for,mttr_h\n"}, "table units: the table has no rows (at least one generating unit is needed; imports alone are not a system)"},
	{"allocation shares leave a zone nothing", map[string]string{
		"zones.csv":      base["zones.csv"] + "C,Gamma,federal,20\n",
		"demand.csv":     "hour,A,B,C\n1,90,40,10\n2,95,45,10\n3,100,50,10\n",
		"allocation.csv": "zone,share\nA,100%\n"},
		"the federal zones' given shares add up to 1, leaving nothing for C"},
	{"missing units table", map[string]string{"units.csv": ""}, "table units: required table is missing"},
	{"no demand and no climate", map[string]string{"demand.csv": "", "profiles.csv": "", "units.csv": strings.Replace(base["units.csv"], ",pv,", ",,", 1)}, "no demand table, and no climate table"},
	{"source unresolved", map[string]string{"sources.csv": "id,kind,title,note\nS1,source,A paper,\n", "corridors.csv": "from,to,capacity_mw,source\nA,B,30,S1;S2\n"}, `column source: source id "S2" is not in the sources table`},
	{"assumption without reasoning", map[string]string{"sources.csv": "id,kind,title,note\nA1,assumption,Guess,\n"}, "an assumption must state its reasoning"},
	{"source kind", map[string]string{"sources.csv": "id,kind,title,note\nS1,rumour,Guess,\n"}, `must be "source" or "assumption"`},
	{"hydro unknown unit", map[string]string{"hydro.csv": "unit," + strings.Join(months[:], ",") + "\nu9,1,1,1,1,1,1,1,1,1,1,1,1\n"}, `unknown unit id "u9"`},
	{"hydro month missing", map[string]string{"units.csv": hydroUnits, "hydro.csv": "unit," + strings.Join(months[:], ",") + "\nu3,1,1,1,1,1,1,1,1,1,1,1,\nu4,1,1,1,1,1,1,1,1,1,1,1,1\n"}, "column dec: is required"},
	{"hydro budget on a gas unit", map[string]string{"units.csv": hydroUnits, "hydro.csv": "unit," + strings.Join(months[:], ",") + "\nu3,1,1,1,1,1,1,1,1,1,1,1,1\nu4,1,1,1,1,1,1,1,1,1,1,1,1\nu1,1,1,1,1,1,1,1,1,1,1,1,1\n"}, `table hydro, row 4, column unit: unit "u1" is not a hydro unit (technology "ocgt", fuel "gas1")`},
	{"hydro unit without a budget", map[string]string{"units.csv": hydroUnits, "hydro.csv": "unit," + strings.Join(months[:], ",") + "\nu3,1,1,1,1,1,1,1,1,1,1,1,1\n"}, `table units, row 5, column id: hydro unit "u4" has no row in the hydro table`},
	{"climate min finite but huge", map[string]string{"climate.csv": "zone," + prefixed("max_") + "," + prefixed("min_") + "\nA,10,10,10,10,10,10,10,10,10,10,10,10,5,5,5,5,5,5,5,5,5,5,5,-1e308\nB,10,10,10,10,10,10,10,10,10,10,10,10,5,5,5,5,5,5,5,5,5,5,5,5\n"}, "column min_dec: must be in [-60,70] °C (got -1e+308)"},
	{"climate min above max", map[string]string{"climate.csv": "zone," + prefixed("max_") + "," + prefixed("min_") + "\nA,10,10,10,10,10,10,10,10,10,10,10,10,5,5,5,5,5,5,5,5,5,5,5,12\nB,10,10,10,10,10,10,10,10,10,10,10,10,5,5,5,5,5,5,5,5,5,5,5,5\n"}, "column min_dec: must not exceed max_dec 10 (got 12)"},
	{"link zone", map[string]string{"links.csv": "id,country,zone,capacity_mw\nl1,iran,Q,100\n"}, `unknown zone code "Q"`},
	{"link FOR without MTTR", map[string]string{"links.csv": "id,country,zone,capacity_mw,for\nl1,iran,A,100,0.05\n"}, "column mttr_h: is required when for > 0"},
	{"unknown table file", map[string]string{"unit.csv": "x\n1\n"}, `unknown table "unit"`},
	{"duplicate column", sub("zones.csv", "code,name,region,peak_mw", "code,name,region,peak_mw,Name"), "column name: the column appears twice"},
	{"units count unbounded", cnt("1000000000"), "column units: must be in [1,1000] identical units per row (got 1000000000)"},
	{"units count zero", cnt("0"), "column units: must be in [1,1000] identical units per row (got 0)"},
	{"param misspelt", params("demand_grwth,0.05"), `table params, row 2, column name: unknown parameter "demand_grwth": did you mean "demand_growth"?`},
	{"param inert", params("transmission_loss,0.1"), `column value: transmission_loss has no effect on the model (a published loss figure; demand is at the busbar): only the embedded value 0.06 is kept, as a reference; remove the row (got 0.1)`},
	{"param synthesis with a demand table", params("cooling_threshold_c,25"), "column value: cooling_threshold_c has no effect: demand comes from the demand table"},
	{"param negative weather SD", params("weather_anomaly_sd_c_07,-1.5"), "column value: weather_anomaly_sd_c_07 must be in [0,10] °C (got -1.5)"},
	{"param weather SD 1000", params("weather_anomaly_sd_c,1000"), "weather_anomaly_sd_c must be in [0,10] °C (got 1000)"},
	{"param growth 100", params("demand_growth,100"), "demand_growth must be in [-0.5,1] fraction per year (got 100)"},
	{"param base year 1800", params("base_year,1800"), "base_year must be in [1900,2200] year (got 1800)"},
	{"param base year fractional", params("base_year,2025.5"), "base_year must be a whole number (got 2025.5)"},
	{"maintenance weeks negative", maint("-1"), "column maintenance_weeks: must be in [0,34.7] weeks per year: the block is placed outside June–September, which leaves 34.7 weeks (got -1)"},
	{"maintenance weeks beyond June–September", maint("40"), "column maintenance_weeks: must be in [0,34.7] weeks per year"},
	{"maintenance weeks over a year", maint("53"), "column maintenance_weeks: must be in [0,34.7] weeks per year"},
	{"maintenance weeks not numeric", maint("four"), `column maintenance_weeks: must be a number (got "four")`},
	{"maintenance weeks as percent", maint("4%"), "column maintenance_weeks: must be a number, not a percentage"},
	{"temperature out of range", map[string]string{"temperature.csv": "hour,A,B\n1,20,20\n2,99,20\n3,20,20\n"}, "must be in [-60,70] °C (got 99)"},
}

// params is a params table of the given rows ("name,value").
func params(rows ...string) map[string]string {
	return map[string]string{"params.csv": "name,value\n" + strings.Join(rows, "\n") + "\n"}
}

// hydroUnits are the base units and two hydro units, u3 and u4.
var hydroUnits = base["units.csv"] + "u3,A,50,,0.01,20,hydro,water,,,,\nu4,B,50,,0.01,20,,water,,,,\n"

// maint adds a maintenance_weeks column to the base units, with value v
// on u1 and an empty cell on u2.
func maint(v string) map[string]string {
	u := strings.Replace(base["units.csv"], "retired\n", "retired,maintenance_weeks\n", 1)
	u = strings.Replace(u, "2010,\n", "2010,,"+v+"\n", 1)
	u = strings.Replace(u, "pv,,\n", "pv,,,\n", 1)
	return map[string]string{"units.csv": u}
}

// cnt adds a units column (identical units per row) with value v on u1.
func cnt(v string) map[string]string {
	u := strings.Replace(base["units.csv"], "retired\n", "retired,units\n", 1)
	u = strings.Replace(u, "2010,\n", "2010,,"+v+"\n", 1)
	u = strings.Replace(u, "pv,,\n", "pv,,,\n", 1)
	return map[string]string{"units.csv": u}
}

func prefixed(p string) string {
	var s []string
	for _, m := range months {
		s = append(s, p+m)
	}
	return strings.Join(s, ",")
}

func TestBaseIsValid(t *testing.T) {
	ds, err := Load(writeDir(t, base))
	if err != nil {
		t.Fatal(err)
	}
	if got := ds.Units[1].FOR; got != 0.05 {
		t.Errorf("5%% read as %v, want 0.05", got)
	}
	if got := ds.Units[0].MTTF; got != 450 {
		t.Errorf("MTTF from FOR 0.1 and MTTR 50 = %v, want 450", got)
	}
	if got := ds.Units[0].MaintenanceWeeks; got != 0 {
		t.Errorf("maintenance_weeks without the column = %v, want 0 (none)", got)
	}
	ds, err = Load(writeDir(t, with(maint("4.5"))))
	if err != nil {
		t.Fatal(err)
	}
	if a, b := ds.Units[0].MaintenanceWeeks, ds.Units[1].MaintenanceWeeks; a != 4.5 || b != 0 {
		t.Errorf("maintenance_weeks = %v and %v (empty cell), want 4.5 and 0", a, b)
	}
	if ds.Corridors[0].ReverseMW != 30 {
		t.Errorf("reverse_mw default = %v, want capacity_mw 30", ds.Corridors[0].ReverseMW)
	}
}

// TestRules checks each rule yields exactly one problem with the expected
// text, and that the full messages match the golden file.
func TestRules(t *testing.T) {
	var golden []string
	for _, tc := range ruleCases {
		t.Run(tc.name, func(t *testing.T) {
			dir := writeDir(t, with(tc.changes))
			probs, err := Check(dir)
			if err != nil {
				t.Fatal(err)
			}
			if len(probs) != 1 {
				t.Fatalf("got %d problems, want 1:\n%v", len(probs), Problems(probs))
			}
			msg := probs[0].Error()
			if !strings.Contains(msg, tc.want) {
				t.Errorf("problem %q does not contain %q", msg, tc.want)
			}
			golden = append(golden, tc.name+": "+msg)
			// Load refuses the same data with the same problem.
			_, lerr := Load(dir)
			var ps Problems
			if !errors.As(lerr, &ps) || len(ps) != 1 || ps[0] != probs[0] {
				t.Errorf("Load error = %v, want the same single problem", lerr)
			}
		})
	}
	sort.Strings(golden)
	compareGolden(t, "rules.golden", strings.Join(golden, "\n")+"\n")
}

// TestEveryProblemAtOnce breaks several rules in several files and expects
// all of them in one report.
func TestEveryProblemAtOnce(t *testing.T) {
	ch := with(nil)
	ch["units.csv"] = strings.Replace(strings.Replace(base["units.csv"], "u1,A,80", "u1,C,-1", 1), "5%,40", "150%,0.2", 1)
	ch["demand.csv"] = "hour,A\n1,90\n2,x\n3,100\n"
	probs, err := Check(writeDir(t, ch))
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, p := range probs {
		lines = append(lines, p.Error())
	}
	compareGolden(t, "many.golden", strings.Join(lines, "\n")+"\n")
	if len(probs) != 6 {
		t.Errorf("got %d problems, want 6", len(probs))
	}
}

func compareGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./data -update to create it)", err)
	}
	if string(want) != got {
		t.Errorf("%s differs:\n--- got\n%s--- want\n%s", path, got, want)
	}
}

// A user dataset without a demand table but with climate gets demand,
// temperature and solar profiles synthesized for the base year, using the
// embedded parameters it does not override.
func TestSynthesizeUserData(t *testing.T) {
	climate := "zone," + prefixed("max_") + "," + prefixed("min_") + "\n" +
		"A,15,17,21,27,34,40,44,44,40,33,24,17,5,7,10,15,21,26,29,29,25,19,12,7\n" +
		"B,9,11,15,21,28,35,39,39,35,27,18,11,0,2,5,10,16,21,24,24,20,14,7,2\n"
	files := with(map[string]string{"demand.csv": "", "profiles.csv": "", "climate.csv": climate,
		"zones.csv":  "code,name,region,peak_mw,lat,lon\nA,Alpha,federal,100,33.3,44.4\nB,Beta,kurdistan,50,35.5,45.4\n",
		"params.csv": "name,value,unit\nbase_year,2024,year\n"})
	ds, err := Load(writeDir(t, files))
	if err != nil {
		t.Fatal(err)
	}
	if ds.Year != 2024 || len(ds.Demand.Values[0]) != 8784 {
		t.Fatalf("year %d, %d hours; want 2024 and 8784", ds.Year, len(ds.Demand.Values[0]))
	}
	if got := slices.Max(ds.Demand.Column("A")); got != 100 {
		t.Errorf("zone A peak = %v, want peak_mw 100", got)
	}
	pv := ds.Profiles.Column("pv")
	if pv == nil || slices.Max(pv) <= 0.5 || pv[0] != 0 {
		t.Errorf("solar profile not synthesized (max %v, midnight %v)", slices.Max(pv), pv[0])
	}
}

// Issue 14 item 19: region and peak_mw are optional for a system with its
// own hourly demand (region "" is a grid of its own; peak_mw only scales
// synthesized demand), and peak_mw is required, with row and column, only
// where demand is synthesized from climate.
func TestZonesRegionAndPeakOptional(t *testing.T) {
	climate := "zone," + prefixed("max_") + "," + prefixed("min_") + "\n" +
		"A,15,17,21,27,34,40,44,44,40,33,24,17,5,7,10,15,21,26,29,29,25,19,12,7\n" +
		"B,9,11,15,21,28,35,39,39,35,27,18,11,0,2,5,10,16,21,24,24,20,14,7,2\n"
	for _, tc := range []struct {
		name    string
		changes map[string]string
		want    string // "" = loads
	}{
		{"no region or peak_mw columns", map[string]string{"zones.csv": "code,name\nA,Alpha\nB,Beta\n"}, ""},
		{"empty region and peak_mw cells", map[string]string{"zones.csv": "code,name,region,peak_mw\nA,Alpha,,\nB,Beta,federal,\n"}, ""},
		{"region still checked", map[string]string{"zones.csv": "code,name,region\nA,Alpha,federl\nB,Beta,\n"}, `table zones, row 2, column region: must be one of federal, kurdistan (got "federl")`},
		{"peak_mw needed to synthesize", map[string]string{"demand.csv": "", "profiles.csv": "", "climate.csv": climate,
			"zones.csv": "code,name,peak_mw\nA,Alpha,100\nB,Beta,\n", "params.csv": "name,value\nbase_year,2024\n"},
			"table zones, row 3, column peak_mw: must be given (> 0) when there is no demand table: it scales the demand synthesized from the climate table (got 0)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ds, err := Load(writeDir(t, with(tc.changes)))
			if tc.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				if ds.Zones[0].Region != "" || ds.Zones[0].PeakMW != 0 {
					t.Errorf("zone A region %q, peak_mw %g, want the defaults \"\" and 0", ds.Zones[0].Region, ds.Zones[0].PeakMW)
				}
				return
			}
			var ps Problems
			if !errors.As(err, &ps) || len(ps) != 1 || !strings.Contains(ps[0].Error(), tc.want) {
				t.Errorf("error %v, want one problem containing %q", err, tc.want)
			}
		})
	}
}
