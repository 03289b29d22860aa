package imports

import (
	"fmt"
	"slices"
	"strings"

	"gridrisk/data"
)

// world is a working copy of the tables for one study year, with the gas
// pools split into components: comps[0] is the pool's own gas (the table
// row), later ones are supplies added by scenarios (an FSRU's LNG added to a
// pool that also carries Iranian gas stays attributable, and a cut of the
// Iranian gas leaves the LNG alone).
type world struct {
	year        int
	zones       []data.Zone
	zoneIdx     map[string]int
	demandScale []float64 // per zone
	growth      float64
	baseYear    int
	units       []data.Unit
	unitOff     []bool // excluded by a base scenario (see Scenario.Exclude)
	pools       []pool
	links       []data.Link
	linkOff     []bool
	hydro       map[string][12]float64 // unit id → GWh per month
	outageScale float64
	outageBy    *Scenario       // the last layer that set adjust.outage_scale
	gasIDs      map[string]bool // pools add_gas creates, in any year (lower case)
	tempC       float64
	hydroScale  float64
	availScale  float64
}

type pool struct {
	fuel  data.Fuel
	comps []component
}

// component is one origin's share of a pool's gas.
type component struct {
	id, origin string
	mcmd       float64
	monthly    [12]float64
}

func (p pool) volume() float64 {
	v := 0.0
	for _, c := range p.comps {
		v += c.mcmd
	}
	return v
}

func ones12() [12]float64 {
	var m [12]float64
	for i := range m {
		m[i] = 1
	}
	return m
}

// monthlyOrOnes treats an all-zero monthly table as "no monthly variation".
func monthlyOrOnes(m [12]float64) [12]float64 {
	for _, v := range m {
		if v != 0 {
			return m
		}
	}
	return ones12()
}

func isIranPool(f data.Fuel) bool {
	return strings.EqualFold(f.Origin, "iran") || hasTag(f.Tags, "iran")
}

func isIranLink(l data.Link) bool {
	return strings.EqualFold(l.Country, "iran") || hasTag(l.Tags, "iran")
}

func hasTag(tags []string, t string) bool {
	for _, x := range tags {
		if strings.EqualFold(strings.TrimSpace(x), t) {
			return true
		}
	}
	return false
}

func newWorld(ds *data.Dataset, year int) *world {
	w := &world{
		year: year, zoneIdx: map[string]int{},
		outageScale: 1, hydroScale: 1, availScale: 1,
		growth: paramOr(ds, 0, "demand_growth"),
		hydro:  map[string][12]float64{}, gasIDs: map[string]bool{},
	}
	w.zones = slices.Clone(ds.Zones)
	w.demandScale = make([]float64, len(ds.Zones))
	for i, z := range ds.Zones {
		w.zoneIdx[z.Code] = i
		w.demandScale[i] = 1
	}
	w.units = slices.Clone(ds.Units)
	w.unitOff = make([]bool, len(w.units))
	if y, ok := param(ds, ParamBaseYear); ok {
		w.baseYear = int(y)
	}
	for _, f := range ds.Fuels {
		w.pools = append(w.pools, pool{fuel: f, comps: []component{{
			id: f.ID, origin: strings.ToLower(f.Origin), mcmd: f.Delivered, monthly: monthlyOrOnes(f.Monthly),
		}}})
	}
	for _, l := range ds.Links {
		l.Monthly = monthlyOrOnes(l.Monthly)
		w.links = append(w.links, l)
	}
	w.linkOff = make([]bool, len(w.links))
	for _, h := range ds.Hydro {
		w.hydro[h.Unit] = h.BudgetGWh
	}
	return w
}

