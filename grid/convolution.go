package grid

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
)

// copt is a capacity outage probability table: the exact distribution of
// available capacity, sorted by capacity, with prefix sums for O(log n)
// LOLP and expected unserved energy at any load.
type copt struct {
	cap, p     []float64
	cumP, cumC []float64 // Σ_{j<k} p_j and Σ_{j<k} cap_j p_j
}

// add convolves one two-state unit (capacity c, unavailability q).
func (t *copt) add(c, q float64) {
	n := len(t.cap)
	cp := make([]float64, 0, 2*n)
	pp := make([]float64, 0, 2*n)
	i, j := 0, 0 // i walks "down" (same capacity), j walks "up" (+c)
	for i < n || j < n {
		var v, p float64
		if j >= n || (i < n && t.cap[i] <= t.cap[j]+c) {
			v, p = t.cap[i], t.p[i]*q
			i++
		} else {
			v, p = t.cap[j]+c, t.p[j]*(1-q)
			j++
		}
		if k := len(cp); k > 0 && v-cp[k-1] <= 1e-9*max(1, v) {
			pp[k-1] += p
			continue
		}
		cp, pp = append(cp, v), append(pp, p)
	}
	t.cap, t.p = cp, pp
}

func (t *copt) finish() {
	n := len(t.cap)
	t.cumP = make([]float64, n+1)
	t.cumC = make([]float64, n+1)
	for k := range n {
		t.cumP[k+1] = t.cumP[k] + t.p[k]
		t.cumC[k+1] = t.cumC[k] + t.cap[k]*t.p[k]
	}
}

// at returns P(C < load) and E[max(0, load − C)] (strict: C == load is
// not a loss of load).
func (t *copt) at(load float64) (lolp, eue float64) {
	k := sort.SearchFloat64s(t.cap, load) // first cap >= load
	return t.cumP[k], load*t.cumP[k] - t.cumC[k]
}

func (t *copt) mean() float64 { return t.cumC[len(t.cap)] }

func newCOPT() *copt { return &copt{cap: []float64{0}, p: []float64{1}} }

