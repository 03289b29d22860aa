package grid

import (
	"fmt"
	"math"
	"testing"
)

// feasible reports whether serving x is possible in the network (one max
// flow with sink capacities x).
func feasible(m *model, sup, x, corrUp []float64) bool {
	tr := newTransfer(m, Proportional, nil)
	copy(tr.corrUp, corrUp)
	tr.sup = sup
	need := 0.0
	for z := range x {
		tr.state[z], tr.val[z] = zFixed, x[z]
		need += x[z]
	}
	tr.tol = 1e-9
	tr.net.eps = 1e-12
	tr.setCaps(0)
	return tr.flow(need) >= need-1e-7
}

// Random 4-zone meshes: the proportional split is feasible, serves the
// maximum deliverable total, and no transfer of δ from a better-served zone
// to a worse-served one is feasible (max-min fairness). Local-first keeps
// min(own supply, demand) in every zone; priority serves the protected zone
// as much as it could get alone.
func TestTransferRandomProperties(t *testing.T) {
	r := stream(7, 7, 7)
	u := func(a, b float64) float64 { return a + (b-a)*unif01(&r) }
	checks, short := 0, 0
	for c := range 300 {
		mo, hd := calendar(1)
		sys := &System{Hours: 1, Month: mo, HourOfDay: hd}
		for z := range 4 {
			sys.Zones = append(sys.Zones, Zone{Code: fmt.Sprint(z), Demand: []float64{0}})
		}
		for a := range 4 {
			for b := a + 1; b < 4; b++ {
				if r.Uint64()%3 != 0 {
					sys.Corridors = append(sys.Corridors, Corridor{From: a, To: b, ForwardMW: u(0, 60), BackwardMW: u(0, 60)})
				}
			}
		}
		m, err := newModel(sys)
		if err != nil {
			t.Fatal(err)
		}
		sup, dem := make([]float64, 4), make([]float64, 4)
		for z := range 4 {
			sup[z], dem[z] = u(0, 110), u(10, 100)
		}
		up := make([]float64, len(sys.Corridors))
		for i := range up {
			up[i] = 1
		}
		best := newTransfer(m, Proportional, nil)
		best.sup, best.dem = sup, dem
		for z := range 4 {
			best.state[z], best.val[z] = zFixed, dem[z]
		}
		best.tol, best.net.eps = 1e-9, 1e-12
		maxTotal := best.flow(best.setCaps(1))

		x := make([]float64, 4)
		newTransfer(m, Proportional, nil).solve(sup, dem, x)
		total := 0.0
		for z := range 4 {
			total += x[z]
		}
		if total < sum(dem)-1e-6 {
			short++
		}
		if !feasible(m, sup, x, up) || math.Abs(total-maxTotal) > 1e-6 {
			t.Fatalf("case %d: served %v (total %v) infeasible or below max %v", c, x, total, maxTotal)
		}
		const d = 1e-3
		for z := range 4 {
			for w := range 4 {
				if x[z]/dem[z] < x[w]/dem[w]-1e-6 && x[w] > d {
					checks++
					y := append([]float64(nil), x...)
					y[z] += d
					y[w] -= d
					if feasible(m, sup, y, up) {
						t.Fatalf("case %d: not max-min fair, zone %d (%.4f) could take from zone %d (%.4f)", c, z, x[z]/dem[z], w, x[w]/dem[w])
					}
				}
			}
		}

		newTransfer(m, LocalFirst, nil).solve(sup, dem, x)
		for z := range 4 {
			if x[z] < min(sup[z], dem[z])-1e-6 {
				t.Fatalf("case %d: local-first zone %d served %v < own %v", c, z, x[z], min(sup[z], dem[z]))
			}
		}
		newTransfer(m, Priority, []int{0}).solve(sup, dem, x)
		alone := newTransfer(m, Proportional, nil)
		alone.sup, alone.dem = sup, dem
		for z := range 4 {
			alone.state[z], alone.val[z] = zFixed, 0
		}
		alone.val[0] = dem[0]
		alone.tol, alone.net.eps = 1e-9, 1e-12
		if most := alone.flow(alone.setCaps(1)); math.Abs(x[0]-most) > 1e-6 {
			t.Fatalf("case %d: protected zone served %v, could get %v", c, x[0], most)
		}
	}
	t.Logf("%d short cases, %d fairness checks", short, checks)
	if short < 100 || checks < 100 {
		t.Fatalf("only %d short cases and %d fairness checks", short, checks)
	}
}

func sum(v []float64) (s float64) {
	for _, x := range v {
		s += x
	}
	return
}
