package data

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"time"
)

// validate applies the rules that span rows and tables: unique ids, known
// zone codes, fuel pools and profiles, ranges, hourly lengths and source ids.
func validate(ds *Dataset, c *collector) {
	v := &validator{ds: ds, c: c}
	v.zones()
	v.units()
	v.fuels()
	v.links()
	v.corridors()
	v.allocation()
	v.hydro()
	v.climate()
	v.params()
	v.sources()
	v.hourly()
}

// MaxUnitsPerRow bounds units.units (and a scenario's add_units[].units):
// each identical unit is simulated on its own, so the count sets memory and
// time. 1000 is far above any station's block count (the embedded data has
// at most 12); a larger fleet is several rows.
const MaxUnitsPerRow = 1000

type validator struct {
	ds *Dataset
	c  *collector
}

// at reports a problem at record i of a table (row number as the user sees it).
func (v *validator) at(tbl string, i int, col, format string, args ...any) {
	row := i + 2
	if rs := v.ds.rows[tbl]; i < len(rs) {
		row = rs[i]
	}
	if v.c.bad(tbl, row, col) {
		return
	}
	v.c.add(v.file(tbl), tbl, row, col, format, args...)
}

func (v *validator) file(tbl string) string {
	if f, ok := v.ds.files[tbl]; ok {
		return f
	}
	return tbl + ".csv"
}

func (v *validator) zone(code string) bool {
	for _, z := range v.ds.Zones {
		if z.Code == code {
			return true
		}
	}
	return false
}

// unique reports repeated ids.
func (v *validator) unique(tbl, col string, ids []string) {
	seen := map[string]int{}
	for i, id := range ids {
		if id == "" {
			continue
		}
		if j, ok := seen[id]; ok {
			v.at(tbl, i, col, "duplicate id %q (first on row %d)", id, v.row(tbl, j))
			continue
		}
		seen[id] = i
	}
}

func (v *validator) row(tbl string, i int) int {
	if rs := v.ds.rows[tbl]; i < len(rs) {
		return rs[i]
	}
	return i + 2
}

// Bound is the physically plausible ceiling of a quantity. Finite but huge
// values (1e308 MW) would overflow sums to infinity after a whole run, so
// every quantity has one, here, for the tables and the scenarios alike.
type Bound struct {
	Max float64
	Why string // the unit and the reason, as the problem states it
}

// The ceilings of the quantity columns.
var (
	BoundMW        = Bound{100_000, "MW (one row: the largest power station is 22.5 GW)"}
	BoundDemandMW  = Bound{1_000_000, "MW (above any national grid's peak)"}
	BoundMCMD      = Bound{10_000, "mcm/d (the world's gas production is about 11,000 mcm/d)"}
	BoundGWh       = Bound{75_000, "GWh per month (100,000 MW for a whole month)"}
	BoundFactor    = Bound{100, "(a factor)"}
	BoundMWPerMCMD = Bound{1000, "MW per mcm/d (1 mcm/d is about 392 MW of heat)"}
)

// Check reports whether x is in [0, b.Max], and the rule when it is not.
func (b Bound) Check(x float64) string {
	if !(x >= 0) {
		return fmt.Sprintf("must be ≥ 0 (got %g)", x)
	}
	if x > b.Max {
		return fmt.Sprintf("must be at most %s %s (got %g)", formatNumber(b.Max), b.Why, x)
	}
	return ""
}

// MaxMaintenanceWeeks is the longest maintenance_weeks: a unit's yearly
// block is never placed in June–September, and the other eight months of a
// common year are 243 days, 34.7 weeks.
const MaxMaintenanceWeeks = 34.7

// MaintenanceRule is the rule for maintenance_weeks in the units table and
// a scenario's add_units.
func MaintenanceRule(weeks float64) string {
	if !(weeks >= 0 && weeks <= MaxMaintenanceWeeks) {
		return fmt.Sprintf("must be in [0,%g] weeks per year: the block is placed outside June–September, which leaves 34.7 weeks (got %g)", MaxMaintenanceWeeks, weeks)
	}
	return ""
}

