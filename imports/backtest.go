package imports

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"gridrisk/data"
	"gridrisk/grid"
)

// BackTestRow sets a model figure beside the Iraqi record.
type BackTestRow struct {
	Measure string  `json:"measure"`
	Model   float64 `json:"model"`
	Low     float64 `json:"low"`  // reported range
	High    float64 `json:"high"` //
	Unit    string  `json:"unit"`
	Source  string  `json:"source"` // source ids, ";"-separated
	Inside  bool    `json:"inside"` // Low ≤ Model ≤ High
	Note    string  `json:"note,omitempty"`
}

// BackTest runs baseline and waiver-ended for the year (0: the dataset's
// base_year) and compares the model with the Iraqi record (design.md,
// "Validation anchors").
func BackTest(ctx context.Context, ds *data.Dataset, year int, mc grid.MonteCarlo) ([]BackTestRow, error) {
	if year == 0 {
		y, ok := param(ds, ParamBaseYear)
		if !ok {
			return nil, fmt.Errorf("backtest: no study year given and table params has no %s", ParamBaseYear)
		}
		year = int(y)
	}
	baseSc, err := Lookup("baseline")
	if err != nil {
		return nil, err
	}
	endSc, err := Lookup("waiver-ended")
	if err != nil {
		return nil, err
	}
	b, err := build(ds, baseSc, year)
	if err != nil {
		return nil, err
	}
	base, err := assessFn(ctx, mc, b.sys)
	if err != nil {
		return nil, err
	}
	ended, _, err := Run(ctx, ds, endSc, year, mc)
	if err != nil {
		return nil, err
	}
	gas, _ := b.atRisk()
	total := 0.0
	for _, v := range gas {
		total += v
	}
	return BackTestFrom(ds, base, ended, total), nil
}

// AtRisk returns per zone (System order) the MW resting on Iranian gas and
// on Iranian links in the scenario's study year (see DependencyRow).
func AtRisk(ds *data.Dataset, sc Scenario, year int) (gasMW, powerMW []float64, err error) {
	b, err := build(ds, sc, year)
	if err != nil {
		return nil, nil, err
	}
	gasMW, powerMW = b.atRisk()
	return gasMW, powerMW, nil
}

// BackTestFrom builds the back-test rows from results already computed:
// base (baseline) and ended (waiver-ended) of the same year and seed, and the
// national MW resting on Iranian gas in the baseline (AtRisk).
func BackTestFrom(ds *data.Dataset, base, ended *grid.Result, iranGasMW float64) []BackTestRow {
	row := func(measure string, model, lo, hi float64, unit, src, note string) BackTestRow {
		return BackTestRow{Measure: measure, Model: model, Low: lo, High: hi, Unit: unit, Source: src,
			Inside: model >= lo && model <= hi, Note: note}
	}
	supply, demand := regionSum(ds, base, "federal")
	rows := []BackTestRow{
		row("Daily maximum supply, peak week, federal", dailyMaxSupply(ds, base, "federal")/1000, 25, 28, "GW", "S23;S24;S89e",
			"baseline: for each of the 7 consecutive 24-h days of the peak week (168 h centred on the national peak-demand hour), "+
				"the highest hourly value of the expected available supply summed over the federal governorates "+
				"(after outages, gas limits, heat derates and hydro dispatch, before transfers), averaged over the 7 days. "+
				"Like the record, a daily maximum of generation; it is the maximum of the expected hourly supply, "+
				"a little below the expected maximum. The record: ~25 GW (24 Jun 2025), MoE 24.5 GW (Jul 2025), record 28 GW (7 Aug 2025)"),
		row("Supply at the peak-demand hour, federal", supply/1000, 25, 28, "GW", "S23;S23b;S24",
			"baseline: sum over the federal governorates of the expected available supply in each one's peak-demand hour "+
				"(hot afternoons, when gas turbines lose most to heat). The record measures daily maxima of generation, "+
				"so this figure is expected to fall at or below the reported range"),
		row("Unsuppressed peak demand, federal", demand/1000, 48, 55, "GW", "S22;S24",
			"sum of the federal governorates' peak demand; MoE estimates 48 GW (21 Jun 2024) to 55 GW (2025)"),
		row("Generation resting on Iranian gas", iranGasMW/1000, 6, 8, "GW", "S86m",
			"capacity fed by Iranian pools, limited by their delivered volume in the peak month; minister: 7–8 GW; brief derives 6.3–6.9 GW at full contract"),
		row("Supply lost when the waiver ends", (base.System.PeakSupplyMW-ended.System.PeakSupplyMW)/1000, 4, 6, "GW", "S89a;S86g;S89e;S26",
			"baseline − waiver-ended expected available supply in the national peak hour; MoE ~5 GW (Jun 2025), 3.8–4.5 GW in single cut events"),
	}
	if v, ok := zoneHours(base, "IQ-BA", []int{5, 6, 7}); ok {
		rows = append(rows, row("Supply hours, Basra, summer", v, 20, 24, "h/day", "S48",
			"baseline, June–August mean; Basra ≥ 20 h and exempt from scheduled cuts. Depends on the sharing policy: "+
				"proportional gives every connected governorate the same hours, local-first lets Basra keep its plants"))
	}
	if v, ok := zoneHours(base, "IQ-BG", []int{5, 6, 7}); ok {
		rows = append(rows, row("Supply hours, Baghdad, summer", v, 4, 8, "h/day", "S43;S101h",
			"baseline, June–August mean; the record: ~6 h in Baghdad's suburbs on 21 Jun 2024 (S43), 4–5 h in Jul 2018 (S101h). "+
				"Single reports from the worst-served areas on hot days, where the model gives a governorate's mean over the summer; "+
				"the MoE says it allocates hours by population and climate (S101i), which is what the proportional policy does"))
	}
	if v, ok := zoneHours(ended, "IQ-DI", []int{11, 0}); ok {
		rows = append(rows, row("Supply hours, Diyala, winter, waiver ended", v, 0, 6, "h/day", "S44",
			"waiver-ended, December–January mean; ≤ 6 h (1 h on / 3 h off) in Jan 2026 after losing its Iranian lines. "+
				"Depends on the sharing policy as for Basra"))
	}
	if v, ok := regionHours(ds, base, "kurdistan"); ok {
		rows = append(rows, row("Supply hours, Kurdistan Region", v, 12, 13, "h/day", "S36",
			"baseline, annual mean weighted by demand over the KRG governorates; 12 h 44 min in 2024"))
	}
	return rows
}

