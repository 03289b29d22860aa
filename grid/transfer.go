package grid

// transfer decides each zone's served load in one hour. The total served is
// always the maximum deliverable (a max flow from zone supplies through the
// corridors to zone demands); the policy only decides who is short:
//
//   - Proportional: the lexicographically max-min fair served fractions
//     x_z/D_z. Feasible served vectors form a polymatroid, so this vector is
//     also a max flow. It is computed exactly by progressive filling: find
//     the largest common fraction t by Newton (Dinkelbach) steps on minimum
//     cuts — each step one small max flow — then freeze the zones that
//     cannot rise above t (not reachable from the source in the residual
//     network), and repeat for the others.
//   - LocalFirst: the same, with each zone's floor min(own supply, demand).
//   - Priority: protected zones filled first (max-min fair among them), then
//     the others with the protected ones held.
//   - Shares (the operator's allocation): each zone first keeps its credited
//     supply (imports landing in it, and LocalCredit of its own generation);
//     then every zone's emergency feeders are filled (max-min fair, as
//     Proportional on the emergency load); then the rest of the supply is
//     shared by Zone.Share: zone z's sink capacity rises as
//     min(D_z, F_z + t·w_z) from what it already has, F_z, at rate w_z.
//
// Every stage is the same progressive filling: sink capacities are
// nondecreasing in a common level t; the level of a cut is found exactly
// (Newton from above on convex capacities max(floor, t·slope), from below on
// concave ones min(D, floor + t·slope)), and a maximal vector of a
// polymatroid is a max flow whatever the rates, so every policy serves the
// maximum deliverable total.
//
// Solver tie-breaking never decides who is cut: only cut capacities do.
type transfer struct {
	Z         int
	net       *flowNet
	tree      *spanTree
	corr      []Corridor
	policy    Policy
	protected []bool

	sup, dem, floor, val []float64
	// slope is how fast each zone's sink capacity rises with the level;
	// concave selects min(dem, floor + t·slope) (Shares' second stage)
	// over max(floor, t·slope).
	slope   []float64
	concave bool
	// floorsShort is set when a cut cannot carry the active zones' floors
	// (Shares' first attempt); kept is each zone's credited supply.
	floorsShort bool
	kept        []float64
	// Shares policy: normalised share and credit fraction per zone,
	// emergency fraction per zone. A zone keeps its credit fraction of its
	// supply, and all of what sources always credited to their own zone
	// (imports) deliver: the (zone, source) slots of those sources
	// (model.slotStart), their zones and the part of them the fraction
	// leaves out, 1 − credit; credAdd is that part's MW this hour by zone.
	// src is the hour's supply by slot, set by the caller before solve.
	share, credit, emerg []float64
	credSlot, credZone   []int32
	credRest, credAdd    []float64
	src                  []float64
	curSink              []float64 // sink capacities the network's flow was built for
	curFlow              float64   // value of the flow now in the network
	corrUp               []float64 // 1 up, 0 out; set through setCorridor
	corrGen              uint64    // bumped at every corridor change
	state                []int8
	saveState            []int8 // state and val before replay, restored if it fails
	saveVal              []float64
	inT, lastT           []bool
	filled               int // fill calls this hour: a later stage warm-starts only from one
	tol                  float64
	lv, cut              []packedZone // level's packed active zones, and replay's for the cached set

	// cuts[call][round] is the bottleneck set found in the previous hour
	// at that fill call and round: its cut capacity bounds this hour's
	// level too, and is usually the binding one, so Newton often needs a
	// single max flow per round. It only changes the start, not the result.
	cuts     [2][][]bool
	cutValid [2][]bool
	call     int
	// cutCorr is the corridor capacity into each cached set, valid while
	// cutGen equals corrGen (corridors change far less often than hours).
	cutCorr [2][]float64
	cutGen  [2][]uint64
	// extra are sets added to the replayed chain this hour (minimum cuts
	// of failed checks), nExtra of them in use; bound[round] is the one
	// that bound in that round, or -1.
	extra  [][]bool
	nExtra int
	bound  []int
	// topZ is each active zone's level at which its concave capacity
	// reaches demand, (dem − floor)/slope, set with its floor.
	topZ []float64

	// certified counts the hours replay settled, byTree those of them the
	// spanning tree certified without a max flow, learnt those settled
	// after adding a set in the hour, violated the sets the forest's
	// failure gave without a max flow (for tests and profiles).
	certified, byTree, learnt, violated int
}