// TempDerateRule is the rule for temp_derate in the units table and a
// scenario's add_units.
func TempDerateRule(x float64) string {
	if !(x >= 0 && x < 0.05) {
		return fmt.Sprintf("must be in [0,0.05) per °C (got %g)", x)
	}
	return ""
}

// YearRule is the rule for in_service and retired years, in the tables and
// in scenarios: 0 (always, never) or a year in [1900,2200].
func YearRule(y int) string {
	if y != 0 && (y < 1900 || y > 2200) {
		return fmt.Sprintf("must be 0 or a year in [1900,2200] (got %d)", y)
	}
	return ""
}

// outage applies the for and mttr_h columns' rules to a row, then, when
// both pass, what OutageRule adds about the pair.
func (v *validator) outage(tbl string, i int, forced, mttr float64) {
	okFor := v.field(tbl, i, "for", forced)
	if v.field(tbl, i, "mttr_h", mttr) && okFor {
		if col, rule := OutageRule(forced, mttr); rule != "" {
			v.at(tbl, i, col, "%s", rule)
		}
	}
}

// OutageRule is the one rule for a forced outage rate and its repair time,
// wherever they are given (units, links and corridors tables; a scenario's
// add_units, add_links, units[].for and adjust.outage_scale): for in [0,1);
// mttr_h at least 1 h, and required when for > 0; and the mean time to
// failure they imply, mttr × (1 − for) / for, at least 1 h, because the
// engine's two-state Markov chain steps hourly (an up or down time is at
// least one hour). Nothing is capped: what passes is modelled exactly. It
// returns the column at fault and the rule broken, or "" and "".
func OutageRule(forced, mttr float64) (col, rule string) {
	switch {
	case ForRule(forced) != "":
		return "for", ForRule(forced)
	case MTTRRule(mttr) != "":
		return "mttr_h", MTTRRule(mttr)
	case forced > 0 && mttr == 0:
		return "mttr_h", "is required when for > 0"
	case forced > 0 && mttr*(1-forced)/forced < 1:
		return "for", fmt.Sprintf("with mttr_h %g gives a mean time to failure of %.3g h, but the hourly outage model needs at least 1 h: for must be at most mttr_h/(mttr_h+1) = %.4g, or give a longer mttr_h (got %g)",
			mttr, mttr*(1-forced)/forced, mttr/(mttr+1), forced)
	}
	return "", ""
}

// ForRule is the range of a forced outage rate alone, [0,1); OutageRule
// adds what its repair time implies.
func ForRule(forced float64) string {
	if !(forced >= 0 && forced < 1) {
		return fmt.Sprintf("must be in [0,1) (got %g)", forced)
	}
	return ""
}

// ReservedFuel reports whether a units.fuel value (or a scenario's
// add_units fuel) names no gas pool: oil, water or sun.
func ReservedFuel(f string) bool { return slices.Contains(reservedFuels, strings.ToLower(f)) }

// MaxHours bounds a mean time to repair or to failure: 10 years, far
// beyond any study horizon.
const MaxHours = 87600

func (v *validator) years(tbl string, i, in, ret int) {
	v.field(tbl, i, "in_service", float64(in))
	v.field(tbl, i, "retired", float64(ret))
	if ret != 0 && in != 0 && ret <= in {
		v.at(tbl, i, "retired", "must be after in_service %d (got %d)", in, ret)
	}
}

// empty reports a required table given with a header but no rows.
func (v *validator) empty(tbl string, n int, what string) {
	if _, given := v.ds.files[tbl]; given && n == 0 {
		v.c.add(v.file(tbl), tbl, 0, "", "the table has no rows (%s)", what)
	}
}

func (v *validator) zones() {
	v.empty("zones", len(v.ds.Zones), "at least one zone is needed")
	ids := make([]string, len(v.ds.Zones))
	_, demandRead := v.ds.files["demand"]
	_, climateRead := v.ds.files["climate"]
	synthesized := !demandRead && climateRead // demand scaled from peak_mw
	for i, z := range v.ds.Zones {
		ids[i] = z.Code
		if z.Region != "" && !slices.Contains(Regions, z.Region) {
			v.at("zones", i, "region", "must be one of %s (got %q)", strings.Join(Regions, ", "), z.Region)
		}
		v.field("zones", i, "peak_mw", z.PeakMW)
		if synthesized && !(z.PeakMW > 0) {
			v.at("zones", i, "peak_mw", "must be given (> 0) when there is no demand table: it scales the demand synthesized from the climate table (got %g)", z.PeakMW)
		}
		v.field("zones", i, "population", z.Population)
		v.field("zones", i, "climate_factor", z.ClimateFactor)
		v.field("zones", i, "lat", z.Lat)
		v.field("zones", i, "lon", z.Lon)
	}
	v.unique("zones", "code", ids)
}