// apply runs one scenario layer's changes for w.year.
func (w *world) apply(s *Scenario) error {
	where := "scenario " + s.Name
	if err := w.exclude(s.Exclude, where); err != nil {
		return err
	}
	if err := w.selects(s); err != nil {
		return err
	}
	for i, c := range s.Units {
		if !c.covers(w.year) {
			continue
		}
		for j := range w.units {
			u := &w.units[j]
			if !w.matchUnit(c.Match, *u) {
				continue
			}
			if c.CapacityMW != nil {
				u.CapacityMW = *c.CapacityMW
			}
			if c.Scale != nil {
				u.CapacityMW *= *c.Scale
			}
			if c.FOR != nil {
				if _, rule := data.OutageRule(*c.FOR, u.MTTR); rule != "" {
					return s.errAt(fmt.Sprintf("units[%d].for", i), "unit %s (mttr_h %g): %s", u.ID, u.MTTR, rule)
				}
				u.FOR, u.MTTF = *c.FOR, 0
			}
			if c.InService != nil {
				u.InService = *c.InService
			}
			if c.Retired != nil {
				u.Retired = *c.Retired
			}
			if c.FuelPool != nil {
				if _, water := w.hydro[u.ID]; water {
					return s.errAt(fmt.Sprintf("units[%d].fuel_pool", i), "unit %s has a water budget (hydro table): a hydro unit cannot burn gas", u.ID)
				}
				if w.poolIndex(*c.FuelPool) < 0 {
					return fmt.Errorf("%s: units[%d]: fuel_pool %q is not a fuel pool", where, i, *c.FuelPool)
				}
				u.Fuel = *c.FuelPool
			}
		}
	}
	for _, c := range s.Pools {
		if !c.covers(w.year) {
			continue
		}
		var hit []int
		for j := range w.pools {
			if w.matchPool(c.Match, w.pools[j].fuel) {
				hit = append(hit, j)
			}
		}
		if c.TotalMCMD != nil {
			w.shareTotal(hit, *c.TotalMCMD)
		}
		for _, j := range hit {
			p := &w.pools[j]
			// Changes act on the pool's own gas (comps[0]); supplies
			// added by add_gas (LNG, flare gas) keep their own volume.
			own := &p.comps[0]
			if c.DeliveredMCMD != nil {
				own.mcmd = *c.DeliveredMCMD
			}
			if c.Scale != nil {
				own.mcmd *= *c.Scale
			}
			for m := 0; m < len(c.Monthly) && m < 12; m++ {
				own.monthly[m] *= c.Monthly[m]
			}
		}
	}
	for _, c := range s.Links {
		if !c.covers(w.year) {
			continue
		}
		for j := range w.links {
			l := &w.links[j]
			if !w.matchLink(c.Match, *l) {
				continue
			}
			if c.CapacityMW != nil {
				l.CapacityMW = *c.CapacityMW
			}
			if c.Scale != nil {
				l.CapacityMW *= *c.Scale
			}
			for m := 0; m < len(c.Monthly) && m < 12; m++ {
				l.Monthly[m] *= c.Monthly[m]
			}
			if c.InService != nil {
				l.InService = *c.InService
			}
			if c.Retired != nil {
				l.Retired = *c.Retired
			}
		}
	}
	if d := s.Demand; d != nil && d.covers(w.year) {
		if d.Growth != nil {
			w.growth = *d.Growth
		}
		for i, z := range w.zones {
			f := 1.0
			if d.Scale != nil {
				f *= *d.Scale
			}
			if v, ok := lookupFold(d.Zones, z.Code); ok {
				f *= v
			}
			if v, ok := lookupFold(d.Regions, z.Region); ok {
				f *= v
			}
			w.demandScale[i] *= f
		}
		for code := range d.Zones {
			if _, ok := w.zoneByCode(code); !ok {
				return s.errAt("demand.zones."+code, "zone %q is not in the zones table", code)
			}
		}
	}
	if a := s.Adjust; a != nil {
		if a.OutageScale != nil {
			w.outageScale *= *a.OutageScale
			w.outageBy = s
		}
		if a.TemperatureC != nil {
			w.tempC += *a.TemperatureC
		}
		if a.HydroScale != nil {
			w.hydroScale *= *a.HydroScale
		}
		if a.AvailabilityScale != nil {
			w.availScale *= *a.AvailabilityScale
		}
	}
	return w.add(s, where)
}

