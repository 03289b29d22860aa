package grid

import "math"

// flowNet is a small Dinic max-flow network on flat arrays (built once per
// Assess, reused every hour). Node 0 is the source, 1 the sink, 2+z zone z.
// Arcs come in pairs (a, a^1); a corridor is one pair whose two residual
// capacities are its forward and backward limits, so flow f on it lies in
// [−Backward, Forward].
type flowNet struct {
	n     int
	head  []int32 // arc target
	cap   []float64
	adj   []int32 // CSR arc ids per node
	start []int32 // len n+1
	level []int32
	iter  []int32
	queue []int32
	eps   float64
}

const (
	nodeS = 0
	nodeT = 1
)

// newFlowNet builds the network for Z zones and the corridors: arc pairs
// 0..Z-1 are source→zone, Z..2Z-1 zone→sink, then one pair per corridor.
func newFlowNet(Z int, corr []Corridor) *flowNet {
	n := Z + 2
	f := &flowNet{n: n}
	addPair := func(u, v int) {
		f.head = append(f.head, int32(v), int32(u))
	}
	for z := range Z {
		addPair(nodeS, 2+z)
	}
	for z := range Z {
		addPair(2+z, nodeT)
	}
	for _, c := range corr {
		addPair(2+c.From, 2+c.To)
	}
	na := len(f.head)
	f.cap = make([]float64, na)
	tail := make([]int32, na)
	for a := 0; a < na; a += 2 {
		tail[a], tail[a+1] = f.head[a+1], f.head[a]
	}
	f.start = make([]int32, n+1)
	for a := range na {
		f.start[tail[a]+1]++
	}
	for i := range n {
		f.start[i+1] += f.start[i]
	}
	f.adj = make([]int32, na)
	fill := make([]int32, n)
	copy(fill, f.start[:n])
	for a := range na {
		f.adj[fill[tail[a]]] = int32(a)
		fill[tail[a]]++
	}
	f.level = make([]int32, n)
	f.iter = make([]int32, n)
	f.queue = make([]int32, n)
	return f
}

// bfs labels levels from the source over arcs with residual > eps and
// reports whether the sink is reachable. It stops once the sink's level is
// settled; when the sink is unreachable it labels every reachable node.
func (f *flowNet) bfs() bool {
	bfsCount++
	for i := range f.level {
		f.level[i] = -1
	}
	f.level[nodeS] = 0
	q := f.queue[:0]
	q = append(q, nodeS)
	for k := 0; k < len(q); k++ {
		u := q[k]
		if lt := f.level[nodeT]; lt >= 0 && f.level[u] >= lt {
			break // nodes at or past the sink's level are on no shortest path
		}
		for _, a := range f.adj[f.start[u]:f.start[u+1]] {
			v := f.head[a]
			if f.level[v] < 0 && f.cap[a] > f.eps {
				f.level[v] = f.level[u] + 1
				q = append(q, v)
			}
		}
	}
	return f.level[nodeT] >= 0
}

// dfs pushes up to limit from u along level-increasing arcs, as much as it
// can in one pass (multi-push: fewer restarts from the source).
func (f *flowNet) dfs(u int32, limit float64) float64 {
	if u == nodeT {
		return limit
	}
	pushed := 0.0
	for ; f.iter[u] < f.start[u+1]; f.iter[u]++ {
		a := f.adj[f.iter[u]]
		v := f.head[a]
		if f.cap[a] > f.eps && f.level[v] == f.level[u]+1 {
			d := f.dfs(v, min(limit-pushed, f.cap[a]))
			if d > 0 {
				f.cap[a] -= d
				f.cap[a^1] += d
				pushed += d
				if limit-pushed <= f.eps {
					return pushed
				}
			}
		}
	}
	return pushed
}

// primeLocal pushes each zone's own supply straight to its own demand
// (source→zone→sink) before Dinic runs: a feasible starting flow that
// leaves Dinic only the inter-zone transfers (reverse arcs still let it
// reroute). Z is the number of zones.
func (f *flowNet) primeLocal(Z int) float64 {
	total := 0.0
	for z := range Z {
		a, b := 2*z, 2*(Z+z)
		d := min(f.cap[a], f.cap[b])
		if d > 0 {
			f.cap[a] -= d
			f.cap[a+1] += d
			f.cap[b] -= d
			f.cap[b+1] += d
			total += d
		}
	}
	return total
}

// maxflow runs Dinic on the current residual capacities and returns the
// flow added. Afterwards level[v] >= 0 exactly for nodes reachable from the
// source in the residual network (the source side of a minimum cut).
func (f *flowNet) maxflow() float64 {
	total := 0.0
	for f.bfs() {
		copy(f.iter, f.start[:f.n])
		total += f.dfs(nodeS, math.Inf(1))
	}
	return total
}
var bfsCount int
