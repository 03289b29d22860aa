package imports

import (
	"fmt"
	"regexp"
	"strings"

	"gridrisk/data"
)

// fieldErr is a bad value at a YAML path such as "pools[0].scale".
type fieldErr struct{ path, msg string }

// scenarioRules gives each numeric field of a scenario file its one rule:
// the rule of the table column it sets or adds ("units.capacity_mw": see
// data.ColumnRule), or, for a field no table has, a key of data.Rules.
// Paths are YAML paths with [] for a list index and * for a map key. check
// applies nothing else to a value (relational rules apart: until after
// from, for with mttr_h, not both delivered_mcmd and total_mcmd), and
// TestScenarioFieldRules walks the scenario types and probes check against
// these rules, so a numeric field without an entry, or checked by a rule of
// its own, fails.
var scenarioRules = map[string]string{
	"demand.from": "year", "demand.until": "year",
	"demand.growth":    "param.demand_growth",
	"demand.scale":     "factor",
	"demand.zones.*":   "factor",
	"demand.regions.*": "factor",

	"pools[].from": "year", "pools[].until": "year",
	"pools[].delivered_mcmd": "fuels.delivered_mcmd",
	"pools[].total_mcmd":     "fuels.delivered_mcmd",
	"pools[].scale":          "factor",
	"pools[].monthly[]":      "fuels.jan",

	"links[].from": "year", "links[].until": "year",
	"links[].capacity_mw": "links.capacity_mw",
	"links[].scale":       "factor",
	"links[].monthly[]":   "links.jan",
	"links[].in_service":  "links.in_service",
	"links[].retired":     "links.retired",

	"units[].from": "year", "units[].until": "year",
	"units[].capacity_mw": "units.capacity_mw",
	"units[].scale":       "factor",
	"units[].for":         "units.for", // with each unit's mttr_h: see world.apply
	"units[].in_service":  "units.in_service",
	"units[].retired":     "units.retired",

	"adjust.outage_scale":       "factor", // with each row's rate: see built.outage
	"adjust.temperature_c":      "temperature_shift",
	"adjust.hydro_scale":        "factor",
	"adjust.availability_scale": "factor",

	"add_units[].capacity_mw":       "units.capacity_mw",
	"add_units[].units":             "units.units",
	"add_units[].for":               "units.for",
	"add_units[].mttr_h":            "units.mttr_h",
	"add_units[].maintenance_weeks": "units.maintenance_weeks",
	"add_units[].temp_derate":       "units.temp_derate",
	"add_units[].mw_per_mcmd":       "units.mw_per_mcmd",
	"add_units[].in_service":        "units.in_service",
	"add_units[].retired":           "units.retired",

	"add_links[].capacity_mw": "links.capacity_mw",
	"add_links[].monthly[]":   "links.jan",
	"add_links[].for":         "links.for",
	"add_links[].mttr_h":      "links.mttr_h",
	"add_links[].in_service":  "links.in_service",
	"add_links[].retired":     "links.retired",

	"add_gas[].mcmd":       "fuels.delivered_mcmd",
	"add_gas[].in_service": "fuels.in_service",
	"add_gas[].retired":    "fuels.retired",
}

// scenarioRequired are the fields a scenario must give (non-zero), as the
// tables require their columns: an added unit or link needs its capacity.
var scenarioRequired = map[string]bool{"add_units[].capacity_mw": true, "add_links[].capacity_mw": true}

var listIndex = regexp.MustCompile(`\[\d+\]`)

// scenarioRule is the data rule key of a YAML value path ("" if none).
func scenarioRule(path string) string {
	p := listIndex.ReplaceAllString(path, "[]")
	key, ok := scenarioRules[p]
	if !ok {
		if i := strings.LastIndex(p, "."); i >= 0 {
			key, ok = scenarioRules[p[:i]+".*"]
		}
	}
	if !ok {
		return ""
	}
	if table, col, isCol := strings.Cut(key, "."); isCol && !strings.HasPrefix(key, "param.") {
		return data.ColumnRule(table, col)
	}
	return key
}

