package grid

import (
	"cmp"
	"slices"
)

// spanTree certifies an hour's served vector without a max flow. The
// corridors off a spanning forest keep the flows of the last max flow
// (consecutive hours route power alike); the forest's corridors then take
// any flow within their limits, and on a forest whether some flow meets
// every zone is a single pass from the leaves up. A vector routed that way
// can be routed over the network, so a pass that succeeds is a proof. A
// pass that fails first shifts kept flows around the cycles that could
// relieve the failing subtree (feasible); if that fails too it proves
// nothing, and the caller runs the max flow.
//
// Which corridors are in the forest is chosen after each max flow: those
// that flow at a limit (a binding tie keeps binding, so its flow is the one
// to hold) go last, and among the others the widest first (Kruskal).
type spanTree struct {
	order  []int32 // zones, each after its parent (roots first)
	parent []int32 // -1 for a root
	corr   []int32 // corridor joining a zone to its parent
	up     []bool  // whether that corridor runs zone → parent (From is the zone)
	off    []int32 // corridors off the forest
	// fixed is each off-forest corridor's last flow From→To; none until a
	// max flow has set it (reset at each sample).
	fixed    []float64
	hasFixed bool
	lo, hi   []float64
	// What feasible needs of the corridors, kept while the forest and the
	// corridor states (generation gen) stay: each zone's net inflow on the
	// off-forest corridors, and what its forest corridor carries to its
	// parent (out) and from it (in).
	inj, out, in []float64
	gen          uint64

	// Scratch for choosing and building the forest without allocating:
	// corridors widest first, this choice's order, union-find, the
	// forest's adjacency (CSR) and the zones reached.
	wide, pick []int32
	sets       disjointSets
	adjStart   []int32
	adj        []int32
	seen       []bool
}

// newSpanTree starts from the maximum-capacity spanning forest.
func newSpanTree(Z int, corr []Corridor) *spanTree {
	C := len(corr)
	t := &spanTree{
		order: make([]int32, 0, Z), parent: make([]int32, Z), corr: make([]int32, Z), up: make([]bool, Z),
		off: make([]int32, 0, C), fixed: make([]float64, C), lo: make([]float64, Z), hi: make([]float64, Z),
		inj: make([]float64, Z), out: make([]float64, Z), in: make([]float64, Z),
		wide: make([]int32, C), pick: make([]int32, 0, C), sets: newDisjointSets(Z),
		adjStart: make([]int32, Z+1), adj: make([]int32, 2*C), seen: make([]bool, Z),
	}
	for i := range t.wide {
		t.wide[i] = int32(i)
	}
	slices.SortStableFunc(t.wide, func(a, b int32) int {
		return cmp.Compare(corr[b].ForwardMW+corr[b].BackwardMW, corr[a].ForwardMW+corr[a].BackwardMW)
	})
	t.build(corr, t.wide)
	return t
}

// build makes the spanning forest that takes corridors in the order idx
// (Kruskal), rooted at the lowest zone of each component.
func (t *spanTree) build(corr []Corridor, idx []int32) {
	Z := len(t.parent)
	t.gen = 0 // the forest (and, in keep, the kept flows) change: corridors() again
	for z := range t.sets {
		t.sets[z] = z
	}
	t.off = t.off[:0]
	clear(t.adjStart)
	for _, i := range idx {
		c := &corr[i]
		if !t.sets.union(c.From, c.To) {
			t.off = append(t.off, i)
			continue
		}
		t.adjStart[c.From+1]++
		t.adjStart[c.To+1]++
	}
	for z := range Z {
		t.adjStart[z+1] += t.adjStart[z]
	}
	// Fill the adjacency: corridors not off the forest, in idx order.
	fill := t.parent // borrowed as the fill cursor; rewritten below
	for z := range Z {
		fill[z] = t.adjStart[z]
	}
	k := 0
	for _, i := range idx {
		if k < len(t.off) && t.off[k] == i {
			k++
			continue
		}
		c := &corr[i]
		t.adj[fill[c.From]] = i
		fill[c.From]++
		t.adj[fill[c.To]] = i
		fill[c.To]++
	}
	slices.Sort(t.off)
	t.order = t.order[:0]
	clear(t.seen)
	for r := range Z {
		if t.seen[r] {
			continue
		}
		t.seen[r], t.parent[r], t.corr[r] = true, -1, -1
		t.order = append(t.order, int32(r))
		for q := len(t.order) - 1; q < len(t.order); q++ {
			u := int(t.order[q])
			for _, i := range t.adj[t.adjStart[u]:t.adjStart[u+1]] {
				v := corr[i].From + corr[i].To - u
				if t.seen[v] {
					continue
				}
				t.seen[v] = true
				t.parent[v], t.corr[v], t.up[v] = int32(u), i, corr[i].From == v
				t.order = append(t.order, int32(v))
			}
		}
	}
}