const (
	zActive int8 = iota
	zFixed
	zExcluded
)

func newTransfer(m *model, policy Policy, protected []int) *transfer {
	Z := m.Z
	t := &transfer{Z: Z, net: newFlowNet(Z, m.sys.Corridors), tree: newSpanTree(Z, m.sys.Corridors),
		corr: m.sys.Corridors, policy: policy}
	t.protected = make([]bool, Z)
	for _, z := range protected {
		if z >= 0 && z < Z {
			t.protected[z] = true
		}
	}
	t.floor = make([]float64, Z)
	t.slope = make([]float64, Z)
	t.kept = make([]float64, Z)
	if policy == Shares {
		t.share, t.credit, t.emerg = make([]float64, Z), make([]float64, Z), make([]float64, Z)
		tot := 0.0
		for z, zn := range m.sys.Zones {
			tot += zn.Share
			t.credit[z], t.emerg[z] = zn.LocalCredit, zn.EmergencyFrac
		}
		for z, zn := range m.sys.Zones {
			if tot > 0 {
				t.share[z] = zn.Share / tot
			}
		}
		for i, s := range m.slotSource {
			if z := m.slotZone[i]; int(s) < len(m.sys.CreditedSources) && m.sys.CreditedSources[s] {
				t.credSlot, t.credZone = append(t.credSlot, int32(i)), append(t.credZone, z)
				t.credRest = append(t.credRest, 1-t.credit[z])
			}
		}
		t.credAdd = make([]float64, Z)
	}
	t.val = make([]float64, Z)
	t.curSink = make([]float64, Z)
	t.state = make([]int8, Z)
	t.saveState, t.saveVal = make([]int8, Z), make([]float64, Z)
	t.inT = make([]bool, Z)
	t.lv, t.cut = make([]packedZone, Z), make([]packedZone, Z)
	t.lastT = make([]bool, Z)
	t.topZ = make([]float64, Z)
	t.extra = make([][]bool, 3)
	for e := range t.extra {
		t.extra[e] = make([]bool, Z)
	}
	t.bound = make([]int, Z+1)
	t.corrGen = 1
	for c := range t.cuts {
		t.cuts[c] = make([][]bool, Z+1)
		t.cutValid[c] = make([]bool, Z+1)
		t.cutCorr[c] = make([]float64, Z+1)
		t.cutGen[c] = make([]uint64, Z+1)
		for r := range t.cuts[c] {
			t.cuts[c][r] = make([]bool, Z)
		}
	}
	t.corrUp = make([]float64, len(m.sys.Corridors))
	for i := range t.corrUp {
		t.corrUp[i] = 1
	}
	return t
}

// resetCache forgets the previous hour's cuts. Called at the start of each
// sample: the start of Newton changes the last bits of the level, so a
// sample's results must not depend on which samples its worker ran before.
func (t *transfer) resetCache() {
	for c := range t.cutValid {
		clear(t.cutValid[c])
	}
	t.tree.hasFixed = false
}

// setCorridor sets corridor c's state (1 up, 0 out).
func (t *transfer) setCorridor(c int, up float64) {
	if t.corrUp[c] != up {
		t.corrUp[c] = up
		t.corrGen++
	}
}

