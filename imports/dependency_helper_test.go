package imports

import (
	"context"

	"gridrisk/data"
	"gridrisk/grid"
)

// Dependency runs the reference scenario (normally baseline) and the same
// with Iranian gas, then Iranian electricity, cut, with the same seed, and
// returns each zone's dependency indicators.
func Dependency(ctx context.Context, ds *data.Dataset, ref Scenario, year int, mc grid.MonteCarlo) (*DependencyResult, error) {
	return DependencyFrom(ctx, ds, ref, nil, year, mc)
}
