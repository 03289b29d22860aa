package imports

import (
	"cmp"
	"fmt"
	"hash/fnv"
	"math"
	"slices"
	"strings"
	"time"

	"gridrisk/data"
	"gridrisk/grid"
)

// Supply categories units report under. The first eight are always present,
// in this order, so reports can rely on their indices; user data may add
// more (coal, nuclear, wind, other) after them.
const (
	SrcDomesticGas = "domestic gas"
	SrcIranianGas  = "iranian gas"
	SrcLNG         = "lng"
	SrcOil         = "oil"
	SrcHydro       = "hydro"
	SrcSolar       = "solar"
	SrcIranianElec = "iranian electricity"
	SrcOtherImport = "other imports"
)

var baseSources = []string{SrcDomesticGas, SrcIranianGas, SrcLNG, SrcOil, SrcHydro, SrcSolar, SrcIranianElec, SrcOtherImport}

// Parameter names read from the params table (all optional).
const (
	ParamBaseYear      = "base_year"            // year the demand table describes
	ParamDemandGrowth  = "demand_growth"        // fraction per year, e.g. 0.07
	ParamDemandPerDegC = "demand_per_degc"      // fractional demand change per °C of anomaly
	ParamAnomalySD     = "weather_anomaly_sd_c" // °C, or weather_anomaly_sd_c_01..12 by month
	ParamMWPerMCMD     = "mw_per_mcmd"          // default electric MW per mcm/d for pooled units without one
)

// Build turns the tables plus a scenario into the grid.System of one study
// year. Zones keep table order; units split into their identical units; links
// become units with an import source; demand grows from the dataset's base
// year. Every problem is a returned error naming the row and the rule.
func Build(ds *data.Dataset, sc Scenario, year int) (*grid.System, error) {
	b, err := build(ds, sc, year)
	if err != nil {
		return nil, err
	}
	return b.sys, nil
}

// built is a System plus what the indicators need to know about it.
type built struct {
	sys *grid.System
	w   *world
	// per grid unit: the Iranian gas volume (mcm/d) of its pool share, and
	// whether it is an Iranian link
	poolIranMCMD []float64 // per grid pool
	unitLink     []bool
	unitIranLink []bool
	growth       float64 // demand factor applied from the base year
	// start is the local time (Asia/Baghdad) of the first simulated hour:
	// see calendarStart.
	start time.Time
}

func build(ds *data.Dataset, sc Scenario, year int) (*built, error) {
	if ds == nil {
		return nil, fmt.Errorf("build: no dataset")
	}
	if len(ds.Zones) == 0 {
		return nil, fmt.Errorf("build: table zones is empty")
	}
	if ds.Demand == nil || len(ds.Demand.Values) == 0 {
		return nil, fmt.Errorf("build: table demand is missing or empty")
	}
	year = StudyYear(ds, year)
	if rule := data.StudyYearRule(year); rule != "" {
		return nil, fmt.Errorf("build: study year %s", rule)
	}
	ds, err := forYear(ds, year)
	if err != nil {
		return nil, err
	}
	layers, err := sc.layers()
	if err != nil {
		return nil, err
	}
	w := newWorld(ds, year)
	for _, l := range layers {
		if err := w.apply(l); err != nil {
			return nil, err
		}
	}
	b := &built{w: w, sys: &grid.System{}}
	if err := b.calendar(ds, year); err != nil {
		return nil, err
	}
	if err := b.zones(ds); err != nil {
		return nil, err
	}
	b.sys.Sources = append([]string{}, baseSources...)
	b.pools()
	if err := b.units(ds); err != nil {
		return nil, err
	}
	if err := b.links(); err != nil {
		return nil, err
	}
	if err := b.corridors(ds); err != nil {
		return nil, err
	}
	if err := b.allocate(ds); err != nil {
		return nil, err
	}
	b.sys.Weather = weather(ds)
	if v, ok := any(b.sys).(interface{ Validate() error }); ok {
		if err := v.Validate(); err != nil {
			return nil, fmt.Errorf("scenario %s, year %d: %w", sc.Name, year, err)
		}
	}
	return b, nil
}

