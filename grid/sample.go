package grid

import (
	"math"
	"slices"
)

// worker holds one goroutine's scratch, reused across samples so the hour
// loop never allocates.
type worker struct {
	m   *model
	l   layout
	mc  *MonteCarlo
	tr  *transfer
	ps  *perSample
	acc []float64 // current chunk's sums

	diff []float64 // [h] capacity change at hour h (single-zone path)

	// outage events (general path): hour, element, change; then bucketed
	evH, evI, sI   []int32
	evD, sD        []float64
	evStart, evPos []int32   // evStart[h]: first event of hour h in sI/sD
	run            []float64 // [G] current up capacity
	gAv            []float64 // [G] available MW of single-unit groups this hour
	classF         []float64 // [derate class] temperature derate factor this hour
	wins           []Window
	merg           []Window

	anomaly [12]float64
	mult    []float64 // [month*Z+z] demand multiplier

	// month-run buffers (general path): hour-major demand and supply,
	// unit-major hydro availability, component-major deficits; one hydro
	// unit's output
	demB, supB, srcB, hydA, defB, outK []float64
	fillIdx                            []int32   // waterFill's scratch
	hydSum                             []float64 // twin hydro units' summed availability
	hydLevel                           []float64 // hydroRun's last level by component
	// attribution by run (see attributeRun): zone-major shares fB, eB and
	// imports aB by hour, the hour's 1/exports sc, slot-major supply srcT,
	// source-major exporters' mix mixB; a zone's run totals exRun, impRun
	fB, eB, aB, sc, srcT, mixB []float64
	exRun, impRun              []float64

	dem      []float64 // this hour's demand by zone (a view of demB)
	x, exMix []float64

	// shortage records of this sample: the hours, and by entity (zones,
	// then the system) the unserved MW, [e*H + record], so that account
	// reads each entity's run contiguously
	recH []int32
	recU []float64
	// the part of recU on rotated feeders (emergency feeders
	// are served first): min(unserved, (1 − EmergencyFrac) × demand)
	recR []float64

	servedSrc  []float64 // [z*S+s] this sample
	servedSlot []float64 // its own-supply part by slot, folded in at the end
	fz, fe     []float64 // attribute's scratch: share of own supply used, left to others
	peakSup    []float64 // [entity]
}

func newWorker(m *model, l layout, mc *MonteCarlo, ps *perSample) *worker {
	Z, S, G := m.Z, m.S, m.G
	w := &worker{m: m, l: l, mc: mc, ps: ps}
	w.tr = newTransfer(m, mc.Policy, mc.Protected)
	if m.simple {
		w.diff = make([]float64, G*(m.H+1))
	} else {
		w.evStart = make([]int32, m.H+1)
		w.evPos = make([]int32, m.H)
	}
	w.run = make([]float64, G)
	w.gAv = make([]float64, G)
	w.classF = make([]float64, len(m.dclasses))
	w.mult = make([]float64, 12*Z)
	maxRun := 0
	for _, r := range m.runs {
		maxRun = max(maxRun, r.End-r.Start)
	}
	if !m.simple {
		w.demB, w.supB = make([]float64, maxRun*Z), make([]float64, maxRun*Z)
		w.srcB = make([]float64, maxRun*m.nSlots)
		w.hydA = make([]float64, maxRun*len(m.hydro))
		w.defB = make([]float64, maxRun*m.nComp)
		w.outK = make([]float64, maxRun)
		w.fillIdx = make([]int32, maxRun)
		w.hydSum = make([]float64, maxRun)
		w.hydLevel = make([]float64, m.nComp)
		if mc.BySource && S > 1 {
			w.fB, w.eB, w.aB = make([]float64, maxRun*Z), make([]float64, maxRun*Z), make([]float64, maxRun*Z)
			w.sc, w.srcT, w.mixB = make([]float64, maxRun), make([]float64, maxRun*m.nSlots), make([]float64, maxRun*S)
			w.exRun, w.impRun = make([]float64, Z), make([]float64, Z)
		}
	}
	w.recH = make([]int32, 0, m.H)
	w.recU, w.recR = make([]float64, (Z+1)*m.H), make([]float64, (Z+1)*m.H)
	w.x = make([]float64, Z)
	w.exMix = make([]float64, S)
	w.servedSrc = make([]float64, Z*S)
	w.servedSlot, w.fz, w.fe = make([]float64, m.nSlots), make([]float64, Z), make([]float64, Z)
	w.peakSup = make([]float64, Z+1)
	return w
}

