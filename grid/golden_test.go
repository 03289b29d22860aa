package grid

import (
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/")

// The full Result of a small multi-zone run is pinned: same inputs and seed
// must give the same numbers (run with -update after an intended change).
func TestGoldenThreeZone(t *testing.T) {
	r, err := MonteCarlo{Samples: 64, Seed: 2026, Policy: Proportional}.Assess(ctx, ThreeZoneSystem())
	if err != nil {
		t.Fatal(err)
	}
	got, err := json.MarshalIndent(r, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	const path = "testdata/three-zone-result.golden.json"
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -run Golden -update to create it)", err)
	}
	var g, w any
	if err := json.Unmarshal(got, &g); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(want, &w); err != nil {
		t.Fatal(err)
	}
	if where := jsonDiff("", g, w); where != "" {
		t.Fatalf("result differs from %s at %s; rerun with -update if the change is intended", path, where)
	}
}

// jsonDiff returns the path of the first difference, comparing numbers to
// 1e-9 relative (platforms that fuse multiply-adds differ in the last bits).
func jsonDiff(at string, a, b any) string {
	switch x := a.(type) {
	case map[string]any:
		y, ok := b.(map[string]any)
		if !ok || len(x) != len(y) {
			return at
		}
		for k := range x {
			if d := jsonDiff(at+"."+k, x[k], y[k]); d != "" {
				return d
			}
		}
	case []any:
		y, ok := b.([]any)
		if !ok || len(x) != len(y) {
			return at
		}
		for i := range x {
			if d := jsonDiff(fmt.Sprintf("%s[%d]", at, i), x[i], y[i]); d != "" {
				return d
			}
		}
	case float64:
		y, ok := b.(float64)
		if !ok || math.Abs(x-y) > 1e-9*max(1, math.Abs(y)) {
			return at
		}
	default:
		if a != b {
			return at
		}
	}
	return ""
}