// A dataset whose params give base_year B (the year its demand describes,
// from which demand_growth compounds) supports study years B − YearsBack to
// B + YearsAhead.
const YearsBack, YearsAhead = 1, 5

// supportedYears is the range of study years around ds's own year.
func supportedYears(ds *data.Dataset) (lo, hi int) {
	y := StudyYear(ds, 0)
	return y - YearsBack, y + YearsAhead
}

// StudyYear resolves year 0 to the dataset's base year (params base_year,
// else Dataset.Year), else 2001, a common year that starts on a Monday as
// the RTS-79 load model assumes.
func StudyYear(ds *data.Dataset, year int) int {
	if year != 0 {
		return year
	}
	if y, ok := param(ds, ParamBaseYear); ok {
		return int(y)
	}
	if ds.Year != 0 {
		return ds.Year
	}
	return 2001
}

// forYear re-synthesizes demand, temperature and solar profiles for the
// study year when the dataset synthesized them from climate normals for
// another year, so weekdays and leap days fall right. Growth is applied
// later. Tables given as data are used as they are.
func forYear(ds *data.Dataset, year int) (*data.Dataset, error) {
	if ds.Year == 0 || ds.Year == year || len(ds.Climate) == 0 {
		return ds, nil
	}
	c := *ds // shallow: Synthesize replaces Demand and Temperature
	if ds.Profiles != nil {
		solar := map[string]bool{}
		for _, u := range ds.Units {
			if u.Technology == "solar" {
				solar[u.Profile] = true
			}
		}
		p := *ds.Profiles
		p.Columns, p.Values = nil, nil
		for i, col := range ds.Profiles.Columns {
			if !solar[col] {
				p.Columns = append(p.Columns, col)
				p.Values = append(p.Values, ds.Profiles.Values[i])
			}
		}
		c.Profiles = &p
	}
	if err := data.Synthesize(&c, year); err != nil {
		return nil, fmt.Errorf("build: demand for %d: %w", year, err)
	}
	return &c, nil
}

// calendarStart is the local time of the study period's first hour: the
// hourly tables' first time stamp (data.Dataset.TableStart) with its year
// replaced by the study year, so a table stamped from 1 July is simulated
// as July of the study year (demand grows from the base year; the month,
// day and hour keep their place); 1 January 00:00 of the study year for
// hour-numbered or synthesized tables. 29 February in a common study year
// becomes 1 March.
func calendarStart(ds *data.Dataset, year int) time.Time {
	st := ds.TableStart()
	if st.IsZero() {
		return time.Date(year, 1, 1, 0, 0, 0, 0, data.Baghdad)
	}
	return time.Date(year, st.Month(), st.Day(), st.Hour(), st.Minute(), 0, 0, data.Baghdad)
}

// calendar labels each hour with the month and hour of day of its local
// time (Asia/Baghdad has no daylight saving) from calendarStart, for the
// demand table's length.
func (b *built) calendar(ds *data.Dataset, year int) error {
	n := len(ds.Demand.Values[0])
	if n == 0 {
		return fmt.Errorf("build: table demand has no rows")
	}
	s := b.sys
	s.Hours = n
	s.Month = make([]uint8, n)
	s.HourOfDay = make([]uint8, n)
	b.start = calendarStart(ds, year)
	for h := 0; h < n; h++ {
		t := b.start.Add(time.Duration(h) * time.Hour)
		s.Month[h] = uint8(t.Month() - 1)
		s.HourOfDay[h] = uint8(t.Hour())
	}
	return nil
}

func column(t *data.Hourly, code string) []float64 {
	if t == nil {
		return nil
	}
	for i, c := range t.Columns {
		if strings.EqualFold(strings.TrimSpace(c), code) {
			return t.Values[i]
		}
	}
	return nil
}

