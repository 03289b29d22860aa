package data

import (
	"strings"
	"testing"
)

// ruleKnown reports whether key names a rule CheckRule can apply ("param"
// is the params table's value column, checked by the row's name).
func ruleKnown(key string) bool {
	if key == "param" {
		return true
	}
	if name, ok := strings.CutPrefix(key, "param."); ok {
		return paramSpec(name) != nil
	}
	return Rules[key] != nil
}

// numeric reports whether a column holds numbers.
func numeric(c column) bool { return c.Kind == kNum || c.Kind == kFrac || c.Kind == kInt }

// One rule per field (issue 13 item 4): every numeric column of the schema
// names exactly one rule that CheckRule knows, no other column names one,
// and data check applies each numeric column's rule (checkField is told of
// every column it checks; a column checked inline, by a second rule, or
// not at all fails here).
func TestOneRulePerField(t *testing.T) {
	for _, sp := range specs {
		for _, c := range sp.Columns {
			switch {
			case numeric(c) && c.Rule == "":
				t.Errorf("%s.%s is numeric but names no rule", sp.Name, c.Name)
			case numeric(c) && !ruleKnown(c.Rule):
				t.Errorf("%s.%s names rule %q, which Rules does not have", sp.Name, c.Name, c.Rule)
			case !numeric(c) && c.Rule != "":
				t.Errorf("%s.%s is not numeric but names rule %q", sp.Name, c.Name, c.Rule)
			}
		}
	}

	// A dataset with every table, each numeric column given.
	climate := "zone," + prefixed("max_") + "," + prefixed("min_") + "\n" +
		"A,15,17,21,27,34,40,44,44,40,33,24,17,5,7,10,15,21,26,29,29,25,19,12,7\n" +
		"B,9,11,15,21,28,35,39,39,35,27,18,11,0,2,5,10,16,21,24,24,20,14,7,2\n"
	files := with(map[string]string{
		"zones.csv": "code,name,region,population,climate_factor,peak_mw,lat,lon\nA,Alpha,federal,1000,1,100,33,44\nB,Beta,kurdistan,500,1,50,36,44\n",
		"units.csv": "id,zone,capacity_mw,nameplate_mw,units,for,mttf_h,mttr_h,maintenance_weeks,temp_derate,mw_per_mcmd,liquid_factor,technology,fuel,profile,in_service,retired\n" +
			"u1,A,80,100,2,0.1,450,50,4,0.007,125,0.5,ocgt,gas1,,2010,2040\n" +
			"u2,B,60,,1,5%,,40,,,,,solar,sun,pv,,\n" +
			"h1,B,30,,1,0.02,,20,,,,,hydro,water,,,\n",
		"fuels.csv":      "id,contracted_mcmd,delivered_mcmd," + strings.Join(months[:], ",") + ",in_service,retired\ngas1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2000,2050\n",
		"links.csv":      "id,country,zone,capacity_mw," + strings.Join(months[:], ",") + ",for,mttr_h,in_service,retired\nl1,X,A,10,1,1,1,1,1,1,1,1,1,1,1,1,0.05,10,2000,2050\n",
		"corridors.csv":  "from,to,capacity_mw,reverse_mw,for,mttr_h\nA,B,30,20,0.01,20\n",
		"allocation.csv": "zone,share,local_credit,emergency_frac,intake_mw\nA,0.5,0.2,0.2,100\n",
		"hydro.csv":      "unit,mean_mw," + strings.Join(months[:], ",") + "\nh1,10,7,7,7,7,7,7,7,7,7,7,7,7\n",
		"climate.csv":    climate,
		"params.csv":     "name,value\ndemand_growth,0.05\n",
	})
	checked := map[string]bool{}
	fieldChecked = func(table, column string) { checked[table+"."+column] = true }
	defer func() { fieldChecked = nil }()
	if _, err := Load(writeDir(t, files)); err != nil {
		t.Fatal(err)
	}
	for _, sp := range specs {
		for _, c := range sp.Columns {
			if numeric(c) && !checked[sp.Name+"."+c.Name] {
				t.Errorf("data check never applies the rule of %s.%s (%q)", sp.Name, c.Name, c.Rule)
			}
		}
	}
}

// Each rule refuses what its documentation refuses and passes what it
// allows, at its edges.
func TestRuleEdges(t *testing.T) {
	for _, tc := range []struct {
		key  string
		pass []float64
		fail []float64
	}{
		{"mw", []float64{0, 100_000}, []float64{-1, 100_001, 1e308}},
		{"demand_mw", []float64{0, 1e6}, []float64{-0.1, 1e6 + 1}},
		{"units", []float64{1, 1000}, []float64{0, 1001, 1e9}},
		{"for", []float64{0, 0.999}, []float64{-0.01, 1}},
		{"mttr_h", []float64{0, 1, 87600}, []float64{0.5, 87601}},
		{"mttf_h", []float64{0, 1, 1e9}, []float64{0.5, 2e9}},
		{"maintenance_weeks", []float64{0, 34.7}, []float64{-1, 34.8, 52}},
		{"temp_derate", []float64{0, 0.049}, []float64{-0.001, 0.05}},
		{"year", []float64{0, 1900, 2200}, []float64{1899, 2201, 2025.5, 1e308}},
		{"fraction", []float64{0, 1}, []float64{-0.1, 1.1}},
		{"emergency_frac", []float64{0, 0.9}, []float64{0.91}},
		{"temperature_c", []float64{-60, 70}, []float64{-61, 71}},
		{"temperature_shift", []float64{-20, 20}, []float64{-21, 21}},
		{"param.demand_growth", []float64{-0.5, 1}, []float64{-0.6, 100}},
	} {
		for _, x := range tc.pass {
			if r := CheckRule(tc.key, x); r != "" {
				t.Errorf("%s refuses %g: %s", tc.key, x, r)
			}
		}
		for _, x := range tc.fail {
			if r := CheckRule(tc.key, x); r == "" {
				t.Errorf("%s passes %g", tc.key, x)
			}
		}
	}
	if r := CheckRule("no such rule", 1); r == "" {
		t.Error("an unknown rule passes")
	}
}
