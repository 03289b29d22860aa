package grid

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

// chunkSize is the number of samples per work unit. It is fixed (not a
// function of Workers) so chunk sums, merged in chunk order, are
// bit-identical for any worker count. Small, so that the workers finish
// together at the sample counts commands use (40 samples are 20 chunks,
// not 5 shared 3 and 2 between two workers); merging a chunk costs one
// pass over its accumulator, nothing beside a sample.
const chunkSize = 2

// Assess runs sequential Monte Carlo on sys. Each sample's random streams
// derive from (Seed, sample index, element key), so results do not depend
// on Workers, and scenarios that share elements share their draws.
func (mc MonteCarlo) Assess(ctx context.Context, sys *System) (*Result, error) {
	if mc.Samples <= 0 {
		return nil, fmt.Errorf("montecarlo: Samples = %d, must be > 0", mc.Samples)
	}
	for _, z := range mc.Protected {
		if z < 0 || z >= len(sys.Zones) {
			return nil, fmt.Errorf("montecarlo: Protected zone index %d out of range 0..%d", z, len(sys.Zones)-1)
		}
	}
	if err := checkPolicy(sys, mc.Policy); err != nil {
		return nil, err
	}
	m, err := newModel(sys)
	if err != nil {
		return nil, err
	}
	l := newLayout(m)
	n := mc.Samples
	ps := newPerSample(l.nEnt, n)
	nChunks := (n + chunkSize - 1) / chunkSize
	W := mc.Workers
	if W <= 0 {
		W = runtime.GOMAXPROCS(0)
	}
	W = max(1, min(W, nChunks))

	type chunk struct {
		idx int
		acc []float64
	}
	// At most `limit` chunks are in flight or waiting to be merged, so
	// memory does not grow with Samples: a worker takes an accumulator from
	// free (nil until limit have been made) and the merge returns it.
	limit := 2*W + 2
	free := make(chan []float64, limit)
	for range limit {
		free <- nil
	}
	results := make(chan chunk, limit)
	var next atomic.Int64
	var wg sync.WaitGroup
	mcp := &mc
	for range W {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w := newWorker(m, l, mcp, ps)
			for {
				var acc []float64
				select {
				case acc = <-free:
				case <-ctx.Done():
					return
				}
				c := int(next.Add(1) - 1)
				if c >= nChunks {
					return
				}
				if acc == nil {
					acc = make([]float64, l.size)
				}
				w.acc = acc
				for i := c * chunkSize; i < min(n, (c+1)*chunkSize); i++ {
					if ctx.Err() != nil {
						return
					}
					w.sample(i)
				}
				results <- chunk{c, w.acc}
			}
		}()
	}
	total := make([]float64, l.size)
	pending := map[int][]float64{}
	merged := 0
	for merged < nChunks {
		select {
		case c := <-results:
			pending[c.idx] = c.acc
			for {
				acc, ok := pending[merged]
				if !ok {
					break
				}
				delete(pending, merged)
				for k, v := range acc {
					total[k] += v
				}
				clear(acc)
				merged++
				free <- acc
				if mc.Progress != nil {
					mc.Progress(min(n, merged*chunkSize))
				}
			}
		case <-ctx.Done():
			wg.Wait()
			return nil, ctx.Err()
		}
	}
	wg.Wait()
	return finalize(m, l, total, ps, n, &mc), nil
}