func (b *built) zones(ds *data.Dataset) error {
	w, s := b.w, b.sys
	growth := 1.0
	if baseYear, ok := param(ds, ParamBaseYear); ok && w.growth != 0 {
		growth = math.Pow(1+w.growth, float64(w.year)-baseYear)
	} else if w.growth != 0 {
		return fmt.Errorf("build: demand growth %.3g is set but table params has no %s (the year the demand table describes)", w.growth, ParamBaseYear)
	}
	b.growth = growth
	perDeg := paramOr(ds, 0, ParamDemandPerDegC)
	tempFactor := 1 + perDeg*w.tempC
	for i, z := range w.zones {
		d := column(ds.Demand, z.Code)
		if d == nil {
			return fmt.Errorf("build: table demand has no column for zone %s (row %d of zones)", z.Code, i+1)
		}
		if len(d) != s.Hours {
			return fmt.Errorf("build: table demand column %s has %d rows, want %d", z.Code, len(d), s.Hours)
		}
		f := growth * w.demandScale[i] * tempFactor
		if f < 0 {
			return fmt.Errorf("build: zone %s: demand factor %.3g is negative", z.Code, f)
		}
		dem := make([]float64, s.Hours)
		for h, v := range d {
			dem[h] = v * f
		}
		var temp []float64
		if tc := column(ds.Temperature, z.Code); tc != nil {
			if len(tc) < s.Hours {
				return fmt.Errorf("build: table temperature column %s has %d rows, want %d", z.Code, len(tc), s.Hours)
			}
			temp = make([]float64, s.Hours)
			for h := range temp {
				temp[h] = tc[h] + w.tempC
			}
		}
		s.Zones = append(s.Zones, grid.Zone{Code: z.Code, Name: z.Name, Demand: dem, Temperature: temp, DemandPerDegC: perDeg})
	}
	return nil
}

func (b *built) pools() {
	for j := range b.w.pools {
		p := &b.w.pools[j]
		if !inService(p.fuel.InService, p.fuel.Retired, b.w.year) {
			// The pool's own gas does not flow yet (or any more); gas added
			// by scenarios still does.
			p.comps[0].mcmd = 0
		}
		daily := p.volume()
		iran := 0.0
		var monthly []float64
		if daily > 0 {
			monthly = make([]float64, 12)
			for k, c := range p.comps {
				for m := 0; m < 12; m++ {
					monthly[m] += c.mcmd * c.monthly[m] / daily
				}
				if c.origin == "iran" || (k == 0 && isIranPool(p.fuel)) {
					iran += c.mcmd
				}
			}
		}
		b.sys.Pools = append(b.sys.Pools, grid.FuelPool{ID: p.fuel.ID, DailyMCMD: daily, Monthly: monthly})
		b.poolIranMCMD = append(b.poolIranMCMD, iran)
	}
}

// poolSource is the category a pool's units report under: the origin of
// its largest component this year (its declared origin when it is empty).
func (b *built) poolSource(j int) string {
	p := b.w.pools[j]
	origin, best := "", -1.0
	for k, c := range p.comps {
		o := c.origin
		if k == 0 && isIranPool(p.fuel) {
			o = "iran"
		}
		if c.mcmd > best {
			origin, best = o, c.mcmd
		}
	}
	if best <= 0 {
		origin = strings.ToLower(p.fuel.Origin)
		if isIranPool(p.fuel) {
			origin = "iran"
		}
	}
	switch origin {
	case "iran":
		return SrcIranianGas
	case "lng":
		return SrcLNG
	default:
		return SrcDomesticGas
	}
}

func (b *built) source(name string) int {
	for i, s := range b.sys.Sources {
		if s == name {
			return i
		}
	}
	b.sys.Sources = append(b.sys.Sources, name)
	return len(b.sys.Sources) - 1
}