// keep chooses the forest for the flow now in network f (corridor arcs set
// to capacities × up) and records the off-forest corridors' flows.
func (t *spanTree) keep(f *flowNet, Z int, corr []Corridor, up []float64) {
	atLimit := func(i int32) bool {
		a := 2 * (2*Z + int(i))
		return f.cap[a] <= f.eps || f.cap[a+1] <= f.eps
	}
	t.pick = t.pick[:0]
	for _, i := range t.wide {
		if !atLimit(i) {
			t.pick = append(t.pick, i)
		}
	}
	for _, i := range t.wide {
		if atLimit(i) {
			t.pick = append(t.pick, i)
		}
	}
	t.build(corr, t.pick)
	for _, i := range t.off {
		t.fixed[i] = corr[i].ForwardMW*up[i] - f.cap[2*(2*Z+int(i))]
	}
	t.hasFixed = true
}

// feasible reports whether served loads x can be met from supplies sup
// (each zone using between 0 and all of its own) with the off-forest
// corridors at their kept flows and the forest's within their limits
// (scaled by up: 1 in service, 0 out; gen is up's generation), within tol.
//
// When a subtree cannot be balanced through its forest corridor (or a
// root cannot, and a subtree's corridor cuts off what it lacks: clamped),
// the kept flows of off-forest corridors that cross into that subtree are
// shifted, within their limits, by what it lacks (one augmenting step
// around each such corridor's cycle) and the pass is tried again, a few
// times at most. Any kept flows within limits make a valid proof, so
// shifted ones are kept for the next hours. When it fails it also returns
// the subtree it failed at last (its root zone; -1 if none): often a cut
// the vector violates.
func (t *spanTree) feasible(corr []Corridor, up []float64, gen uint64, sup, x []float64, tol float64) (bool, int32) {
	if !t.hasFixed {
		return false, -1
	}
	if t.gen != gen {
		t.corridors(corr, up)
		t.gen = gen
	}
	z := int32(-1)
	for range 4 {
		var need float64
		if z, need = t.pass(sup, x, tol); z < 0 {
			return true, -1
		}
		if need == 0 || !t.shift(corr, up, z, need, tol) {
			break
		}
	}
	return false, z
}

// pass is one sweep from the leaves up: [lo, hi] is the range of what a
// subtree can send its parent. It returns -1, or the zone whose subtree
// fails and the inflow it lacks (negative: the excess inflow), 0 at a root.
func (t *spanTree) pass(sup, x []float64, tol float64) (int32, float64) {
	// Local slices: the loops carry no field reloads.
	lo, hi, inj, parent, in, out := t.lo, t.hi, t.inj, t.parent, t.in, t.out
	n := len(lo)
	hi, inj, sup, x = hi[:n], inj[:n], sup[:n], x[:n]
	for z, j := range inj {
		lo[z], hi[z] = j-x[z], j+sup[z]-x[z]
	}
	order := t.order
	for k := len(order) - 1; k >= 0; k-- {
		z := order[k]
		p := parent[z]
		if p < 0 {
			if lo[z] > tol || hi[z] < -tol {
				return t.clamped(z, tol)
			}
			continue
		}
		a, b := max(lo[z], -in[z]), min(hi[z], out[z])
		if a > b+tol {
			if lo[z] > out[z] {
				return z, out[z] - lo[z]
			}
			return z, -in[z] - hi[z]
		}
		lo[p] += a
		hi[p] += max(a, b)
	}
	return -1, 0
}