func zoneMetrics(r *grid.Result, code string) *grid.Metrics {
	for i := range r.Zones {
		if strings.EqualFold(r.Zones[i].Code, code) {
			return &r.Zones[i]
		}
	}
	return nil
}

// zoneHours is the mean of a zone's monthly supply hours over months.
func zoneHours(r *grid.Result, code string, months []int) (float64, bool) {
	z := zoneMetrics(r, code)
	if z == nil {
		return 0, false
	}
	s := 0.0
	for _, m := range months {
		s += z.MonthlySupplyHours[m]
	}
	return s / float64(len(months)), true
}

// regionSum adds the zones of a region: peak supply and peak demand (each
// zone at its own peak hour, near-coincident within the federal grid).
func regionSum(ds *data.Dataset, r *grid.Result, region string) (supply, demand float64) {
	for _, z := range ds.Zones {
		if !strings.EqualFold(z.Region, region) {
			continue
		}
		if m := zoneMetrics(r, z.Code); m != nil {
			supply += m.PeakSupplyMW
			demand += m.PeakDemandMW
		}
	}
	return supply, demand
}

// dailyMaxSupply is the mean over the days of the peak week of the day's
// highest hourly expected supply summed over the region's zones (before
// transfers). Days are consecutive 24-h blocks of the window; a window
// shorter than a day counts as one.
func dailyMaxSupply(ds *data.Dataset, r *grid.Result, region string) float64 {
	var sum []float64
	for _, z := range ds.Zones {
		if !strings.EqualFold(z.Region, region) {
			continue
		}
		m := zoneMetrics(r, z.Code)
		if m == nil {
			continue
		}
		if sum == nil {
			sum = make([]float64, len(m.PeakWeekSupplyMW))
		}
		for k, v := range m.PeakWeekSupplyMW {
			if k < len(sum) {
				sum[k] += v
			}
		}
	}
	if len(sum) == 0 {
		return 0
	}
	days := max(1, len(sum)/24)
	n := min(24, len(sum))
	tot := 0.0
	for d := range days {
		tot += slices.Max(sum[d*n : (d+1)*n])
	}
	return tot / float64(days)
}

// regionHours is the demand-weighted annual supply hours of a region.
func regionHours(ds *data.Dataset, r *grid.Result, region string) (float64, bool) {
	var sum, w float64
	for _, z := range ds.Zones {
		if !strings.EqualFold(z.Region, region) {
			continue
		}
		if m := zoneMetrics(r, z.Code); m != nil {
			sum += m.SupplyHoursPerDay.Mean * m.DemandMWh.Mean
			w += m.DemandMWh.Mean
		}
	}
	if w == 0 {
		return 0, false
	}
	return sum / w, true
}
