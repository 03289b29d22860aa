package grid

import "context"

// Policy decides how unserved load is shared between zones once the total
// served load is the maximum the network can deliver.
type Policy int

const (
	// Proportional sheds the same fraction in every zone where the network
	// allows (max-min fair served fraction).
	Proportional Policy = iota
	// LocalFirst lets each zone keep its own generation first.
	LocalFirst
	// Priority serves MonteCarlo.Protected zones first.
	Priority
	// Shares is the system operator's allocation: each zone keeps its
	// credited supply (Zone.LocalCredit of its own generation, and all of
	// System.CreditedSources landing in it), emergency feeders
	// (Zone.EmergencyFrac) are served next everywhere, and the rest is
	// shared by Zone.Share.
	Shares
)

// MonteCarlo is sequential Monte Carlo simulation settings.
type MonteCarlo struct {
	Samples int
	Seed    uint64
	// Workers is the number of goroutines (0: GOMAXPROCS). Results do not
	// depend on it.
	Workers   int
	Policy    Policy
	Protected []int // zone indices served first under Priority
	// BySource asks for the served energy by source
	// (Metrics.ServedBySourceMWh, PeakWeek.BySourceMW): every hour's served
	// load is then split over the sources that supplied it, about 13 % of
	// the simulation's time on the embedded model (BenchmarkIraqModel,
	// shares against shares/text). Without it both are nil.
	BySource bool
	// Progress, if non-nil, is called with the number of finished samples,
	// from the goroutine that called Assess, as chunks of samples complete.
	Progress func(done int)
}

// Convolution is the exact capacity outage probability table method for
// single-zone systems.
type Convolution struct{}

// Method assesses a System. MonteCarlo, Convolution and Enumerate implement
// it.
type Method interface {
	Assess(ctx context.Context, sys *System) (*Result, error)
}
