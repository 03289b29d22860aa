package imports

// A Scenario is a named, declarative change to the data tables: Iranian gas
// pools and electricity links cut or restored, demand scaled, plants and
// links added with the year they enter service. It may start from another
// scenario (Base) and add mitigations; applying it for a study year yields
// the tables Build turns into a grid.System. Every field is optional; the
// YAML keys are the snake_case names in the tags.
type Scenario struct {
	Name string `yaml:"name"`
	// Kind is "base" (a state of the Iranian supply), "mitigation" (adds
	// supply or cuts demand; combines with any base) or "" for user files.
	Kind        string `yaml:"kind,omitempty"`
	Description string `yaml:"description,omitempty"`
	// Sources are the ids (brief/sources table) the scenario's numbers rest on.
	Sources []string `yaml:"sources,omitempty"`
	// Base is a scenario (built-in name or YAML path) applied first.
	Base string `yaml:"base,omitempty"`
	// Mitigations are applied after this scenario's own changes, in order.
	Mitigations []string `yaml:"mitigations,omitempty"`

	// Exclude names mitigations ("all": every built-in one) whose parts
	// entering service after the dataset's base year are taken out of the
	// tables, so they count only when the scenario adds that mitigation.
	// The built-in base scenarios exclude all.
	Exclude []string `yaml:"exclude,omitempty"`

	Demand *DemandChange `yaml:"demand,omitempty"`
	Pools  []PoolChange  `yaml:"pools,omitempty"`
	Links  []LinkChange  `yaml:"links,omitempty"`
	Units  []UnitChange  `yaml:"units,omitempty"`
	Adjust *Adjust       `yaml:"adjust,omitempty"`

	AddUnits []NewUnit `yaml:"add_units,omitempty"`
	AddLinks []NewLink `yaml:"add_links,omitempty"`
	AddGas   []NewGas  `yaml:"add_gas,omitempty"`

	// file is the YAML file the scenario came from ("" for built-ins).
	file string
	// pos holds the line and column of each value path in that file, for
	// problems found when the scenario meets the tables.
	pos map[string]srcPos
	// then are extra layers applied last (see With).
	then []Scenario
}

// Match selects table rows; every field that is set must match (case-
// insensitive). An empty Match selects every row. Tag "iran" also matches a
// pool whose origin is iran and a link whose country is Iran.
type Match struct {
	ID         string `yaml:"id,omitempty"`
	Tag        string `yaml:"tag,omitempty"`
	Origin     string `yaml:"origin,omitempty"`     // pools
	Country    string `yaml:"country,omitempty"`    // links
	Zone       string `yaml:"zone,omitempty"`       // units, links; pools: pools that feed a unit in the zone
	Region     string `yaml:"region,omitempty"`     // as Zone, by the zone's region
	Technology string `yaml:"technology,omitempty"` // units
	Fuel       string `yaml:"fuel,omitempty"`       // units
}

// Years limits a change to study years From ≤ year < Until (0: open).
type Years struct {
	From  int `yaml:"from,omitempty"`
	Until int `yaml:"until,omitempty"`
}

func (y Years) covers(year int) bool {
	return (y.From == 0 || year >= y.From) && (y.Until == 0 || year < y.Until)
}

// DemandChange scales demand. Growth replaces the dataset's annual growth
// rate (parameter demand_growth) from its base year to the study year.
type DemandChange struct {
	Years   `yaml:",inline"`
	Growth  *float64           `yaml:"growth,omitempty"`
	Scale   *float64           `yaml:"scale,omitempty"`
	Zones   map[string]float64 `yaml:"zones,omitempty"`   // zone code → factor
	Regions map[string]float64 `yaml:"regions,omitempty"` // region → factor
}

// PoolChange sets or scales the delivered gas of the matched fuel pools:
// the pools' own gas, not supplies a scenario added to them with add_gas.
type PoolChange struct {
	Match `yaml:",inline"`
	Years `yaml:",inline"`
	// DeliveredMCMD sets each matched pool's delivered volume.
	DeliveredMCMD *float64 `yaml:"delivered_mcmd,omitempty"`
	// TotalMCMD shares one volume among the matched pools pro rata to their
	// contracted volume (delivered when none is contracted).
	TotalMCMD *float64 `yaml:"total_mcmd,omitempty"`
	Scale     *float64 `yaml:"scale,omitempty"`
	// Monthly multiplies the pool's monthly factors (12 values).
	Monthly []float64 `yaml:"monthly,omitempty"`
}

// LinkChange sets or scales the matched electricity links.
type LinkChange struct {
	Match      `yaml:",inline"`
	Years      `yaml:",inline"`
	CapacityMW *float64  `yaml:"capacity_mw,omitempty"`
	Scale      *float64  `yaml:"scale,omitempty"`
	Monthly    []float64 `yaml:"monthly,omitempty"`
	InService  *int      `yaml:"in_service,omitempty"`
	Retired    *int      `yaml:"retired,omitempty"`
}