// sample simulates sample i and adds it to w.acc and the per-sample arrays.
func (w *worker) sample(i int) {
	m := w.m
	seed := w.mc.Seed
	// Weather: one anomaly per month, common to all zones.
	w.anomaly = [12]float64{}
	if sd := m.sys.Weather.AnomalySD; sd != nil {
		r := stream(seed, m.weatherK, i)
		for mo := range 12 {
			w.anomaly[mo] = sd[mo] * normal(&r)
		}
	}
	for mo := range 12 {
		for z, zn := range m.sys.Zones {
			w.mult[mo*m.Z+z] = max(0, 1+zn.DemandPerDegC*w.anomaly[mo])
		}
	}
	w.drawOutages(i)
	w.tr.resetCache()
	w.recH = w.recH[:0]
	clear(w.servedSrc)
	clear(w.servedSlot)
	clear(w.peakSup)
	if m.simple {
		w.hoursSimple()
	} else {
		w.hoursGeneral()
	}
	for i, v := range w.servedSlot {
		w.servedSrc[int(m.slotZone[i])*m.S+int(m.slotSource[i])] += v
	}
	w.account(i)
}

// drawOutages turns each unit's and corridor's down intervals (forced
// outages ∪ maintenance) into capacity changes at their edges: a prefix-sum
// array on the single-zone path, else events bucketed by hour (counting
// sort), so memory and work scale with outage events, not hours × groups.
func (w *worker) drawOutages(i int) {
	m := w.m
	G, H := m.G, m.H
	if m.simple {
		clear(w.diff)
		for g := range m.groups {
			w.diff[g*(H+1)] = m.groups[g].capMW
		}
	} else {
		w.evH, w.evI, w.evD = w.evH[:0], w.evI[:0], w.evD[:0]
		for g := range m.groups {
			w.run[g] = m.groups[g].capMW
		}
		for g, plain := range m.ownPlain { // kept up to date by supplyRun's events
			if plain {
				w.gAv[g] = max(w.run[g], 0)
			}
		}
		for c := range w.tr.corrUp {
			w.tr.setCorridor(c, 1)
		}
	}
	for u := range m.sys.Units {
		r := stream(w.mc.Seed, m.unitKey[u], i)
		w.wins = m.unitOut[u].downIntervals(w.wins[:0], &r, H)
		wins := w.wins
		if m.unitMaint[u] != nil {
			w.merg = mergeWindows(w.merg[:0], wins, m.unitMaint[u])
			wins = w.merg
		}
		g, c := m.unitGroup[u], m.sys.Units[u].CapacityMW
		for _, win := range wins {
			if m.simple {
				w.diff[g*(H+1)+win.Start] -= c
				w.diff[g*(H+1)+win.End] += c
			} else {
				w.event(win, g, c)
			}
		}
	}
	for c := range m.C {
		r := stream(w.mc.Seed, m.corrKey[c], i)
		w.wins = m.corrOut[c].downIntervals(w.wins[:0], &r, H)
		for _, win := range w.wins {
			w.event(win, G+c, 1)
		}
	}
	if !m.simple {
		w.bucket()
	}
}

// event records element idx (group, or G + corridor) losing amount over win.
func (w *worker) event(win Window, idx int, amount float64) {
	w.evH = append(w.evH, int32(win.Start))
	w.evI = append(w.evI, int32(idx))
	w.evD = append(w.evD, -amount)
	if win.End < w.m.H {
		w.evH = append(w.evH, int32(win.End))
		w.evI = append(w.evI, int32(idx))
		w.evD = append(w.evD, amount)
	}
}

