package imports

import (
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"

	"gridrisk/data"
)

// scenarioLeaf is a numeric field of a scenario file, by its YAML path
// ([] for a list index, * for a map key).
type scenarioLeaf struct {
	path string
	kind reflect.Kind // of the number: Float64 or Int
	ptr  bool         // a pointer: absent is nil, so 0 is a value
}

// scenarioLeaves walks a scenario type's YAML fields to its numbers.
func scenarioLeaves(t reflect.Type, path string, out *[]scenarioLeaf) {
	for key, idx := range fields(t) {
		ft := t.FieldByIndex(idx).Type
		p := join(path, key)
		switch {
		case ft.Kind() == reflect.Pointer && ft.Elem().Kind() == reflect.Struct:
			scenarioLeaves(ft.Elem(), p, out)
		case ft.Kind() == reflect.Slice && ft.Elem().Kind() == reflect.Struct:
			scenarioLeaves(ft.Elem(), p+"[]", out)
		case ft.Kind() == reflect.Struct:
			scenarioLeaves(ft, p, out)
		case ft.Kind() == reflect.Pointer && isNumber(ft.Elem().Kind()):
			*out = append(*out, scenarioLeaf{p, ft.Elem().Kind(), true})
		case ft.Kind() == reflect.Slice && isNumber(ft.Elem().Kind()):
			*out = append(*out, scenarioLeaf{p + "[]", ft.Elem().Kind(), true})
		case ft.Kind() == reflect.Map && isNumber(ft.Elem().Kind()):
			*out = append(*out, scenarioLeaf{p + ".*", ft.Elem().Kind(), true})
		case isNumber(ft.Kind()):
			*out = append(*out, scenarioLeaf{p, ft.Kind(), false})
		}
	}
}

func isNumber(k reflect.Kind) bool {
	return k == reflect.Float64 || k == reflect.Int || k == reflect.Float32 || k == reflect.Int64
}

// setLeaf sets the field at a leaf path (list index 0, map key X, a
// monthly list of 12 with x first) in a scenario value.
func setLeaf(v reflect.Value, toks []string, x float64) {
	name := strings.TrimSuffix(toks[0], "[]")
	if name == "*" {
		return
	}
	f := v.FieldByIndex(fields(v.Type())[name])
	rest := toks[1:]
	switch f.Kind() {
	case reflect.Pointer:
		f.Set(reflect.New(f.Type().Elem()))
		if len(rest) == 0 {
			setNumber(f.Elem(), x)
			return
		}
		setLeaf(f.Elem(), rest, x)
	case reflect.Slice:
		f.Set(reflect.MakeSlice(f.Type(), 1, 1))
		if f.Type().Elem().Kind() == reflect.Struct {
			setLeaf(f.Index(0), rest, x)
			return
		}
		m := make([]float64, 12)
		for i := range m {
			m[i] = 1
		}
		m[0] = x
		f.Set(reflect.ValueOf(m))
	case reflect.Map:
		f.Set(reflect.ValueOf(map[string]float64{"X": x}))
	case reflect.Struct:
		setLeaf(f, rest, x)
	default:
		setNumber(f, x)
	}
}

func setNumber(f reflect.Value, x float64) {
	if f.Kind() == reflect.Int || f.Kind() == reflect.Int64 {
		f.SetInt(int64(x))
		return
	}
	f.SetFloat(x)
}