func (v *validator) pool(id string) bool {
	for _, f := range v.ds.Fuels {
		if f.ID == id {
			return true
		}
	}
	return false
}

func (v *validator) units() {
	v.empty("units", len(v.ds.Units), "at least one generating unit is needed; imports alone are not a system")
	ids := make([]string, len(v.ds.Units))
	for i, u := range v.ds.Units {
		ids[i] = u.ID
		if u.Zone != "" && !v.zone(u.Zone) {
			v.at("units", i, "zone", "unknown zone code %q", u.Zone)
		}
		if u.Technology != "" && !slices.Contains(Technologies, u.Technology) {
			v.at("units", i, "technology", "must be one of %s (got %q)", strings.Join(Technologies, ", "), u.Technology)
		}
		isPool := u.Fuel != "" && !slices.Contains(reservedFuels, u.Fuel)
		if isPool && !v.pool(u.Fuel) {
			v.at("units", i, "fuel", "fuel pool %q does not exist in the fuels table (or use oil, water, sun)", u.Fuel)
		}
		if !isPool && u.LiquidFactor > 0 {
			v.at("units", i, "liquid_factor", "marks a dual-fuel unit on a gas pool; a unit on %q already runs on it (got %g)", u.Fuel, u.LiquidFactor)
		}
		if isPool && !(u.MWPerMCMD > 0) {
			v.at("units", i, "mw_per_mcmd", "must be > 0 for a unit on a gas pool (got %g)", u.MWPerMCMD)
		}
		v.field("units", i, "capacity_mw", u.CapacityMW)
		v.field("units", i, "nameplate_mw", u.NameplateMW)
		if u.NameplateMW > 0 && u.CapacityMW > u.NameplateMW {
			v.at("units", i, "capacity_mw", "must not exceed nameplate_mw %g (got %g)", u.NameplateMW, u.CapacityMW)
		}
		v.field("units", i, "units", float64(u.Units))
		if !v.c.bad("units", v.row("units", i), "mttf_h") { // a given mttf_h is checked as it is read
			v.outage("units", i, u.FOR, u.MTTR)
		}
		v.field("units", i, "maintenance_weeks", u.MaintenanceWeeks)
		v.field("units", i, "temp_derate", u.TempDerate)
		v.field("units", i, "liquid_factor", u.LiquidFactor)
		v.field("units", i, "mw_per_mcmd", u.MWPerMCMD)
		v.years("units", i, u.InService, u.Retired)
		if u.Profile != "" && (v.ds.Profiles == nil || !slices.Contains(v.ds.Profiles.Columns, u.Profile)) && !v.synthProfile(u) {
			v.at("units", i, "profile", "profile %q is not a column of the profiles table", u.Profile)
		}
	}
	v.unique("units", "id", ids)
}

// synthProfile reports whether a solar profile will be synthesized for the
// unit (data without a demand table gets demand, temperature and solar
// profiles from climate).
func (v *validator) synthProfile(u Unit) bool {
	_, known := v.ds.files["profiles"]
	_, demand := v.ds.files["demand"]
	return !known && !demand && u.Technology == "solar"
}

func (v *validator) fuels() {
	ids := make([]string, len(v.ds.Fuels))
	for i, f := range v.ds.Fuels {
		ids[i] = f.ID
		if slices.Contains(reservedFuels, f.ID) {
			v.at("fuels", i, "id", "%q is reserved for units that are not on a gas pool", f.ID)
		}
		v.field("fuels", i, "contracted_mcmd", f.Contracted)
		v.field("fuels", i, "delivered_mcmd", f.Delivered)
		for m, x := range f.Monthly {
			v.field("fuels", i, months[m], x)
		}
		v.years("fuels", i, f.InService, f.Retired)
	}
	v.unique("fuels", "id", ids)
}

