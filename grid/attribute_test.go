package grid

import (
	"math"
	"testing"
)

// TestAttributeRunMatchesHours: attributing a run of hours at once from
// shareHour's records gives what attributing each hour on its own gives,
// on random supply, mixes and served vectors (importers, exporters, zones
// without supply, hours without imports), with some hours attributed on
// their own as the peak week's are.
func TestAttributeRunMatchesHours(t *testing.T) {
	for seed := range uint64(20) {
		sys := randomSystem(seed, 3+int(seed%5), false, true)
		m, err := newModel(sys)
		if err != nil {
			t.Fatal(err)
		}
		mc := &MonteCarlo{Samples: 1, BySource: true}
		run, hour := newWorker(m, newLayout(m), mc, nil), newWorker(m, newLayout(m), mc, nil)
		r := stream(seed, 5, 7)
		Z, NS, n := m.Z, m.nSlots, 50
		for _, b := range [][]float64{run.fB, run.eB, run.aB, run.sc} {
			for i := range b {
				b[i] = 1 // a previous run's records
			}
		}
		for k := range n {
			src := run.srcB[k*NS : (k+1)*NS]
			sup := run.supB[k*Z : (k+1)*Z]
			for i := range src {
				if r.Uint64()%4 != 0 {
					src[i] = 100 * unif01(&r)
				}
				sup[m.slotZone[i]] += src[i]
			}
			total := 0.0
			for z := range Z {
				total += sup[z]
			}
			for z := range Z { // served: own supply scaled, some hours all local
				f := 0.5 + unif01(&r)
				if k%7 == 0 {
					f = 1
				}
				run.x[z] = min(f*sup[z], total/float64(Z)+10*unif01(&r))
				if sup[z] == 0 {
					run.x[z] = 0
				}
			}
			copy(hour.x, run.x)
			hour.attribute(sup, src, false, 0)
			if k%11 == 3 {
				run.attribute(sup, src, false, 0)
				run.skipHour(k, n)
			} else {
				run.shareHour(sup, k, n)
			}
		}
		run.attributeRun(n)
		for _, w := range []*worker{run, hour} {
			for i, v := range w.servedSlot {
				w.servedSrc[int(m.slotZone[i])*m.S+int(m.slotSource[i])] += v
			}
		}
		for i, want := range hour.servedSrc {
			if got := run.servedSrc[i]; math.Abs(got-want) > 1e-12*max(1, math.Abs(want)) {
				t.Fatalf("seed %d: zone %d source %d: by run %v, by hour %v", seed, i/m.S, i%m.S, got, want)
			}
		}
	}
}
