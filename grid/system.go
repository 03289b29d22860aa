package grid

// System is an immutable adequacy model: zones with hourly demand, units,
// fuel pools, corridors and hourly capacity profiles. It is data only; the
// methods in this package assess it. Build one, call Validate, never mutate it
// while an assessment runs.
type System struct {
	// Hours is the number of hourly steps in the study period.
	Hours int
	// Month (0..11) and HourOfDay (0..23) label each hour, len Hours.
	// Day boundaries are every 24 hours from hour 0 (local midnight).
	Month     []uint8
	HourOfDay []uint8

	Zones     []Zone
	Units     []Unit
	Pools     []FuelPool
	Corridors []Corridor
	// Profiles are hourly factor series (len Hours) applied to unit capacity.
	Profiles []Profile
	// Sources names the supply categories units report under (for example
	// "domestic gas", "iranian gas", "oil", "hydro", "solar", "iranian
	// electricity", "other imports"). Unit.Source indexes it.
	Sources []string
	// Weather varies between samples; the zero value means none.
	Weather Weather
	// CreditedSources (len Sources, or nil) marks the sources whose output
	// the Shares policy always credits to the zone it is in (imports land
	// in a governorate and count towards its supply).
	CreditedSources []bool
}

// Zone is one demand area (a governorate).
type Zone struct {
	Code string
	Name string
	// Demand is the hourly demand in MW, len Hours.
	Demand []float64
	// Temperature is the hourly ambient temperature in °C, len Hours, or nil.
	// It drives unit temperature derates (with the sample's anomaly added).
	Temperature []float64
	// DemandPerDegC is the fractional change of demand per °C of the sample's
	// temperature anomaly (0.02 = +2 % per °C).
	DemandPerDegC float64

	// Share is the zone's weight in the pooled supply under the Shares
	// policy (any positive scale; > 0 for a zone with demand under Shares).
	Share float64
	// LocalCredit (0..1) is the fraction of the zone's own generation it
	// keeps before the rest is pooled, under Shares.
	LocalCredit float64
	// EmergencyFrac (0..1) is the fraction of demand on emergency feeders
	// (hospitals, water, government) that are never rotated: Shares serves
	// it first, and household hours count only the rotated feeders.
	EmergencyFrac float64
	// Junction marks a node that only routes power (no demand, no units),
	// such as the intake of a zone whose imports are limited; results omit
	// it.
	Junction bool
}

// Unit is one generating unit or import link (an import is a unit with an
// import Source and its own availability).
type Unit struct {
	ID   string
	Zone int
	// CapacityMW is the available capacity before profiles and derates.
	CapacityMW float64
	// MTTF and MTTR in hours define the two-state Markov outage model:
	// failure rate 1/MTTF, repair rate 1/MTTR per hour, so the forced outage
	// rate is MTTR/(MTTF+MTTR). MTTF == 0 means the unit never fails.
	MTTF, MTTR float64
	// Profile indexes System.Profiles (-1: constant 1).
	Profile int
	// TempDerate is the fraction of capacity lost per °C of ambient
	// temperature above 15 °C (gas turbines ~0.007), using the zone's
	// Temperature plus the sample's anomaly.
	TempDerate float64
	// Pool indexes System.Pools (-1: not fuel-limited).
	Pool int
	// MWPerMCMD is the electric MW the unit makes from 1 mcm/d of pool gas;
	// higher is more efficient and burns first.
	MWPerMCMD float64
	// LiquidFactor > 0 marks a dual-fuel unit: when its pool runs short it
	// can run on liquid fuel at LiquidFactor of its capacity.
	LiquidFactor float64
	// LiquidSource is the Source index that liquid-fuel output reports under.
	LiquidSource int
	// HydroBudgetMWh, if non-nil, is the energy the unit may produce in each
	// calendar month (len 12); it is spent in the hours of worst shortage.
	HydroBudgetMWh []float64
	// Maintenance lists planned outage windows [Start, End) in hours.
	Maintenance []Window
	// Source indexes System.Sources.
	Source int
}

// Window is a half-open interval of hours [Start, End).
type Window struct{ Start, End int }

// FuelPool is a gas supply shared by its units: at most DailyMCMD ×
// Monthly[month] mcm/d in every hour.
type FuelPool struct {
	ID        string
	DailyMCMD float64
	// Monthly factors (len 12) scale DailyMCMD; nil means 1 every month.
	Monthly []float64
}

// Corridor is a transfer limit between two zones.
type Corridor struct {
	From, To int
	// ForwardMW is the limit From→To, BackwardMW To→From.
	ForwardMW, BackwardMW float64
	// MTTF, MTTR as for units; MTTF == 0 means never out.
	MTTF, MTTR float64
}

// Profile is an hourly capacity factor series.
type Profile struct {
	ID     string
	Values []float64
}

// Weather is a per-sample, per-month temperature anomaly drawn from a normal
// distribution with standard deviation AnomalySD[month] °C, common to all
// zones: it raises demand (Zone.DemandPerDegC) and derates gas turbines
// (Unit.TempDerate) together.
type Weather struct {
	AnomalySD []float64 // len 12, or nil for no weather variability
}