// solve sets x[z] to the served load of each zone given its available supply
// sup[z] and demand dem[z] (MW) and the corridor states in t.corrUp.
func (t *transfer) solve(sup, dem, x []float64) {
	sup, dem, x = sup[:t.Z], dem[:t.Z], x[:t.Z]
	short := false
	for z, d := range dem {
		if sup[z] < d {
			short = true
			break
		}
	}
	if !short || len(t.corr) == 0 {
		for z, d := range dem {
			x[z] = min(sup[z], d)
		}
		return
	}
	t.sup, t.dem = sup, dem
	t.call, t.filled = 0, 0
	scale, need, have := 0.0, 0.0, 0.0
	for z, d := range dem {
		s := sup[z]
		scale += s + d
		need += d
		have += s
	}
	t.tol = 1e-10*scale + 1e-12
	t.net.eps = t.tol // residuals below tol count as saturated
	t.concave = false
	if t.policy != Shares { // Shares sets its zones in its own first pass
		t.fixAll()
		copy(t.slope, dem)
	}
	// Proportional starts filling at once (its first step is the full-demand
	// max flow); the others first try one max flow with full demands,
	// unless total supply already falls short of it.
	if t.policy != Proportional && have >= need-t.tol {
		if t.policy == Shares { // the others fixed their zones above
			t.fixAll()
		}
		t.setCaps(1)
		if t.flow(need) >= need-t.tol {
			copy(x, dem)
			return
		}
	}
	switch t.policy {
	case Priority:
		// Both stages replay the previous hour's sets of the same stage
		// first. An excluded zone is served 0 (so the first stage's
		// vector is what replay certifies).
		anyProtected := false
		for z := range t.Z {
			t.state[z], t.val[z] = zExcluded, 0
			if t.protected[z] {
				t.setActive(z, 0)
				anyProtected = true
			}
		}
		if anyProtected {
			t.fillFirst()
		}
		for z := range t.Z {
			if !t.protected[z] {
				t.setActive(z, 0)
			}
		}
		t.fillFirst()
	case LocalFirst:
		for z := range t.Z {
			t.setActive(z, min(sup[z], dem[z]))
		}
		t.fillFirst()
	case Shares:
		t.fillShares(need)
	default:
		for z := range t.Z {
			t.setActive(z, 0)
		}
		t.fillFirst()
	}
	val := t.val[:len(dem)]
	for z, d := range dem {
		x[z] = min(val[z], d)
	}
}

// fixAll fixes every zone at its demand.
func (t *transfer) fixAll() {
	for z := range t.Z {
		t.floor[z] = 0
		t.state[z] = zFixed
		t.val[z] = t.dem[z]
	}
}

// fillShares runs the Shares policy's stages on top of the credited
// floors (see the type comment). need is the total demand, which scales
// the shares to MW so tolerances stay relative.
//
// In most hours every emergency feeder can be served, and then the
// emergency stage ends exactly at floors max(credit, emergency): so the
// share stage is tried first from those floors. If they do not fit the
// network (a cut cannot carry them, or the last flow falls short), the
// stages run one after the other.
func (t *transfer) fillShares(need float64) {
	t.concave, t.floorsShort = true, false
	// One pass sets every zone, on local slices so the hour's loop
	// carries no bounds checks or field reloads.
	Z := t.Z
	sup, dem := t.sup[:Z], t.dem[:Z]
	kept, slope, floor, val := t.kept[:Z], t.slope[:Z], t.floor[:Z], t.val[:Z]
	share, emerg, credit, credAdd := t.share[:Z], t.emerg[:Z], t.credit[:Z], t.credAdd[:Z]
	clear(credAdd)
	if t.src != nil { // else as if no source were credited in full
		for j, i := range t.credSlot {
			credAdd[t.credZone[j]] += t.credRest[j] * t.src[i]
		}
	}
	for z, d := range dem {
		k := min(sup[z]*credit[z]+credAdd[z], sup[z], d)
		kept[z], slope[z] = k, share[z]*need
		floor[z], val[z] = 0, d
		t.setActive(z, max(k, emerg[z]*d))
	}
	if t.fillFirst() {
		t.concave = false
		return
	}
	served := 0.0
	for z := range t.Z {
		served += t.val[z]
	}
	if !t.floorsShort && t.curFlow >= served-t.tol {
		t.concave = false
		return
	}
	// Emergency feeders cannot all be served: fill them first.
	t.concave = false
	for z := range t.Z {
		t.state[z], t.val[z] = zFixed, t.dem[z]
	}
	for z := range t.Z {
		t.slope[z] = t.emerg[z] * t.dem[z]
		t.setActive(z, t.kept[z])
	}
	t.fill()
	t.concave = true
	for z := range t.Z {
		if t.dem[z] > 0 && t.val[z] < t.dem[z] {
			t.slope[z] = t.share[z] * need
			t.setActive(z, t.val[z])
		}
	}
	t.fill()
	t.concave = false
}

