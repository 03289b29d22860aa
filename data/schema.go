package data

// The schema is the user-data contract: which tables exist, their columns,
// which are required, what each means, its unit and its default. The loader,
// the checks and the exported template (README and columns sheets) all read
// it, so the documentation cannot drift from the code.

// kind is how a cell is parsed.
type kind int

const (
	kText kind = iota // free text
	kID               // identifier (trimmed, no spaces inside)
	kNum              // finite number
	kFrac             // finite number; "12%" or "12 %" is read as 0.12
	kInt              // whole number
	kList             // ";"-separated identifiers
)

// column describes one column of a table.
type column struct {
	Name     string
	Kind     kind
	Required bool
	Unit     string
	Desc     string // meaning, and the default when the column is absent or the cell empty
	// Rule is the key in Rules of the one range rule of a numeric column
	// (kNum, kFrac, kInt): data check, the scenario checks and the builder
	// all apply it (TestOneRulePerField). "" for the other kinds.
	Rule string
}

// tableSpec describes one table.
type tableSpec struct {
	Name     string
	Required bool // required in user data
	Desc     string
	Columns  []column
}

// months are the monthly column names (January first).
var months = [12]string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}

func monthCols(prefix string, k kind, unit, desc string, required bool, rule string) []column {
	var cs []column
	for _, m := range months {
		cs = append(cs, column{Name: prefix + m, Kind: k, Required: required, Unit: unit, Desc: desc, Rule: rule})
	}
	return cs
}

func cat(parts ...[]column) []column {
	var cs []column
	for _, p := range parts {
		cs = append(cs, p...)
	}
	return cs
}

var srcCols = []column{
	{Name: "source", Kind: kList, Unit: "ids", Desc: `source ids separated by ";" that resolve to rows of the sources table (checked when a sources table is given)`},
	{Name: "note", Kind: kText, Desc: "free text: reasoning, caveats"},
}

// Hourly tables are not listed here: they are a column "hour" (1..N) or
// "time" (ISO 8601 local time) followed by one column per zone code (demand,
// temperature) or profile id (profiles).
var hourlyTables = []string{"demand", "profiles", "temperature"}

var hourlyDesc = map[string]string{
	"demand":      `hourly demand in MW: a column "hour" (1..N) or "time" (ISO 8601, Asia/Baghdad local time), then one column per zone code. Optional when climate and zones.peak_mw are given: demand is then synthesized from temperature.`,
	"profiles":    `hourly capacity factors (0..1) applied to capacity_mw of the units naming the profile: "hour" or "time", then one column per profile id.`,
	"temperature": `hourly air temperature in °C per zone: "hour" or "time", then one column per zone code (optional; synthesized with demand).`,
}