// bucket sorts the events by hour (stable counting sort): hour h's events
// are sI/sD[evStart[h]:evStart[h+1]].
func (w *worker) bucket() {
	H := w.m.H
	st := w.evStart
	clear(st)
	for _, h := range w.evH {
		st[h+1]++
	}
	for h := range H {
		st[h+1] += st[h]
	}
	n := len(w.evH)
	if cap(w.sI) < n {
		w.sI, w.sD = make([]int32, n, 2*n), make([]float64, n, 2*n)
	}
	w.sI, w.sD = w.sI[:n], w.sD[:n]
	pos := w.evPos
	copy(pos, st[:H])
	for k, h := range w.evH {
		p := pos[h]
		w.sI[p], w.sD[p] = w.evI[k], w.evD[k]
		pos[h]++
	}
}

// hoursSimple is the single-zone, constant-capacity path: each group's
// capacity (one group per source) is a prefix sum of its outage edges, and
// the total is compared with demand (strict <). With several groups the
// served load is split over them pro rata, as attribute does.
func (w *worker) hoursSimple() {
	m, l := w.m, w.l
	G, H := m.G, m.H
	dem, month, diff := m.demand, m.month, w.diff
	mult := w.mult
	runs := w.run[:G]
	clear(runs)
	ph := m.peakHour[0]
	ws0, ws1 := w.acc[l.weekSupply(0):], w.acc[l.weekSupply(1):]
	for h := 0; h < H; h++ {
		run := 0.0
		for g := range G {
			runs[g] += diff[g*(H+1)+h]
			run += runs[g]
		}
		if h == ph {
			w.peakSup[0], w.peakSup[1] = run, run
		}
		wk := h - m.weekStart
		week := wk >= 0 && wk < m.weekLen
		if week {
			ws0[wk] += run
			ws1[wk] += run
		}
		d := dem[h] * mult[month[h]]
		if run < d {
			k := len(w.recH)
			w.recH = append(w.recH, int32(h))
			r := m.rotated(0, d-run, d)
			w.recU[k], w.recU[H+k] = d-run, d-run
			w.recR[k], w.recR[H+k] = r, r
		}
		if G > 1 && run > 0 && w.mc.BySource {
			f := min(1, d/run)
			for g := range G {
				v := runs[g] * f
				s := m.groups[g].source
				w.servedSrc[s] += v
				if week {
					w.acc[l.weekSource(s)+wk] += v
				}
			}
		}
	}
}

// hoursGeneral runs the year month-run by month-run: each zone's supply
// from groups and pools, then hydro water-filled against the remaining
// deficit, then the transfers, shortages and dispatch by source.
func (w *worker) hoursGeneral() {
	m := w.m
	for ri, rn := range m.runs {
		mo := int(m.month[rn.Start])
		w.demandRun(rn, mo)
		w.supplyRun(rn, mo)
		if len(m.hydro) > 0 {
			w.hydroRun(rn, mo, m.runFrac[ri])
		}
		w.peakSupply(rn)
		w.transferRun(rn, mo)
	}
}

// demandRun fills demB with each hour's demand by zone under the sample's
// weather, read by hydroRun and transferRun.
func (w *worker) demandRun(rn Window, mo int) {
	m := w.m
	Z := m.Z
	mult := w.mult[mo*Z : (mo+1)*Z]
	for k := range rn.End - rn.Start {
		base, dem := m.demand[(rn.Start+k)*Z:(rn.Start+k+1)*Z], w.demB[k*Z:(k+1)*Z]
		for z, d := range base {
			dem[z] = d * mult[z]
		}
	}
}

