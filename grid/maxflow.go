package grid

import "math"

// flowNet is a small max-flow network (ISAP) on flat arrays (built once per
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
	dist  []int32 // ISAP distance labels to the sink
	cnt   []int32 // number of nodes per label (gap heuristic)
	path  []int32
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
	f.dist = make([]int32, n)
	f.cnt = make([]int32, n+1)
	f.path = make([]int32, 0, n)
	f.iter = make([]int32, n)
	f.queue = make([]int32, n)
	return f
}

// bfs labels levels from the source over arcs with residual > eps and
// reports whether the sink is reachable.
func (f *flowNet) bfs() bool {
	for i := range f.level {
		f.level[i] = -1
	}
	f.level[nodeS] = 0
	q := f.queue[:0]
	q = append(q, nodeS)
	for k := 0; k < len(q); k++ {
		u := q[k]
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

// maxflow returns the flow added to the current residual network.
// Afterwards level[v] >= 0 exactly for nodes reachable from the source in
// the residual network (the source side of a minimum cut).
//
// It stops early once the flow reaches target: a feasibility check needs no
// proof of optimality, and the proof (relabelling until no path remains) is
// a large part of the work.
func (f *flowNet) maxflow(target float64) float64 {
	total := 0.0
	if target > 0 {
		total = f.isap(target)
	}
	f.bfs() // sink unreachable now: labels the whole source side
	return total
}

// isap is the improved shortest augmenting path algorithm: exact distance
// labels to the sink from one reverse BFS, then advance/retreat with
// relabelling and the gap heuristic — no BFS per phase, which on these
// long, thin networks (a line of zones) is what Dinic spends its time on.
func (f *flowNet) isap(target float64) float64 {
	n := int32(f.n)
	d, cnt := f.dist, f.cnt
	for i := range d {
		d[i] = n
	}
	clear(cnt)
	d[nodeT] = 0
	q := f.queue[:0]
	q = append(q, nodeT)
	for k := 0; k < len(q); k++ {
		u := q[k]
		for _, a := range f.adj[f.start[u]:f.start[u+1]] {
			v := f.head[a]
			if d[v] == n && f.cap[a^1] > f.eps { // residual arc v→u
				d[v] = d[u] + 1
				q = append(q, v)
			}
		}
	}
	if d[nodeS] >= n {
		return 0
	}
	for _, x := range d {
		if x < n {
			cnt[x]++
		}
	}
	copy(f.iter, f.start[:f.n])
	path := f.path[:0]
	total := 0.0
	u := int32(nodeS)
	for d[nodeS] < n {
		if u == nodeT {
			b := math.Inf(1)
			for _, a := range path {
				b = min(b, f.cap[a])
			}
			back := len(path)
			for k, a := range path {
				f.cap[a] -= b
				f.cap[a^1] += b
				if f.cap[a] <= f.eps && k < back {
					back = k
				}
			}
			total += b
			if total >= target {
				break
			}
			path = path[:back] // retreat to the tail of the first saturated arc
			u = nodeS
			if back > 0 {
				u = f.head[path[back-1]]
			}
			continue
		}
		advanced := false
		du, end := d[u]-1, f.start[u+1]
		for i := f.iter[u]; i < end; i++ {
			a := f.adj[i]
			if v := f.head[a]; d[v] == du && f.cap[a] > f.eps {
				f.iter[u] = i
				path = append(path, a)
				u = v
				advanced = true
				break
			}
		}
		if advanced {
			continue
		}
		// Relabel u to 1 + the lowest label among residual neighbours.
		m := n - 1
		for _, a := range f.adj[f.start[u]:f.start[u+1]] {
			if f.cap[a] > f.eps {
				m = min(m, d[f.head[a]])
			}
		}
		cnt[d[u]]--
		if cnt[d[u]] == 0 {
			break // gap: no path to the sink remains
		}
		d[u] = m + 1
		if d[u] < n {
			cnt[d[u]]++
		}
		f.iter[u] = f.start[u]
		if u != nodeS {
			path = path[:len(path)-1]
			if len(path) > 0 {
				u = f.head[path[len(path)-1]]
			} else {
				u = nodeS
			}
		}
	}
	f.path = path
	return total
}
