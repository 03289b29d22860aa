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
	sys, err := Build(ds, sc, year)
	if err != nil {
		return nil, nil, err
	}
	res, err := simulate(ctx, mc, sys)
	if err != nil {
		return nil, nil, fmt.Errorf("scenario %s, year %d: %w", sc.Name, year, err)
	}
	return res, sys, nil
}
