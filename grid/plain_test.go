package grid

import (
	"math"
	"testing"
)

// The plain reference simulator and the engine agree on RTS-79 within
// their standard errors, and both with the exact convolution.
func TestPlainAgreesOnRTS79(t *testing.T) {
	if testing.Short() {
		t.Skip("simulates RTS-79")
	}
	sys := rts79(t)
	exact, err := Convolution{}.Assess(ctx, sys)
	if err != nil {
		t.Fatal(err)
	}
	plain, err := Plain{Samples: 300, Seed: 4}.Assess(ctx, sys)
	if err != nil {
		t.Fatal(err)
	}
	engine, err := MonteCarlo{Samples: 2000, Seed: 4}.Assess(ctx, sys)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name      string
		got, want Estimate
	}{
		{"plain LOLE vs exact", plain.System.LOLE, exact.System.LOLE},
		{"plain EUE vs exact", plain.System.EUE, exact.System.EUE},
		{"engine LOLE vs plain", engine.System.LOLE, plain.System.LOLE},
		{"engine EUE vs plain", engine.System.EUE, plain.System.EUE},
	} {
		se := math.Hypot(c.got.SE, c.want.SE)
		if math.Abs(c.got.Mean-c.want.Mean) > 3*se {
			t.Errorf("%s: %.3f ± %.3f against %.3f ± %.3f", c.name, c.got.Mean, c.got.SE, c.want.Mean, c.want.SE)
		}
		t.Logf("%s: %.3f ± %.3f against %.3f ± %.3f", c.name, c.got.Mean, c.got.SE, c.want.Mean, c.want.SE)
	}
}
