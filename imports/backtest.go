package imports

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"gridrisk/data"
	"gridrisk/grid"
)

// BackTestRow sets a model figure beside the Iraqi record, each observation
// against the scenario, year and months of its own period.
type BackTestRow struct {
	Measure  string  `json:"measure"`
	Model    float64 `json:"model"`
	Low      float64 `json:"low"`  // reported range
	High     float64 `json:"high"` //
	Unit     string  `json:"unit"`
	Source   string  `json:"source"`   // source ids, ";"-separated
	Scenario string  `json:"scenario"` // the scenario standing in for the period
	Year     int     `json:"year"`     // the study year modelled
	Period   string  `json:"period"`   // when the record was made
	Inside   bool    `json:"inside"`   // Low ≤ Model ≤ High
	Note     string  `json:"note,omitempty"`
	// Gap says, for a row outside its range, which mechanism the model
	// lacks or which difference of period explains it.
	Gap string `json:"gap,omitempty"`
}

// BackTest compares the model with the Iraqi record (design.md,
// "Validation anchors"). year (0: the dataset's base_year) is the study
// year of the national rows; each governorate observation runs its own
// period: 2024 under baseline (the waiver in force), summer 2025 under
// partial, the winter 2025/26 halt under winter-halt. Runs go through the
// context's Study (one is made when there is none), so a period shared by
// several rows, or already run by the caller, is simulated once.
func BackTest(ctx context.Context, ds *data.Dataset, year int, mc grid.MonteCarlo) ([]BackTestRow, error) {
	if year == 0 {
		y, ok := param(ds, ParamBaseYear)
		if !ok {
			return nil, fmt.Errorf("backtest: no study year given and table params has no %s", ParamBaseYear)
		}
		year = int(y)
	}
	if studyOf(ctx) == nil {
		ctx = NewStudy().Context(ctx)
	}
	run := func(sc string, y int) (*grid.Result, error) {
		r, err := RunResult(ctx, ds, mustScenario(sc), y, mc)
		return r, err
	}
	b, err := build(ds, mustScenario("baseline"), year)
	if err != nil {
		return nil, err
	}
	gas, _ := b.atRisk()
	iranGas := 0.0
	for _, v := range gas {
		iranGas += v
	}
	rows, err := nationalRows(ds, year, iranGas, run)
	if err != nil {
		return nil, err
	}
	lo, hi := supportedYears(ds)
	for _, o := range observations {
		if o.year < lo || o.year > hi {
			continue
		}
		r, err := run(o.scenario, o.year)
		if err != nil {
			return nil, err
		}
		v, ok := o.value(ds, r)
		if !ok {
			continue // the data has no such governorate
		}
		row := BackTestRow{Measure: o.measure, Model: v, Low: o.lo, High: o.hi, Unit: "h/day", Source: o.src,
			Scenario: o.scenario, Year: o.year, Period: o.period, Inside: v >= o.lo && v <= o.hi, Note: o.note}
		if !row.Inside {
			row.Gap = o.gap
		}
		rows = append(rows, row)
	}
	return rows, nil
}

func mustScenario(name string) Scenario {
	sc, err := Lookup(name)
	if err != nil {
		panic(err) // built-in names are fixed
	}
	return sc
}

