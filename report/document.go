package report

import "math"

// Document is everything a report shows: the JSON that `assess --format
// json` prints (a documented contract) and that `gridrisk chart --from` and
// the workbook read back. Report code draws only from a Document, never from
// a simulation.
type Document struct {
	Samples int    `json:"samples"`
	Seed    uint64 `json:"seed"`
	Method  string `json:"method"`
	Policy  string `json:"policy"`
	Year    int    `json:"year"`
	// Scenarios in the order run; the first is the reference (baseline) that
	// comparisons are made against.
	Scenarios []Scenario `json:"scenarios"`
	// Comparisons of each later scenario with the first (paired with common
	// random numbers).
	Comparisons []Comparison    `json:"comparisons,omitempty"`
	Dependency  []DependencyRow `json:"dependency,omitempty"`
	BackTest    []BackTestRow   `json:"backtest,omitempty"`
	Supply      []SupplyRow     `json:"supply,omitempty"`
	// Allocation is the shares policy's inputs per governorate as the run
	// used them (absent under the other policies).
	Allocation  []AllocationRow  `json:"allocation,omitempty"`
	Sources     []SourceRow      `json:"sources,omitempty"`
	Outlook     []OutlookRow     `json:"outlook,omitempty"`
	Sensitivity []SensitivityRow `json:"sensitivity,omitempty"`
	Options     []OptionRow      `json:"options,omitempty"` // mitigation options ranked
	Replacement *ReplacementRow  `json:"replacement,omitempty"`
	// Labels are people's names, in English and Arabic, for the scenarios,
	// mitigation options and sensitivity inputs the document names, and the
	// phrase that ends a title about a scenario ("with the waiver"). A
	// name without a label is shown as given: the report knows no
	// scenario names of its own.
	Labels map[string]Label `json:"labels,omitempty"`
	// SourceKinds classifies the supply categories of Scenario.Sources for
	// the charts' colours and legends (SourceKind* constants); a category
	// without a kind keeps its own name and gets a spare colour.
	SourceKinds map[string]string `json:"source_kinds,omitempty"`
	Run         Run               `json:"run"`
}

// Label is one name as people read it, and the phrase that ends a title
// about it ("…a day without the waiver"); empty phrases fall back to
// "under <label>".
type Label struct {
	En string `json:"en"`
	Ar string `json:"ar"`
	// ShortEn and ShortAr name it in table headings (empty: the name as
	// given).
	ShortEn  string `json:"short_en,omitempty"`
	ShortAr  string `json:"short_ar,omitempty"`
	PhraseEn string `json:"phrase_en,omitempty"`
	PhraseAr string `json:"phrase_ar,omitempty"`
}

// The supply kinds the charts colour and name.
const (
	SourceKindIranGas  = "iran-gas"
	SourceKindIranElec = "iran-elec"
	SourceKindGas      = "gas"
	SourceKindLNG      = "lng"
	SourceKindLiquid   = "liquid"
	SourceKindHydro    = "hydro"
	SourceKindSolar    = "solar"
	SourceKindImports  = "imports"
)

// Run is the provenance of a document. Timings, if any, are not here, so the
// scenarios part is byte-identical for any worker count.
type Run struct {
	Version   string `json:"version"`
	Command   string `json:"command"`
	InputHash string `json:"input_hash"`
	Data      string `json:"data"` // "embedded" or the user's path
	Date      string `json:"date"` // UTC, RFC 3339
	Workers   int    `json:"-"`
}

// Scenario is one assessed scenario.
type Scenario struct {
	Name        string        `json:"name"`
	Description string        `json:"description,omitempty"`
	System      ZoneMetrics   `json:"system"`
	Zones       []ZoneMetrics `json:"zones"`
	// Sources names the supply categories of PeakWeek.BySourceMW and
	// ZoneMetrics.ServedBySourceMWh.
	Sources  []string `json:"sources,omitempty"`
	PeakWeek PeakWeek `json:"peak_week"`
	// Hours is the length of the simulated period: energies, LOLE and
	// event counts are totals over it (per year for 8,736–8,784 h; see
	// periodUnit). Absent in documents written before it was recorded.
	Hours int `json:"hours,omitempty"`
	// MonthDays is the number of simulated days in each month: a month
	// with none was not simulated, and its monthly figures (0 in the
	// arrays) are not measurements. Absent in documents written before it
	// was recorded, which covered every month.
	MonthDays *[12]int `json:"month_days,omitempty"`
}

