package grid

import (
	"cmp"
	"fmt"
	"slices"
)

// model is everything about a System that does not depend on the sample,
// computed once per Assess: flat hour-major arrays, capacity groups, pool
// burn orders, corridor topology, calendar counts, peak hours.
type model struct {
	sys           *System
	H, Z, S, C, G int

	demand []float64 // [h*Z+z] base demand (before weather)
	emerg  []float64 // [z] Zone.EmergencyFrac
	temp   []float64 // [h*Z+z] temperature, or nil when no zone has one
	month  []uint8
	hod    []uint8
	sysDem []float64 // [h] Σ zones base demand

	// Capacity groups: units sharing zone, profile, derate and source add
	// up into one running capacity updated only at outage events. Units in
	// pools or with hydro budgets get a group of their own.
	groups    []group
	unitGroup []int
	unitOut   []outage
	unitKey   []uint64
	unitMaint [][]Window // sorted, merged
	corrOut   []outage
	corrKey   []uint64
	weatherK  uint64

	dclasses   []dclass
	poolBurn   [][]poolUnit  // per pool: its units, most efficient first
	poolRate   [][12]float64 // mcm/d by pool and month
	hydro      []int         // unit indices with budgets
	hydroGroup []int         // and their groups
	hydroTwin  []bool        // each hydro unit alike the one before it (hydroRun)

	// The groups by what the hour loop does with them (the bulk: hydro and
	// pool units, their available MW only): own groups without a profile
	// or derate (ownPlain, by group: their MW changes only at outage
	// edges, where it is set), own groups without a profile but derated
	// (every hour), and the rest, in group order.
	ownPlain           []bool
	gOwnDerated, gRest []int32

	comp  []int // static connected component of each zone (corridors with capacity)
	nComp int
	// An hour's supply by zone and source is kept compact, one slot per
	// source that can supply the zone (its groups', pool units' liquid
	// fallbacks and hydro units'; the others are always 0): zone z's are
	// slots slotStart[z] to slotStart[z+1], sources ascending, nSlots in
	// all (a quarter of zones × sources on the embedded model).
	slotStart  []int
	nSlots     int
	slotZone   []int32 // each slot's zone
	slotSource []int32 // and source

	// simple: one zone, constant groups (one per source), no pools or
	// hydro: the hour loop is a prefix sum per group and a compare.
	simple bool

	nDays    int
	dayMonth []uint8 // month of each day's first hour
	// dayDem is each day's base demand energy by zone, split by the month
	// of each hour, [(d*2+k)*Z+z]: k=0 the day's first month, k=1 any hours
	// in a second one (dayMonth2), so a sample's weather multiplies sums.
	dayDem     []float64
	dayMonth2  []uint8
	dayPeak    [][]int // [entity][day] hour of the day's peak base demand
	monthHours [12]float64
	monthDays  [12]float64
	mhCount    [12][24]float64 // hours per (month, hour of day)
	peakHour   []int           // [entity] hour of peak base demand
	weekStart  int
	weekLen    int
	monthDem   [][12]float64 // [zone] base demand energy per month (MWh)
	runs       []Window      // maximal runs of hours with the same month label
	runFrac    []float64     // run hours / that month's hours (hydro budget share)
}

type group struct {
	zone, profile, source int
	derate                float64
	capMW                 float64 // Σ capacity of member units
	unit                  int     // the unit, for hydro groups (one unit each), else -1
	dclass                int     // index in model.dclasses, or -1 without derate
	// own marks a group dispatched on its own (pool or hydro): its
	// available MW goes to the worker's gAv, not straight to supply.
	own  bool
	slot int // (zone, source)'s compact index
}

// dclass is a (zone, derate coefficient) pair: its factor is computed once
// per hour and shared by all groups in it.
type dclass struct {
	zone   int
	derate float64
}

// rotated is the part of zone z's unserved MW u, at demand dem, that falls
// on rotated feeders: emergency feeders are served first, so
// min(u, (1 − EmergencyFrac) × dem).
func (m *model) rotated(z int, u, dem float64) float64 {
	if u <= 0 {
		return 0
	}
	f := m.emerg[z]
	if f == 0 {
		return u
	}
	return min(u, (1-f)*dem)
}