func (v *validator) links() {
	ids := make([]string, len(v.ds.Links))
	for i, l := range v.ds.Links {
		ids[i] = l.ID
		if l.Zone != "" && !v.zone(l.Zone) {
			v.at("links", i, "zone", "unknown zone code %q", l.Zone)
		}
		v.field("links", i, "capacity_mw", l.CapacityMW)
		for m, x := range l.Monthly {
			v.field("links", i, months[m], x)
		}
		v.outage("links", i, l.FOR, l.MTTR)
		v.years("links", i, l.InService, l.Retired)
	}
	v.unique("links", "id", ids)
}

func (v *validator) corridors() {
	seen := map[[2]string]int{}
	for i, k := range v.ds.Corridors {
		for _, end := range []struct{ col, code string }{{"from", k.From}, {"to", k.To}} {
			if end.code != "" && !v.zone(end.code) {
				v.at("corridors", i, end.col, "unknown zone code %q", end.code)
			}
		}
		if k.From != "" && k.From == k.To {
			v.at("corridors", i, "to", "must differ from from (%q)", k.From)
		}
		key := [2]string{k.From, k.To}
		if k.To < k.From {
			key = [2]string{k.To, k.From}
		}
		if j, ok := seen[key]; ok {
			v.at("corridors", i, "to", "duplicate corridor %s–%s (first on row %d)", k.From, k.To, v.row("corridors", j))
		}
		seen[key] = i
		v.field("corridors", i, "capacity_mw", k.CapacityMW)
		if k.ReverseMW != k.CapacityMW { // else the default, checked as capacity_mw
			v.field("corridors", i, "reverse_mw", k.ReverseMW)
		}
		v.outage("corridors", i, k.FOR, k.MTTR)
	}
}

// allocation: known zones, one row each, fractions in range, and a
// region's given shares not above 1 in total.
func (v *validator) allocation() {
	var ids []string
	sum := map[string]float64{}
	for i, a := range v.ds.Allocation {
		if a.Zone != "" && !v.zone(a.Zone) {
			v.at("allocation", i, "zone", "unknown zone code %q", a.Zone)
		}
		ids = append(ids, a.Zone)
		v.field("allocation", i, "share", a.Share)
		v.field("allocation", i, "local_credit", a.LocalCredit)
		v.field("allocation", i, "emergency_frac", a.EmergencyFrac)
		v.field("allocation", i, "intake_mw", a.IntakeMW)
		for _, z := range v.ds.Zones {
			if z.Code == a.Zone {
				sum[z.Region] += a.Share
				if sum[z.Region] > 1+1e-9 {
					v.at("allocation", i, "share", "the %s zones' shares add up to %.4g, more than 1", z.Region, sum[z.Region])
				}
			}
		}
	}
	v.unique("allocation", "zone", ids)
	// A region whose given shares take the whole pool leaves nothing to
	// share among its zones without one (the shares policy would refuse).
	given := map[string]bool{}
	for _, a := range v.ds.Allocation {
		if a.Share > 0 {
			given[a.Zone] = true
		}
	}
	for _, z := range v.ds.Zones {
		if t := sum[z.Region]; !given[z.Code] && t >= 1-1e-9 && t <= 1+1e-9 {
			v.at("allocation", 0, "share", "the %s zones' given shares add up to 1, leaving nothing for %s, which has no share: give it one or lower the others", z.Region, z.Code)
		}
	}
}

// isHydro reports whether a unit is a hydro unit: technology hydro, or
// fuel water.
func isHydro(u Unit) bool { return u.Technology == "hydro" || u.Fuel == "water" }