// months are the months the scenario simulated, in calendar order.
func (s *Scenario) months() []int {
	var out []int
	for m := range 12 {
		if s.simulated(m) {
			out = append(out, m)
		}
	}
	if len(out) == 0 { // no whole day: show the months rather than nothing
		return []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}
	}
	return out
}

// simulated says whether month m was simulated.
func (s *Scenario) simulated(m int) bool { return s.MonthDays == nil || s.MonthDays[m] > 0 }

// ZoneMetrics are one zone's (or the system's) indices, flat for the JSON
// contract: lole_h, lole_se, eue_mwh, eue_se, supply_hours_per_day,
// peak_demand_mw, peak_supply_mw, peak_shortfall_mw at least.
type ZoneMetrics struct {
	Code   string `json:"code,omitempty"`
	Name   string `json:"name,omitempty"`
	NameAr string `json:"name_ar,omitempty"`
	Region string `json:"region,omitempty"`

	LOLE      float64 `json:"lole_h"`
	LOLESE    float64 `json:"lole_se"`
	EUE       float64 `json:"eue_mwh"`
	EUESE     float64 `json:"eue_se"`
	NEUEPPM   float64 `json:"neue_ppm"`
	DemandMWh float64 `json:"demand_mwh"`
	// SupplyHoursPerDay is 24 × served ÷ demand energy of each day,
	// averaged: the share of demand served, as hours.
	SupplyHoursPerDay float64 `json:"supply_hours_per_day"`
	SupplyHoursSE     float64 `json:"supply_hours_se"`
	// HouseholdHoursPerDay is the hours a household on a rotated feeder
	// gets once the emergency feeders (hospitals, water, government) are
	// served: the "1 h on / 3 h off" figure people quote. Absent (nil) where
	// the method does not measure it.
	HouseholdHoursPerDay *float64 `json:"household_hours_per_day,omitempty"`
	HouseholdHoursSE     *float64 `json:"household_hours_se,omitempty"`
	PeakDemandMW         float64  `json:"peak_demand_mw"`
	PeakSupplyMW         float64  `json:"peak_supply_mw"`
	PeakShortfallMW      float64  `json:"peak_shortfall_mw"`
	// SampleStats are the figures only whole sampled years give (nil, and
	// absent from the JSON, for an exact method such as convolution).
	*SampleStats

	MonthlySupplyHours [12]float64 `json:"monthly_supply_hours_per_day"`
	// MonthlyHouseholdHours is HouseholdHoursPerDay by month (absent with it).
	MonthlyHouseholdHours []float64   `json:"monthly_household_hours_per_day,omitempty"`
	MonthlyEUE            [12]float64 `json:"monthly_eue_mwh"`
	MonthlyLOLE           [12]float64 `json:"monthly_lole_h"`
	MonthlyShortfallGW    [12]float64 `json:"monthly_shortfall_gw"`
	ServedBySourceMWh     []float64   `json:"served_by_source_mwh,omitempty"`
}

// SampleStats are a zone's figures that come from the distribution of
// sampled years: the rolling-blackout risk (probability that a day gets
// fewer than 4, 8, 12 supply hours), shortfall events, and the tail of
// annual unserved energy.
type SampleStats struct {
	PDaysBelow4h          float64        `json:"p_day_below_4h"`
	PDaysBelow8h          float64        `json:"p_day_below_8h"`
	PDaysBelow12h         float64        `json:"p_day_below_12h"`
	EventsPerYear         float64        `json:"events_per_year"`
	MeanEventH            float64        `json:"mean_event_h"`
	LongestEventH         float64        `json:"longest_event_h"`
	EUEP90                float64        `json:"eue_p90_mwh"`
	EUECVaR90             float64        `json:"eue_cvar90_mwh"`
	MonthlyPDaysBelow     [12][3]float64 `json:"monthly_p_day_below_4_8_12h"`
	MonthlyShortfallGWP10 [12]float64    `json:"monthly_shortfall_gw_p10"`
	MonthlyShortfallGWP90 [12]float64    `json:"monthly_shortfall_gw_p90"`
}

