package grid

import (
	"math"
	"math/rand/v2"
)

// streamKey hashes an element's stable name (unit ID, corridor zone pair,
// "weather") so its random stream does not depend on its position: adding a
// unit in a scenario leaves every other element's draws unchanged (common
// random numbers across scenarios).
func streamKey(name string) uint64 {
	h := uint64(14695981039346656037) // FNV-1a
	for i := 0; i < len(name); i++ {
		h ^= uint64(name[i])
		h *= 1099511628211
	}
	return splitmix(h)
}

func splitmix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}

// stream returns the generator of one element in one sample.
// Both PCG words are hashed: streams whose seeds differ only in the low
// bits (sample i and i+1) are correlated in a raw LCG.
func stream(seed, key uint64, sample int) rand.PCG {
	hi := splitmix(seed ^ key)
	return *rand.NewPCG(hi, splitmix(hi^splitmix(uint64(sample))))
}

// unif01 is a uniform draw in (0, 1], safe for log.
func unif01(r *rand.PCG) float64 {
	return float64(r.Uint64()>>11+1) * (1.0 / (1 << 53))
}

// normal draws N(0,1) by Box-Muller (deterministic, no allocation).
func normal(r *rand.PCG) float64 {
	u1, u2 := unif01(r), unif01(r)
	return math.Sqrt(-2*math.Log(u1)) * math.Cos(2*math.Pi*u2)
}

// outage holds the two-state discrete-time Markov parameters of one element.
// Durations are geometric with support >= 1 h, sampled by inversion:
// ceil(log U / log(1-p)). p = 1/MTTF (up) and 1/MTTR (down), so the
// steady-state unavailability is exactly MTTR/(MTTF+MTTR).
type outage struct {
	never   bool    // MTTF == 0
	pDown   float64 // steady-state probability of being down (FOR)
	invUp   float64 // 1/log(1-1/MTTF), or 0 when the up state lasts 1 h
	invDown float64 // 1/log(1-1/MTTR), or 0 when repair always takes 1 h
}

func newOutage(mttf, mttr float64) outage {
	if mttf == 0 {
		return outage{never: true}
	}
	return outage{pDown: mttr / (mttf + mttr), invUp: invLog(mttf), invDown: invLog(mttr)}
}

func invLog(mean float64) float64 {
	if mean <= 1 {
		return 0
	}
	return 1 / math.Log1p(-1/mean)
}

func geomDur(r *rand.PCG, inv float64) int {
	if inv == 0 {
		return 1
	}
	d := math.Ceil(math.Log(unif01(r)) * inv)
	if d < 1 {
		return 1
	}
	if d > 1<<30 {
		return 1 << 30
	}
	return int(d)
}

// downIntervals appends the element's forced-outage intervals [start, end)
// within [0, hours) to dst, in order and disjoint.
func (o *outage) downIntervals(dst []Window, r *rand.PCG, hours int) []Window {
	if o.never {
		return dst
	}
	down := unif01(r) <= o.pDown
	t := 0
	for t < hours {
		if down {
			d := geomDur(r, o.invDown)
			end := min(t+d, hours)
			dst = append(dst, Window{t, end})
			t = end
		} else {
			t += geomDur(r, o.invUp)
		}
		down = !down
	}
	return dst
}

// mergeWindows merges two sorted lists of disjoint-or-overlapping windows
// into dst as a sorted list of disjoint windows (forced outages ∪
// maintenance).
func mergeWindows(dst, a, b []Window) []Window {
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		var w Window
		if j >= len(b) || (i < len(a) && a[i].Start <= b[j].Start) {
			w = a[i]
			i++
		} else {
			w = b[j]
			j++
		}
		if n := len(dst); n > 0 && w.Start <= dst[n-1].End {
			if w.End > dst[n-1].End {
				dst[n-1].End = w.End
			}
			continue
		}
		dst = append(dst, w)
	}
	return dst
}
