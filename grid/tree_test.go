package grid

import (
	"math"
	"testing"
)

// A line A–B–C (A→B 30 MW, B→C 20 MW, nothing back) with one off-tree
// corridor A–C whose kept flow is 5 MW A→C, worked out by hand: A has 60
// MW and serves 10; B serves 25 of its 5; C serves 30 of its 0.
// C needs 30 = 5 kept + 25 through B→C, over its 20 MW: infeasible. With
// C serving 25 (20 + 5) it fits, and B then needs 20 from A (A sends
// 20 + 20 on A→B = 40 > 30): infeasible again; with B serving 15 the
// flows are A→B 30 (10 for B, 20 on to C), within every limit.
func TestSpanTreeByHand(t *testing.T) {
	corr := []Corridor{
		{From: 0, To: 1, ForwardMW: 30, BackwardMW: 0},
		{From: 1, To: 2, ForwardMW: 20, BackwardMW: 0},
		{From: 0, To: 2, ForwardMW: 5, BackwardMW: 5},
	}
	tr := newSpanTree(3, corr)
	if len(tr.off) != 1 || tr.off[0] != 2 {
		t.Fatalf("off-forest corridors %v, want the 5 MW one [2]", tr.off)
	}
	up := []float64{1, 1, 1}
	sup := []float64{60, 5, 0}
	if certifies(tr, corr, up, 1, sup, []float64{10, 15, 25}, 1e-9) {
		t.Fatal("certified before any flow was kept")
	}
	tr.fixed[2], tr.hasFixed = 5, true
	for _, c := range []struct {
		x    []float64
		up   []float64
		want bool
	}{
		{[]float64{10, 25, 30}, up, false},
		{[]float64{10, 25, 25}, up, false},
		{[]float64{10, 15, 25}, up, true},
		{[]float64{10, 15, 20}, up, true},                  // A uses less of its own
		{[]float64{10, 15, 25}, []float64{1, 1, 0}, false}, // A–C out: C gets 20
		{[]float64{10, 15, 20}, []float64{1, 1, 0}, true},
		{[]float64{10, 5, 20}, []float64{1, 0, 1}, false}, // B–C out: C gets 5
	} {
		gen := uint64(2) // each case's corridor states anew
		if tr.gen == gen {
			gen = 3
		}
		if got := certifies(tr, corr, c.up, gen, sup, c.x, 1e-9); got != c.want {
			t.Errorf("x %v up %v: feasible %v, want %v", c.x, c.up, got, c.want)
		}
	}
	// Held the other way (C sends A 5 MW), C lacks 10 MW through B (30
	// needed, 20 allowed): the pass shifts the held flow by those 10 MW,
	// to A sending C 5 MW, its limit, and then certifies.
	tr.fixed[2] = -5
	if !certifies(tr, corr, up, 4, sup, []float64{10, 15, 25}, 1e-9) || tr.fixed[2] != 5 {
		t.Errorf("held flow −5 MW: not certified, or shifted to %v MW instead of 5", tr.fixed[2])
	}
	// C needing 26 MW is beyond every corridor's limit: no shift helps.
	if certifies(tr, corr, up, 5, sup, []float64{10, 15, 26}, 1e-9) {
		t.Error("C served 26 MW over 25 MW of corridors")
	}
	// The root short: A serves 5 MW and only C has supply (40 MW), which
	// B–C cannot carry back, so A–C must. Held at 5 MW A→C, C's subtree
	// first takes 5 MW it cannot use (shifted to 0); then A lacks 5 MW
	// while C could send 40 more than its forest corridor allows (0):
	// the held flow moves to C sending A 5 MW, and the pass certifies.
	if tr.order[0] != 0 {
		t.Fatalf("root %d, want A: the case below is worked for A", tr.order[0])
	}
	tr.fixed[2] = 5
	if !certifies(tr, corr, up, 6, []float64{0, 0, 40}, []float64{5, 0, 0}, 1e-9) || tr.fixed[2] != -5 {
		t.Errorf("A short, C cut off by its forest corridor: not certified, or held flow %v MW instead of −5", tr.fixed[2])
	}
	// A needing 6 MW is beyond A–C's 5 MW: no shift helps.
	if certifies(tr, corr, up, 7, []float64{0, 0, 40}, []float64{6, 0, 0}, 1e-9) {
		t.Error("A served 6 MW over 5 MW of corridors")
	}
}