// check validates a scenario's values and that the scenarios it names
// exist. It returns every problem, first one first.
func (s Scenario) check() []fieldErr {
	var errs []fieldErr
	bad := func(path, format string, a ...any) { errs = append(errs, fieldErr{path, fmt.Sprintf(format, a...)}) }
	// Every number takes the rule of its field (scenarioRules): the
	// tables' rule for what the tables hold.
	rule := func(path string, x float64) bool {
		if r := data.CheckRule(scenarioRule(path), x); r != "" {
			bad(path, "%s", r)
			return false
		}
		return true
	}
	opt := func(path string, v *float64) {
		if v != nil {
			rule(path, *v)
		}
	}
	optInt := func(path string, v *int) {
		if v != nil {
			rule(path, float64(*v))
		}
	}
	// given checks a plain field, where 0 means not given (the default).
	given := func(path string, x float64) bool {
		if x == 0 {
			if scenarioRequired[listIndex.ReplaceAllString(path, "[]")] {
				bad(path, "is required (> 0)")
				return false
			}
			return true
		}
		return rule(path, x)
	}
	rate := func(path string, forced, mttr float64) { // the tables' pair rule, data.OutageRule
		okFor := given(join(path, "for"), forced)
		if given(join(path, "mttr_h"), mttr) && okFor {
			if col, r := data.OutageRule(forced, mttr); r != "" {
				bad(join(path, col), "%s", r)
			}
		}
	}
	years := func(path string, y Years) {
		given(join(path, "from"), float64(y.From))
		given(join(path, "until"), float64(y.Until))
		if y.From != 0 && y.Until != 0 && y.Until <= y.From {
			bad(join(path, "until"), "must be after from (%d), got %d", y.From, y.Until)
		}
	}
	monthly := func(path string, m []float64) {
		if m == nil {
			return
		}
		if len(m) != 12 {
			bad(path, "want 12 monthly factors (January first), got %d", len(m))
			return
		}
		for i := range m {
			rule(fmt.Sprintf("%s[%d]", path, i), m[i])
		}
	}
	need := func(path, v string) {
		if strings.TrimSpace(v) == "" {
			bad(path, "is required")
		}
	}
	switch s.Kind {
	case "", "base", "mitigation":
	default:
		bad("kind", "want base or mitigation, got %q", s.Kind)
	}
	if s.Base != "" {
		if err := checkRef(s.Base); err != nil {
			bad("base", "%v", err)
		}
	}
	for i, n := range s.Exclude {
		if m, err := lookupBuiltin(n); !strings.EqualFold(n, "all") && (err != nil || m.Kind != "mitigation") {
			bad(fmt.Sprintf("exclude[%d]", i), "%q is not a built-in mitigation (or all)", n)
		}
	}
	for i, m := range s.Mitigations {
		if err := checkRef(m); err != nil {
			bad(fmt.Sprintf("mitigations[%d]", i), "%v", err)
		}
	}
	if d := s.Demand; d != nil {
		years("demand", d.Years)
		opt("demand.growth", d.Growth)
		opt("demand.scale", d.Scale)
		for k, v := range d.Zones {
			rule("demand.zones."+k, v)
		}
		for k, v := range d.Regions {
			rule("demand.regions."+k, v)
		}
	}
	for i, c := range s.Pools {
		p := fmt.Sprintf("pools[%d]", i)
		years(p, c.Years)
		opt(p+".delivered_mcmd", c.DeliveredMCMD)
		opt(p+".total_mcmd", c.TotalMCMD)
		opt(p+".scale", c.Scale)
		monthly(p+".monthly", c.Monthly)
		if c.DeliveredMCMD != nil && c.TotalMCMD != nil {
			bad(p+".total_mcmd", "give delivered_mcmd (each pool) or total_mcmd (shared), not both")
		}
	}
	for i, c := range s.Links {
		p := fmt.Sprintf("links[%d]", i)
		years(p, c.Years)
		opt(p+".capacity_mw", c.CapacityMW)
		opt(p+".scale", c.Scale)
		monthly(p+".monthly", c.Monthly)
		optInt(p+".in_service", c.InService)
		optInt(p+".retired", c.Retired)
	}
	for i, c := range s.Units {
		p := fmt.Sprintf("units[%d]", i)
		years(p, c.Years)
		opt(p+".capacity_mw", c.CapacityMW)
		opt(p+".scale", c.Scale)
		optInt(p+".in_service", c.InService)
		optInt(p+".retired", c.Retired)
		opt(p+".for", c.FOR)
	}
	if a := s.Adjust; a != nil {
		opt("adjust.outage_scale", a.OutageScale)
		opt("adjust.hydro_scale", a.HydroScale)
		opt("adjust.availability_scale", a.AvailabilityScale)
		opt("adjust.temperature_c", a.TemperatureC)
	}
	for i, u := range s.AddUnits {
		p := fmt.Sprintf("add_units[%d]", i)
		need(p+".id", u.ID)
		need(p+".zone", u.Zone)
		given(p+".capacity_mw", u.CapacityMW)
		given(p+".units", float64(u.Units))
		rate(p, u.FOR, u.MTTR)
		if strings.EqualFold(u.Technology, "hydro") || strings.EqualFold(u.Fuel, "water") {
			bad(p+".technology", "a hydro unit needs a monthly water budget, which a scenario cannot give: add it to the units and hydro tables (with in_service) instead")
		}
		given(p+".maintenance_weeks", u.MaintenanceWeeks)
		given(p+".temp_derate", u.TempDerate)
		given(p+".mw_per_mcmd", u.MWPerMCMD)
		given(p+".in_service", float64(u.InService))
		given(p+".retired", float64(u.Retired))
	}
	for i, l := range s.AddLinks {
		p := fmt.Sprintf("add_links[%d]", i)
		need(p+".id", l.ID)
		need(p+".zone", l.Zone)
		given(p+".capacity_mw", l.CapacityMW)
		monthly(p+".monthly", l.Monthly)
		rate(p, l.FOR, l.MTTR)
		given(p+".in_service", float64(l.InService))
		given(p+".retired", float64(l.Retired))
	}
	for i, g := range s.AddGas {
		p := fmt.Sprintf("add_gas[%d]", i)
		need(p+".id", g.ID)
		need(p+".origin", g.Origin)
		given(p+".mcmd", g.MCMD)
		given(p+".in_service", float64(g.InService))
		given(p+".retired", float64(g.Retired))
	}
	return errs
}

// checkRef checks that a base or mitigation name exists without reading
// a file's content (that happens, with cycle detection, when building).
func checkRef(name string) error {
	for _, part := range strings.Split(name, "+") {
		part = strings.TrimSpace(part)
		if strings.EqualFold(part, "none") {
			continue
		}
		if _, err := lookupBuiltin(part); err == nil || isFile(part) {
			continue
		}
		return fmt.Errorf("unknown scenario %q (built-ins: %s; or a YAML file path)", part, strings.Join(builtinNames(), ", "))
	}
	return nil
}