// supplyRun fills supB/srcB with each hour's supply by zone, and by (zone, source) slot
// without hydro (groups, then pools), and hydA with the hydro units'
// available MW, unit-major ([j*n + k] for a run of n hours).
func (w *worker) supplyRun(rn Window, mo int) {
	m := w.m
	Z, NS, G := m.Z, m.nSlots, m.G
	NH := len(m.hydro)
	a := w.anomaly[mo]
	// Local slices: the hour's loops carry no field reloads.
	groups, run, gAv, classF := m.groups[:G], w.run[:G], w.gAv[:G], w.classF
	dclasses, hydroGroup, profiles := m.dclasses, m.hydroGroup, m.sys.Profiles
	ownPlain := m.ownPlain[:G]
	evStart, sI, sD := w.evStart, w.sI, w.sD
	n := rn.End - rn.Start
	hydA := w.hydA[:NH*n]
	for k := range n {
		h := rn.Start + k
		sup := w.supB[k*Z : (k+1)*Z]
		src := w.srcB[k*NS : (k+1)*NS]
		clear(sup)
		clear(src)
		for e := evStart[h]; e < evStart[h+1]; e++ {
			if j := int(sI[e]); j < G {
				run[j] += sD[e]
				if ownPlain[j] { // its available MW changes only here
					gAv[j] = max(run[j], 0) // a unit's MW, never −0 or a rounding below 0
				}
			}
		}
		// Temperature derates once per (zone, coefficient) class.
		if len(dclasses) > 0 { // else temp may be nil
			temp := m.temp[h*Z : (h+1)*Z]
			for c := range dclasses {
				dc := &dclasses[c]
				classF[c] = derateFactor(dc.derate, temp[dc.zone]+a)
			}
		}
		for _, g := range m.gOwnDerated {
			gAv[g] = max(run[g], 0) * classF[groups[g].dclass]
		}
		for _, g := range m.gRest {
			gr := &groups[g]
			mw := 0.0
			if r := run[g]; r > 0 {
				mw = r
				if gr.profile >= 0 {
					mw *= profiles[gr.profile].Values[h]
				}
				if gr.dclass >= 0 {
					mw *= classF[gr.dclass]
				}
			}
			if gr.own {
				gAv[g] = mw
				continue
			}
			sup[gr.zone] += mw
			src[gr.slot] += mw
		}
		m.burnPools(mo, gAv, sup, src)
		for j, g := range hydroGroup { // unit-major, as hydroRun reads it
			hydA[j*n+k] = gAv[g]
		}
	}
}

// hydroRun water-fills each hydro unit's share frac of its monthly budget
// against its component's deficit, in unit order (a plant's twin units
// together, see below), adding the output to supB/srcB.
func (w *worker) hydroRun(rn Window, mo int, frac float64) {
	m := w.m
	Z, NS := m.Z, m.nSlots
	n := rn.End - rn.Start
	def := w.defB[:n*m.nComp] // [component*n + k]
	// One component (the usual grid): each hour's deficit is summed in a
	// register, the same sums in the same order as below.
	if m.nComp == 1 {
		for k := range n {
			dem, sup := w.demB[k*Z:(k+1)*Z], w.supB[k*Z:(k+1)*Z]
			d := 0.0
			for z, v := range dem {
				d += v - sup[z]
			}
			def[k] = d
		}
	} else {
		clear(def)
		for k := range n {
			for z := range Z {
				def[m.comp[z]*n+k] += w.demB[k*Z+z] - w.supB[k*Z+z]
			}
		}
	}
	out := w.outK[:n]
	NH := len(m.hydro)
	// Each component's last level is the next unit's first guess: it fills
	// the deficit that unit has shaved to that level.
	level := w.hydLevel[:m.nComp]
	for c := range level {
		level[c] = math.NaN()
	}
	for j, twins := 0, 1; j < NH; j += twins {
		u := m.hydro[j]
		un := &m.sys.Units[u]
		budget := un.HydroBudgetMWh[mo] * frac
		avail := w.hydA[j*n : (j+1)*n]
		// The units after it that are its twins this month (same zone and
		// source, same budgets, the same MW available every hour: one
		// figure, or out, as a plant's units are when none has an outage)
		// are filled with it as one. Filling such units one after the
		// other gives what one unit of their summed availability and
		// budget gives: the next unit's level is never more than that one
		// figure below the last one's (at that level it could spend all
		// the last one spent), so in every hour their outputs add up to
		// the merged unit's (TestWaterFillTwins; with availability varying
		// from hour to hour it does not hold). A plant costs one
		// water-filling, not one a unit.
		twins = 1
		if j+1 < NH && m.hydroTwin[j+1] && oneFigure(avail) {
			for j+twins < NH && m.hydroTwin[j+twins] && slices.Equal(w.hydA[(j+twins)*n:(j+twins+1)*n], avail) {
				twins++
			}
		}
		if budget <= 0 {
			continue // dry this month: nothing to spend
		}
		if twins > 1 {
			sum := w.hydSum[:n]
			for i, a := range avail {
				sum[i] = float64(twins) * a
			}
			avail, budget = sum, float64(twins)*budget
		}
		c := m.comp[un.Zone]
		cdef := def[c*n : (c+1)*n]
		slot := m.groups[m.hydroGroup[j]].slot
		level[c] = waterFill(cdef, avail, budget, out, w.fillIdx, level[c])
		for k, mw := range out {
			if mw <= 0 {
				continue
			}
			w.supB[k*Z+un.Zone] += mw
			w.srcB[k*NS+slot] += mw
			cdef[k] -= mw
		}
	}
}