// Assess computes exact hourly indices for a single-zone system by
// convolution. Units whose capacity factor varies by hour (profile,
// temperature derate, maintenance) form groups with their own tables, scaled
// each hour and combined with the constant-capacity table exactly.
//
// It fills the hourly-additive indices (LOLE, daily-peak LOLE, EUE, NEUE,
// monthly and month × hour, expected supply hours, peak-hour figures);
// indices that need the joint behaviour of hours (events, P(day < N h),
// tails, P10/P90) are left zero, and SE is 0 (exact).
func (Convolution) Assess(ctx context.Context, sys *System) (*Result, error) {
	m, err := newModel(sys)
	if err != nil {
		return nil, err
	}
	var why []string
	if m.Z != 1 {
		why = append(why, fmt.Sprintf("%d zones (it needs exactly one; use Monte Carlo for transfers)", m.Z))
	}
	if len(sys.Pools) > 0 {
		why = append(why, fmt.Sprintf("%d fuel pools (shared gas limits couple units)", len(sys.Pools)))
	}
	if len(m.hydro) > 0 {
		ids := []string{}
		for _, u := range m.hydro {
			ids = append(ids, sys.Units[u].ID)
		}
		why = append(why, fmt.Sprintf("hydro energy budgets on %s (they couple hours)", strings.Join(ids, ", ")))
	}
	if hasWeather(sys) {
		why = append(why, "weather anomalies (they couple hours and zones)")
	}
	if len(why) > 0 {
		return nil, errors.New("convolution cannot represent this system: " + strings.Join(why, "; "))
	}

	// Split units: constant capacity → base table; others grouped by
	// identical factor series (profile, derate, maintenance windows).
	type vkey struct {
		profile int
		derate  float64
		maint   string
	}
	base := newCOPT()
	type vgroup struct {
		k     vkey
		t     *copt
		maint []Window
	}
	var groups []*vgroup
	gidx := map[vkey]int{}
	for u, un := range sys.Units {
		q := m.unitOut[u].pDown
		g := &m.groups[m.unitGroup[u]]
		if g.profile < 0 && g.derate == 0 && len(m.unitMaint[u]) == 0 {
			base.add(un.CapacityMW, q)
			continue
		}
		k := vkey{g.profile, g.derate, fmt.Sprint(m.unitMaint[u])}
		i, ok := gidx[k]
		if !ok {
			i = len(groups)
			gidx[k] = i
			groups = append(groups, &vgroup{k: k, t: newCOPT(), maint: m.unitMaint[u]})
		}
		groups[i].t.add(un.CapacityMW, q)
	}
	base.finish()
	combos := 1
	for _, g := range groups {
		g.t.finish()
		combos *= len(g.t.cap)
		if combos > 1<<16 {
			return nil, fmt.Errorf("convolution: %d groups of time-varying units give more than %d capacity combinations per hour", len(groups), 1<<16)
		}
	}
	// Hourly evaluation over the product of the varying groups' states.
	factor := make([]float64, len(groups))
	idx := make([]int, len(groups))
	hourly := func(h int) (lolp, eue, extraMean float64) {
		L := m.demand[h]
		for i, g := range groups {
			gr := group{profile: g.k.profile, derate: g.k.derate}
			f := m.factor(&gr, h, 0)
			for _, w := range g.maint {
				if h >= w.Start && h < w.End {
					f = 0
				}
			}
			factor[i] = f
			extraMean += f * g.t.mean()
		}
		clear(idx)
		for {
			p, extra := 1.0, 0.0
			for i, g := range groups {
				p *= g.t.p[idx[i]]
				extra += factor[i] * g.t.cap[idx[i]]
			}
			lp, eu := base.at(L - extra)
			lolp += p * lp
			eue += p * eu
			i := 0
			for ; i < len(groups); i++ {
				idx[i]++
				if idx[i] < len(groups[i].t.cap) {
					break
				}
				idx[i] = 0
			}
			if i == len(groups) {
				break
			}
		}
		return
	}

	mt := Metrics{Code: sys.Zones[0].Code, Name: sys.Zones[0].Name}
	eueH := make([]float64, m.H)
	lolpH := make([]float64, m.H)
	var demand, lole, eue float64
	for h := range m.H {
		if h%1024 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		lp, eu, _ := hourly(h)
		lolpH[h], eueH[h] = lp, eu
		mo := m.month[h]
		demand += m.demand[h]
		lole += lp
		eue += eu
		mt.MonthlyLOLE[mo] += lp
		mt.MonthlyEUE[mo] += eu
		mt.LOLPMonthHour[mo][m.hod[h]] += lp
	}
	dp, sh := 0.0, 0.0
	for d := range m.nDays {
		dp += lolpH[m.dayPeak[0][d]]
		dd, du := 0.0, 0.0
		for h := d * 24; h < min(m.H, d*24+24); h++ {
			dd += m.demand[h]
			du += eueH[h]
		}
		s := 24.0
		if dd > 0 {
			s = 24 * (1 - du/dd) // exact by linearity of expectation
		}
		sh += s
		mt.MonthlySupplyHours[m.dayMonth[d]] += s / m.monthDays[m.dayMonth[d]]
	}
	for mo := range 12 {
		for hd := range 24 {
			if c := m.mhCount[mo][hd]; c > 0 {
				mt.LOLPMonthHour[mo][hd] /= c
			}
		}
		if m.monthHours[mo] > 0 {
			mt.MonthlyShortfallGW[mo] = mt.MonthlyEUE[mo] / m.monthHours[mo] / 1000
		}
	}
	mt.DemandMWh = Estimate{Mean: demand}
	mt.LOLE = Estimate{Mean: lole}
	mt.EUE = Estimate{Mean: eue}
	mt.DailyPeakLOLE = Estimate{Mean: dp}
	mt.ServedMWh = Estimate{Mean: demand - eue}
	if demand > 0 {
		mt.NEUEPPM = Estimate{Mean: eue / demand * 1e6}
	}
	mt.SupplyHoursPerDay = Estimate{Mean: sh / float64(m.nDays)}
	ph := m.peakHour[0]
	_, _, extra := hourly(ph)
	mt.PeakHour, mt.PeakDemandMW = ph, m.demand[ph]
	mt.PeakSupplyMW = base.mean() + extra
	mt.PeakShortfallMW = eueH[ph]
	mt.PeakWeekSupplyMW = make([]float64, m.weekLen)
	for k := range m.weekLen {
		_, _, extra := hourly(m.weekStart + k)
		mt.PeakWeekSupplyMW[k] = base.mean() + extra
	}
	if len(sys.Sources) == 1 {
		mt.ServedBySourceMWh = []float64{demand - eue}
	}
	sysM := mt
	sysM.Code, sysM.Name = "", "system"
	sysM.PeakWeekSupplyMW = slices.Clone(mt.PeakWeekSupplyMW)
	w := PeakWeek{StartHour: m.weekStart}
	w.DemandMW = slices.Clone(m.demand[m.weekStart : m.weekStart+m.weekLen])
	w.UnservedMW = slices.Clone(eueH[m.weekStart : m.weekStart+m.weekLen])
	if len(sys.Sources) == 1 {
		s := make([]float64, m.weekLen)
		for k := range s {
			s[k] = w.DemandMW[k] - w.UnservedMW[k]
		}
		w.BySourceMW = [][]float64{s}
	}
	return &Result{Method: "convolution", Hours: m.H, Sources: sys.Sources, MonthDays: m.dayCounts(), System: sysM, Zones: []Metrics{mt}, PeakWeek: w}, nil
}