// One rule per field (issue 13 item 4), for scenario files: every numeric
// field of the scenario types has exactly one entry in scenarioRules,
// resolving to a rule data.CheckRule knows (for a table's quantity, the
// column's own rule); no entry is stale; and check refuses a probe value at
// a field exactly when that rule does, with that rule's words (0 in a plain
// field is "not given", refused only where the field is required). A field
// checked by a second, differing rule, or by none, fails here.
func TestScenarioFieldRules(t *testing.T) {
	var leaves []scenarioLeaf
	scenarioLeaves(reflect.TypeOf(Scenario{}), "", &leaves)
	slices.SortFunc(leaves, func(a, b scenarioLeaf) int { return strings.Compare(a.path, b.path) })
	seen := map[string]bool{}
	for _, l := range leaves {
		seen[l.path] = true
		if _, ok := scenarioRules[l.path]; !ok {
			t.Errorf("scenario field %s has no entry in scenarioRules", l.path)
			continue
		}
		if key := scenarioRule(strings.NewReplacer("[]", "[0]", "*", "X").Replace(l.path)); !ruleKnown(key) {
			t.Errorf("scenario field %s: rule %q (from %q) is not a data rule", l.path, key, scenarioRules[l.path])
		}
	}
	for p := range scenarioRules {
		if !seen[p] {
			t.Errorf("scenarioRules has %s, which is not a numeric scenario field", p)
		}
	}
	// Every data rule is some field's: a column's or a scenario field's.
	used := map[string]bool{}
	for p := range scenarioRules {
		used[scenarioRule(strings.NewReplacer("[]", "[0]", "*", "X").Replace(p))] = true
	}
	for key := range data.Rules {
		if !used[key] && !columnUses(key) {
			t.Errorf("data rule %q is no field's rule", key)
		}
	}

	probes := []float64{-1, 0, 0.5, 1, 1.5, 20, 21, 34.7, 52, 100, 101, 1000, 1001, 1899, 2025, 2201, 1e6, 1e308, math.NaN()}
	for _, l := range leaves {
		concrete := strings.NewReplacer("[]", "[0]", "*", "X").Replace(l.path)
		key := scenarioRule(concrete)
		for _, x := range probes {
			if l.kind == reflect.Int && (x != math.Trunc(x) || math.Abs(x) > 1e9) {
				continue
			}
			var s Scenario
			setLeaf(reflect.ValueOf(&s).Elem(), strings.Split(l.path, "."), x)
			want := data.CheckRule(key, x)
			if !l.ptr && x == 0 {
				want = ""
				if scenarioRequired[l.path] {
					want = "is required (> 0)"
				}
			}
			var got []string
			for _, e := range s.check() {
				if e.path == concrete {
					got = append(got, e.msg)
				}
			}
			switch {
			case want == "" && len(got) > 0:
				t.Errorf("%s = %g: refused %q, but its rule %q passes it", concrete, x, got, key)
			case want != "" && (len(got) != 1 || got[0] != want):
				t.Errorf("%s = %g: got %q, want exactly its rule %q: %q", concrete, x, got, key, want)
			}
		}
	}
}

// ruleKnown reports whether key names a rule data.CheckRule can apply
// ("param" is the params table's value column, checked by the row's name;
// "param.NAME" needs parameter NAME in data.ParamSpecs).
func ruleKnown(key string) bool {
	if key == "param" {
		return true
	}
	if name, ok := strings.CutPrefix(key, "param."); ok {
		return slices.ContainsFunc(data.ParamSpecs, func(p data.ParamSpec) bool { return p.Name == name })
	}
	return data.Rules[key] != nil
}

// columnUses reports whether a schema column names rule key.
func columnUses(key string) bool {
	for _, k := range data.ColumnRules() {
		if k == key {
			return true
		}
	}
	return false
}

// The builder applies the tables' rules, not rules of its own: tables that
// bypass data check (built in memory) are refused with the same words.
func TestBuilderUsesTheTablesRules(t *testing.T) {
	for _, tc := range []struct {
		name   string
		change func(ds *data.Dataset)
		want   string
	}{
		{"maintenance 40 weeks", func(ds *data.Dataset) { ds.Units[0].MaintenanceWeeks = 40 },
			"column maintenance_weeks: " + data.MaintenanceRule(40)},
		{"corridor FOR 1", func(ds *data.Dataset) { ds.Corridors[0].FOR, ds.Corridors[0].MTTR = 1, 10 },
			"column for: " + data.ForRule(1)},
		{"corridor FOR without repair time", func(ds *data.Dataset) { ds.Corridors[0].FOR, ds.Corridors[0].MTTR = 0.1, 0 },
			"column mttr_h: is required when for > 0"},
		{"corridor MTTF under an hour", func(ds *data.Dataset) { ds.Corridors[0].FOR, ds.Corridors[0].MTTR = 0.9, 1 },
			"column for: with mttr_h 1 gives a mean time to failure of 0.111 h"},
		{"corridor capacity 1e308", func(ds *data.Dataset) { ds.Corridors[0].CapacityMW = 1e308 },
			"column capacity_mw: " + data.BoundMW.Check(1e308)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ds := testDataset()
			tc.change(ds)
			_, err := Build(ds, mustLookup(AsIs), 2024)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want it to contain %q", err, tc.want)
			}
		})
	}
	if _, err := Build(testDataset(), mustLookup(AsIs), 2201); err == nil || !strings.Contains(err.Error(), data.YearRule(2201)) {
		t.Errorf("study year 2201: error %v, want the tables' year rule", err)
	}
}
