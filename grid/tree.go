package grid

import (
	"cmp"
	"slices"
)

// spanTree certifies an hour's served vector without a max flow. The
// corridors off a maximum-capacity spanning forest keep the flows of the
// last max flow (consecutive hours route power alike); the forest's
// corridors then take any flow within their limits, and on a forest
// whether some flow meets every zone is a single pass from the leaves up.
// A vector routed that way can be routed over the network, so a pass that
// succeeds is a proof; one that fails proves nothing and the caller runs
// the max flow.
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
}

// newSpanTree takes corridors by decreasing total capacity (Kruskal), so
// the forest keeps the widest paths between zones.
func newSpanTree(Z int, corr []Corridor) *spanTree {
	idx := make([]int, len(corr))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		return cmp.Compare(corr[b].ForwardMW+corr[b].BackwardMW, corr[a].ForwardMW+corr[a].BackwardMW)
	})
	sets := newDisjointSets(Z)
	t := &spanTree{parent: make([]int32, Z), corr: make([]int32, Z), up: make([]bool, Z),
		fixed: make([]float64, len(corr)), lo: make([]float64, Z), hi: make([]float64, Z)}
	adj := make([][]int, Z)
	for _, i := range idx {
		if !sets.union(corr[i].From, corr[i].To) {
			t.off = append(t.off, int32(i))
			continue
		}
		adj[corr[i].From] = append(adj[corr[i].From], i)
		adj[corr[i].To] = append(adj[corr[i].To], i)
	}
	slices.Sort(t.off)
	seen := make([]bool, Z)
	for r := range Z {
		if seen[r] {
			continue
		}
		seen[r], t.parent[r], t.corr[r] = true, -1, -1
		t.order = append(t.order, int32(r))
		for k := len(t.order) - 1; k < len(t.order); k++ {
			u := int(t.order[k])
			for _, i := range adj[u] {
				v := corr[i].From + corr[i].To - u
				if seen[v] {
					continue
				}
				seen[v] = true
				t.parent[v], t.corr[v], t.up[v] = int32(u), int32(i), corr[i].From == v
				t.order = append(t.order, int32(v))
			}
		}
	}
	return t
}

// keep records the off-forest corridors' flows from the flow network f,
// whose corridor arcs were set to capacities × up.
func (t *spanTree) keep(f *flowNet, Z int, corr []Corridor, up []float64) {
	for _, i := range t.off {
		t.fixed[i] = corr[i].ForwardMW*up[i] - f.cap[2*(2*Z+int(i))]
	}
	t.hasFixed = true
}

// feasible reports whether served loads x can be met from supplies sup
// (each zone using between 0 and all of its own) with the off-forest
// corridors at their kept flows and the forest's within their limits
// (scaled by up: 1 in service, 0 out), within tol. From the leaves up,
// [lo, hi] is the range of what a subtree can send its parent.
func (t *spanTree) feasible(corr []Corridor, up, sup, x []float64, tol float64) bool {
	if !t.hasFixed {
		return false
	}
	lo, hi := t.lo, t.hi
	for z := range lo {
		lo[z], hi[z] = -x[z], sup[z]-x[z]
	}
	for _, i := range t.off {
		f := t.fixed[i]
		if up[i] == 0 {
			f = 0
		}
		c := &corr[i]
		lo[c.From] -= f
		hi[c.From] -= f
		lo[c.To] += f
		hi[c.To] += f
	}
	for k := len(t.order) - 1; k >= 0; k-- {
		z := t.order[k]
		p := t.parent[z]
		if p < 0 {
			if lo[z] > tol || hi[z] < -tol {
				return false
			}
			continue
		}
		c := &corr[t.corr[z]]
		out, in := c.BackwardMW, c.ForwardMW // zone → parent, parent → zone
		if t.up[z] {
			out, in = in, out
		}
		s := up[t.corr[z]]
		a, b := max(lo[z], -in*s), min(hi[z], out*s)
		if a > b+tol {
			return false
		}
		lo[p] += a
		hi[p] += max(a, b)
	}
	return true
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