// selects checks that each selector of a scenario file (units, pools,
// links, demand.regions) matches at least one row of the tables, in any
// year: a typo ("zone: IQ-XX", "tag: irna") would otherwise change nothing,
// silently. Built-in scenarios are exempt: they also run on user tables
// that have, say, no Iranian gas.
func (w *world) selects(s *Scenario) error {
	if s.file == "" {
		return nil
	}
	for i, c := range s.Units {
		if !slices.ContainsFunc(w.units, func(u data.Unit) bool { return w.matchUnit(c.Match, u) }) {
			return s.errAt(fmt.Sprintf("units[%d]", i), "selects no unit of the tables (%s)", describeMatch(c.Match))
		}
	}
	for i, c := range s.Pools {
		if !slices.ContainsFunc(w.pools, func(p pool) bool { return w.matchPool(c.Match, p.fuel) }) {
			return s.errAt(fmt.Sprintf("pools[%d]", i), "selects no fuel pool of the tables (%s)", describeMatch(c.Match))
		}
	}
	for i, c := range s.Links {
		if !slices.ContainsFunc(w.links, func(l data.Link) bool { return w.matchLink(c.Match, l) }) {
			return s.errAt(fmt.Sprintf("links[%d]", i), "selects no link of the tables (%s)", describeMatch(c.Match))
		}
	}
	if d := s.Demand; d != nil {
		for r := range d.Regions {
			if !slices.ContainsFunc(w.zones, func(z data.Zone) bool { return strings.EqualFold(z.Region, r) }) {
				return s.errAt("demand.regions."+r, "no zone of the tables is in region %q", r)
			}
		}
	}
	return nil
}

func (w *world) add(s *Scenario, where string) error {
	for _, g := range s.AddGas {
		w.gasIDs[strings.ToLower(g.ID)] = true
	}
	for i, g := range s.AddGas {
		if !inService(g.InService, g.Retired, w.year) {
			continue
		}
		c := component{id: g.ID, origin: strings.ToLower(g.Origin), mcmd: g.MCMD, monthly: ones12()}
		if g.Into == (Match{}) {
			if j := w.poolIndex(g.ID); j >= 0 {
				w.pools[j].comps = append(w.pools[j].comps, c)
				continue
			}
			w.pools = append(w.pools, pool{fuel: data.Fuel{ID: g.ID, Name: g.ID, Origin: g.Origin, Delivered: g.MCMD, Source: strings.Join(g.Sources, ";")}, comps: []component{c}})
			continue
		}
		if err := w.addInto(g.Into, c); err != nil {
			return fmt.Errorf("%s: add_gas[%d] %s: %v", where, i, g.ID, err)
		}
	}
	for i, n := range s.AddLinks {
		if _, ok := w.zoneByCode(n.Zone); !ok {
			return s.errAt(fmt.Sprintf("add_links[%d].zone", i), "link %s: zone %q is not in the zones table", n.ID, n.Zone)
		}
		l := data.Link{ID: n.ID, Country: n.Country, Zone: n.Zone, CapacityMW: n.CapacityMW,
			FOR: n.FOR, MTTR: n.MTTR, InService: n.InService, Retired: n.Retired, Tags: n.Tags,
			Source: strings.Join(n.Sources, ";"), Monthly: ones12()}
		if len(n.Monthly) == 12 {
			copy(l.Monthly[:], n.Monthly)
		}
		if j := slices.IndexFunc(w.links, func(x data.Link) bool { return strings.EqualFold(x.ID, n.ID) }); j >= 0 {
			w.linkOff[j] = false // the table's row is authoritative
		} else {
			w.links = append(w.links, l)
			w.linkOff = append(w.linkOff, false)
		}
	}
	for i, n := range s.AddUnits {
		if _, ok := w.zoneByCode(n.Zone); !ok {
			return s.errAt(fmt.Sprintf("add_units[%d].zone", i), "unit %s: zone %q is not in the zones table", n.ID, n.Zone)
		}
		// A unit on a pool that does not exist would run without a fuel
		// limit: the tables' rule for units.fuel.
		if f := n.Fuel; f != "" && !data.ReservedFuel(f) && w.poolIndex(f) < 0 {
			path := fmt.Sprintf("add_units[%d].fuel", i)
			switch {
			case !w.gasIDs[strings.ToLower(f)]:
				return s.errAt(path, "fuel pool %q is neither in the fuels table nor created by an add_gas (or use oil, water, sun)", f)
			case inService(n.InService, n.Retired, w.year):
				return s.errAt(path, "fuel pool %q delivers no gas in %d (its add_gas is not in service) while unit %s is: it would run without a fuel limit", f, w.year, n.ID)
			}
		}
		u := data.Unit{ID: n.ID, Name: n.Name, Zone: n.Zone, Technology: n.Technology, Fuel: n.Fuel,
			NameplateMW: n.CapacityMW, CapacityMW: n.CapacityMW, Units: n.Units, FOR: n.FOR, MTTR: n.MTTR,
			MaintenanceWeeks: n.MaintenanceWeeks, Profile: n.Profile, TempDerate: n.TempDerate, MWPerMCMD: n.MWPerMCMD,
			InService: n.InService, Retired: n.Retired, Source: strings.Join(n.Sources, ";")}
		if j := slices.IndexFunc(w.units, func(x data.Unit) bool { return strings.EqualFold(x.ID, n.ID) }); j >= 0 {
			w.unitOff[j] = false // the table's row is authoritative
		} else {
			w.units = append(w.units, u)
			w.unitOff = append(w.unitOff, false)
		}
	}
	return nil
}

