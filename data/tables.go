package data

import (
	"path/filepath"
	"strings"
	"time"
)

// Dataset is the full set of typed, validated input tables. The embedded
// Iraq dataset and a user's CSV directory or XLSX workbook both load into it.
// Every row carries Source: one or more ids (separated by ";") that resolve
// to rows of Sources; assumption rows in Sources have Kind "assumption" and
// carry their reasoning in Note.
type Dataset struct {
	Zones     []Zone
	Units     []Unit
	Fuels     []Fuel
	Links     []Link
	Corridors []Corridor
	Hydro     []Hydro
	// Allocation is how the grid operator shares a shortage between zones
	// (optional; see Allocation).
	Allocation []Allocation
	// Climate holds monthly temperature normals per zone; the embedded
	// dataset synthesizes Demand and Temperature from it.
	Climate []Climate
	// Demand is hourly MW per zone code (one column per zone).
	Demand *Hourly
	// Temperature is hourly °C per zone code (optional).
	Temperature *Hourly
	// Profiles holds hourly capacity factors per profile id (optional).
	Profiles *Hourly
	Params   []Param
	Sources  []Source
	// Origin says where the tables came from ("embedded" or a path).
	Origin string
	// Year is the calendar year Demand and Temperature were synthesized for
	// (0 when the demand came from a table).
	Year int

	// rows holds the row number the user sees (header = 1) of each record,
	// per table, so that validation after loading can point at the file.
	rows map[string][]int
	// files names the file (or workbook) each table was read from.
	files map[string]string
}

// Zone is a governorate.
type Zone struct {
	Code       string  // ISO 3166-2 code, or a documented local code (Halabja has none)
	Name       string  // English
	NameAr     string  // Arabic
	Region     string  // "federal" or "kurdistan"
	Population float64 // people
	// ClimateFactor scales the population share of demand (documented
	// assumption A2); 0 when not given.
	ClimateFactor float64
	PeakMW        float64 // unsuppressed peak demand in the base year
	Lat, Lon      float64 // capital coordinates (optional; used for solar profiles)
	Source        string
	Note          string
}

// Unit is a power station (or a block of identical units).
type Unit struct {
	ID           string
	Name         string
	Zone         string
	Technology   string // ccgt, ocgt, steam, hydro, solar, diesel, ...
	Fuel         string // a Fuels id, or "oil", "water", "sun"
	NameplateMW  float64
	CapacityMW   float64 // available capacity (nameplate × availability)
	Units        int     // number of identical units the station is split into
	FOR          float64 // forced outage rate, [0,1)
	MTTF, MTTR   float64 // hours; MTTF may be 0 when FOR is given
	Profile      string  // a Profiles column, or ""
	TempDerate   float64 // fraction per °C above 15 °C
	MWPerMCMD    float64 // electric MW per mcm/d of gas
	LiquidFactor float64 // >0: dual fuel, output fraction on liquid fuel
	InService    int     // first year in service
	Retired      int     // first year out of service (0: never)
	Source       string
	Note         string

	// MaintenanceWeeks is the planned maintenance of each identical unit,
	// in weeks per year (0: none); imports schedules it outside June–September.
	MaintenanceWeeks float64
}

// Fuel is a gas supply pool.
type Fuel struct {
	ID         string
	Name       string
	Origin     string  // "iran", "domestic", "lng", ...
	Contracted float64 // mcm/d
	Delivered  float64 // mcm/d, the base-year delivered volume
	Monthly    [12]float64
	Tags       []string // e.g. "iran", "waiver"
	InService  int      // first year in service (0: always)
	Retired    int      // first year out of service (0: never)
	Source     string
	Note       string
}

// Link is a cross-border electricity import.
type Link struct {
	ID         string
	Name       string
	Country    string
	Zone       string
	CapacityMW float64
	Monthly    [12]float64 // MW factor by month (1 = full)
	FOR, MTTR  float64
	InService  int // first year in service
	Retired    int
	Tags       []string // e.g. "iran", "waiver"
	Status     string   // operating, halted, under-construction, planned
	Source     string
	Note       string
}

// Corridor is a transfer limit between two zones.
type Corridor struct {
	From, To   string
	CapacityMW float64 // From→To
	ReverseMW  float64 // To→From (defaults to CapacityMW when the column is absent)
	FOR, MTTR  float64
	Source     string
	Note       string
}

// Allocation is one zone's row of the operator's shortage-sharing rules
// (the shares policy): its share of its region's pooled supply, the part of
// its own generation it keeps first, its emergency feeders, and a limit on
// what it can take in from its neighbours.
type Allocation struct {
	Zone string
	// Share is the zone's fraction of its region's pooled supply; 0 when not
	// given (then population × climate_factor, else demand, decides).
	Share float64
	// LocalCredit is the fraction of the zone's own generation it keeps
	// before the rest is pooled (1: no fixed quota, as Basra).
	LocalCredit float64
	// EmergencyFrac is the fraction of demand on emergency feeders
	// (hospitals, water, government), served first and never rotated.
	EmergencyFrac float64
	// IntakeMW limits the zone's net intake over all its corridors (0: none).
	IntakeMW float64
	Source   string
	Note     string
}

// Hydro is a hydro unit's monthly energy budget.
type Hydro struct {
	Unit      string
	MeanMW    float64 // the mean output the budget was derived from (information)
	BudgetGWh [12]float64
	Source    string
	Note      string
}

// Climate is a zone's monthly temperature normals.
type Climate struct {
	Zone   string
	MaxC   [12]float64 // mean daily maximum
	MinC   [12]float64 // mean daily minimum
	Source string
	Note   string
}

// Hourly is a table of hourly series: Columns[i] names Values[i].
type Hourly struct {
	Columns []string
	Values  [][]float64 // [column][hour]
	// Start is the local time (Asia/Baghdad) of the first hour, or the zero
	// time when the table is indexed by hour number only.
	Start time.Time
}

// Param is a named scalar model parameter.
type Param struct {
	Name   string
	Value  float64
	Unit   string
	Source string
	Note   string
}

// Source is a row of the sources table: a publication or an assumption.
type Source struct {
	ID        string
	Kind      string // "source" or "assumption"
	Title     string
	Publisher string
	Date      string
	URL       string
	Note      string
}

// SystemName is how reports name the system a dataset describes, from its
// origin (Dataset.Origin, or a result's run.data): "Iraq" for the embedded
// dataset (or an unknown origin), otherwise the name of the directory or
// workbook without its extension ("data/rts79/" gives "rts79", "my
// grid.xlsx" gives "my grid"), so a user's own system is never called Iraq.
func SystemName(origin string) string {
	o := strings.TrimRight(strings.TrimSpace(origin), `/\`)
	if o == "" || o == "embedded" {
		return "Iraq"
	}
	if i := strings.LastIndexAny(o, `/\`); i >= 0 {
		o = o[i+1:]
	}
	if ext := filepath.Ext(o); ext != "" && ext != o {
		o = strings.TrimSuffix(o, ext)
	}
	if o == "" || o == "." || o == ".." {
		return "your system"
	}
	return o
}
