package grid

import (
	"context"
	"math"
	"testing"
)

// Hand enumeration of TwoZoneSystem (see synthetic.go). States and
// probabilities: both up 0.72, A up B down 0.18, A down B up 0.08, both
// down 0.02. Served load per state and hour was worked out by hand for each
// policy (e.g. proportional, 40 MW corridor, hour 0, A down: total ≤ 60 and
// A ≤ 40, so both get 30 % → 70 MW unserved each).
func TestEnumerateByHand(t *testing.T) {
	cases := []struct {
		name              string
		corridor          float64
		policy            Policy
		prot              []int
		eueA, eueB        float64
		loleA, loleB, sys float64
	}{
		// h0: A 0.08·70+0.02·100; B 0.18·60+0.08·70+0.02·100.
		// h1: A 0.08·35+0.02·50; B 0.72·50+0.18·110+0.08·105+0.02·150.
		{"proportional 40", 40, Proportional, nil, 7.6 + 3.8, 18.4 + 67.2, 0.2, 1.28, 1.28},
		// A down: B keeps its 60. h0 A 0.08·100+2, B 10.8+0.08·40+2;
		// h1 A 0.08·50+1, B 36+19.8+0.08·90+3.
		{"local-first 40", 40, LocalFirst, nil, 10 + 5, 16 + 66, 0.2, 1.28, 1.28},
		// A protected gets 40 over the corridor when down.
		{"priority A 40", 40, Priority, []int{0}, 6.8 + 1.8, 19.2 + 69.2, 0.2, 1.28, 1.28},
		// Copper plate: shared fractions 0.75 (A up, B down) and 0.3.
		{"proportional 1000", 1000, Proportional, nil, 12.1 + 6.05, 12.1 + 18.15, 0.56, 0.56, 0.56},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r, err := Enumerate{Policy: c.policy, Protected: c.prot}.Assess(context.Background(), TwoZoneSystem(c.corridor))
			if err != nil {
				t.Fatal(err)
			}
			for _, x := range []struct {
				what      string
				got, want float64
			}{
				{"EUE A", r.Zones[0].EUE.Mean, c.eueA}, {"EUE B", r.Zones[1].EUE.Mean, c.eueB},
				{"EUE system", r.System.EUE.Mean, c.eueA + c.eueB},
				{"LOLE A", r.Zones[0].LOLE.Mean, c.loleA}, {"LOLE B", r.Zones[1].LOLE.Mean, c.loleB},
				{"LOLE system", r.System.LOLE.Mean, c.sys},
			} {
				if math.Abs(x.got-x.want) > 1e-9 {
					t.Errorf("%s = %.10g, want %.10g (hand enumeration)", x.what, x.got, x.want)
				}
			}
		})
	}
}

func TestValidateEnumerated(t *testing.T) {
	n := 20000
	if testing.Short() {
		n = 4000
	}
	checks := ValidateEnumerated(context.Background(), n, 42)
	if len(checks) != 60 { // 6 two-zone cases × 3 entities + 3 three-zone × 4, × (EUE, LOLE)
		t.Errorf("got %d checks", len(checks))
	}
	for _, c := range checks {
		if !c.Pass {
			t.Errorf("%s: Monte Carlo %.6g, exact %.6g, tolerance %.3g", c.Name, c.Value, c.Reference, c.Tolerance)
		}
	}
}