// oneFigure reports whether every positive value of avail is the same.
func oneFigure(avail []float64) bool {
	v := 0.0
	for _, a := range avail {
		if a > 0 {
			if v > 0 && a != v {
				return false
			}
			v = a
		}
	}
	return true
}

// peakSupply records the supply in the peak-demand hours (zones', then the
// system's) and in the peak-week hours that fall in run rn: after pools and
// hydro, before transfers.
func (w *worker) peakSupply(rn Window) {
	m, l := w.m, w.l
	Z := m.Z
	lo, hi := max(rn.Start, m.weekStart), min(rn.End, m.weekStart+m.weekLen)
	for h := lo; h < hi; h++ {
		sup := w.supB[(h-rn.Start)*Z : (h-rn.Start+1)*Z]
		wk := h - m.weekStart
		tot := 0.0
		for z, v := range sup {
			w.acc[l.weekSupply(z)+wk] += v
			tot += v
		}
		w.acc[l.weekSupply(Z)+wk] += tot
	}
	for e, ph := range m.peakHour {
		if ph < rn.Start || ph >= rn.End {
			continue
		}
		sup := w.supB[(ph-rn.Start)*Z : (ph-rn.Start+1)*Z]
		if e < Z {
			w.peakSup[e] = sup[e]
			continue
		}
		for _, v := range sup {
			w.peakSup[Z] += v
		}
	}
}

// transferRun solves each hour's transfers, records the short hours and
// adds the served load by source and the peak-week sums.
func (w *worker) transferRun(rn Window, mo int) {
	m, l := w.m, w.l
	Z, NS, G := m.Z, m.nSlots, m.G
	n := rn.End - rn.Start
	byRun := w.mc.BySource && m.S > 1
	if byRun {
		clear(w.exRun)
		clear(w.impRun)
	}
	for k := range n {
		h := rn.Start + k
		sup := w.supB[k*Z : (k+1)*Z]
		src := w.srcB[k*NS : (k+1)*NS]
		w.dem = w.demB[k*Z : (k+1)*Z]
		tot := 0.0
		for _, d := range w.dem {
			tot += d
		}
		// A corridor's down windows are disjoint and never adjacent, so
		// its state stays exactly 0 or 1.
		for e := w.evStart[h]; e < w.evStart[h+1]; e++ {
			if j := int(w.sI[e]); j >= G {
				w.tr.setCorridor(j-G, w.tr.corrUp[j-G]+w.sD[e])
			}
		}
		w.tr.src = src
		w.tr.solve(sup, w.dem, w.x)
		usum := w.record(h, tot)
		wk := h - m.weekStart
		week := wk >= 0 && wk < m.weekLen
		switch {
		case byRun && !week:
			w.shareHour(sup, k, n)
		case byRun: // peak-week hours are attributed on their own
			w.attribute(sup, src, week, wk)
			w.skipHour(k, n)
		case w.mc.BySource:
			w.attribute(sup, src, week, wk)
		}
		if week {
			w.acc[l.weekDemand()+wk] += tot
			w.acc[l.weekUnserved()+wk] += usum
		}
	}
	if byRun {
		w.attributeRun(n)
	}
}