// sampled returns what f reads from the zone's sample statistics, NaN
// (n/a) where the method has none.
func (z *ZoneMetrics) sampled(f func(*SampleStats) float64) float64 {
	if z == nil || z.SampleStats == nil {
		return math.NaN()
	}
	return f(z.SampleStats)
}

// PeakWeek is the expected national dispatch by source over the peak week.
type PeakWeek struct {
	StartHour  int         `json:"start_hour"`
	DemandMW   []float64   `json:"demand_mw"`
	BySourceMW [][]float64 `json:"by_source_mw"` // [source][hour]
	UnservedMW []float64   `json:"unserved_mw"`
}

// Comparison is a later scenario minus the reference, per zone and national.
type Comparison struct {
	Name   string          `json:"name"` // the later scenario
	Base   string          `json:"base"`
	System ComparisonRow   `json:"system"`
	Zones  []ComparisonRow `json:"zones"`
}

// ComparisonRow holds paired differences (alt − base) with standard errors.
type ComparisonRow struct {
	Code               string  `json:"code,omitempty"`
	Name               string  `json:"name,omitempty"`
	DeltaEUE           float64 `json:"delta_eue_mwh"`
	DeltaEUESE         float64 `json:"delta_eue_se"`
	DeltaSupplyHours   float64 `json:"delta_supply_hours"`
	DeltaSupplyHoursSE float64 `json:"delta_supply_hours_se"`
	DeltaLOLE          float64 `json:"delta_lole_h"`
	DeltaLOLESE        float64 `json:"delta_lole_se"`
	// DeltaHouseholdHours is absent where either scenario has no household
	// hours.
	DeltaHouseholdHours   *float64 `json:"delta_household_hours,omitempty"`
	DeltaHouseholdHoursSE *float64 `json:"delta_household_hours_se,omitempty"`
	DeltaPeakSupplyMW     float64  `json:"delta_peak_supply_mw"`
}

// DependencyRow is a zone's reliance on Iranian supply.
type DependencyRow struct {
	Code             string  `json:"code"`
	Name             string  `json:"name"`
	IranGasShare     float64 `json:"iran_gas_share"` // of served energy
	IranGasShareSE   float64 `json:"iran_gas_share_se"`
	IranPowerShare   float64 `json:"iran_power_share"`
	IranPowerShareSE float64 `json:"iran_power_share_se"`
	OtherShare       float64 `json:"other_share"`
	// MWAtRiskGas is the capacity of the zone's own units fed by Iranian
	// gas (Iranian-gas plants standing in it); MWAtRiskPower the capacity
	// of the Iranian lines landing in it. A zone with neither rests on Iran
	// only through what it receives from the others.
	MWAtRiskGas   float64 `json:"mw_at_risk_gas"`
	MWAtRiskPower float64 `json:"mw_at_risk_power"`
}

// BackTestRow sets a model figure beside the Iraqi record, run as the
// scenario and year of the record's own period.
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

// SupplyRow is one generating unit or link as modelled.
type SupplyRow struct {
	ID          string  `json:"id"`
	Name        string  `json:"name"`
	Zone        string  `json:"zone"`
	Technology  string  `json:"technology"`
	Fuel        string  `json:"fuel"`
	NameplateMW float64 `json:"nameplate_mw"`
	CapacityMW  float64 `json:"capacity_mw"`
	FOR         float64 `json:"for"`
	MTTRH       float64 `json:"mttr_h"`
	InService   int     `json:"in_service"`
	Source      string  `json:"source"`
	Note        string  `json:"note,omitempty"`
}