// exclude takes out of the tables the rows the named mitigations provide
// (by id) that enter service after the base year: planned links and plants
// count only in scenarios that add the mitigation.
func (w *world) exclude(names []string, where string) error {
	var ms []Scenario
	for _, n := range names {
		if strings.EqualFold(n, "all") {
			ms = append(ms, Mitigations()...)
			continue
		}
		m, err := lookupBuiltin(n)
		if err != nil || m.Kind != "mitigation" {
			return fmt.Errorf("%s: exclude: %q is not a built-in mitigation", where, n)
		}
		ms = append(ms, m)
	}
	planned := func(in int) bool { return in > w.baseYear }
	for _, m := range ms {
		for _, n := range m.AddLinks {
			for j, l := range w.links {
				if strings.EqualFold(l.ID, n.ID) && planned(l.InService) {
					w.linkOff[j] = true
				}
			}
		}
		for _, n := range m.AddUnits {
			for j, u := range w.units {
				if strings.EqualFold(u.ID, n.ID) && planned(u.InService) {
					w.unitOff[j] = true
				}
			}
		}
	}
	return nil
}

// addInto adds a gas component to the pools Into selects, shared pro rata
// to the MW of their units (in Into.Zone/Region when set).
func (w *world) addInto(into Match, c component) error {
	poolMatch := into
	poolMatch.Zone, poolMatch.Region = "", ""
	weight := make([]float64, len(w.pools))
	total := 0.0
	for j := range w.pools {
		if !w.matchPool(poolMatch, w.pools[j].fuel) {
			continue
		}
		for k, u := range w.units {
			if !strings.EqualFold(u.Fuel, w.pools[j].fuel.ID) || w.unitOff[k] || !inService(u.InService, u.Retired, w.year) {
				continue
			}
			if into.Zone != "" && !strings.EqualFold(u.Zone, into.Zone) {
				continue
			}
			if into.Region != "" && !strings.EqualFold(w.regionOf(u.Zone), into.Region) {
				continue
			}
			weight[j] += u.CapacityMW
			total += u.CapacityMW
		}
	}
	if total == 0 {
		return fmt.Errorf("no fuel pool matching %s feeds a unit in service in %d", describeMatch(into), w.year)
	}
	for j, wt := range weight {
		if wt > 0 {
			cc := c
			cc.mcmd = c.mcmd * wt / total
			w.pools[j].comps = append(w.pools[j].comps, cc)
		}
	}
	return nil
}

// shareTotal sets the matched pools' volumes to share total pro rata to
// their contracted (else delivered, else equal) volumes.
func (w *world) shareTotal(hit []int, total float64) {
	weights := make([]float64, len(hit))
	sum := 0.0
	for k, j := range hit {
		weights[k] = w.pools[j].fuel.Contracted
		sum += weights[k]
	}
	if sum == 0 {
		for k, j := range hit {
			weights[k] = w.pools[j].comps[0].mcmd
			sum += weights[k]
		}
	}
	for k, j := range hit {
		share := 1 / float64(len(hit))
		if sum > 0 {
			share = weights[k] / sum
		}
		w.pools[j].comps[0].mcmd = total * share
	}
}

