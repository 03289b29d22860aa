package imports

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"sync"

	"gridrisk/grid"
)

// Study remembers the simulations of one command, so that no (system,
// settings) pair is simulated twice: assess, the dependency
// counterfactuals, the back-test periods, replace, outlook and sensitivity
// all ask for runs, and many are the same (the base scenario of every
// analysis, the study year's baseline in the back-test). A run is keyed by
// a hash of the built system and the Monte Carlo settings that change
// results (samples, seed, policy, protected zones; not the worker count,
// which never changes them), so equal systems reached by different
// scenario names share one run too.
//
// Attach a Study to a context with Context; Run and every analysis in this
// package then consult it. Results it hands out are shared: read only.
type Study struct {
	mu   sync.Mutex
	runs map[[32]byte]*grid.Result
	// Simulated counts the simulations run, Reused the results served
	// from memory.
	Simulated, Reused int
}

// NewStudy returns an empty Study.
func NewStudy() *Study { return &Study{runs: map[[32]byte]*grid.Result{}} }

type studyKey struct{}

// Context returns ctx carrying the study.
func (s *Study) Context(ctx context.Context) context.Context {
	return context.WithValue(ctx, studyKey{}, s)
}

func studyOf(ctx context.Context) *Study {
	s, _ := ctx.Value(studyKey{}).(*Study)
	return s
}

// runKey hashes what determines a Monte Carlo result.
func runKey(sys *grid.System, mc grid.MonteCarlo) ([32]byte, error) {
	h := sha256.New()
	enc := json.NewEncoder(h)
	if err := enc.Encode(sys); err != nil {
		return [32]byte{}, err
	}
	if err := enc.Encode([]any{mc.Samples, mc.Seed, mc.Policy, mc.Protected}); err != nil {
		return [32]byte{}, err
	}
	var k [32]byte
	copy(k[:], h.Sum(nil))
	return k, nil
}

// simulate assesses sys with mc, through the context's Study when it has
// one.
func simulate(ctx context.Context, mc grid.MonteCarlo, sys *grid.System) (*grid.Result, error) {
	st := studyOf(ctx)
	if st == nil {
		return assessFn(ctx, mc, sys)
	}
	key, err := runKey(sys, mc)
	if err != nil {
		return nil, fmt.Errorf("study: %w", err)
	}
	st.mu.Lock()
	if r, ok := st.runs[key]; ok {
		st.Reused++
		st.mu.Unlock()
		return r, nil
	}
	st.mu.Unlock()
	r, err := assessFn(ctx, mc, sys)
	if err != nil {
		return nil, err
	}
	st.mu.Lock()
	st.runs[key] = r
	st.Simulated++
	st.mu.Unlock()
	return r, nil
}
