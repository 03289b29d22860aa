package imports

import (
	"context"
	"fmt"

	"gridrisk/data"
	"gridrisk/grid"
)

// OutlookYear is one study year under the outlook's scenario (national).
type OutlookYear struct {
	Year            int     `json:"year"`
	PeakDemandMW    float64 `json:"peak_demand_mw"`
	PeakSupplyMW    float64 `json:"peak_supply_mw"`    // expected available supply in the peak hour
	PeakShortfallMW float64 `json:"peak_shortfall_mw"` // expected unserved MW in the peak hour
	// GapMW is PeakDemandMW − PeakSupplyMW (≤ 0: supply covers the peak).
	GapMW         float64 `json:"gap_mw"`
	EUE           float64 `json:"eue_mwh"`
	EUESE         float64 `json:"eue_se"`
	LOLE          float64 `json:"lole_h"`
	SupplyHours   float64 `json:"supply_hours_per_day"`
	SupplyHoursSE float64 `json:"supply_hours_se"`
}

// OutlookResult is the year-by-year outlook.
type OutlookResult struct {
	Scenario string        `json:"scenario"`
	Years    []OutlookYear `json:"years"`
	// GapClosesYear is the first year whose expected peak supply covers the
	// peak demand (GapMW ≤ 0); 0 if none in the range.
	GapClosesYear int `json:"gap_closes_year"`
}

// DefaultOutlookYears is the range the CLI uses: 2025–2030.
var DefaultOutlookYears = [2]int{2025, 2030}

// Outlook assesses the scenario for each year from first to last
// (inclusive): demand grows and plants, links and gas enter service on their
// dates. Each year uses mc's seed.
func Outlook(ctx context.Context, ds *data.Dataset, sc Scenario, first, last int, mc grid.MonteCarlo) (*OutlookResult, error) {
	if last < first || last-first > 50 {
		return nil, fmt.Errorf("outlook: bad year range %d–%d", first, last)
	}
	out := &OutlookResult{Scenario: sc.Name}
	for y := first; y <= last; y++ {
		r, err := RunResult(ctx, ds, sc, y, mc)
		if err != nil {
			return nil, err
		}
		s := r.System
		row := OutlookYear{Year: y, PeakDemandMW: s.PeakDemandMW, PeakSupplyMW: s.PeakSupplyMW,
			PeakShortfallMW: s.PeakShortfallMW, GapMW: s.PeakDemandMW - s.PeakSupplyMW,
			EUE: s.EUE.Mean, EUESE: s.EUE.SE, LOLE: s.LOLE.Mean,
			SupplyHours: s.SupplyHoursPerDay.Mean, SupplyHoursSE: s.SupplyHoursPerDay.SE}
		if row.GapMW <= 0 && out.GapClosesYear == 0 {
			out.GapClosesYear = y
		}
		out.Years = append(out.Years, row)
	}
	return out, nil
}