// certifies is feasible's verdict alone.
func certifies(tr *spanTree, corr []Corridor, up []float64, gen uint64, sup, x []float64, tol float64) bool {
	ok, _ := tr.feasible(corr, up, gen, sup, x, tol)
	return ok
}

// The replayed chain gives fill's result: random meshes under Shares,
// Proportional and LocalFirst, hour after hour of slowly moving supply and
// demand with corridor outages, solved once with the previous hour's cuts
// (replay, certified by the tree or by a max flow) and once with the cache
// cleared every hour (fill from scratch). Both paths must be taken.
func TestReplayMatchesFill(t *testing.T) {
	for _, p := range []Policy{Shares, Proportional, LocalFirst, Priority} {
		replayMatchesFill(t, p)
	}
}

func replayMatchesFill(t *testing.T, policy Policy) {
	r := stream(5, 5, 5)
	u := func(a, b float64) float64 { return a + (b-a)*unif01(&r) }
	certified, byTree, learnt, violated, hours := 0, 0, 0, 0, 0
	for c := range 40 {
		Z := 3 + c%5
		sys := randomSystem(uint64(300+c), Z, false, false)
		withShares(sys, uint64(c))
		m, err := newModel(sys)
		if err != nil {
			t.Fatal(err)
		}
		var protected []int // Priority: the first zone, or the first two
		if policy == Priority {
			protected = []int{0, 1}[:1+c%2]
		}
		warm, cold := newTransfer(m, policy, protected), newTransfer(m, policy, protected)
		sup, dem := make([]float64, Z), make([]float64, Z)
		src := make([]float64, m.nSlots) // the first source of a zone 70 %, its second 30 %
		for z := range Z {
			sup[z], dem[z] = u(20, 120), u(40, 120)
		}
		xw, xc := make([]float64, Z), make([]float64, Z)
		for h := range 200 {
			for z := range Z {
				sup[z] *= u(0.95, 1.05)
				dem[z] *= u(0.97, 1.03)
				switch i := m.slotStart[z]; m.slotStart[z+1] - i {
				case 0:
				case 1:
					src[i] = sup[z]
				default:
					src[i], src[i+1] = 0.7*sup[z], 0.3*sup[z]
				}
			}
			for i := range warm.corrUp {
				if r.Uint64()%50 == 0 {
					warm.setCorridor(i, 1-warm.corrUp[i])
				}
				cold.setCorridor(i, warm.corrUp[i])
			}
			warm.src, cold.src = src, src
			cold.resetCache()
			warm.solve(sup, dem, xw)
			cold.solve(sup, dem, xc)
			hours++
			for z := range Z {
				if math.Abs(xw[z]-xc[z]) > 1e-9*(1+dem[z]) {
					t.Fatalf("policy %d case %d hour %d zone %d: replay %.12g, fill %.12g", policy, c, h, z, xw[z], xc[z])
				}
			}
		}
		certified += warm.certified
		byTree += warm.byTree
		learnt += warm.learnt
		violated += warm.violated
	}
	if byTree == 0 || certified == byTree || learnt == 0 || violated == 0 {
		t.Fatalf("policy %d, %d hours: %d certified, %d by the tree, %d after learning a set, %d sets from the forest: all four paths must run", policy, hours, certified, byTree, learnt, violated)
	}
	t.Logf("policy %d, %d hours: replay settled %d, the tree %d of them, %d after learning a set in the hour; %d violated sets found by the forest, not a max flow", policy, hours, certified, byTree, learnt, violated)
}
