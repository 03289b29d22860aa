package imports

import (
	"testing"

	"gridrisk/data"
)

// BenchmarkBuild measures Build on the embedded data for a study year other
// than the base year (demand re-synthesized) and for the base year.
func BenchmarkBuild(b *testing.B) {
	ds, err := data.Embedded()
	if err != nil {
		b.Fatal(err)
	}
	sc := mustLookup("waiver-ended+gcc-link+fsru+solar")
	for _, year := range []int{2025, 2028} {
		b.Run(map[int]string{2025: "base-year", 2028: "other-year"}[year], func(b *testing.B) {
			for b.Loop() {
				if _, err := Build(ds, sc, year); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