// nationalRows are the federal supply and demand figures: the summer 2025
// records against partial (the waiver had ended in March), the Iranian-gas
// capacity against baseline, and the waiver's cost as the difference of the
// study year's baseline and waiver-ended.
func nationalRows(ds *data.Dataset, year int, iranGasMW float64, run func(string, int) (*grid.Result, error)) ([]BackTestRow, error) {
	summer, err := run("partial", 2025)
	if err != nil {
		return nil, err
	}
	base, err := run("baseline", year)
	if err != nil {
		return nil, err
	}
	ended, err := run("waiver-ended", year)
	if err != nil {
		return nil, err
	}
	row := func(measure string, model, lo, hi float64, unit, src, sc string, y int, period, note, gap string) BackTestRow {
		r := BackTestRow{Measure: measure, Model: model, Low: lo, High: hi, Unit: unit, Source: src,
			Scenario: sc, Year: y, Period: period, Inside: model >= lo && model <= hi, Note: note}
		if !r.Inside {
			r.Gap = gap
		}
		return r
	}
	supply, _ := regionSum(ds, summer, "federal")
	_, baseDemand := regionSum(ds, base, "federal")
	return []BackTestRow{
		row("Daily maximum supply, peak week, federal", dailyMaxSupply(ds, summer, "federal")/1000, 25, 28, "GW", "S23;S24;S89e", "partial", 2025, "Jun–Aug 2025",
			"for each of the 7 consecutive 24-h days of the peak week (168 h centred on the national peak-demand hour), "+
				"the highest hourly value of the expected available supply summed over the federal governorates "+
				"(after outages, gas limits, heat derates and hydro dispatch, before transfers), averaged over the 7 days. "+
				"Like the record, a daily maximum of generation. The record: ~25 GW (24 Jun 2025), MoE 24.5 GW (Jul 2025), record 28 GW (7 Aug 2025)",
			"the expected hourly supply's maximum sits below the expected daily maximum; fleet availability in the hottest hours is an assumption (A45)"),
		row("Supply at the peak-demand hour, federal", supply/1000, 25, 28, "GW", "S23;S23b;S24", "partial", 2025, "Jun–Aug 2025",
			"sum over the federal governorates of the expected available supply in each one's peak-demand hour "+
				"(hot afternoons, when gas turbines lose most to heat). The record measures daily maxima of generation, "+
				"so this figure is expected to fall at or below the reported range",
			"a peak-hour figure, below the daily maxima the record reports by construction"),
		row("Unsuppressed peak demand, federal", baseDemand/1000, 48, 55, "GW", "S22;S24", "baseline", year, "2024–2025",
			"sum of the federal governorates' peak demand; MoE estimates 48 GW (21 Jun 2024) to 55 GW (2025)",
			"demand is calibrated to params federal_peak_mw"),
		row("Generation resting on Iranian gas", iranGasMW/1000, 6, 8, "GW", "S86m", "baseline", year, "2024–2025",
			"capacity fed by Iranian pools, limited by their delivered volume in the peak month; minister: 7–8 GW; brief derives 6.3–6.9 GW at full contract",
			"pool volumes and unit efficiencies (fuels and units tables)"),
		row("Supply lost when the waiver ends", (base.System.PeakSupplyMW-ended.System.PeakSupplyMW)/1000, 4, 6, "GW", "S89a;S86g;S89e;S26", "baseline − waiver-ended", year, "2025",
			"baseline − waiver-ended expected available supply in the national peak hour; MoE ~5 GW (Jun 2025), 3.8–4.5 GW in single cut events",
			"pool volumes and unit efficiencies (fuels and units tables)"),
	}, nil
}

// observation is one governorate figure of the record and the period that
// stands in for it. Quoted on/off cycles ("1 h on / 3 h off") are read as
// household hours with each duration rounded to the quarter hour, which
// sets the range.
type observation struct {
	measure  string
	zones    []string // codes; hours weighted by demand when several
	region   string   // or every zone of this region
	scenario string
	year     int
	period   string
	months   []int // 0-based; nil = the whole year
	// household: hours of a rotated feeder (the quoted figure); else
	// supply hours (served ÷ demand).
	household bool
	lo, hi    float64
	src       string
	note, gap string
}

var summer = []int{5, 6, 7}