// UnitChange sets or scales the matched generating units.
type UnitChange struct {
	Match      `yaml:",inline"`
	Years      `yaml:",inline"`
	CapacityMW *float64 `yaml:"capacity_mw,omitempty"`
	Scale      *float64 `yaml:"scale,omitempty"`
	FOR        *float64 `yaml:"for,omitempty"`
	InService  *int     `yaml:"in_service,omitempty"`
	Retired    *int     `yaml:"retired,omitempty"`
	// FuelPool moves the units to another fuel pool id.
	FuelPool *string `yaml:"fuel_pool,omitempty"`
}

// Adjust holds whole-system knobs (the sensitivity analysis uses them).
type Adjust struct {
	OutageScale       *float64 `yaml:"outage_scale,omitempty"`       // × forced outage rates
	TemperatureC      *float64 `yaml:"temperature_c,omitempty"`      // °C added to every hour (demand follows via demand_per_degc)
	HydroScale        *float64 `yaml:"hydro_scale,omitempty"`        // × hydro energy budgets
	AvailabilityScale *float64 `yaml:"availability_scale,omitempty"` // × unit available capacity (losses, derates)
}

// NewUnit adds a generating unit (or block of identical units). As for
// NewLink, a table row with the same id takes precedence.
type NewUnit struct {
	ID         string  `yaml:"id"`
	Name       string  `yaml:"name,omitempty"`
	Zone       string  `yaml:"zone"`
	Technology string  `yaml:"technology,omitempty"`
	Fuel       string  `yaml:"fuel,omitempty"` // a pool id, or oil, water, sun
	CapacityMW float64 `yaml:"capacity_mw"`
	Units      int     `yaml:"units,omitempty"`
	FOR        float64 `yaml:"for,omitempty"`
	MTTR       float64 `yaml:"mttr_h,omitempty"`
	// MaintenanceWeeks of planned outage per block and year, scheduled
	// outside June–September like the tables' units.
	MaintenanceWeeks float64  `yaml:"maintenance_weeks,omitempty"`
	Profile          string   `yaml:"profile,omitempty"`
	TempDerate       float64  `yaml:"temp_derate,omitempty"`
	MWPerMCMD        float64  `yaml:"mw_per_mcmd,omitempty"`
	InService        int      `yaml:"in_service,omitempty"`
	Retired          int      `yaml:"retired,omitempty"`
	Sources          []string `yaml:"sources,omitempty"`
}

// NewLink adds an electricity import link. When the tables already have a
// link with this id, that row is used as the tables give it (and brought
// back if a base scenario excluded it); this definition is the fallback.
type NewLink struct {
	ID         string    `yaml:"id"`
	Country    string    `yaml:"country"`
	Zone       string    `yaml:"zone"`
	CapacityMW float64   `yaml:"capacity_mw"`
	Monthly    []float64 `yaml:"monthly,omitempty"`
	FOR        float64   `yaml:"for,omitempty"`
	MTTR       float64   `yaml:"mttr_h,omitempty"`
	InService  int       `yaml:"in_service,omitempty"`
	Retired    int       `yaml:"retired,omitempty"`
	Tags       []string  `yaml:"tags,omitempty"`
	Sources    []string  `yaml:"sources,omitempty"`
}

// NewGas adds a gas supply. With Into empty it creates a pool named ID (for
// AddUnits to burn); otherwise its volume is added to the matched pools,
// shared pro rata to the MW of their units (in Into.Zone, if set).
type NewGas struct {
	ID        string   `yaml:"id"`
	Origin    string   `yaml:"origin"` // lng, domestic, ...
	MCMD      float64  `yaml:"mcmd"`
	Into      Match    `yaml:"into,omitempty"`
	InService int      `yaml:"in_service,omitempty"`
	Retired   int      `yaml:"retired,omitempty"`
	Sources   []string `yaml:"sources,omitempty"`
}

// inService reports whether something in service from in (0: always) and
// retired from out (0: never) exists in year.
func inService(in, out, year int) bool {
	return (in == 0 || year >= in) && (out == 0 || year < out)
}

// InServiceLabel summarises when a scenario's additions enter service, e.g.
// "2026 (500 MW), 2028 (1800 MW)"; "" when it adds nothing dated.
func (s Scenario) InServiceLabel() string {
	var parts []string
	for _, l := range s.AddLinks {
		parts = append(parts, fmtYear(l.InService)+" ("+fmtMW(l.CapacityMW)+" "+l.ID+")")
	}
	for _, u := range s.AddUnits {
		parts = append(parts, fmtYear(u.InService)+" ("+fmtMW(u.CapacityMW)+" "+u.ID+")")
	}
	for _, g := range s.AddGas {
		parts = append(parts, fmtYear(g.InService)+" ("+fmtNum(g.MCMD)+" mcm/d "+g.ID+")")
	}
	if s.Demand != nil && s.Demand.From > 0 {
		parts = append(parts, fmtYear(s.Demand.From)+" (demand)")
	}
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += ", "
		}
		out += p
	}
	return out
}
