package data

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// A params table that repeats the template's values passes: reference
// figures and synthesis parameters at their embedded values, with a demand
// table, change nothing and say nothing.
func TestParamsTemplateValuesPass(t *testing.T) {
	rows := []string{"base_year,2025", "demand_growth,0.07", "td_loss,0.40", "federal_peak_mw,51360", "cooling_threshold_c,20", "weather_anomaly_sd_c_07,1.5", "anomaly_sd_jan,2"}
	ds, err := Load(writeDir(t, with(params(rows...))))
	if err != nil {
		t.Fatal(err)
	}
	if ds.Param("demand_growth", 0) != 0.07 {
		t.Errorf("demand_growth = %v", ds.Param("demand_growth", 0))
	}
}

// The parameters the specs call effective are read by the code, by name,
// and the reference ones are read by nothing: an inert parameter cannot
// pass as a model input, nor a model input go undocumented.
func TestParamSpecsMatchCode(t *testing.T) {
	var src strings.Builder
	for _, dir := range []string{".", "../imports", "../grid", ".."} {
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") || strings.HasSuffix(f, "check.go") && dir == "." {
				continue // the specs themselves are in check.go
			}
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			src.Write(b)
		}
	}
	code := src.String()
	for _, sp := range ParamSpecs {
		name := sp.Name
		switch {
		case strings.HasPrefix(name, "weather_anomaly_sd_c_"):
			name = "weather_anomaly_sd_c" // read as "%s_%02d"
		case strings.HasPrefix(name, "anomaly_sd_"):
			name = "anomaly_sd_" // read as "anomaly_sd_"+month
		}
		read := regexp.MustCompile(`"` + regexp.QuoteMeta(name)).MatchString(code)
		if sp.Reference && read {
			t.Errorf("%s is marked as a reference figure but the code reads it", sp.Name)
		}
		if !sp.Reference && !read {
			t.Errorf("%s is documented as a model parameter but no code reads it", sp.Name)
		}
	}
	// Every parameter the embedded data gives is known and in range.
	for _, p := range embeddedParams() {
		if rule := ParamRule(p.Name, p.Value); rule != "" {
			t.Errorf("embedded %s: %s", p.Name, rule)
		}
	}
}

// FuzzParams feeds arbitrary params rows through the loader with a valid
// dataset: no panic, and a row that passes is a known parameter, in range,
// that Dataset.Param returns as written.
func FuzzParams(f *testing.F) {
	for _, seed := range [][2]string{
		{"base_year", "2025"}, {"demand_growth", "0.07"}, {"demand_grwth", "0.07"}, {"td_loss", "0.4"}, {"td_loss", "0.1"},
		{"weather_anomaly_sd_c_07", "-1"}, {"base_year", "1800"}, {"demand_per_degc", "1e308"}, {"cooling_threshold_c", "20"},
		{"anomaly_sd_jan", "2"}, {"mw_per_mcmd", "0"}, {"", "1"}, {"base_year", "２０２５"}, {"demand_growth", "7%"},
	} {
		f.Add(seed[0], seed[1])
	}
	var tables []*table
	for name, body := range base {
		c := &collector{}
		tables = append(tables, readCSV(strings.TrimSuffix(name, ".csv"), name, []byte(body), c))
	}
	f.Fuzz(func(t *testing.T, name, value string) {
		c := &collector{}
		pt := readCSV("params", "params.csv", []byte("name,value\n"+name+","+value+"\n"), c)
		list := append([]*table{}, tables...)
		if pt != nil {
			list = append(list, pt)
		}
		ds := build(list, c, "fuzz")
		for _, p := range c.probs {
			if p.Table != "params" && p.File != "params.csv" {
				t.Fatalf("a params row broke another table: %v", p)
			}
		}
		if len(c.probs) > 0 {
			return
		}
		for _, p := range ds.Params {
			sp := paramSpec(p.Name)
			if sp == nil {
				t.Fatalf("unknown parameter %q passed", p.Name)
			}
			if rule := sp.Check(p.Value); rule != "" && !sp.Reference {
				t.Fatalf("%s = %v passed: %s", p.Name, p.Value, rule)
			}
			if sp.Reference || sp.Synth {
				if emb, _ := embeddedParam(p.Name); emb != p.Value {
					t.Fatalf("inert %s = %v passed (embedded %v)", p.Name, p.Value, emb)
				}
			}
			if got := ds.Param(p.Name, -1); got != p.Value {
				t.Fatalf("Param(%s) = %v, want %v", p.Name, got, p.Value)
			}
		}
	})
}