func newModel(sys *System) (*model, error) {
	if err := sys.Validate(); err != nil {
		return nil, err
	}
	m := &model{sys: sys, H: sys.Hours, Z: len(sys.Zones), S: max(1, len(sys.Sources)), C: len(sys.Corridors)}
	H, Z := m.H, m.Z
	m.month, m.hod = sys.Month, sys.HourOfDay
	m.demand = make([]float64, H*Z)
	m.sysDem = make([]float64, H)
	anyTemp := false
	m.emerg = make([]float64, Z)
	for z, zn := range sys.Zones {
		m.emerg[z] = zn.EmergencyFrac
		for h, d := range zn.Demand {
			m.demand[h*Z+z] = d
			m.sysDem[h] += d
		}
		if zn.Temperature != nil {
			anyTemp = true
		}
	}
	if anyTemp {
		m.temp = make([]float64, H*Z)
		for z, zn := range sys.Zones {
			for h, t := range zn.Temperature {
				m.temp[h*Z+z] = t
			}
		}
	}

	// Groups.
	type gkey struct {
		zone, profile, source int
		derate                float64
	}
	idx := map[gkey]int{}
	m.unitGroup = make([]int, len(sys.Units))
	m.unitOut = make([]outage, len(sys.Units))
	m.unitKey = make([]uint64, len(sys.Units))
	m.unitMaint = make([][]Window, len(sys.Units))
	poolUnits := make([][]int, len(sys.Pools)) // unit indices
	for i, u := range sys.Units {
		m.unitOut[i] = newOutage(u.MTTF, u.MTTR)
		m.unitKey[i] = streamKey("unit:" + u.ID)
		if len(u.Maintenance) > 0 {
			w := slices.Clone(u.Maintenance)
			slices.SortFunc(w, func(a, b Window) int { return a.Start - b.Start })
			m.unitMaint[i] = mergeWindows(nil, w, nil)
		}
		derate := u.TempDerate
		if sys.Zones[u.Zone].Temperature == nil {
			derate = 0 // no temperature, no derate
		}
		src := u.Source
		if len(sys.Sources) == 0 {
			src = 0
		}
		g := group{zone: u.Zone, profile: u.Profile, source: src, derate: derate, capMW: u.CapacityMW, unit: -1}
		if u.Pool >= 0 {
			poolUnits[u.Pool] = append(poolUnits[u.Pool], i) // grouped below, in burning order
			continue
		}
		if u.HydroBudgetMWh != nil {
			g.unit, g.own = i, true
			m.unitGroup[i] = len(m.groups)
			m.groups = append(m.groups, g)
			m.hydro = append(m.hydro, i)
			continue
		}
		k := gkey{u.Zone, u.Profile, src, derate}
		j, ok := idx[k]
		if !ok {
			j = len(m.groups)
			idx[k] = j
			m.groups = append(m.groups, g)
		} else {
			m.groups[j].capMW += u.CapacityMW
		}
		m.unitGroup[i] = j
	}
	m.groupPools(poolUnits)
	m.G = len(m.groups)
	m.makeSlots()
	for g := range m.groups {
		m.groups[g].slot, _ = m.slot(m.groups[g].zone, m.groups[g].source)
	}
	for _, burn := range m.poolBurn {
		for i := range burn {
			burn[i].slot, _ = m.slot(burn[i].zone, burn[i].source)
			burn[i].liqSlot = -1
			if burn[i].liquid > 0 {
				burn[i].liqSlot, _ = m.slot(burn[i].zone, burn[i].liqSource)
			}
		}
	}
	for j, u := range m.hydro {
		m.hydroGroup = append(m.hydroGroup, m.unitGroup[u])
		// hydroTwin: same zone, source and budgets as the unit before it
		// (hydroRun fills such units together when their availability is
		// the same too).
		twin := false
		if j > 0 {
			p, un := &sys.Units[m.hydro[j-1]], &sys.Units[u]
			twin = p.Zone == un.Zone && p.Source == un.Source && slices.Equal(p.HydroBudgetMWh, un.HydroBudgetMWh)
		}
		m.hydroTwin = append(m.hydroTwin, twin)
	}
	dci := map[dclass]int{}
	for g := range m.groups {
		gr := &m.groups[g]
		gr.dclass = -1
		if gr.derate > 0 {
			k := dclass{gr.zone, gr.derate}
			i, ok := dci[k]
			if !ok {
				i = len(m.dclasses)
				dci[k] = i
				m.dclasses = append(m.dclasses, k)
			}
			gr.dclass = i
		}
	}
	m.ownPlain = make([]bool, len(m.groups))
	for g, gr := range m.groups {
		switch {
		case !gr.own || gr.profile >= 0:
			m.gRest = append(m.gRest, int32(g))
		case gr.dclass >= 0:
			m.gOwnDerated = append(m.gOwnDerated, int32(g))
		default:
			m.ownPlain[g] = true
		}
	}
	// Corridors: keys from zone codes so adding a corridor elsewhere keeps
	// this one's draws.
	seen := map[string]int{}
	for _, c := range sys.Corridors {
		m.corrOut = append(m.corrOut, newOutage(c.MTTF, c.MTTR))
		name := fmt.Sprintf("corridor:%s>%s", zoneName(sys, c.From), zoneName(sys, c.To))
		seen[name]++
		m.corrKey = append(m.corrKey, streamKey(fmt.Sprintf("%s#%d", name, seen[name])))
	}
	m.weatherK = streamKey("weather")

	// Static components (union-find over corridors with any capacity).
	sets := newDisjointSets(Z)
	for _, c := range sys.Corridors {
		if c.ForwardMW > 0 || c.BackwardMW > 0 {
			sets.union(c.From, c.To)
		}
	}
	m.comp = make([]int, Z)
	cid := map[int]int{}
	for z := range Z {
		r := sets.find(z)
		if _, ok := cid[r]; !ok {
			cid[r] = len(cid)
		}
		m.comp[z] = cid[r]
	}
	m.nComp = len(cid)

	m.simple = Z == 1 && len(sys.Pools) == 0 && len(m.hydro) == 0
	for _, g := range m.groups {
		m.simple = m.simple && g.profile < 0 && g.derate == 0
	}

	// Calendar.
	m.nDays = (H + 23) / 24
	m.dayMonth = make([]uint8, m.nDays)
	for d := range m.nDays {
		m.dayMonth[d] = m.month[d*24]
		m.monthDays[m.month[d*24]]++
	}
	for h := range H {
		m.monthHours[m.month[h]]++
		m.mhCount[m.month[h]][m.hod[h]]++
	}
	m.dayDem = make([]float64, 2*m.nDays*Z)
	m.dayMonth2 = slices.Clone(m.dayMonth)
	for h := range H {
		d, k := h/24, 0
		if m.month[h] != m.dayMonth[d] {
			m.dayMonth2[d], k = m.month[h], 1
		}
		for z := range Z {
			m.dayDem[(d*2+k)*Z+z] += m.demand[h*Z+z]
		}
	}
	m.dayPeak = make([][]int, Z+1)
	m.peakHour = make([]int, Z+1)
	for e := 0; e <= Z; e++ {
		dem := func(h int) float64 {
			if e == Z {
				return m.sysDem[h]
			}
			return m.demand[h*Z+e]
		}
		m.dayPeak[e] = make([]int, m.nDays)
		best := 0
		for d := range m.nDays {
			bh := d * 24
			for h := d * 24; h < min(H, d*24+24); h++ {
				if dem(h) > dem(bh) {
					bh = h
				}
			}
			m.dayPeak[e][d] = bh
			if dem(bh) > dem(best) {
				best = bh
			}
		}
		m.peakHour[e] = best
	}
	m.monthDem = make([][12]float64, Z)
	for h := range H {
		for z := range Z {
			m.monthDem[z][m.month[h]] += m.demand[h*Z+z]
		}
		if h == 0 || m.month[h] != m.month[h-1] {
			m.runs = append(m.runs, Window{h, h})
		}
		m.runs[len(m.runs)-1].End = h + 1
	}
	for _, r := range m.runs {
		m.runFrac = append(m.runFrac, float64(r.End-r.Start)/m.monthHours[m.month[r.Start]])
	}
	m.weekLen = min(168, H)
	m.weekStart = min(max(0, m.peakHour[Z]-84), H-m.weekLen)
	return m, nil
}