// category maps an unpooled unit's fuel/technology to a supply category.
func category(fuel, tech string) string {
	f, t := strings.ToLower(strings.TrimSpace(fuel)), strings.ToLower(strings.TrimSpace(tech))
	switch f {
	case "oil", "hfo", "crude", "crude oil", "diesel", "fuel oil", "liquid", "gasoil", "heavy fuel oil":
		return SrcOil
	case "water", "hydro":
		return SrcHydro
	case "sun", "solar":
		return SrcSolar
	case "gas", "natural gas":
		return SrcDomesticGas
	case "":
		switch t {
		case "hydro":
			return SrcHydro
		case "solar", "pv":
			return SrcSolar
		case "diesel":
			return SrcOil
		case "":
			return "other"
		}
		return t
	}
	return f
}

// mttf converts a forced outage rate and repair time to a mean time to
// failure: MTTF = MTTR(1−FOR)/FOR; FOR = 0 never fails. Nothing is capped:
// data.OutageRule, checked where the tables and scenarios enter, keeps the
// result at 1 h or more, as the engine's hourly Markov model needs.
func mttf(forced, mttr float64) float64 {
	if forced <= 0 {
		return 0
	}
	return mttr * (1 - forced) / forced
}

// outage returns the forced outage rate of a row times the scenarios'
// adjust.outage_scale, and its MTTF, exactly. The tables were checked by
// data.OutageRule as they were read; the scaled rate is checked by the same
// rule here, where the scale meets the tables, and a breach names the
// scenario file, line and column of the scale.
func (b *built) outage(what string, forced, givenMTTF, mttr float64) (float64, float64, error) {
	if forced == 0 && givenMTTF > 0 && mttr > 0 {
		forced = mttr / (givenMTTF + mttr)
	}
	scaled := forced * b.w.outageScale
	if col, rule := data.OutageRule(scaled, mttr); rule != "" {
		if by := b.w.outageBy; by != nil && b.w.outageScale != 1 {
			return 0, 0, by.errAt("adjust.outage_scale", "%g makes the forced outage rate of %s %g × %g = %.4g, which breaks its rule (column %s: %s)",
				b.w.outageScale, what, forced, b.w.outageScale, scaled, col, rule)
		}
		return 0, 0, fmt.Errorf("build: %s: column %s: %s", what, col, rule)
	}
	return scaled, mttf(scaled, mttr), nil
}

func (b *built) units(ds *data.Dataset) error {
	w, s := b.w, b.sys
	profIdx := map[string]int{}
	var planned []maintBlock
	oil := b.source(SrcOil)
	defMW, hasDefMW := param(ds, ParamMWPerMCMD)
	for k, u := range w.units {
		if w.unitOff[k] || !inService(u.InService, u.Retired, w.year) {
			continue
		}
		what := "units " + u.ID
		zi, ok := w.zoneByCode(u.Zone)
		if !ok {
			return fmt.Errorf("build: %s: zone %q is not in the zones table", what, u.Zone)
		}
		if u.CapacityMW < 0 || math.IsNaN(u.CapacityMW) {
			return fmt.Errorf("build: %s: capacity_mw %.4g must be ≥ 0", what, u.CapacityMW)
		}
		capMW := u.CapacityMW * w.availScale
		if capMW == 0 {
			continue
		}
		n := max(u.Units, 1)
		_, unitMTTF, err := b.outage(what, u.FOR, u.MTTF, u.MTTR)
		if err != nil {
			return err
		}
		mh, err := maintHours(what, u.MaintenanceWeeks)
		if err != nil {
			return err
		}
		prof := -1
		if u.Profile != "" {
			if prof, err = b.profile(ds, u.Profile, w.zones[zi], profIdx); err != nil {
				return fmt.Errorf("build: %s: %v", what, err)
			}
		}
		pl := w.poolIndex(u.Fuel)
		src := -1
		mwPer := u.MWPerMCMD
		if pl >= 0 {
			src = b.source(b.poolSource(pl))
			if mwPer <= 0 {
				if !hasDefMW {
					return fmt.Errorf("build: %s: burns pool %s but mw_per_mcmd is not set (and params has no %s)", what, u.Fuel, ParamMWPerMCMD)
				}
				mwPer = defMW
			}
		} else {
			src = b.source(category(u.Fuel, u.Technology))
		}
		var hydro []float64
		if budget, ok := w.hydro[u.ID]; ok {
			hydro = make([]float64, 12)
			for m := range hydro {
				hydro[m] = budget[m] * 1000 * w.hydroScale / float64(n)
			}
		}
		for k := 1; k <= n; k++ {
			id := u.ID
			if n > 1 {
				id = fmt.Sprintf("%s#%d", u.ID, k)
			}
			s.Units = append(s.Units, grid.Unit{
				ID: id, Zone: zi, CapacityMW: capMW / float64(n),
				MTTF: unitMTTF, MTTR: u.MTTR, Profile: prof, TempDerate: u.TempDerate,
				Pool: pl, MWPerMCMD: mwPer, LiquidFactor: u.LiquidFactor, LiquidSource: oil,
				HydroBudgetMWh: hydro, Source: src,
			})
			if mh > 0 {
				planned = append(planned, maintBlock{unit: len(s.Units) - 1, zone: zi, mw: capMW / float64(n), hours: mh, key: unitKey(id)})
			}
			b.unitLink = append(b.unitLink, false)
			b.unitIranLink = append(b.unitIranLink, false)
		}
	}
	return scheduleMaintenance(s, planned, b.start)
}

