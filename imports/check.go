package imports

import (
	"fmt"
	"strings"

	"gridrisk/data"
)

// fieldErr is a bad value at a YAML path such as "pools[0].scale".
type fieldErr struct{ path, msg string }

// check validates a scenario's values and that the scenarios it names
// exist. It returns every problem, first one first.
func (s Scenario) check() []fieldErr {
	var errs []fieldErr
	bad := func(path, format string, a ...any) { errs = append(errs, fieldErr{path, fmt.Sprintf(format, a...)}) }
	// Quantities and factors have the tables' bounds (data.Bound): a
	// finite but huge value would overflow to infinity after a whole run.
	amount := func(path string, v *float64, b data.Bound) {
		if v == nil {
			return
		}
		if rule := b.Check(*v); rule != "" {
			bad(path, "%s", rule)
		}
	}
	factor := func(path string, v *float64) { amount(path, v, data.BoundFactor) }
	rate := func(path string, forced, mttr float64) { // the tables' rule, data.OutageRule
		if col, rule := data.OutageRule(forced, mttr); rule != "" {
			bad(join(path, col), "%s", rule)
		}
	}
	year := func(path string, y int) {
		if rule := data.YearRule(y); rule != "" {
			bad(path, "%s", rule)
		}
	}
	years := func(path string, y Years) {
		year(join(path, "from"), y.From)
		year(join(path, "until"), y.Until)
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
			factor(fmt.Sprintf("%s[%d]", path, i), &m[i])
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
		if d.Growth != nil {
			if rule := data.ParamRule("demand_growth", *d.Growth); rule != "" { // the params table's rule
				bad("demand.growth", "%s", rule)
			}
		}
		factor("demand.scale", d.Scale)
		for k, v := range d.Zones {
			factor("demand.zones."+k, &v)
		}
		for k, v := range d.Regions {
			factor("demand.regions."+k, &v)
		}
	}
	for i, c := range s.Pools {
		p := fmt.Sprintf("pools[%d]", i)
		years(p, c.Years)
		amount(p+".delivered_mcmd", c.DeliveredMCMD, data.BoundMCMD)
		amount(p+".total_mcmd", c.TotalMCMD, data.BoundMCMD)
		factor(p+".scale", c.Scale)
		monthly(p+".monthly", c.Monthly)
		if c.DeliveredMCMD != nil && c.TotalMCMD != nil {
			bad(p+".total_mcmd", "give delivered_mcmd (each pool) or total_mcmd (shared), not both")
		}
	}
	for i, c := range s.Links {
		p := fmt.Sprintf("links[%d]", i)
		years(p, c.Years)
		amount(p+".capacity_mw", c.CapacityMW, data.BoundMW)
		factor(p+".scale", c.Scale)
		monthly(p+".monthly", c.Monthly)
		if c.InService != nil {
			year(p+".in_service", *c.InService)
		}
		if c.Retired != nil {
			year(p+".retired", *c.Retired)
		}
	}
	for i, c := range s.Units {
		p := fmt.Sprintf("units[%d]", i)
		years(p, c.Years)
		amount(p+".capacity_mw", c.CapacityMW, data.BoundMW)
		factor(p+".scale", c.Scale)
		if c.InService != nil {
			year(p+".in_service", *c.InService)
		}
		if c.Retired != nil {
			year(p+".retired", *c.Retired)
		}
		if c.FOR != nil {
			if rule := data.ForRule(*c.FOR); rule != "" { // with each unit's mttr_h: see world.apply
				bad(p+".for", "%s", rule)
			}
		}
	}
	if a := s.Adjust; a != nil {
		factor("adjust.outage_scale", a.OutageScale) // with each row's rate: see built.outage
		factor("adjust.hydro_scale", a.HydroScale)
		factor("adjust.availability_scale", a.AvailabilityScale)
		if a.TemperatureC != nil && (*a.TemperatureC < -20 || *a.TemperatureC > 20) {
			bad("adjust.temperature_c", "must be within ±20 °C, got %g", *a.TemperatureC)
		}
	}
	for i, u := range s.AddUnits {
		p := fmt.Sprintf("add_units[%d]", i)
		need(p+".id", u.ID)
		need(p+".zone", u.Zone)
		if u.CapacityMW <= 0 {
			bad(p+".capacity_mw", "must be > 0, got %g", u.CapacityMW)
		}
		amount(p+".capacity_mw", &u.CapacityMW, data.BoundMW)
		if u.Units < 0 || u.Units > data.MaxUnitsPerRow {
			bad(p+".units", "must be in [1,%d] identical units (0 or absent: 1), got %d", data.MaxUnitsPerRow, u.Units)
		}
		rate(p, u.FOR, u.MTTR)
		if strings.EqualFold(u.Technology, "hydro") || strings.EqualFold(u.Fuel, "water") {
			bad(p+".technology", "a hydro unit needs a monthly water budget, which a scenario cannot give: add it to the units and hydro tables (with in_service) instead")
		}
		if rule := data.MaintenanceRule(u.MaintenanceWeeks); rule != "" {
			bad(p+".maintenance_weeks", "%s", rule)
		}
		if rule := data.TempDerateRule(u.TempDerate); rule != "" {
			bad(p+".temp_derate", "%s", rule)
		}
		amount(p+".mw_per_mcmd", &u.MWPerMCMD, data.BoundMWPerMCMD)
		year(p+".in_service", u.InService)
		year(p+".retired", u.Retired)
	}
	for i, l := range s.AddLinks {
		p := fmt.Sprintf("add_links[%d]", i)
		need(p+".id", l.ID)
		need(p+".zone", l.Zone)
		if l.CapacityMW <= 0 {
			bad(p+".capacity_mw", "must be > 0, got %g", l.CapacityMW)
		}
		amount(p+".capacity_mw", &l.CapacityMW, data.BoundMW)
		monthly(p+".monthly", l.Monthly)
		rate(p, l.FOR, l.MTTR)
		year(p+".in_service", l.InService)
		year(p+".retired", l.Retired)
	}
	for i, g := range s.AddGas {
		p := fmt.Sprintf("add_gas[%d]", i)
		need(p+".id", g.ID)
		need(p+".origin", g.Origin)
		amount(p+".mcmd", &g.MCMD, data.BoundMCMD)
		year(p+".in_service", g.InService)
		year(p+".retired", g.Retired)
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