// hydro checks the water budgets: each on a known hydro unit that burns no
// gas pool, once; and, when the table is given, every hydro unit has one
// (without the table, hydro units are modelled by capacity alone, as in
// RTS-79).
func (v *validator) hydro() {
	seen := map[string]int{}
	for i, h := range v.ds.Hydro {
		j := slices.IndexFunc(v.ds.Units, func(u Unit) bool { return u.ID == h.Unit })
		switch {
		case h.Unit != "" && j < 0:
			v.at("hydro", i, "unit", "unknown unit id %q", h.Unit)
		case j >= 0 && !isHydro(v.ds.Units[j]):
			u := v.ds.Units[j]
			v.at("hydro", i, "unit", "unit %q is not a hydro unit (technology %q, fuel %q): a water budget applies only to technology hydro or fuel water", u.ID, u.Technology, u.Fuel)
		case j >= 0 && v.pool(v.ds.Units[j].Fuel):
			v.at("hydro", i, "unit", "unit %q burns gas pool %q: a hydro unit's fuel is water", h.Unit, v.ds.Units[j].Fuel)
		}
		if j, dup := seen[h.Unit]; dup {
			v.at("hydro", i, "unit", "duplicate id %q (first on row %d)", h.Unit, v.row("hydro", j))
		}
		seen[h.Unit] = i
		v.field("hydro", i, "mean_mw", h.MeanMW)
		for m, x := range h.BudgetGWh {
			v.field("hydro", i, months[m], x)
		}
	}
	if _, given := v.ds.files["hydro"]; !given {
		return
	}
	for i, u := range v.ds.Units {
		if _, ok := seen[u.ID]; isHydro(u) && !ok && u.ID != "" {
			v.at("units", i, "id", "hydro unit %q has no row in the hydro table, so it would run without a water budget (add its row; without a hydro table every hydro unit is modelled by capacity alone)", u.ID)
		}
	}
}

func (v *validator) climate() {
	seen := map[string]int{}
	for i, cl := range v.ds.Climate {
		if cl.Zone != "" && !v.zone(cl.Zone) {
			v.at("climate", i, "zone", "unknown zone code %q", cl.Zone)
		}
		if j, dup := seen[cl.Zone]; dup {
			v.at("climate", i, "zone", "duplicate id %q (first on row %d)", cl.Zone, v.row("climate", j))
		}
		seen[cl.Zone] = i
		for m := range months {
			v.field("climate", i, "max_"+months[m], cl.MaxC[m])
			if v.field("climate", i, "min_"+months[m], cl.MinC[m]) && cl.MinC[m] > cl.MaxC[m] {
				v.at("climate", i, "min_"+months[m], "must not exceed max_%s %g (got %g)", months[m], cl.MaxC[m], cl.MinC[m])
			}
		}
	}
	if _, demand := v.ds.files["demand"]; !demand && len(v.ds.Climate) > 0 {
		for _, z := range v.ds.Zones {
			if _, ok := seen[z.Code]; !ok {
				v.c.add(v.file("climate"), "climate", 0, "zone", "zone %s has no climate row (needed to synthesize its demand)", z.Code)
			}
		}
	}
}

// params checks the params table: every name is one the model reads, with
// its value in the documented range (ParamSpecs). A parameter that has no
// effect on this data may only repeat its embedded value: a reference
// figure the model never reads (td_loss), or a synthesis parameter when a
// demand table is given. Changing either would change nothing, so that is
// an error, not a silence.
func (v *validator) params() {
	ids := make([]string, len(v.ds.Params))
	_, demandGiven := v.ds.files["demand"]
	for i, p := range v.ds.Params {
		ids[i] = p.Name
		if p.Name == "" {
			continue
		}
		sp := paramSpec(p.Name)
		if sp == nil {
			v.at("params", i, "name", "unknown parameter %q%s (the model reads %s)", p.Name, suggest(p.Name), strings.Join(modelParamNames(), ", "))
			continue
		}
		emb, hasEmb := embeddedParam(p.Name)
		switch {
		case sp.Reference && (!hasEmb || p.Value != emb):
			v.at("params", i, "value", "%s has no effect on the model (%s): only the embedded value %g is kept, as a reference; remove the row (got %g)", p.Name, sp.Use, emb, p.Value)
			continue
		case sp.Synth && demandGiven && (!hasEmb || p.Value != emb):
			v.at("params", i, "value", "%s has no effect: demand comes from the demand table, and the synthesis parameters apply only without one; remove the row or the demand table (got %g)", p.Name, p.Value)
			continue
		}
		v.fieldAs("params", i, "value", "param."+p.Name, p.Value)
	}
	v.unique("params", "name", ids)
}