// zoneSlots are zone z's slots' sources, ascending.
func (m *model) zoneSlots(z int) []int32 { return m.slotSource[m.slotStart[z]:m.slotStart[z+1]] }

// slot is the compact index of source s in zone z, and whether z has it.
func (m *model) slot(z, s int) (int, bool) {
	i, ok := slices.BinarySearch(m.zoneSlots(z), int32(s))
	return m.slotStart[z] + i, ok
}

// makeSlots lays out the slots: each zone's possible sources, ascending.
func (m *model) makeSlots() {
	has := make([]bool, m.Z*m.S)
	for _, g := range m.groups {
		has[g.zone*m.S+g.source] = true
	}
	for _, burn := range m.poolBurn {
		for _, pu := range burn {
			if pu.liquid > 0 {
				has[pu.zone*m.S+pu.liqSource] = true
			}
		}
	}
	m.slotStart = make([]int, m.Z+1)
	for z := range m.Z {
		for s := range m.S {
			if has[z*m.S+s] {
				m.slotZone = append(m.slotZone, int32(z))
				m.slotSource = append(m.slotSource, int32(s))
			}
		}
		m.slotStart[z+1] = len(m.slotSource)
	}
	m.nSlots = len(m.slotSource)
}

// dayCounts is the number of days starting in each month.
func (m *model) dayCounts() [12]int {
	var c [12]int
	for mo, d := range m.monthDays {
		c[mo] = int(d)
	}
	return c
}

