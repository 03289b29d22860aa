package data

import (
	"fmt"
	"math"
	"time"
)

// synthSolar adds an hourly capacity-factor column for every solar unit's
// profile that the dataset lacks, computed at the unit's zone capital
// (assumption A26): min(1, dc_ac × clearness × sin(elevation)^0.6), the
// exponent flattening the curve as single-axis trackers do.
func synthSolar(ds *Dataset, cal calendar, p synthesisParams) {
	zones := map[string]Zone{}
	for _, z := range ds.Zones {
		zones[z.Code] = z
	}
	if ds.Profiles == nil {
		ds.Profiles = &Hourly{}
	}
	ds.Profiles.Start = ds.Demand.Start
	have := map[string]bool{}
	for _, c := range ds.Profiles.Columns {
		have[c] = true
	}
	for _, u := range ds.Units {
		if u.Technology != "solar" || u.Profile == "" || have[u.Profile] {
			continue
		}
		z := zones[u.Zone]
		ds.Profiles.Columns = append(ds.Profiles.Columns, u.Profile)
		ds.Profiles.Values = append(ds.Profiles.Values, solarProfile(z.Lat, z.Lon, cal, p))
		have[u.Profile] = true
	}
	if len(ds.Profiles.Columns) == 0 {
		ds.Profiles = nil
	}
}

// SolarProfile is the synthesized solar profile of a plant at lat, lon
// (degrees N, E) for hours hours of local time (Asia/Baghdad) from start:
// the model synthSolar fills a missing profile column with, for a caller
// whose unit names a profile the tables lack. solar_dc_ac and
// solar_clearness are the dataset's, else the embedded ones.
func SolarProfile(ds *Dataset, lat, lon float64, start time.Time, hours int) ([]float64, error) {
	var p synthesisParams
	var ok1, ok2 bool
	p.dcAC, ok1 = synthParam(ds, "solar_dc_ac")
	p.clearness, ok2 = synthParam(ds, "solar_clearness")
	if !ok1 || !ok2 {
		return nil, fmt.Errorf("solar profile: parameters solar_dc_ac and solar_clearness not found")
	}
	return solarProfile(lat, lon, newCalendar(start.In(Baghdad), hours), p), nil
}

// solarProfile evaluates the sun's elevation at the middle of each hour of
// local clock time (UTC+3), converted to solar time by longitude.
func solarProfile(lat, lon float64, cal calendar, p synthesisParams) []float64 {
	out := make([]float64, len(cal.hourOfDay))
	phi := lat * math.Pi / 180
	for h := range out {
		n := float64(cal.dayOfYear[h] + 1)
		decl := 23.45 * math.Pi / 180 * math.Sin(2*math.Pi*(284+n)/365)
		solarTime := float64(cal.hourOfDay[h]) + 0.5 + (lon-45)/15
		omega := (solarTime - 12) * 15 * math.Pi / 180
		sinEl := math.Sin(phi)*math.Sin(decl) + math.Cos(phi)*math.Cos(decl)*math.Cos(omega)
		if sinEl <= 0 {
			continue
		}
		out[h] = roundTo(math.Min(1, p.dcAC*p.clearness*math.Pow(sinEl, 0.6)), 6)
	}
	return out
}