// profile returns the System.Profiles index of a profiles-table column,
// adding it on first use. A "solar" profile absent from the tables is
// synthesized at the capital of the unit's zone by the model that fills
// the tables' missing solar columns (data.SolarProfile), one per zone.
func (b *built) profile(ds *data.Dataset, id string, zone data.Zone, idx map[string]int) (int, error) {
	vals := column(ds.Profiles, id)
	key := id
	synth := vals == nil && strings.EqualFold(id, "solar")
	if synth {
		key = id + "@" + zone.Code
	}
	if i, ok := idx[key]; ok {
		return i, nil
	}
	switch {
	case synth:
		var err error
		if vals, err = data.SolarProfile(ds, zone.Lat, zone.Lon, b.start, b.sys.Hours); err != nil {
			return 0, err
		}
	case vals == nil:
		return 0, fmt.Errorf("profile %q is not a column of table profiles", id)
	case len(vals) < b.sys.Hours:
		return 0, fmt.Errorf("profile %q has %d rows, want %d", id, len(vals), b.sys.Hours)
	default:
		vals = vals[:b.sys.Hours]
	}
	b.sys.Profiles = append(b.sys.Profiles, grid.Profile{ID: key, Values: vals})
	idx[key] = len(b.sys.Profiles) - 1
	return idx[key], nil
}

func (b *built) links() error {
	w, s := b.w, b.sys
	for k, l := range w.links {
		if w.linkOff[k] || !inService(l.InService, l.Retired, w.year) || l.CapacityMW == 0 {
			continue
		}
		what := "links " + l.ID
		if l.CapacityMW < 0 {
			return fmt.Errorf("build: %s: capacity_mw %.4g must be ≥ 0", what, l.CapacityMW)
		}
		zi, ok := w.zoneByCode(l.Zone)
		if !ok {
			return fmt.Errorf("build: %s: zone %q is not in the zones table", what, l.Zone)
		}
		_, linkMTTF, err := b.outage(what, l.FOR, 0, l.MTTR)
		if err != nil {
			return err
		}
		prof := -1
		if l.Monthly != ones12() {
			vals := make([]float64, s.Hours)
			for h := range vals {
				vals[h] = l.Monthly[s.Month[h]]
			}
			s.Profiles = append(s.Profiles, grid.Profile{ID: "link:" + l.ID, Values: vals})
			prof = len(s.Profiles) - 1
		}
		iran := isIranLink(l)
		src := b.source(SrcOtherImport)
		if iran {
			src = b.source(SrcIranianElec)
		}
		s.Units = append(s.Units, grid.Unit{ID: "link:" + l.ID, Zone: zi, CapacityMW: l.CapacityMW,
			MTTF: linkMTTF, MTTR: l.MTTR, Profile: prof, Pool: -1, LiquidSource: -1, Source: src})
		b.unitLink = append(b.unitLink, true)
		b.unitIranLink = append(b.unitIranLink, iran)
	}
	return nil
}