// shareHour records hour k of a run of n for attributeRun: each zone's
// share of its own supply it uses itself (fB) and leaves to others (eB),
// what it imports (aB), and 1/(what all leave), or 0 when nothing is
// imported (sc).
func (w *worker) shareHour(sup []float64, k, n int) {
	x := w.x[:len(sup)]
	fB, eB, aB := w.fB, w.eB, w.aB
	exRun, impRun := w.exRun[:len(x)], w.impRun[:len(x)]
	imp, exTot := 0.0, 0.0
	for z, xz := range x {
		s := sup[z]
		inv := 1 / max(s, 1e-300) // a zone without supply uses and leaves none (0 × 1e300)
		ex, a := max(0, s-xz), max(0, xz-s)
		fB[z*n+k], eB[z*n+k], aB[z*n+k] = min(xz, s)*inv, ex*inv, a
		exTot += ex
		imp += a
		exRun[z] += ex
		impRun[z] += a
	}
	w.sc[k] = 0
	if imp > 0 && exTot > 0 {
		w.sc[k] = 1 / exTot
	}
}

// skipHour zeroes hour k of a run of n in attributeRun's records: the
// hour was attributed on its own.
func (w *worker) skipHour(k, n int) {
	for z := range w.m.Z {
		w.fB[z*n+k], w.eB[z*n+k], w.aB[z*n+k] = 0, 0, 0
	}
	w.sc[k] = 0
}

// attributeRun is attribute for a run of n hours at once, from shareHour's
// records: by linearity a slot's own-supply part is the dot product of its
// hourly supply with its zone's hourly share, and an importer's part of a
// source the dot product of its hourly imports with the source's hourly
// share of the exporters' mix. Contiguous rows instead of one scatter per
// slot and hour.
func (w *worker) attributeRun(n int) {
	m := w.m
	Z, S, NS := m.Z, m.S, m.nSlots
	srcT, srcB := w.srcT[:NS*n], w.srcB[:n*NS]
	for k := range n {
		for i, v := range srcB[k*NS : (k+1)*NS] {
			srcT[i*n+k] = v
		}
	}
	mixB := w.mixB[:S*n]
	clear(mixB)
	for i := range NS {
		z, s := int(m.slotZone[i]), int(m.slotSource[i])
		v := srcT[i*n : (i+1)*n]
		w.servedSlot[i] += dot(v, w.fB[z*n:(z+1)*n])
		if w.exRun[z] > 0 {
			e, mx := w.eB[z*n:(z+1)*n], mixB[s*n:(s+1)*n]
			e, mx = e[:len(v)], mx[:len(v)]
			for k, vk := range v {
				mx[k] += vk * e[k]
			}
		}
	}
	sc := w.sc[:n]
	for s := range S {
		mx := mixB[s*n : (s+1)*n]
		mx = mx[:len(sc)]
		for k, c := range sc {
			mx[k] *= c
		}
	}
	for z := range Z {
		if w.impRun[z] <= 0 {
			continue
		}
		a := w.aB[z*n : (z+1)*n]
		for s := range S {
			w.servedSrc[z*S+s] += dot(a, mixB[s*n:(s+1)*n])
		}
	}
}