// fillFirst is a stage's fill (the hour's first, or Priority's second):
// replay when the previous hour's sets of the same stage still hold, else
// fill from the states replay found (restored), and reports whether replay
// settled it.
//
// Replay learns within the hour too: a set the chain missed (the minimum
// cut of a failed check, or a set that bound below an earlier round's
// level and so should have bound first) joins the candidates of every
// round, and the chain is replayed again, up to len(t.extra) times, before
// falling back to fill.
func (t *transfer) fillFirst() bool {
	call := min(t.call, 1)
	copy(t.saveState, t.state)
	copy(t.saveVal, t.val)
	t.nExtra = 0
	for {
		ok, again := t.replay(call)
		if ok {
			t.call++ // as fill counts its calls
			return true
		}
		copy(t.state, t.saveState)
		copy(t.val, t.saveVal)
		if !again {
			break
		}
	}
	t.floorsShort = false
	t.fill()
	return false
}

// replay is fill's first call with the previous hour's bottleneck sets
// taken as this hour's: each round's level is the lowest that the trivial
// cut, the cached set and the sets added this hour allow, and the zones of
// the binding set freeze there, with no max flow. The served vector is
// then certified (spanning forest, else one max flow). Feasible, with every
// frozen set tight and levels non-decreasing round to round, it is the
// progressive filling's result (no zone can rise without lowering one at a
// level no higher). Otherwise replay reports false, and again when it has
// added the set that failed it (see fillFirst): the forest's failing
// subtree or its complement when that cut is violated, else the max
// flow's minimum cut. The chain has only cost a few sums.
func (t *transfer) replay(call int) (ok, again bool) {
	Z := t.Z
	if !t.cutValid[call][0] {
		return false, false
	}
	last := 0.0
	rounds := 0
	// Local slices: the hour's loops carry no bounds checks or field reloads.
	sup, dem, state, val := t.sup[:Z], t.dem[:Z], t.state[:Z], t.val[:Z]
	floor, slope, topZ := t.floor[:Z], t.slope[:Z], t.topZ[:Z]
	lv, lvCut := t.lv[:Z], t.cut[:Z]
	for round := 0; ; round++ {
		// One pass over the zones gives both cuts' bounds (the trivial
		// cut, all zones, and the cached set) and packs their active
		// zones for level.
		cached := round <= Z && t.cutValid[call][round]
		var inCut []bool
		if cached {
			inCut = t.cuts[call][round][:Z]
		}
		A, Ac, top := 0.0, 0.0, 0.0
		nAll, nCut := 0, 0
		for z, sz := range sup {
			A += sz
			in := cached && inCut[z]
			if in {
				Ac += sz
			}
			if st := state[z]; st != zActive {
				c := 0.0 // sinkCap: fixed at val, excluded at 0; no level in it
				if st == zFixed {
					c = val[z]
				}
				A -= c
				if in {
					Ac -= c
				}
				continue
			}
			p := packedZone{floor[z], slope[z], dem[z]}
			lv[nAll] = p
			nAll++
			if in {
				lvCut[nCut] = p
				nCut++
			}
			if p.slope > 0 && topZ[z] > top {
				top = topZ[z]
			}
		}
		if nAll == 0 {
			break
		}
		if !t.concave {
			top = 1
		}
		// The cached set first: it usually binds, and then the trivial
		// cut is one evaluation at its level.
		tt, cut := top, false
		if nCut > 0 {
			Ac += t.cutCorridors(call, round)
			if nt := t.levelPacked(Ac, tt, lvCut[:nCut]); nt < tt {
				tt, cut = nt, true
			}
		}
		if nt := t.levelPacked(A, tt, lv[:nAll]); nt < tt {
			tt, cut = nt, false
		}
		// binding is the set that freezes (nil: all active zones).
		var binding []bool
		if cut {
			binding = inCut
		}
		added := false // binding is one of this hour's added sets
		if round <= Z {
			t.bound[round] = -1
		}
		for e, set := range t.extra[:t.nExtra] {
			copy(t.inT, set)
			if Ae, ok := t.cutBound(tt); ok {
				if nt := t.level(Ae, tt); nt < tt {
					tt, binding, added = nt, set, true
					if round <= Z {
						t.bound[round] = e
					}
				}
			}
		}
		if t.floorsShort {
			return false, false
		}
		if tt < last {
			// Zones that reach their demand (nothing bound below top)
			// freeze there in any order; a set that bound below the last
			// level should have bound first: try again with it.
			if binding != nil || tt < top {
				return false, binding != nil && !added && t.addExtra(binding)
			}
			tt = last
		}
		last = tt
		rounds = round + 1
		left := 0
		for z, st := range state {
			if st != zActive {
				continue
			}
			if binding == nil || tt >= top || binding[z] {
				val[z] = activeCap(t.concave, floor[z], slope[z], dem[z], tt)
				state[z] = zFixed
			} else {
				left++
			}
		}
		if left == 0 {
			break
		}
	}
	ok, fz := t.tree.feasible(t.corr, t.corrUp, t.corrGen, t.sup, t.val, t.tol)
	if ok {
		t.certified++
		t.byTree++
		t.learn(call, rounds)
		return true, false
	}
	// The subtree the forest failed at, or the zones outside it, is often
	// a cut the vector violates: the set the chain missed, found without
	// a max flow.
	if fz >= 0 {
		for z := range Z {
			t.inT[z] = t.tree.under(int32(z), fz)
		}
		for range 2 {
			if slack, _ := t.cutBound(0); slack < -t.tol {
				t.violated++
				return false, t.addExtra(t.inT)
			}
			for z := range Z {
				t.inT[z] = !t.inT[z]
			}
		}
	}
	served := 0.0
	for z := range Z {
		served += t.val[z]
	}
	if t.flow(t.setCaps(0)) < served-t.tol {
		for z := range Z {
			t.inT[z] = t.net.level[2+z] < 0 // the flow's minimum cut
		}
		return false, t.addExtra(t.inT)
	}
	t.tree.keep(t.net, Z, t.corr, t.corrUp)
	t.certified++
	t.learn(call, rounds)
	return true, false
}

