package imports

import (
	"math"
	"testing"

	"gridrisk/data"
	"gridrisk/grid"
)

// On the embedded data under the default shares policy the governorates
// differ, each for a stated cause: Basra keeps its own plants (allocation
// local_credit, G3/S48) and gets at least 20 h in summer 2024; Diyala loses
// its Iranian lines (credited where they land, G9/G10) as well as its share
// of the pool when the waiver ends, so it loses more than the federal mean;
// shares, credits, intake limits and single southern circuits give at
// least eight distinct federal supply-hour values.
func TestEmbeddedGovernoratesDiffer(t *testing.T) {
	if testing.Short() {
		t.Skip("simulates the embedded model")
	}
	ds, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	m := grid.MonteCarlo{Samples: 8, Seed: 1, Policy: grid.Shares}
	run := func(sc string, year int) *grid.Result {
		r, _, err := Run(ctx, ds, mustLookup(sc), year, m)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	base, ended := run("baseline", 2025), run("waiver-ended", 2025)
	federal := map[string]bool{}
	for _, z := range ds.Zones {
		federal[z.Code] = z.Region == "federal"
	}
	distinct := map[float64]bool{}
	var lossSum float64
	var n int
	diyala := math.NaN()
	for i, z := range base.Zones {
		if !federal[z.Code] {
			continue
		}
		distinct[math.Round(z.SupplyHoursPerDay.Mean*10)/10] = true
		loss := z.SupplyHoursPerDay.Mean - ended.Zones[i].SupplyHoursPerDay.Mean
		lossSum += loss
		n++
		if z.Code == "IQ-DI" {
			diyala = loss
		}
	}
	if len(distinct) < 8 {
		t.Errorf("%d distinct federal supply-hour values (to 0.1 h), want at least 8", len(distinct))
	}
	if mean := lossSum / float64(n); !(diyala > mean+0.5) {
		t.Errorf("Diyala loses %.2f h/day when the waiver ends, the federal mean %.2f: want clearly more", diyala, mean)
	}
	b24 := run("baseline", 2024)
	ba := zoneMetrics(b24, "IQ-BA")
	summer := (ba.MonthlyHouseholdHours[5] + ba.MonthlyHouseholdHours[6] + ba.MonthlyHouseholdHours[7]) / 3
	if summer < 20 {
		t.Errorf("Basra, summer 2024: %.2f household hours, want ≥ 20 (S48)", summer)
	}
}
