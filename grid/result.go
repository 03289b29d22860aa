package grid

// Estimate is a mean over samples with its standard error (0 for exact
// methods).
type Estimate struct {
	Mean float64 `json:"mean"`
	SE   float64 `json:"se"`
}

// Result is what an assessment returns: system-wide and per-zone metrics.
type Result struct {
	Method  string `json:"method"`
	Samples int    `json:"samples"`
	Seed    uint64 `json:"seed"`
	Hours   int    `json:"hours"`
	// MonthDays is the number of days of each month in the study period
	// (a month with none has no monthly figures).
	MonthDays [12]int   `json:"month_days"`
	Sources   []string  `json:"sources"`
	System    Metrics   `json:"system"`
	Zones     []Metrics `json:"zones"`
	// PeakWeek is the expected national dispatch over the 168 hours
	// centred on the system peak-demand hour (shifted to lie inside the
	// study period; all hours if it is shorter).
	PeakWeek PeakWeek `json:"peak_week"`
}

// Metrics are the adequacy indices of one zone or of the whole system. For
// the system, an hour counts toward LOLE once if any zone is short.
type Metrics struct {
	Code string `json:"code,omitempty"`
	Name string `json:"name,omitempty"`

	DemandMWh Estimate `json:"demand_mwh"` // expected annual demand
	LOLE      Estimate `json:"lole_h"`     // hours/yr with unserved load
	// DailyPeakLOLE is the expected number of days per year whose daily
	// peak-demand hour (of base demand) is short, days/yr.
	DailyPeakLOLE Estimate `json:"daily_peak_lole_d"`
	EUE           Estimate `json:"eue_mwh"`  // expected unserved energy, MWh/yr
	NEUEPPM       Estimate `json:"neue_ppm"` // EUE / demand, parts per million
	// SupplyHoursPerDay is 24 × served/demand energy of each day, averaged
	// over the days (each day weighs the same, whatever its demand) and
	// then over samples. A day without demand counts 24 h.
	SupplyHoursPerDay Estimate `json:"supply_hours_per_day"`
	// HouseholdHoursPerDay is the supply hours of a household on a rotated
	// feeder: 24 × served/demand of the rotated part of each day, once the
	// emergency feeders (Zone.EmergencyFrac of demand, never rotated) are
	// served — the "N hours a day" people quote. Equal to
	// SupplyHoursPerDay when no zone has emergency feeders. Nil where the
	// method does not measure it (only Monte Carlo does).
	HouseholdHoursPerDay *Estimate `json:"household_hours_per_day,omitempty"`
	// MonthlyHouseholdHours is HouseholdHoursPerDay by month (nil when not
	// measured).
	MonthlyHouseholdHours []float64 `json:"monthly_household_hours_per_day,omitempty"`
	// PDaysBelow is the probability that a day gets fewer than 4, 8, 12
	// supply hours.
	PDaysBelow [3]Estimate `json:"p_days_below_4_8_12h"`

	MonthlyLOLE        [12]float64    `json:"monthly_lole_h"`
	MonthlyEUE         [12]float64    `json:"monthly_eue_mwh"`
	MonthlySupplyHours [12]float64    `json:"monthly_supply_hours_per_day"`
	MonthlyPDaysBelow  [12][3]float64 `json:"monthly_p_days_below_4_8_12h"`
	// MonthlyShortfallGW is the mean unserved power in each month (EUE of the
	// month / hours of the month) in GW, with its P10 and P90 over samples.
	MonthlyShortfallGW    [12]float64 `json:"monthly_shortfall_gw"`
	MonthlyShortfallGWP10 [12]float64 `json:"monthly_shortfall_gw_p10"`
	MonthlyShortfallGWP90 [12]float64 `json:"monthly_shortfall_gw_p90"`
	// LOLPMonthHour is the loss-of-load probability by month and hour of day.
	LOLPMonthHour [12][24]float64 `json:"lolp_month_hour"`

	// Shortfall events: maximal runs of consecutive short hours.
	Events          Estimate `json:"events_per_year"`
	MeanDurationH   float64  `json:"mean_event_duration_h"`
	LongestDuration Estimate `json:"longest_event_h"` // mean over samples of the longest
	// Tail of the annual EUE distribution over samples.
	EUEP90    float64 `json:"eue_p90_mwh"`
	EUECVaR90 float64 `json:"eue_cvar90_mwh"` // mean of the worst 10 %

	// At the peak-demand hour (the zone's own peak for a zone, the system
	// peak for the system), chosen on base demand (before weather).
	PeakHour     int     `json:"peak_hour"`
	PeakDemandMW float64 `json:"peak_demand_mw"` // base demand in that hour
	// PeakSupplyMW is the expected supply in that hour before transfers:
	// units in service × profile × temperature derate (with the sample's
	// anomaly), pool units limited by their gas (plus any liquid-fuel
	// fallback), hydro as dispatched from its monthly budget. It is what
	// the zone has of its own, so a zone that imports shows less supply
	// than it serves.
	PeakSupplyMW    float64 `json:"peak_supply_mw"`
	PeakShortfallMW float64 `json:"peak_shortfall_mw"` // expected unserved MW in that hour (weather included)
	// PeakWeekSupplyMW is the same expected supply (as PeakSupplyMW: before
	// transfers) in each hour of the Result.PeakWeek window, [hour of the
	// window]. Reported generation is a daily maximum of hourly output, which
	// need not fall in the peak-demand hour (heat derates gas turbines most
	// then); this series gives that maximum.
	PeakWeekSupplyMW []float64 `json:"peak_week_supply_mw,omitempty"`
	// ServedBySourceMWh is the expected served energy attributed to each of
	// Result.Sources (pro rata to dispatched generation).
	ServedBySourceMWh []float64 `json:"served_by_source_mwh,omitempty"`
	ServedMWh         Estimate  `json:"served_mwh"`

	// Per-sample annual values in sample order (len Samples; nil for exact
	// methods). Scenario comparisons use them to pair samples drawn with
	// common random numbers, so the difference's standard error is tight.
	SampleEUE            []float64 `json:"-"`
	SampleSupplyHours    []float64 `json:"-"`
	SampleServedMWh      []float64 `json:"-"`
	SampleLOLE           []float64 `json:"-"`
	SampleHouseholdHours []float64 `json:"-"`
}

// PeakWeek is the expected hourly national dispatch by source over a week.
type PeakWeek struct {
	StartHour  int         `json:"start_hour"`
	DemandMW   []float64   `json:"demand_mw"`
	BySourceMW [][]float64 `json:"by_source_mw"` // [source][hour]
	UnservedMW []float64   `json:"unserved_mw"`
}

// Sampled reports whether the result holds the statistics only sampled
// years give (shortfall events, the tail of annual unserved energy, the
// probability of a day under N supply hours, monthly quantiles, household
// hours): Monte Carlo's do; exact methods leave them unset, and reports
// show them as absent, never as 0.
func (r *Result) Sampled() bool { return r.Method == "montecarlo" }