// addExtra adds set to the chain's candidates for this hour, reporting
// false when they are full.
func (t *transfer) addExtra(set []bool) bool {
	if t.nExtra == len(t.extra) {
		return false
	}
	copy(t.extra[t.nExtra], set)
	t.nExtra++
	return true
}

// learn makes the added sets that bound in a certified replay the cached
// sets of their rounds, for the next hour.
func (t *transfer) learn(call, rounds int) {
	if t.nExtra == 0 {
		return
	}
	t.learnt++
	for r := range min(rounds, t.Z+1) {
		if e := t.bound[r]; e >= 0 {
			copy(t.cuts[call][r], t.extra[e])
			t.cutValid[call][r] = true
			t.cutGen[call][r] = 0
		}
	}
}

func (t *transfer) setActive(z int, floor float64) {
	if t.dem[z] <= 0 {
		t.state[z], t.val[z] = zFixed, 0
		return
	}
	t.state[z], t.floor[z] = zActive, floor
	if t.concave && t.slope[z] > 0 {
		t.topZ[z] = (t.dem[z] - floor) / t.slope[z]
	}
}

// sinkCap is zone z's demand in the flow problem at common fraction tt.
func (t *transfer) sinkCap(z int, tt float64) float64 {
	switch t.state[z] {
	case zFixed:
		return t.val[z]
	case zExcluded:
		return 0
	}
	return activeCap(t.concave, t.floor[z], t.slope[z], t.dem[z], tt)
}

// activeCap is an active zone's sink capacity at common fraction tt:
// min(dem, floor + tt·slope) for concave capacities, else
// max(floor, tt·slope).
func activeCap(concave bool, floor, slope, dem, tt float64) float64 {
	if concave {
		return min(dem, floor+tt*slope)
	}
	return max(floor, tt*slope)
}

// top is the level at which every active zone's sink capacity has reached
// its end: 1 for convex capacities, the largest (D − floor)/slope for
// concave ones.
func (t *transfer) top() float64 {
	if !t.concave {
		return 1
	}
	top := 0.0
	for z := range t.Z {
		if t.state[z] == zActive && t.slope[z] > 0 && t.topZ[z] > top {
			top = t.topZ[z]
		}
	}
	return top
}

// setCaps resets the network's residual capacities for fraction tt and
// returns the total sink capacity.
func (t *transfer) setCaps(tt float64) float64 {
	c := t.net.cap
	Z := t.Z
	need := 0.0
	for z := range Z {
		c[2*z], c[2*z+1] = t.sup[z], 0
		s := t.sinkCap(z, tt)
		need += s
		c[2*(Z+z)], c[2*(Z+z)+1] = s, 0
		t.curSink[z] = s
	}
	t.curFlow = 0
	for i, k := range t.corr {
		a := 2 * (2*Z + i)
		c[a], c[a+1] = k.ForwardMW*t.corrUp[i], k.BackwardMW*t.corrUp[i]
	}
	return need
}

