package grid

import (
	"context"
	"fmt"
	"math"
)

// Check is one validation result: a computed value against a reference.
type Check struct {
	Name      string
	Value     float64
	Reference float64
	Tolerance float64 // |Value − Reference| <= Tolerance passes
	Source    string
	Pass      bool
}

func newCheck(name string, v, ref, tol float64, src string) Check {
	return Check{Name: name, Value: v, Reference: ref, Tolerance: tol, Source: src,
		Pass: finite(v) && math.Abs(v-ref) <= tol}
}

const rtsSource = "IEEE RTS-79 (IEEE Trans. PAS-98(6), 1979); indices from Billinton & Allan, Reliability Evaluation of Power Systems, 2nd ed. (1996)"

// ValidateRTS79 checks both methods on the IEEE RTS-79 system that the
// caller built from the published tables (one zone, 8736 hours, 32 units,
// no maintenance): convolution must give the published hourly LOLE 9.39418
// h/yr, EUE 1176 MWh/yr and daily-peak LOLE 1.36886 d/yr to the printed
// digits; Monte Carlo (samples, seed) must fall within 3 standard errors.
func ValidateRTS79(ctx context.Context, sys *System, samples int, seed uint64) []Check {
	const lole, eue, dpl = 9.39418, 1176.0, 1.36886
	var out []Check
	fail := func(name string, err error) []Check {
		return append(out, Check{Name: name + ": " + err.Error(), Value: math.NaN(), Source: rtsSource})
	}
	cr, err := Convolution{}.Assess(ctx, sys)
	if err != nil {
		return fail("RTS-79 convolution", err)
	}
	c := cr.System
	out = append(out,
		newCheck("RTS-79 convolution hourly LOLE (h/yr)", c.LOLE.Mean, lole, 0.5e-5, rtsSource),
		newCheck("RTS-79 convolution EUE (MWh/yr)", c.EUE.Mean, eue, 0.5, rtsSource),
		newCheck("RTS-79 convolution daily-peak LOLE (d/yr)", c.DailyPeakLOLE.Mean, dpl, 0.5e-5, rtsSource))
	if samples <= 0 {
		return out
	}
	mr, err := MonteCarlo{Samples: samples, Seed: seed}.Assess(ctx, sys)
	if err != nil {
		return fail("RTS-79 Monte Carlo", err)
	}
	s := mr.System
	src := fmt.Sprintf("%s; %d samples, seed %d, tolerance 3 SE", rtsSource, samples, seed)
	out = append(out,
		newCheck("RTS-79 Monte Carlo hourly LOLE (h/yr)", s.LOLE.Mean, lole, 3*s.LOLE.SE, src),
		newCheck("RTS-79 Monte Carlo EUE (MWh/yr)", s.EUE.Mean, eue, 3*s.EUE.SE, src),
		newCheck("RTS-79 Monte Carlo daily-peak LOLE (d/yr)", s.DailyPeakLOLE.Mean, dpl, 3*s.DailyPeakLOLE.SE, src))
	// The textbook simulator (every unit stepped every hour) agrees with
	// the exact values: a check of the outage model independent of the
	// engine's event bucketing. It is slow, so it runs a tenth of the
	// samples (at least 20).
	pn := max(20, samples/10)
	pr, err := Plain{Samples: pn, Seed: seed}.Assess(ctx, sys)
	if err != nil {
		return fail("RTS-79 plain reference simulator", err)
	}
	psrc := fmt.Sprintf("%s; plain simulator, %d samples, seed %d, tolerance 3 SE", rtsSource, pn, seed)
	out = append(out,
		newCheck("RTS-79 plain simulator hourly LOLE (h/yr)", pr.System.LOLE.Mean, lole, 3*pr.System.LOLE.SE, psrc),
		newCheck("RTS-79 plain simulator EUE (MWh/yr)", pr.System.EUE.Mean, eue, 3*pr.System.EUE.SE, psrc))
	return out
}