func describeMatch(m Match) string {
	var parts []string
	add := func(k, v string) {
		if v != "" {
			parts = append(parts, k+"="+v)
		}
	}
	add("id", m.ID)
	add("tag", m.Tag)
	add("origin", m.Origin)
	add("country", m.Country)
	add("zone", m.Zone)
	add("region", m.Region)
	add("technology", m.Technology)
	add("fuel", m.Fuel)
	if len(parts) == 0 {
		return "(all)"
	}
	return strings.Join(parts, ",")
}

func eq(a, b string) bool { return a == "" || strings.EqualFold(a, b) }

func (w *world) zoneByCode(code string) (int, bool) {
	for i, z := range w.zones {
		if strings.EqualFold(z.Code, code) {
			return i, true
		}
	}
	return -1, false
}

func (w *world) regionOf(code string) string {
	if i, ok := w.zoneByCode(code); ok {
		return w.zones[i].Region
	}
	return ""
}

func (w *world) poolIndex(id string) int {
	for j, p := range w.pools {
		if strings.EqualFold(p.fuel.ID, id) {
			return j
		}
	}
	return -1
}

func (w *world) matchUnit(m Match, u data.Unit) bool {
	return eq(m.ID, u.ID) && eq(m.Zone, u.Zone) && eq(m.Region, w.regionOf(u.Zone)) &&
		eq(m.Technology, u.Technology) && eq(m.Fuel, u.Fuel) &&
		(m.Tag == "" || w.unitHasTag(u, m.Tag)) &&
		(m.Origin == "" || w.unitOrigin(u, m.Origin))
}

// unitHasTag: a unit carries the tags of its fuel pool.
func (w *world) unitHasTag(u data.Unit, tag string) bool {
	j := w.poolIndex(u.Fuel)
	return j >= 0 && poolHasTag(w.pools[j].fuel, tag)
}

func (w *world) unitOrigin(u data.Unit, origin string) bool {
	j := w.poolIndex(u.Fuel)
	return j >= 0 && strings.EqualFold(w.pools[j].fuel.Origin, origin)
}

func poolHasTag(f data.Fuel, tag string) bool {
	return hasTag(f.Tags, tag) || (strings.EqualFold(tag, "iran") && isIranPool(f))
}

func (w *world) matchPool(m Match, f data.Fuel) bool {
	if !eq(m.ID, f.ID) || !eq(m.Origin, f.Origin) || (m.Tag != "" && !poolHasTag(f, m.Tag)) {
		return false
	}
	if m.Zone == "" && m.Region == "" {
		return true
	}
	for _, u := range w.units {
		if strings.EqualFold(u.Fuel, f.ID) && eq(m.Zone, u.Zone) && eq(m.Region, w.regionOf(u.Zone)) {
			return true
		}
	}
	return false
}

func (w *world) matchLink(m Match, l data.Link) bool {
	tagOK := m.Tag == "" || hasTag(l.Tags, m.Tag) || (strings.EqualFold(m.Tag, "iran") && isIranLink(l))
	return tagOK && eq(m.ID, l.ID) && eq(m.Country, l.Country) && eq(m.Zone, l.Zone) && eq(m.Region, w.regionOf(l.Zone))
}

func lookupFold(m map[string]float64, key string) (float64, bool) {
	for k, v := range m {
		if strings.EqualFold(k, key) {
			return v, true
		}
	}
	return 0, false
}

// paramOr returns the first of names found in ds.Params, else def.
func paramOr(ds *data.Dataset, def float64, names ...string) float64 {
	if v, ok := param(ds, names...); ok {
		return v
	}
	return def
}

func param(ds *data.Dataset, names ...string) (float64, bool) {
	for _, n := range names {
		for _, p := range ds.Params {
			if strings.EqualFold(p.Name, n) {
				return p.Value, true
			}
		}
	}
	// Without base_year, hourly tables with a time column describe the
	// year they are stamped with (data check holds the two equal when both
	// are given): the study year defaults to it and demand grows from it.
	for _, n := range names {
		if y := ds.TableYear(); strings.EqualFold(n, ParamBaseYear) && y != 0 {
			return float64(y), true
		}
	}
	return 0, false
}