// dot is Σ a[k]·b[k], in four interleaved sums so the additions do not
// wait on each other.
func dot(a, b []float64) float64 {
	b = b[:len(a)]
	var s0, s1, s2, s3 float64
	k := 0
	for ; k+4 <= len(a); k += 4 {
		s0 += a[k] * b[k]
		s1 += a[k+1] * b[k+1]
		s2 += a[k+2] * b[k+2]
		s3 += a[k+3] * b[k+3]
	}
	for ; k < len(a); k++ {
		s0 += a[k] * b[k]
	}
	return (s0 + s1) + (s2 + s3)
}

// record appends hour h to the shortage records if any zone is short by
// more than 1e-9 of total demand tot, and returns the system's unserved MW.
func (w *worker) record(h int, tot float64) float64 {
	Z := w.m.Z
	tol := 1e-9 * tot
	short := false
	for z := range Z {
		if w.dem[z]-w.x[z] > tol {
			short = true
			break
		}
	}
	if !short {
		return 0
	}
	k, H := len(w.recH), w.m.H
	w.recH = append(w.recH, int32(h))
	usum, rsum := 0.0, 0.0
	for z := range Z {
		u := w.dem[z] - w.x[z]
		if u > tol {
			usum += u
		} else {
			u = 0
		}
		r := w.m.rotated(z, u, w.dem[z])
		w.recU[z*H+k], w.recR[z*H+k] = u, r
		rsum += r
	}
	w.recU[Z*H+k], w.recR[Z*H+k] = usum, rsum
	return usum
}

// attribute splits each zone's served load in one hour over sources: the
// part covered by the zone's own supply pro rata to its own mix, the
// imported part pro rata to the mix of the other zones' unused and
// exported supply. The own part is summed by slot in servedSlot (folded
// into servedSrc when the sample ends). Runs of hours outside the peak
// week take the same sums by attributeRun, when there are several sources.
func (w *worker) attribute(sup, src []float64, week bool, wk int) {
	m := w.m
	Z, S := m.Z, m.S
	if S == 1 && !week {
		for z := range Z {
			w.servedSrc[z] += w.x[z]
		}
		return
	}
	// fz is the share of each zone's own supply it uses itself, fe the
	// share it leaves to others; imp is what it imports, exTot what all
	// leave. Without branches: which zones import changes hour to hour.
	// Local slices: the loops carry no field reloads.
	x, fz, fe := w.x[:Z], w.fz[:Z], w.fe[:Z]
	sup = sup[:Z]
	slotZone, slotSource, servedSlot := m.slotZone, m.slotSource, w.servedSlot[:len(src)]
	imp, exTot := 0.0, 0.0
	for z, xz := range x {
		s := sup[z]
		inv := 1 / max(s, 1e-300) // a zone without supply uses and leaves none (0 × 1e300)
		fz[z] = min(xz, s) * inv
		ex := max(0, s-xz)
		fe[z] = ex * inv
		exTot += ex
		imp += max(0, xz-s)
	}
	imports := imp > 0 && exTot > 0
	if !imports {
		for i, v := range src {
			servedSlot[i] += v * fz[slotZone[i]]
		}
	} else {
		mix := w.exMix[:S]
		clear(mix)
		for i, v := range src {
			z := slotZone[i]
			servedSlot[i] += v * fz[z]
			mix[slotSource[i]] += v * fe[z]
		}
	}
	if week {
		for i, v := range src {
			w.acc[w.l.weekSource(int(slotSource[i]))+wk] += v * fz[slotZone[i]]
		}
	}
	if !imports {
		return
	}
	mix, served := w.exMix[:S], w.servedSrc
	for z, xz := range x {
		a := xz - min(xz, sup[z])
		if a <= 0 {
			continue
		}
		f := a / exTot
		sz := served[z*S : (z+1)*S]
		sz = sz[:len(mix)]
		for s, v := range mix {
			sz[s] += v * f
		}
		if week {
			for s, v := range mix {
				w.acc[w.l.weekSource(s)+wk] += v * f
			}
		}
	}
}