// raiseCaps warm-starts the next round: frozen zones keep their sink
// capacities and active ones only grow (tt is above the last level), so the
// flow already in the network stays feasible and the max flow just
// continues from it. It reports false, changing nothing, if some capacity
// would shrink.
func (t *transfer) raiseCaps(tt float64) (float64, bool) {
	need := 0.0
	for z := range t.Z {
		s := t.sinkCap(z, tt)
		if s < t.curSink[z] {
			return 0, false
		}
		need += s
	}
	Z := t.Z
	for z := range Z {
		s := t.sinkCap(z, tt)
		t.net.cap[2*(Z+z)] += s - t.curSink[z]
		t.curSink[z] = s
	}
	return need, true
}

// fill raises the active zones' common fraction as far as the network
// allows, freezing bottleneck zones round by round, until none is active.
func (t *transfer) fill() {
	Z := t.Z
	call := min(t.call, 1)
	t.call++
	warmStage := t.filled > 0 // the network holds this hour's last stage's flow
	t.filled++
	for round := 0; ; round++ {
		nActive := 0
		for z := range Z {
			if t.state[z] == zActive {
				nActive++
			}
		}
		if nActive == 0 {
			return
		}
		// Start from the bound of the trivial cut (all zones on the sink
		// side): total supply shared by everyone.
		A := 0.0
		for z := range Z {
			A += t.sup[z]
			t.inT[z] = true
			if t.state[z] != zActive {
				A -= t.sinkCap(z, 1)
			}
		}
		// lastT remembers the cut that set tt, so a round whose check
		// finds no tight cut (numerical noise) freezes that cut's zones.
		top := t.top()
		tt, haveCut := min(top, t.level(A, top)), false
		if tt < top {
			copy(t.lastT, t.inT)
			haveCut = true
		}
		if round <= Z && t.cutValid[call][round] {
			copy(t.inT, t.cuts[call][round])
			if A, ok := t.cachedCutBound(call, round, tt); ok {
				if nt := t.level(A, tt); nt < tt {
					tt = nt
					copy(t.lastT, t.inT)
					haveCut = true
				}
			}
		}
		for iter := 0; ; iter++ {
			need, warm := 0.0, false
			// Later rounds, and a later stage's first, continue from the
			// flow already in the network when no capacity shrinks.
			if iter == 0 && (round > 0 || t.call > 1 && warmStage) {
				need, warm = t.raiseCaps(tt)
			}
			if !warm {
				need = t.setCaps(tt)
			}
			if t.flow(need) >= need-t.tol || iter == 60 {
				break
			}
			// Sink side T of the minimum cut: Σ_{z∈T} cap_z(t) ≤ A bounds t.
			for z := range Z {
				t.inT[z] = t.net.level[2+z] < 0
			}
			A, activeInT := t.cutBound(tt)
			if !activeInT {
				break // numerical noise on frozen values
			}
			nt := t.level(A, tt)
			copy(t.lastT, t.inT)
			haveCut = true
			if nt >= tt-1e-15 {
				tt = nt
				t.flow(t.setCaps(tt))
				break
			}
			tt = nt
		}
		// Freeze the active zones that cannot rise above tt.
		if round <= Z {
			for z := range Z {
				t.cuts[call][round][z] = t.net.level[2+z] < 0
			}
			t.cutValid[call][round] = true
			t.cutGen[call][round] = 0
		}
		frozen := 0
		for z := range Z {
			if t.state[z] != zActive {
				continue
			}
			if tt >= top || t.net.level[2+z] < 0 {
				t.val[z] = t.sinkCap(z, tt)
				t.state[z] = zFixed
				frozen++
			}
		}
		if frozen == 0 {
			for z := range Z {
				if t.state[z] == zActive && (!haveCut || t.lastT[z]) {
					t.val[z] = t.sinkCap(z, tt)
					t.state[z] = zFixed
				}
			}
		}
	}
}

// cutBound returns A for the zone set t.inT (sink side of a cut):
// Σ_{z∈T} supply + corridor capacity into T − fixed demands in T, and
// whether T holds an active zone. Feasibility needs Σ_{z∈T active} cap_z ≤ A.
func (t *transfer) cutBound(tt float64) (float64, bool) {
	A, active := t.zoneBound(tt)
	return A + t.corridorsInto(), active
}