// observations are the governorate figures of
// reference/iraq-governorate-allocation.md and the data brief. Periods
// before 2024 are not modelled: they run in 2024 (waiver in force), the
// earliest year the data supports, and say so.
var observations = []observation{
	{measure: "Basra, summer", zones: []string{"IQ-BA"}, scenario: "baseline", year: 2024, period: "2024–25", months: summer, household: true,
		lo: 20, hi: 24, src: "S48", note: "≥ 20 h, exempt from scheduled cuts; household hours, June–August",
		gap: "Basra keeps its own output first (allocation local_credit); a lower figure means its plants or gas (domestic-south) are short"},
	{measure: "Baghdad, summer", zones: []string{"IQ-BG"}, scenario: "baseline", year: 2024, period: "21 Jun 2024", months: summer, household: true,
		lo: 4, hi: 8, src: "S43;S101h", note: "~6 h in Baghdad's suburbs (S43), 4–5 h in Jul 2018 (S101h); household hours, June–August",
		gap: "single reports from the worst-served districts on hot days, against the governorate's summer mean: the model has no districts"},
	{measure: "Maysan, summer", zones: []string{"IQ-MA"}, scenario: "baseline", year: 2024, period: "~2022–24", months: summer, household: true,
		lo: 11, hi: 13, src: "G4", note: "500 MW local + 100 MW from the NCC → 12 h (3 h on / 3 h off)",
		gap: "Maysan's plants (units table) against its demand, and its credit of local output"},
	{measure: "Diyala, May, waiver ended", zones: []string{"IQ-DI"}, scenario: "partial", year: 2025, period: "May 2025", months: []int{4}, household: true,
		lo: 0, hi: 10, src: "G10", note: "Iranian lines off from ~9 May 2025; many areas under 10 h; household hours in May",
		gap: "Diyala's supply without its Iranian lines is its share of the pool; the record is of its worst areas"},
	{measure: "Diyala, May, waiver ended, supply", zones: []string{"IQ-DI"}, scenario: "partial", year: 2025, period: "May 2025", months: []int{4},
		lo: 0, hi: 14.4, src: "G10", note: "≤ 900 MW against 1,500–2,000 MW of demand: supply hours at most 24 × 900/1,500",
		gap: "Diyala's share of the pool exceeds what it got; its Iranian-gas plant (Mansuriya) and lines are both lost"},
	{measure: "Diyala, winter halt", zones: []string{"IQ-DI"}, scenario: "winter-halt", year: 2025, period: "Jan 2026", months: []int{11, 0}, household: true,
		lo: 4.5, hi: 7.5, src: "G28;S44", note: "1 h on / 3 h off (6 h) in Jan 2026; December–January of the halt",
		gap: "Diyala's winter demand and its share of a pool without Iranian gas"},
	{measure: "Diyala, winter halt, supply", zones: []string{"IQ-DI"}, scenario: "winter-halt", year: 2025, period: "Jan 2026", months: []int{11, 0},
		lo: 7.4, hi: 8.0, src: "G28", note: "650–700 MW from the national grid against ~2,100 MW for 24 h: supply hours 24 × 650/2,100 to 24 × 700/2,100",
		gap: "Diyala's winter demand (synthesized from climate) or its share of the winter pool"},
	{measure: "Kurdistan Region", region: "kurdistan", scenario: "baseline", year: 2024, period: "2024", household: true,
		lo: 12, hi: 13, src: "S36", note: "12 h 44 min on average in 2024; household hours over the year, weighted by demand",
		gap: "the KRG's fuel-limited fleet (Khor Mor gas, A42) against its winter peak"},
	{measure: "Karbala", zones: []string{"IQ-KA"}, scenario: "baseline", year: 2024, period: "~2019–21 (modelled 2024)", months: summer, household: true,
		lo: 6.0, hi: 8.4, src: "G25", note: "1.5 h on / 3.5 h off; June–August of 2024 stands in for an undated summer of ~2019–21",
		gap: "the record predates the modelled years; national supply has grown since"},
	{measure: "Dhi Qar", zones: []string{"IQ-DQ"}, scenario: "baseline", year: 2024, period: "undated (modelled 2024)", months: summer, household: true,
		lo: 14.4, hi: 17.7, src: "G27", note: "4 h on / 2 h off after its share was cut to 800 MW (low confidence, undated)",
		gap: "Dhi Qar keeps its own output first (G3); the record is undated and of low confidence"},
	{measure: "Babil, June", zones: []string{"IQ-BB"}, scenario: "baseline", year: 2024, period: "Jun 2016 (modelled 2024)", months: []int{5}, household: true,
		lo: 12.5, hi: 13.5, src: "G2", note: "MoE table: Babil 13 h, others 20–22 h (June 2016)",
		gap: "the record predates the modelled years"},
	{measure: "Kirkuk, spring", zones: []string{"IQ-KI"}, scenario: "baseline", year: 2024, period: "Feb–Apr 2022 (modelled 2024)", months: []int{1, 2, 3}, household: true,
		lo: 18, hi: 20, src: "G30", note: "Anbar, Kirkuk and part of Nineveh 18–20 h against 23–24 h elsewhere (Feb–Apr 2022); Kirkuk got 10 h in Mar 2022 (G29)",
		gap: "the record predates the modelled years; spring demand and supply of 2022"},
	{measure: "Anbar, spring", zones: []string{"IQ-AN"}, scenario: "baseline", year: 2024, period: "Feb–Apr 2022 (modelled 2024)", months: []int{1, 2, 3}, household: true,
		lo: 18, hi: 20, src: "G30", note: "Anbar, Kirkuk and part of Nineveh 18–20 h against 23–24 h elsewhere (Feb–Apr 2022)",
		gap: "the record predates the modelled years; spring demand and supply of 2022"},
}

// value is the observation's model figure in r, false when a zone is not
// in the data.
func (o observation) value(ds *data.Dataset, r *grid.Result) (float64, bool) {
	var sum, w float64
	codes := o.zones
	if o.region != "" {
		codes = nil
		for _, z := range ds.Zones {
			if strings.EqualFold(z.Region, o.region) {
				codes = append(codes, z.Code)
			}
		}
	}
	for _, code := range codes {
		m := zoneMetrics(r, code)
		if m == nil || (o.household && m.HouseholdHoursPerDay == nil) {
			return 0, false
		}
		h := m.SupplyHoursPerDay.Mean
		if o.months != nil {
			h = 0
			for _, mo := range o.months {
				if r.MonthDays[mo] == 0 {
					return 0, false // the period is not in the study period
				}
				if o.household {
					h += m.MonthlyHouseholdHours[mo]
				} else {
					h += m.MonthlySupplyHours[mo]
				}
			}
			h /= float64(len(o.months))
		} else if o.household {
			h = m.HouseholdHoursPerDay.Mean
		}
		sum += h * m.DemandMWh.Mean
		w += m.DemandMWh.Mean
	}
	if w == 0 {
		return 0, false
	}
	return sum / w, true
}

func zoneMetrics(r *grid.Result, code string) *grid.Metrics {
	for i := range r.Zones {
		if strings.EqualFold(r.Zones[i].Code, code) {
			return &r.Zones[i]
		}
	}
	return nil
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