// ParamSpec documents one parameter of the params table: its unit, its
// range and what reads it.
type ParamSpec struct {
	Name     string
	Unit     string
	Min, Max float64
	Whole    bool   // a whole number
	Use      string // what reads it
	// Synth parameters shape the demand synthesized from climate; they have
	// no effect when a demand table is given.
	Synth bool
	// Reference figures are read by nothing (calibration targets, back-test
	// anchors, conversions noted for the reader); the embedded data keeps
	// them, and a user table may only repeat their embedded values.
	Reference bool
}

// Check returns the rule the value breaks, or "".
func (sp ParamSpec) Check(x float64) string {
	if !(x >= sp.Min && x <= sp.Max) {
		return fmt.Sprintf("%s must be in [%s,%s] %s (got %g)", sp.Name, formatNumber(sp.Min), formatNumber(sp.Max), sp.Unit, x)
	}
	if sp.Whole && x != math.Trunc(x) {
		return fmt.Sprintf("%s must be a whole number (got %g)", sp.Name, x)
	}
	return ""
}

// ParamRule is the rule for a named parameter's value, for the params table
// and for a scenario that sets the same quantity (demand.growth is
// demand_growth); "" when the value is allowed.
func ParamRule(name string, x float64) string {
	sp := paramSpec(name)
	if sp == nil {
		return fmt.Sprintf("unknown parameter %q", name)
	}
	return sp.Check(x)
}

// ParamSpecs lists every parameter the params table takes. The names the
// code reads are kept in step with it by TestParamSpecsMatchCode.
var ParamSpecs = func() []ParamSpec {
	ps := []ParamSpec{
		{Name: "base_year", Unit: "year", Min: 1900, Max: 2200, Whole: true, Use: "the year the demand table describes, or demand is synthesized for; demand grows from it to the study year"},
		{Name: "demand_growth", Unit: "fraction per year", Min: -0.5, Max: 1, Use: "annual demand growth from base_year to the study year"},
		{Name: "demand_per_degc", Unit: "fraction per °C", Min: 0, Max: 0.2, Use: "demand change per °C of weather anomaly and of adjust.temperature_c; the cooling slope of synthesized demand"},
		{Name: "weather_anomaly_sd_c", Unit: "°C", Min: 0, Max: 10, Use: "standard deviation of the per-sample monthly temperature anomaly, every month"},
		{Name: "mw_per_mcmd", Unit: "MW per mcm/d", Min: 1, Max: BoundMWPerMCMD.Max, Use: "electric MW per mcm/d for a scenario's add_units on a gas pool without mw_per_mcmd"},
		{Name: "temp_peak_hour", Unit: "hour", Min: 0, Max: 23, Synth: true, Use: "hour of the daily temperature maximum"},
		{Name: "cooling_threshold_c", Unit: "°C", Min: -10, Max: 40, Synth: true, Use: "temperature above which cooling load grows"},
		{Name: "heating_threshold_c", Unit: "°C", Min: -30, Max: 30, Synth: true, Use: "daily mean temperature below which heating load grows"},
		{Name: "night_activity", Unit: "fraction", Min: 0, Max: 1, Synth: true, Use: "base load at the night trough relative to daytime"},
		{Name: "evening_bump", Unit: "fraction", Min: 0, Max: 1, Synth: true, Use: "extra base load 18:00–21:00"},
		{Name: "weekend_factor", Unit: "fraction", Min: 0.1, Max: 2, Synth: true, Use: "base load on Friday and Saturday"},
		{Name: "federal_winter_ratio", Unit: "fraction", Min: 0.1, Max: 10, Synth: true, Use: "federal winter peak ÷ summer peak"},
		{Name: "krg_summer_ratio", Unit: "fraction", Min: 0.1, Max: 10, Synth: true, Use: "Kurdistan Region summer peak ÷ winter peak"},
		{Name: "solar_clearness", Unit: "fraction", Min: 0, Max: 1, Synth: true, Use: "clear-sky fraction of synthesized solar profiles"},
		{Name: "solar_dc_ac", Unit: "ratio", Min: 0.5, Max: 3, Synth: true, Use: "panel DC ÷ inverter AC of synthesized solar profiles"},
	}
	for m := range months {
		use := "the weather anomaly SD of one month (overrides weather_anomaly_sd_c)"
		ps = append(ps, ParamSpec{Name: fmt.Sprintf("weather_anomaly_sd_c_%02d", m+1), Unit: "°C", Min: 0, Max: 10, Use: use},
			ParamSpec{Name: "anomaly_sd_" + months[m], Unit: "°C", Min: 0, Max: 10, Use: use})
	}
	ref := func(name, unit, use string) ParamSpec {
		return ParamSpec{Name: name, Unit: unit, Min: math.Inf(-1), Max: math.Inf(1), Reference: true, Use: use}
	}
	return append(ps,
		ref("federal_peak_mw", "MW", "the federal peak zones.peak_mw was calibrated to"),
		ref("krg_peak_mw", "MW", "the Kurdistan Region peak zones.peak_mw was calibrated to"),
		ref("transmission_loss", "fraction", "a published loss figure; demand is at the busbar"),
		ref("td_loss", "fraction", "a published loss figure; demand is at the busbar"),
		ref("mw_per_mcmd_sc", "MW per mcm/d", "a conversion the units' mw_per_mcmd were derived from"),
		ref("mw_per_mcmd_cc", "MW per mcm/d", "a conversion the units' mw_per_mcmd were derived from"),
		ref("mcm_per_mmscf", "mcm per MMscf", "a unit conversion"),
		ref("iran_electricity_2025_mw", "MW", "a reported figure; the links table carries the imports"),
		ref("observed_supply_2025_mw", "MW", "a back-test anchor; the back-test carries its own ranges"),
		ref("observed_supply_2025_low_mw", "MW", "a back-test anchor; the back-test carries its own ranges"),
	)
}()