// cachedCutBound is cutBound for the cached set of (call, round), now in
// t.inT, with its corridor capacity kept until a corridor changes.
func (t *transfer) cachedCutBound(call, round int, tt float64) (float64, bool) {
	A, active := t.zoneBound(tt)
	return A + t.cutCorridors(call, round), active
}

// cutCorridors is the corridor capacity into the cached set of (call,
// round), now in t.inT, computed again only when a corridor has changed.
func (t *transfer) cutCorridors(call, round int) float64 {
	if t.cutGen[call][round] != t.corrGen {
		copy(t.inT, t.cuts[call][round])
		t.cutCorr[call][round] = t.corridorsInto()
		t.cutGen[call][round] = t.corrGen
	}
	return t.cutCorr[call][round]
}

// zoneBound is cutBound's zone part.
func (t *transfer) zoneBound(tt float64) (float64, bool) {
	A, active := 0.0, false
	for z := range t.Z {
		if t.inT[z] {
			A += t.sup[z]
			if t.state[z] == zActive {
				active = true
			} else {
				A -= t.sinkCap(z, tt)
			}
		}
	}
	return A, active
}

// corridorsInto is the corridor capacity into t.inT.
func (t *transfer) corridorsInto() float64 {
	A := 0.0
	for i, k := range t.corr {
		if !t.inT[k.From] && t.inT[k.To] {
			A += k.ForwardMW * t.corrUp[i]
		} else if t.inT[k.From] && !t.inT[k.To] {
			A += k.BackwardMW * t.corrUp[i]
		}
	}
	return A
}

// flow computes the max flow on freshly set capacities, stopping once it
// serves need (within tolerance).
func (t *transfer) flow(need float64) float64 {
	p := t.net.primeLocal(t.Z)
	t.curFlow += p
	t.curFlow += t.net.maxflow(need - t.curFlow - t.tol*0.5)
	return t.curFlow
}

// level is the largest level ≤ tt at which the active zones in t.inT fit in
// A: it solves Σ_{z∈T active} cap_z(t) = A. Convex capacities
// max(floor, t·slope) by Newton from above; concave ones by Newton from
// below (levelConcave). Both are piecewise linear, so exact in a few steps.
// The zones are packed first, in zone order, so each step is a tight loop.
func (t *transfer) level(A, tt float64) float64 {
	n := 0
	for z := range t.Z {
		if t.inT[z] && t.state[z] == zActive {
			t.lv[n] = packedZone{t.floor[z], t.slope[z], t.dem[z]}
			n++
		}
	}
	return t.levelPacked(A, tt, t.lv[:n])
}

// packedZone is an active zone as level reads it, packed in zone order so
// each Newton step is one tight loop over one array.
type packedZone struct{ floor, slope, dem float64 }

// levelPacked is level on packed zones p.
func (t *transfer) levelPacked(A, tt float64, p []packedZone) float64 {
	if t.concave {
		return t.levelConcave(A, tt, p)
	}
	for range 64 {
		g, gp := 0.0, 0.0
		for _, z := range p {
			if v := tt * z.slope; v > z.floor {
				g += v
				gp += z.slope
			} else {
				g += z.floor
			}
		}
		if g <= A+t.tol*1e-3 || gp == 0 {
			return tt
		}
		tt -= (g - A) / gp
		if tt <= 0 {
			return 0
		}
	}
	return tt
}

// levelConcave is level for capacities min(dem, floor + t·slope): from
// below, each Newton step lands on or under the root (the tangent of a
// concave function lies above it), so the iterates rise to it monotonically.
func (t *transfer) levelConcave(A, tt float64, p []packedZone) float64 {
	eval := func(x float64) (g, gp float64) {
		for _, z := range p {
			if c := z.floor + x*z.slope; c < z.dem {
				g += c
				gp += z.slope
			} else {
				g += z.dem
			}
		}
		return g, gp
	}
	slack := t.tol * 1e-3
	if g, _ := eval(tt); g <= A+slack {
		return tt
	}
	x := 0.0
	for range 64 {
		g, gp := eval(x)
		if x == 0 && g > A+t.tol {
			t.floorsShort = true // the floors themselves do not fit this cut
		}
		if g >= A-slack || gp == 0 {
			return x
		}
		nx := x + (A-g)/gp
		if nx >= tt {
			return tt
		}
		x = nx
	}
	return x
}
