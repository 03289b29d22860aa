package imports

import (
	"context"
	"fmt"

	"gridrisk/data"
	"gridrisk/grid"
)

// assessFn runs the Monte Carlo engine. It goes through grid.Method so this
// package compiles against the declared grid types; tests may replace it.
var assessFn = func(ctx context.Context, mc grid.MonteCarlo, sys *grid.System) (*grid.Result, error) {
	m, ok := any(&mc).(grid.Method)
	if !ok {
		return nil, fmt.Errorf("imports: grid.MonteCarlo does not implement grid.Method")
	}
	return m.Assess(ctx, sys)
}

// Run builds the scenario's system for the study year and assesses it
// (once per Study attached to ctx).
func Run(ctx context.Context, ds *data.Dataset, sc Scenario, year int, mc grid.MonteCarlo) (*grid.Result, *grid.System, error) {
	sys, err := BuildFor(ctx, ds, sc, year)
	if err != nil {
		return nil, nil, err
	}
	res, err := simulateSpec(ctx, ds, RunSpec{sc, year}, mc, sys)
	if err != nil {
		return nil, nil, fmt.Errorf("scenario %s, year %d: %w", sc.Name, year, err)
	}
	return res, sys, nil
}

// RunResult is Run for a caller that needs only the result: a run the
// context's Study already holds is returned without building its system.
func RunResult(ctx context.Context, ds *data.Dataset, sc Scenario, year int, mc grid.MonteCarlo) (*grid.Result, error) {
	if st := studyOf(ctx); st != nil {
		st.mu.Lock()
		key, ok := st.keyOf(ds, RunSpec{sc, year}, mc)
		r, done := st.held(key, mc)
		if ok && done {
			st.Reused++
		}
		st.mu.Unlock()
		if ok && done {
			return r, nil
		}
	}
	r, _, err := Run(ctx, ds, sc, year, mc)
	return r, err
}

// simulateSpec is simulate for a system built from spec: through a Study,
// the key of a spec asked for before is reused instead of hashing the
// system again.
func simulateSpec(ctx context.Context, ds *data.Dataset, spec RunSpec, mc grid.MonteCarlo, sys *grid.System) (*grid.Result, error) {
	st := studyOf(ctx)
	if st == nil {
		return assessFn(ctx, mc, sys)
	}
	st.mu.Lock()
	key, ok := st.keyOf(ds, spec, mc)
	st.mu.Unlock()
	if !ok {
		k, err := runKey(sys, mc)
		if err != nil {
			return nil, fmt.Errorf("study: %w", err)
		}
		key = k
		st.mu.Lock()
		st.remember(ds, spec, mc, key)
		st.mu.Unlock()
	}
	return st.simulateKeyed(ctx, mc, sys, key)
}
