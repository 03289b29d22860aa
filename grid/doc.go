// Package grid is the resource-adequacy engine. It assesses an immutable
// System (zones, units, fuel pools, corridors, hourly demand) with a Method
// (sequential Monte Carlo, exact convolution for one zone, or exact
// enumeration for tiny systems) and returns reliability indices per zone and
// for the system. It knows nothing about Iraq, files or spreadsheets.
//
// Methods:
//   - MonteCarlo: sequential simulation. Units and corridors follow a
//     discrete-time two-state Markov chain (geometric up and down durations
//     with means MTTF and MTTR, initial state from the steady state, times
//     to the next transition sampled by inversion). Each element's random
//     stream derives from (Seed, sample, hash of its stable name), so results
//     are identical for any Workers and scenarios share draws (common random
//     numbers). Weather: one N(0, AnomalySD[m]) anomaly per sample and month,
//     common to all zones, raising demand and derating units together.
//   - Convolution: exact capacity outage probability tables for one zone
//     (units with hourly-varying capacity are grouped and combined exactly).
//   - Enumerate: every unit/corridor state combination in every hour; the
//     reference for multi-zone checks.
//
// Each hour (files): supply per zone from capacity groups updated only at
// outage events (sample.go; one zone with one constant, unpooled group is a
// prefix sum and a compare); fuel pools burn most efficient units first,
// dual-fuel units fall back to liquid (dispatch.go); hydro budgets are
// water-filled against the month's worst deficits per connected component
// (dispatch.go), as if its corridors did not bind, so behind a binding
// corridor water can be stranded (properties_test.go measures it); the transfer problem serves the maximum deliverable load
// and splits the shortfall by Policy exactly (transfer.go, maxflow.go);
// indices are accumulated from the short hours only (account.go) into
// chunk sums merged in chunk order (accumulate.go, montecarlo.go).
// Supply hours per day are 24 × served/demand energy of each day, averaged
// over days and samples; peak supply is a zone's own supply in its
// peak-demand hour, before transfers (see Metrics).
//
// Validation: ValidateRTS79 (IEEE RTS-79 published indices) and
// ValidateEnumerated (Monte Carlo against exact enumeration on synthetic
// multi-zone systems) return Checks for the validate command.
package grid