func paramSpec(name string) *ParamSpec {
	for i := range ParamSpecs {
		if ParamSpecs[i].Name == name {
			return &ParamSpecs[i]
		}
	}
	return nil
}

// modelParamNames are the parameters that can have an effect (the monthly
// weather forms summarised).
func modelParamNames() []string {
	var out []string
	for _, sp := range ParamSpecs {
		if !sp.Reference && !strings.HasPrefix(sp.Name, "anomaly_sd_") && !strings.HasPrefix(sp.Name, "weather_anomaly_sd_c_") {
			out = append(out, sp.Name)
		}
	}
	return append(out, "weather_anomaly_sd_c_01…12")
}

func embeddedParam(name string) (float64, bool) {
	for _, p := range embeddedParams() {
		if p.Name == name {
			return p.Value, true
		}
	}
	return 0, false
}

// suggest names the known parameter closest to a misspelt one.
func suggest(name string) string {
	best, bestD := "", 3
	for _, sp := range ParamSpecs {
		if d := editDistance(name, sp.Name); d < bestD {
			best, bestD = sp.Name, d
		}
	}
	if best == "" {
		return ""
	}
	return fmt.Sprintf(": did you mean %q?", best)
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}

// sources checks the sources table and, when it is given, that every source
// id in every table resolves to one of its rows.
func (v *validator) sources() {
	ids := make([]string, len(v.ds.Sources))
	known := map[string]bool{}
	for i, s := range v.ds.Sources {
		ids[i] = s.ID
		known[s.ID] = true
		if s.Kind != "" && s.Kind != "source" && s.Kind != "assumption" {
			v.at("sources", i, "kind", `must be "source" or "assumption" (got %q)`, s.Kind)
		}
		if s.Kind == "assumption" && strings.TrimSpace(s.Note) == "" {
			v.at("sources", i, "note", "an assumption must state its reasoning")
		}
	}
	v.unique("sources", "id", ids)
	if _, given := v.ds.files["sources"]; !given {
		return
	}
	for _, r := range v.ds.sourceRefs() {
		for _, id := range parseList(r.IDs) {
			if !known[id] {
				v.at(r.Table, r.Row, "source", "source id %q is not in the sources table", id)
			}
		}
	}
}