func (b *built) corridors(ds *data.Dataset) error {
	for i, c := range ds.Corridors {
		what := fmt.Sprintf("corridors row %d (%s→%s)", i+1, c.From, c.To)
		from, ok1 := b.w.zoneByCode(c.From)
		to, ok2 := b.w.zoneByCode(c.To)
		if !ok1 || !ok2 {
			return fmt.Errorf("build: %s: zone not in the zones table", what)
		}
		for _, mw := range []struct {
			col string
			x   float64
		}{{"capacity_mw", c.CapacityMW}, {"reverse_mw", c.ReverseMW}} {
			if rule := data.CheckRule(data.ColumnRule("corridors", mw.col), mw.x); rule != "" {
				return fmt.Errorf("build: %s: column %s: %s", what, mw.col, rule)
			}
		}
		// The tables' outage rule (corridor rates are not scaled by
		// adjust.outage_scale).
		if col, rule := data.OutageRule(c.FOR, c.MTTR); rule != "" {
			return fmt.Errorf("build: %s: column %s: %s", what, col, rule)
		}
		b.sys.Corridors = append(b.sys.Corridors, grid.Corridor{From: from, To: to,
			ForwardMW: c.CapacityMW, BackwardMW: c.ReverseMW, MTTF: mttf(c.FOR, c.MTTR), MTTR: c.MTTR})
	}
	return nil
}

// weather reads the per-month temperature anomaly SD: one value for every
// month (weather_anomaly_sd_c) or one per month (weather_anomaly_sd_c_01…12
// or anomaly_sd_jan…dec, as the embedded params name them).
func weather(ds *data.Dataset) grid.Weather {
	sd := make([]float64, 12)
	given := false
	if v, ok := param(ds, ParamAnomalySD); ok {
		for m := range sd {
			sd[m] = v
		}
		given = true
	}
	months := []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}
	for m := range sd {
		if v, ok := param(ds, fmt.Sprintf("%s_%02d", ParamAnomalySD, m+1), "anomaly_sd_"+months[m]); ok {
			sd[m] = v
			given = true
		}
	}
	if !given {
		return grid.Weather{}
	}
	return grid.Weather{AnomalySD: sd}
}

// Planned maintenance (brief gap 6; the embedded weeks are assumption A46).
// Each identical unit with maintenance_weeks is taken out once a calendar
// year for one block of weeks × 168 hours. A block never touches
// June–September, the summer peak. It goes in spring (Mar–May) or autumn
// (Oct–Nov) when it fits there, and reaches into December–February only
// when it does not, because December–January carries Iraq's second, winter
// peak. Blocks are placed largest first (equal ones in the order of a hash
// of the unit id, so a station's units interleave with other stations'
// rather than queue together), each on the days where the MW already out,
// nationally plus in its own zone, is least: a levelling rule that keeps
// the capacity out at any hour near the average and spreads the units of a
// station and a zone apart. Days are those of each calendar year the demand
// table covers: a shorter table keeps the part of each block inside it.

// maintBlock is one unit's yearly maintenance, to be placed.
type maintBlock struct {
	unit, zone int     // System.Units and System.Zones indices
	mw         float64 // capacity out during the block
	hours      int
	key        uint32 // hash of the unit id: a stable order among equal blocks
}

// maintHours converts maintenance_weeks to whole hours of one block,
// under the tables' rule (data.MaintenanceRule).
func maintHours(what string, weeks float64) (int, error) {
	if rule := data.MaintenanceRule(weeks); rule != "" {
		return 0, fmt.Errorf("build: %s: column maintenance_weeks: %s", what, rule)
	}
	return int(math.Round(weeks * 168)), nil
}

func unitKey(id string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(id))
	return h.Sum32()
}

// summerMonth: no planned maintenance (the summer peak).
func summerMonth(m time.Month) bool { return m >= time.June && m <= time.September }