// specs lists the tables in the order they are documented and exported.
var specs = []tableSpec{
	{Name: "zones", Required: true, Desc: "demand areas (governorates)", Columns: cat([]column{
		{Name: "code", Kind: kID, Required: true, Desc: "unique zone code: ISO 3166-2 (IQ-BG) or a documented local code (HALABJA has no ISO code)"},
		{Name: "name", Kind: kText, Required: true, Desc: "English name"},
		{Name: "name_ar", Kind: kText, Desc: "Arabic name (optional)"},
		{Name: "region", Kind: kID, Desc: "federal or kurdistan (the Kurdistan Region runs its own grid); optional: empty = a grid of its own, one pool shared by the zones without a region (as for a user's own system)"},
		{Name: "population", Kind: kNum, Unit: "people", Desc: "population (optional; default 0 = unknown)", Rule: "population"},
		{Name: "climate_factor", Kind: kNum, Desc: "demand per person relative to the centre (optional; default 0 = not used)", Rule: "factor"},
		{Name: "peak_mw", Kind: kNum, Unit: "MW", Desc: "unsuppressed peak demand in the base year; scales the demand synthesized from climate, so it is required (> 0) only without a demand table (optional; default 0 = not given)", Rule: "demand_mw"},
		{Name: "lat", Kind: kNum, Unit: "degrees N", Desc: "capital latitude (optional; default 0; needed for synthesized solar profiles)", Rule: "lat"},
		{Name: "lon", Kind: kNum, Unit: "degrees E", Desc: "capital longitude (optional; default 0)", Rule: "lon"},
	}, srcCols)},
	{Name: "units", Required: true, Desc: "generating stations (a station may be a block of identical units)", Columns: cat([]column{
		{Name: "id", Kind: kID, Required: true, Desc: "unique unit id"},
		{Name: "name", Kind: kText, Desc: "station name (optional)"},
		{Name: "zone", Kind: kID, Required: true, Desc: "zone code the station feeds"},
		{Name: "technology", Kind: kID, Desc: "ccgt, ocgt, steam, hydro, solar, diesel, wind, nuclear or other (optional; default other)"},
		{Name: "fuel", Kind: kID, Desc: "a fuels id (gas pool), or oil, water, sun (optional; default empty = not fuel-limited)"},
		{Name: "nameplate_mw", Kind: kNum, Unit: "MW", Desc: "nameplate capacity, at most 100,000 MW (optional; default 0 = not given; must be ≥ capacity_mw when given)", Rule: "mw"},
		{Name: "capacity_mw", Kind: kNum, Required: true, Unit: "MW", Desc: "available capacity = nameplate × availability, before outages and temperature derate; in [0,100000] MW (one row; the largest power station is 22.5 GW)", Rule: "mw"},
		{Name: "units", Kind: kInt, Unit: "count", Desc: "number of identical units the station is split into, each failing independently, in [1,1000] (optional; default 1)", Rule: "units"},
		{Name: "for", Kind: kFrac, Unit: "fraction", Desc: "forced outage rate in [0,1), modelled exactly (never capped); with mttr_h it must leave a mean time to failure mttr × (1 − for) / for of at least 1 h (the outage model steps hourly), i.e. for ≤ mttr_h/(mttr_h+1); give for and mttr_h, or mttf_h and mttr_h", Rule: "for"},
		{Name: "mttf_h", Kind: kNum, Unit: "h", Desc: "mean time to failure, 0 (never fails) or in [1,1e9] h (optional when for is given: mttf = mttr × (1 − for) / for; for = 0 means never fails)", Rule: "mttf_h"},
		{Name: "mttr_h", Kind: kNum, Required: true, Unit: "h", Desc: "mean time to repair, in [1,87600] h (0 only when for = 0)", Rule: "mttr_h"},
		{Name: "maintenance_weeks", Kind: kNum, Unit: "weeks per year", Desc: "planned maintenance of each of the station's units, in [0,34.7]; each unit is taken out once a year for one block of this length, never in June–September (spring and autumn first, then the winter months; 34.7 weeks are the 243 days outside June–September), staggered so units are not all out at once (optional; default 0 = no planned maintenance)", Rule: "maintenance_weeks"},
		{Name: "temp_derate", Kind: kFrac, Unit: "fraction per °C", Desc: "output lost per °C above 15 °C (optional; default 0 = none)", Rule: "temp_derate"},
		{Name: "mw_per_mcmd", Kind: kNum, Unit: "MW per mcm/d", Desc: "electric MW from 1 mcm/d of gas, at most 1000 (1 mcm/d is about 392 MW of heat); required when fuel is a gas pool", Rule: "mw_per_mcmd"},
		{Name: "liquid_factor", Kind: kFrac, Unit: "fraction", Desc: "dual fuel: share of capacity kept on liquid fuel when its pool runs short (optional; default 0 = gas only)", Rule: "fraction"},
		{Name: "in_service", Kind: kInt, Unit: "year", Desc: "first year in service, in [1900,2200] (optional; default 0 = always)", Rule: "year"},
		{Name: "retired", Kind: kInt, Unit: "year", Desc: "first year out of service, in [1900,2200] (optional; default 0 = never)", Rule: "year"},
		{Name: "profile", Kind: kID, Desc: "a profiles column applied to capacity_mw (optional; default none)"},
	}, srcCols)},
	{Name: "fuels", Desc: "gas supply pools (optional)", Columns: cat([]column{
		{Name: "id", Kind: kID, Required: true, Desc: "unique pool id, named by units.fuel"},
		{Name: "name", Kind: kText, Desc: "description"},
		{Name: "origin", Kind: kID, Desc: "iran, domestic, lng, ... (optional)"},
		{Name: "contracted_mcmd", Kind: kNum, Required: true, Unit: "mcm/d", Desc: "contracted or design volume", Rule: "mcmd"},
		{Name: "delivered_mcmd", Kind: kNum, Required: true, Unit: "mcm/d", Desc: "volume delivered in the base year's reference (summer) months", Rule: "mcmd"},
	}, monthCols("", kFrac, "factor", "factor on delivered_mcmd in this month (optional; default 1)", false, "factor"), []column{
		{Name: "in_service", Kind: kInt, Unit: "year", Desc: "first year the pool delivers (optional; default 0 = always)", Rule: "year"},
		{Name: "retired", Kind: kInt, Unit: "year", Desc: "first year it no longer delivers (optional; default 0 = never)", Rule: "year"},
		{Name: "tags", Kind: kList, Desc: `labels scenarios act on, separated by ";" (iran, waiver, ...)`},
	}, srcCols)},
	{Name: "links", Desc: "cross-border electricity imports (optional)", Columns: cat([]column{
		{Name: "id", Kind: kID, Required: true, Desc: "unique link id"},
		{Name: "name", Kind: kText, Desc: "description"},
		{Name: "country", Kind: kID, Required: true, Desc: "exporting country"},
		{Name: "zone", Kind: kID, Required: true, Desc: "zone code the link lands in"},
		{Name: "capacity_mw", Kind: kNum, Required: true, Unit: "MW", Desc: "import limit, in [0,100000] MW", Rule: "mw"},
	}, monthCols("", kFrac, "factor", "factor on capacity_mw in this month (optional; default 1)", false, "factor"), []column{
		{Name: "for", Kind: kFrac, Unit: "fraction", Desc: "forced outage rate in [0,1), modelled exactly (never capped); with mttr_h it must leave a mean time to failure mttr × (1 − for) / for of at least 1 h (the outage model steps hourly), i.e. for ≤ mttr_h/(mttr_h+1) (optional; default 0 = never out)", Rule: "for"},
		{Name: "mttr_h", Kind: kNum, Unit: "h", Desc: "mean time to repair, in [1,87600] h; required when for > 0", Rule: "mttr_h"},
		{Name: "in_service", Kind: kInt, Unit: "year", Desc: "first year in service, in [1900,2200] (optional; default 0 = always)", Rule: "year"},
		{Name: "retired", Kind: kInt, Unit: "year", Desc: "first year out of service, in [1900,2200] (optional; default 0 = never)", Rule: "year"},
		{Name: "tags", Kind: kList, Desc: `labels scenarios act on, separated by ";" (iran, waiver)`},
		{Name: "status", Kind: kID, Desc: "operating, halted, under-construction or planned (information)"},
	}, srcCols)},
	{Name: "corridors", Desc: "transfer limits between zones (optional; without it zones are separate islands)", Columns: cat([]column{
		{Name: "from", Kind: kID, Required: true, Desc: "zone code"},
		{Name: "to", Kind: kID, Required: true, Desc: "zone code"},
		{Name: "capacity_mw", Kind: kNum, Required: true, Unit: "MW", Desc: "limit from → to, in [0,100000] MW", Rule: "mw"},
		{Name: "reverse_mw", Kind: kNum, Unit: "MW", Desc: "limit to → from, in [0,100000] MW (optional; default capacity_mw)", Rule: "mw"},
		{Name: "for", Kind: kFrac, Unit: "fraction", Desc: "forced outage rate in [0,1), modelled exactly (never capped); with mttr_h it must leave a mean time to failure mttr × (1 − for) / for of at least 1 h (the outage model steps hourly), i.e. for ≤ mttr_h/(mttr_h+1) (optional; default 0 = never out)", Rule: "for"},
		{Name: "mttr_h", Kind: kNum, Unit: "h", Desc: "mean time to repair, in [1,87600] h; required when for > 0", Rule: "mttr_h"},
	}, srcCols)},
	{Name: "allocation", Desc: "how the grid operator shares a shortage between zones, for the shares policy (optional; one row per zone; a zone without a row gets the defaults below)", Columns: cat([]column{
		{Name: "zone", Kind: kID, Required: true, Desc: "zone code"},
		{Name: "share", Kind: kFrac, Unit: "fraction", Desc: "the zone's share of the supply its region (federal or kurdistan) pools, i.e. what the zones do not keep as credit below; fraction or %, in (0,1]; zones of a region without a share split what the given shares leave by population × climate_factor (by demand energy when populations are not given) (optional)", Rule: "fraction"},
		{Name: "local_credit", Kind: kFrac, Unit: "fraction", Desc: "fraction of the zone's own generation it keeps before the rest is pooled, in [0,1]: 1 for a governorate with no fixed quota (optional; default 0 = all pooled). Imports always count towards the zone they land in.", Rule: "fraction"},
		{Name: "emergency_frac", Kind: kFrac, Unit: "fraction", Desc: "fraction of the zone's demand on emergency feeders (hospitals, water, government), served first and never rotated, in [0,0.9] (optional; default 0)", Rule: "emergency_frac"},
		{Name: "intake_mw", Kind: kNum, Unit: "MW", Desc: "most the zone can take in over all its corridors together (an absorption limit of its substations), ≥ 0 (optional; default 0 = no limit beyond the corridors)", Rule: "demand_mw"},
	}, srcCols)},
	{Name: "hydro", Desc: "monthly water budgets of hydro units (optional)", Columns: cat([]column{
		{Name: "unit", Kind: kID, Required: true, Desc: "a units id"},
		{Name: "mean_mw", Kind: kNum, Unit: "MW", Desc: "mean output the budget was derived from, in [0,100000] MW (information; optional)", Rule: "mw"},
	}, monthCols("", kNum, "GWh", "energy the unit may produce in this month, in [0,75000] GWh", true, "gwh"), srcCols)},
	{Name: "climate", Desc: "monthly temperature normals per zone (optional; needed to synthesize demand)", Columns: cat([]column{
		{Name: "zone", Kind: kID, Required: true, Desc: "zone code"},
	}, monthCols("max_", kNum, "°C", "mean daily maximum", true, "temperature_c"), monthCols("min_", kNum, "°C", "mean daily minimum", true, "temperature_c"), srcCols)},
	{Name: "params", Desc: "named model parameters (optional; the embedded values apply to those not given)", Columns: cat([]column{
		{Name: "name", Kind: kID, Required: true, Desc: "parameter name: one the model reads (the README's parameter table lists them with unit and range); an unknown name is an error, and a figure the model does not read (td_loss, federal_peak_mw, ...) or a synthesis parameter next to a demand table may only repeat its embedded value"},
		{Name: "value", Kind: kNum, Required: true, Desc: "value, in the parameter's documented range", Rule: "param"},
		{Name: "unit", Kind: kText, Desc: "unit"},
	}, srcCols)},
	{Name: "sources", Desc: "publications and assumptions that the source columns point to (optional)", Columns: []column{
		{Name: "id", Kind: kID, Required: true, Desc: "S… for a publication, A… for an assumption"},
		{Name: "kind", Kind: kID, Required: true, Desc: "source or assumption"},
		{Name: "title", Kind: kText, Desc: "title or citation"},
		{Name: "publisher", Kind: kText, Desc: "publisher"},
		{Name: "date", Kind: kText, Desc: "date as published"},
		{Name: "url", Kind: kText, Desc: "address"},
		{Name: "note", Kind: kText, Desc: "for an assumption: its reasoning (required)"},
	}},
}

// spec returns the table spec by name.
func spec(name string) *tableSpec {
	for i := range specs {
		if specs[i].Name == name {
			return &specs[i]
		}
	}
	return nil
}

// Technologies is the list units.technology accepts.
var Technologies = []string{"ccgt", "ocgt", "steam", "hydro", "solar", "diesel", "wind", "nuclear", "other"}

// Regions is the list zones.region accepts.
var Regions = []string{"federal", "kurdistan"}

// reservedFuels are units.fuel values that are not gas pools.
var reservedFuels = []string{"oil", "water", "sun"}
