package grid

import (
	"context"
	"fmt"
	"math/rand/v2"
)

// Plain is the textbook sequential Monte Carlo the engine is measured
// against: every unit is stepped every hour through the same two-state
// Markov chain (fail with probability 1/MTTF when up, repair with 1/MTTR
// when down, the initial state drawn from the steady state), from the same
// per-unit random streams, and the hour's capacity is summed unit by unit.
// It handles one zone without fuel pools, hydro budgets or profiles, and
// reports LOLE and EUE only. It is slow on purpose: benchmarks report the
// engine's speed as a multiple of it, and tests check that the engine's
// indices agree with it within their standard errors.
type Plain struct {
	Samples int
	Seed    uint64
}

// Assess implements Method.
func (p Plain) Assess(ctx context.Context, sys *System) (*Result, error) {
	if err := sys.Validate(); err != nil {
		return nil, err
	}
	if len(sys.Zones) != 1 || len(sys.Pools) > 0 || len(sys.Profiles) > 0 {
		return nil, fmt.Errorf("plain: one zone without pools or profiles only")
	}
	if p.Samples < 2 {
		return nil, fmt.Errorf("plain: Samples = %d, want at least 2", p.Samples)
	}
	n := len(sys.Units)
	up := make([]bool, n)
	rs := make([]rand.PCG, n)
	key := make([]uint64, n)
	for u, un := range sys.Units {
		if un.HydroBudgetMWh != nil {
			return nil, fmt.Errorf("plain: unit %s has a hydro budget", un.ID)
		}
		key[u] = streamKey("unit:" + un.ID)
	}
	dem := sys.Zones[0].Demand
	var sumL, sqL, sumE, sqE float64
	for i := range p.Samples {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		for u, un := range sys.Units {
			rs[u] = stream(p.Seed, key[u], i)
			up[u] = un.MTTF == 0 || unif01(&rs[u]) > un.MTTR/(un.MTTF+un.MTTR)
		}
		lole, eue := 0.0, 0.0
		for h := range sys.Hours {
			capMW := 0.0
			for u := range sys.Units {
				un := &sys.Units[u]
				if up[u] && !inWindows(un.Maintenance, h) {
					capMW += un.CapacityMW
				}
				if un.MTTF == 0 {
					continue
				}
				if up[u] {
					up[u] = unif01(&rs[u]) > 1/un.MTTF
				} else {
					up[u] = unif01(&rs[u]) <= 1/un.MTTR
				}
			}
			if capMW < dem[h] {
				lole++
				eue += dem[h] - capMW
			}
		}
		sumL, sqL = sumL+lole, sqL+lole*lole
		sumE, sqE = sumE+eue, sqE+eue*eue
	}
	nf := float64(p.Samples)
	m := Metrics{Name: "system", LOLE: estimate(sumL, sqL, nf), EUE: estimate(sumE, sqE, nf)}
	return &Result{Method: "plain", Samples: p.Samples, Seed: p.Seed, Hours: sys.Hours, System: m,
		Zones: []Metrics{{Code: sys.Zones[0].Code, Name: sys.Zones[0].Name, LOLE: m.LOLE, EUE: m.EUE}}}, nil
}

func inWindows(ws []Window, h int) bool {
	for _, w := range ws {
		if h >= w.Start && h < w.End {
			return true
		}
	}
	return false
}