// clamped is pass's answer when the tree of root r cannot balance: the
// subtree in it whose forest corridor cuts off most of what r lacks (its
// range reaches past the corridor's limit on the side r needs) and the
// inflow change that would relieve r, or r and 0 when none does.
func (t *spanTree) clamped(r int32, tol float64) (int32, float64) {
	lack := -t.hi[r] // r short of supply: a subtree could send more than its corridor carries
	if t.lo[r] > tol {
		lack = -t.lo[r] // r with supply it cannot place: a subtree could take more
	}
	best, need := r, 0.0
	for _, z := range t.order {
		if t.parent[z] < 0 || !t.under(z, r) {
			continue
		}
		if lack > 0 {
			if over := t.hi[z] - t.out[z]; over > tol && over > -need {
				best, need = z, -min(over, lack)
			}
		} else if under := -t.in[z] - t.lo[z]; under > tol && under > need {
			best, need = z, min(under, -lack)
		}
	}
	return best, need
}

// shift moves the kept flows of off-forest corridors with one end in z's
// subtree so that the subtree's inflow changes by need, as far as their
// limits allow, reporting whether any moved.
func (t *spanTree) shift(corr []Corridor, up []float64, z int32, need, tol float64) bool {
	moved := false
	for _, i := range t.off {
		if up[i] == 0 {
			continue
		}
		c := &corr[i]
		inFrom, inTo := t.under(int32(c.From), z), t.under(int32(c.To), z)
		if inFrom == inTo {
			continue
		}
		// d is the change of flow From→To that changes the inflow by need.
		d := need
		if inFrom {
			d = -need
		}
		f := t.fixed[i]
		d = max(-c.BackwardMW-f, min(c.ForwardMW-f, d))
		if d > -tol && d < tol {
			continue
		}
		t.fixed[i] = f + d
		t.inj[c.From] -= d
		t.inj[c.To] += d
		moved = true
		if inTo {
			need -= d
		} else {
			need += d
		}
		if need > -tol && need < tol {
			break
		}
	}
	return moved
}

// under reports whether zone v is in the subtree of z.
func (t *spanTree) under(v, z int32) bool {
	for ; v >= 0; v = t.parent[v] {
		if v == z {
			return true
		}
	}
	return false
}

// corridors sets inj, out and in for the corridor states up.
func (t *spanTree) corridors(corr []Corridor, up []float64) {
	clear(t.inj)
	for _, i := range t.off {
		f := t.fixed[i]
		if up[i] == 0 {
			f = 0
		}
		c := &corr[i]
		t.inj[c.From] -= f
		t.inj[c.To] += f
	}
	for _, z := range t.order {
		if t.parent[z] < 0 {
			continue
		}
		i := t.corr[z]
		c := &corr[i]
		out, in := c.BackwardMW, c.ForwardMW // zone → parent, parent → zone
		if t.up[z] {
			out, in = in, out
		}
		t.out[z], t.in[z] = out*up[i], in*up[i]
	}
}

// disjointSets is union-find over zones (path halving).
type disjointSets []int

func newDisjointSets(n int) disjointSets {
	d := make(disjointSets, n)
	for i := range d {
		d[i] = i
	}
	return d
}

func (d disjointSets) find(x int) int {
	for d[x] != x {
		d[x] = d[d[x]]
		x = d[x]
	}
	return x
}

// union joins the sets of a and b, reporting false if they were one.
func (d disjointSets) union(a, b int) bool {
	ra, rb := d.find(a), d.find(b)
	if ra == rb {
		return false
	}
	d[ra] = rb
	return true
}