// winterMonth: maintenance only when spring and autumn cannot hold a block
// (December–January is the winter peak; February is taken with them so that
// the spring and autumn seasons come first).
func winterMonth(m time.Month) bool { return m == time.December || m <= time.February }

// scheduleMaintenance sets System.Units[].Maintenance for each block, for
// every calendar year the study period, from start, reaches; a period that
// starts or ends inside a year keeps the part of each block inside it.
func scheduleMaintenance(s *grid.System, blocks []maintBlock, start time.Time) error {
	if len(blocks) == 0 {
		return nil
	}
	slices.SortFunc(blocks, func(a, b maintBlock) int {
		return cmp.Or(cmp.Compare(b.mw, a.mw), cmp.Compare(b.hours, a.hours), cmp.Compare(a.key, b.key),
			strings.Compare(s.Units[a.unit].ID, s.Units[b.unit].ID))
	})
	for y := start.Year(); ; y++ {
		off := int(time.Date(y, 1, 1, 0, 0, 0, 0, start.Location()).Sub(start).Hours()) // ≤ 0 for the first year
		if off >= s.Hours {
			return nil
		}
		wins, err := yearMaintenance(s, blocks, y)
		if err != nil {
			return err
		}
		for i, b := range blocks {
			u := &s.Units[b.unit]
			for _, w := range wins[i] {
				w.Start, w.End = max(w.Start+off, 0), min(w.End+off, s.Hours)
				if w.Start < w.End {
					u.Maintenance = append(u.Maintenance, w)
				}
			}
		}
	}
}

// yearMaintenance places the blocks on the days of one calendar year and
// returns each block's windows in hours from 1 January of that year. The
// allowed days (October to May) are contiguous across the year's end, so a
// block may wrap from December into January of the same modelled year.
func yearMaintenance(s *grid.System, blocks []maintBlock, year int) ([][]grid.Window, error) {
	jan1 := time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC)
	nd := int(jan1.AddDate(1, 0, 0).Sub(jan1).Hours()) / 24
	allowed, winter := make([]bool, nd), make([]bool, nd)
	nAllowed := 0
	for d := range nd {
		m := jan1.AddDate(0, 0, d).Month()
		allowed[d], winter[d] = !summerMonth(m), winterMonth(m)
		if allowed[d] {
			nAllowed++
		}
	}
	national := make([]float64, nd)
	zonal := make([][]float64, len(s.Zones))
	out := make([][]grid.Window, len(blocks))
	for i, b := range blocks {
		days := (b.hours + 23) / 24
		if days > nAllowed {
			return nil, fmt.Errorf("build: units %s: maintenance_weeks %.4g does not fit in the %.4g weeks of %d outside June–September",
				s.Units[b.unit].ID, float64(b.hours)/168, float64(nAllowed)/7, year)
		}
		if zonal[b.zone] == nil {
			zonal[b.zone] = make([]float64, nd)
		}
		zone := zonal[b.zone]
		best, bestWinter, bestCost := -1, 0, 0.0
		for start := range nd {
			inWinter, natMax, zoneMax, fits := 0, 0.0, 0.0, true
			for k := range days {
				d := (start + k) % nd
				if !allowed[d] {
					fits = false
					break
				}
				if winter[d] {
					inWinter++
				}
				natMax, zoneMax = max(natMax, national[d]), max(zoneMax, zone[d])
			}
			if !fits {
				continue
			}
			cost := natMax + zoneMax
			if best < 0 || inWinter < bestWinter || (inWinter == bestWinter && cost < bestCost) {
				best, bestWinter, bestCost = start, inWinter, cost
			}
		}
		for k := range days {
			d := (best + k) % nd
			national[d] += b.mw
			zone[d] += b.mw
		}
		h0, yearEnd := best*24, nd*24
		if end := h0 + b.hours; end <= yearEnd {
			out[i] = []grid.Window{{Start: h0, End: end}}
		} else {
			out[i] = []grid.Window{{Start: 0, End: end - yearEnd}, {Start: h0, End: yearEnd}}
		}
	}
	return out, nil
}