// hourly checks that the hourly tables have the same length and sane values,
// and that their time columns, where given, agree: see timeColumns.
func (v *validator) hourly() {
	v.timeColumns()
	n := 0
	for _, t := range []struct {
		name string
		h    *Hourly
	}{{"demand", v.ds.Demand}, {"temperature", v.ds.Temperature}, {"profiles", v.ds.Profiles}} {
		if t.h == nil || len(t.h.Values) == 0 {
			continue
		}
		hours := len(t.h.Values[0])
		if n == 0 {
			n = hours
		} else if hours != n {
			v.c.add(v.file(t.name), t.name, 0, "", "has %d hours but the other hourly tables have %d", hours, n)
		}
		for k, col := range t.h.Values {
			for i, x := range col {
				// The hourly tables' values take the rules of the same
				// quantities in the other tables.
				if rule := CheckRule(map[string]string{"demand": "demand_mw", "profiles": "fraction", "temperature": "temperature_c"}[t.name], x); rule != "" {
					v.at(t.name, i, t.h.Columns[k], "%s", rule)
				}
			}
		}
	}
}

// timeColumns checks the start of each hourly table's time column. The
// simulation labels each hour with the month and hour of day of its time
// stamp (Asia/Baghdad), counting days from midnight, so a time column must
// start at 00:00 (any day: a July week is simulated as July); tables with
// time columns start at the same hour; synthesized demand covers a
// calendar year from 1 January, so beside it a time column starts there;
// and its year is params base_year when that is given (without it, the time
// column's year is the base year: see TableYear).
func (v *validator) timeColumns() {
	first := ""
	var start time.Time
	base, hasBase := 0.0, false
	for _, p := range v.ds.Params {
		if p.Name == "base_year" {
			base, hasBase = p.Value, true
		}
	}
	_, demandRead := v.ds.files["demand"]
	for _, t := range []struct {
		name string
		h    *Hourly
	}{{"demand", v.ds.Demand}, {"temperature", v.ds.Temperature}, {"profiles", v.ds.Profiles}} {
		if _, read := v.ds.files[t.name]; !read || t.h == nil || t.h.Start.IsZero() {
			continue // synthesized, or indexed by hour number
		}
		st := t.h.Start
		switch {
		case st.Hour() != 0 || st.Minute() != 0:
			v.at(t.name, 0, "time", "must start at midnight, 00:00 local time (got %s): days are counted from the first hour, so each day's supply hours cover one calendar day", st.Format("2006-01-02T15:04"))
		case !demandRead && (st.Month() != time.January || st.Day() != 1):
			v.at(t.name, 0, "time", "must start at 1 January 00:00 (got %s): without a demand table, demand is synthesized for the calendar year from 1 January, and the hourly tables must cover the same hours", st.Format("2006-01-02T15:04"))
		case first == "":
			first, start = t.name, st
			if hasBase && float64(st.Year()) != base {
				v.at(t.name, 0, "time", "is for %d but params base_year is %g: the hourly tables describe the base year (change one of them)", st.Year(), base)
			}
		case !st.Equal(start):
			v.at(t.name, 0, "time", "starts at %s but the %s table starts at %s: the hourly tables must cover the same hours", st.Format("2006-01-02T15:04"), first, start.Format("2006-01-02T15:04"))
		}
	}
}

// TableStart is the local time (Asia/Baghdad) of the first hour of the
// hourly tables read from files with a time column, or the zero time when
// none has one (hour-numbered or synthesized tables, which start at
// 1 January 00:00 of the study year).
func (ds *Dataset) TableStart() time.Time {
	for _, t := range []struct {
		name string
		h    *Hourly
	}{{"demand", ds.Demand}, {"temperature", ds.Temperature}, {"profiles", ds.Profiles}} {
		if _, read := ds.files[t.name]; read && t.h != nil && !t.h.Start.IsZero() {
			return t.h.Start.In(Baghdad)
		}
	}
	return time.Time{}
}

// TableYear is the calendar year the hourly tables' time column starts in,
// or 0 when no table read from a file has one (hour-numbered or
// synthesized tables).
func (ds *Dataset) TableYear() int {
	if st := ds.TableStart(); !st.IsZero() {
		return st.Year()
	}
	return 0
}