// factor is a group's capacity factor in hour h given the month's anomaly:
// profile × (1 − derate × max(0, T + anomaly − 15)), never below 0.
func (m *model) factor(g *group, h int, anomaly float64) float64 {
	f := 1.0
	if g.profile >= 0 {
		f = m.sys.Profiles[g.profile].Values[h]
	}
	if g.derate > 0 {
		f *= derateFactor(g.derate, m.temp[h*m.Z+g.zone]+anomaly)
	}
	return f
}

// derateFactor is the capacity left at ambient temperature t (°C) by a
// derate of coef per °C above 15 °C, never below 0.
func derateFactor(coef, t float64) float64 {
	return max(0, 1-coef*max(0, t-15)) // no branch: which side of 15 °C varies by the hour
}

// groupPools makes the pool units' groups and burning lists: units of a
// pool most efficient first (ties in input order), and each run of
// consecutive units alike in everything burning reads (zone, profile,
// source, derate, efficiency, liquid fallback) one group, since burning
// them one after the other or together delivers the same MW. A plant's
// identical units become one step of the hour loop.
func (m *model) groupPools(poolUnits [][]int) {
	sys := m.sys
	for p, units := range poolUnits {
		slices.SortStableFunc(units, func(a, b int) int {
			return cmp.Compare(sys.Units[b].MWPerMCMD, sys.Units[a].MWPerMCMD)
		})
		var burn []poolUnit
		var last Unit
		for k, u := range units {
			un := sys.Units[u]
			src, liq := un.Source, un.LiquidSource
			if len(sys.Sources) == 0 {
				src, liq = 0, 0
			}
			derate := un.TempDerate
			if sys.Zones[un.Zone].Temperature == nil {
				derate = 0
			}
			un.Source, un.LiquidSource, un.TempDerate = src, liq, derate
			if k > 0 && un.Zone == last.Zone && un.Profile == last.Profile && un.Source == last.Source &&
				un.TempDerate == last.TempDerate && un.MWPerMCMD == last.MWPerMCMD &&
				un.LiquidFactor == last.LiquidFactor && un.LiquidSource == last.LiquidSource {
				g := len(m.groups) - 1
				m.groups[g].capMW += un.CapacityMW
				m.unitGroup[u] = g
				continue
			}
			last = un
			m.unitGroup[u] = len(m.groups)
			m.groups = append(m.groups, group{zone: un.Zone, profile: un.Profile, source: src, derate: derate,
				capMW: un.CapacityMW, unit: -1, own: true})
			burn = append(burn, poolUnit{group: m.unitGroup[u], zone: un.Zone, source: src, liqSource: liq,
				eff: un.MWPerMCMD, invEff: 1 / un.MWPerMCMD, liquid: un.LiquidFactor})
		}
		m.poolBurn = append(m.poolBurn, burn)
		var rate [12]float64
		for mo := range 12 {
			rate[mo] = sys.Pools[p].DailyMCMD
			if f := sys.Pools[p].Monthly; f != nil {
				rate[mo] *= f[mo]
			}
		}
		m.poolRate = append(m.poolRate, rate)
	}
}