// AllocationRow is one governorate's row of the shares policy: how the
// grid operator shares a shortage (the allocation table, with derived
// shares resolved).
type AllocationRow struct {
	Code   string `json:"code"`
	Region string `json:"region,omitempty"`
	// Share is the governorate's fraction of its region's pooled supply.
	Share float64 `json:"share"`
	// Basis says where the share comes from: "published" (the table gives
	// it), "population × climate" or "demand" (derived from what the
	// published shares leave).
	Basis string `json:"basis"`
	// LocalCredit is the fraction of its own generation it keeps before
	// the rest is pooled (1: no fixed quota).
	LocalCredit float64 `json:"local_credit"`
	// EmergencyFrac is the fraction of demand on emergency feeders, served
	// first and never rotated.
	EmergencyFrac float64 `json:"emergency_frac"`
	// IntakeMW limits its net intake over all its corridors (0: none).
	IntakeMW float64 `json:"intake_mw"`
	Source   string  `json:"source,omitempty"`
	Note     string  `json:"note,omitempty"`
}

// SourceRow is a row of the sources table.
type SourceRow struct {
	ID        string `json:"id"`
	Kind      string `json:"kind"`
	Title     string `json:"title"`
	Publisher string `json:"publisher,omitempty"`
	Date      string `json:"date,omitempty"`
	URL       string `json:"url,omitempty"`
	Note      string `json:"note,omitempty"`
}

// OutlookRow is one study year under a scenario.
type OutlookRow struct {
	Scenario          string  `json:"scenario"`
	Year              int     `json:"year"`
	PeakDemandMW      float64 `json:"peak_demand_mw"`
	PeakSupplyMW      float64 `json:"peak_supply_mw"`
	PeakShortfallMW   float64 `json:"peak_shortfall_mw"`
	EUE               float64 `json:"eue_mwh"`
	EUESE             float64 `json:"eue_se"`
	SupplyHoursPerDay float64 `json:"supply_hours_per_day"`
	SupplyHoursSE     float64 `json:"supply_hours_se"`
}

// SensitivityRow is one bar of the tornado.
type SensitivityRow struct {
	Input     string  `json:"input"`
	LowLabel  string  `json:"low_label"`
	HighLabel string  `json:"high_label"`
	LowEUE    float64 `json:"low_eue_mwh"`
	HighEUE   float64 `json:"high_eue_mwh"`
	BaseEUE   float64 `json:"base_eue_mwh"`
	// LowSE and HighSE are the standard errors of LowEUE and HighEUE
	// paired with the base run (0 when exact or unknown).
	LowSE  float64 `json:"low_se"`
	HighSE float64 `json:"high_se"`
}

// OptionRow is a mitigation option and the share of the loss it buys back.
type OptionRow struct {
	Name           string  `json:"name"`
	Description    string  `json:"description"`
	InService      string  `json:"in_service"`
	RecoveredMWh   float64 `json:"recovered_mwh"`
	RecoveredShare float64 `json:"recovered_share"`
	SE             float64 `json:"se"` // of RecoveredMWh, MWh
}

// ReplacementRow is the replacement requirement found by `gridrisk replace`.
type ReplacementRow struct {
	What   string  `json:"what"`   // "firm MW in IQ-BA" or "gas mcm/d into pool X"
	Unit   string  `json:"unit"`   // "MW" or "mcm/d"
	Amount float64 `json:"amount"` // smallest amount tried that meets the target
	// Lower is the largest amount tried that does not (Amount − Lower ≤
	// Tolerance); the requirement lies between them.
	Lower     float64 `json:"lower"`
	Tolerance float64 `json:"tolerance"`
	// Target: "eue" (TargetEUE, MWh/yr) or "hours" (TargetHours, per day).
	Target      string  `json:"target"`
	TargetEUE   float64 `json:"target_eue_mwh"`
	TargetHours float64 `json:"target_hours"`
	BaseEUE     float64 `json:"base_eue_mwh"`
	AltEUE      float64 `json:"alt_eue_mwh"`
	// Achieved values with Amount added to Alt.
	AchievedEUE   float64 `json:"achieved_eue_mwh"`
	AchievedEUESE float64 `json:"achieved_eue_se"`
	AchievedHours float64 `json:"achieved_hours"`
	Runs          int     `json:"runs"`
}
