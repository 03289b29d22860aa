package data

import (
	"fmt"
	"math"
	"time"
)

// Synthesize fills ds.Demand, ds.Temperature and any missing solar profiles
// for a calendar year (8760 or 8784 hours from 1 January 00:00 Asia/Baghdad)
// from the monthly climate normals, since no public hourly load profile for
// Iraq exists (brief section 8, gap 9; assumptions A5, A37-A39, A26).
//
// Temperature: daily max/min interpolated between mid-month normals, a
// sinusoid between them peaking at temp_peak_hour. Demand per zone:
//
//	base activity × (weekday/weekend, diurnal shape, evening bump)
//	+ cooling slope × (T − cooling_threshold_c)+
//	+ heating slope × base activity × (heating_threshold_c − daily mean T)+
//
// with the cooling slope fixed by demand_per_degc, the heating slope solved
// so the winter peak is the region's winter/summer ratio of the summer peak,
// and the base level so the summer peak is reached; each zone's series is
// then scaled so its annual maximum equals its peak_mw. Demand growth to
// other study years is the caller's business (imports), not done here.
func Synthesize(ds *Dataset, year int) error {
	if rule := StudyYearRule(year); rule != "" {
		return fmt.Errorf("synthesize: year %s", rule)
	}
	p, err := synthParams(ds)
	if err != nil {
		return err
	}
	start := time.Date(year, 1, 1, 0, 0, 0, 0, Baghdad)
	hours := int(time.Date(year+1, 1, 1, 0, 0, 0, 0, Baghdad).Sub(start).Hours())
	cal := newCalendar(start, hours)

	climate := map[string]*Climate{}
	for i := range ds.Climate {
		climate[ds.Climate[i].Zone] = &ds.Climate[i]
	}
	dem := &Hourly{Start: start}
	tmp := &Hourly{Start: start}
	var probs Problems
	for _, z := range ds.Zones {
		cl := climate[z.Code]
		if cl == nil {
			probs = append(probs, Problem{File: "climate.csv", Table: "climate", Column: "zone", Rule: fmt.Sprintf("zone %s has no climate row (needed to synthesize its demand)", z.Code)})
			continue
		}
		temp := hourlyTemperature(cl, cal, p.peakHour)
		ratio := p.federalWinter
		if z.Region == "kurdistan" {
			ratio = 1 / p.krgSummer
		}
		shape, err := demandShape(temp, cal, p, ratio)
		if err != nil {
			probs = append(probs, Problem{File: "zones.csv", Table: "zones", Column: "peak_mw", Rule: fmt.Sprintf("zone %s: %v", z.Code, err)})
			continue
		}
		for h := range shape {
			shape[h] = roundTo(shape[h]*z.PeakMW, 4)
		}
		for h := range temp {
			temp[h] = roundTo(temp[h], 4)
		}
		dem.Columns = append(dem.Columns, z.Code)
		dem.Values = append(dem.Values, shape)
		tmp.Columns = append(tmp.Columns, z.Code)
		tmp.Values = append(tmp.Values, temp)
	}
	if len(probs) > 0 {
		return probs
	}
	ds.Demand, ds.Temperature, ds.Year = dem, tmp, year
	synthSolar(ds, cal, p)
	return nil
}

// synthesisParams are the parameters the synthesis reads.
type synthesisParams struct {
	peakHour, sens, coolC, heatC, night, bump, weekend float64
	federalWinter, krgSummer, clearness, dcAC          float64
}

// synthParams reads the synthesis parameters from the dataset, falling back
// to the embedded values for names the user did not give.
func synthParams(ds *Dataset) (synthesisParams, error) {
	var missing []string
	get := func(name string) float64 {
		v, ok := synthParam(ds, name)
		if !ok {
			missing = append(missing, name)
		}
		return v
	}
	p := synthesisParams{
		peakHour: get("temp_peak_hour"), sens: get("demand_per_degc"), coolC: get("cooling_threshold_c"),
		heatC: get("heating_threshold_c"), night: get("night_activity"), bump: get("evening_bump"),
		weekend: get("weekend_factor"), federalWinter: get("federal_winter_ratio"), krgSummer: get("krg_summer_ratio"),
		clearness: get("solar_clearness"), dcAC: get("solar_dc_ac"),
	}
	if len(missing) > 0 {
		return p, fmt.Errorf("synthesize: parameters %v not found", missing)
	}
	if p.krgSummer <= 0 || p.federalWinter <= 0 {
		return p, fmt.Errorf("synthesize: federal_winter_ratio and krg_summer_ratio must be > 0")
	}
	return p, nil
}

// synthParam is the value of the dataset's parameter name, else of the
// embedded one.
func synthParam(ds *Dataset, name string) (float64, bool) {
	for _, src := range [][]Param{ds.Params, embeddedParams()} {
		for _, p := range src {
			if p.Name == name {
				return p.Value, true
			}
		}
	}
	return 0, false
}

// calendar labels each hour of the year.
type calendar struct {
	hourOfDay []int
	dayOfYear []int // 0-based
	month     []int // 0..11
	weekend   []bool
	days      int
}

func newCalendar(start time.Time, hours int) calendar {
	c := calendar{make([]int, hours), make([]int, hours), make([]int, hours), make([]bool, hours), hours / 24}
	for h := 0; h < hours; h++ {
		t := start.Add(time.Duration(h) * time.Hour)
		c.hourOfDay[h] = t.Hour()
		c.dayOfYear[h] = t.YearDay() - 1
		c.month[h] = int(t.Month()) - 1
		wd := t.Weekday()
		c.weekend[h] = wd == time.Friday || wd == time.Saturday
	}
	return c
}

// dailyNormal interpolates monthly values linearly between mid-month days
// (wrapping December to January) for each day of the year.
func dailyNormal(monthly [12]float64, days int) []float64 {
	mid := make([]float64, 12)
	lengths := monthLengths(days == 366)
	cum := 0.0
	for m, l := range lengths {
		mid[m] = cum + float64(l)/2
		cum += float64(l)
	}
	out := make([]float64, days)
	for d := range out {
		x := float64(d) + 0.5
		m := 0
		for m < 12 && mid[m] <= x {
			m++
		}
		// x lies between mid[m-1] and mid[m] (wrapping).
		a, b := (m+11)%12, m%12
		xa, xb := mid[a], mid[b]
		if m == 0 {
			xa -= float64(days)
		}
		if m == 12 {
			xb += float64(days)
		}
		w := (x - xa) / (xb - xa)
		out[d] = monthly[a] + w*(monthly[b]-monthly[a])
	}
	return out
}

func monthLengths(leap bool) [12]int {
	l := [12]int{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}
	if leap {
		l[1] = 29
	}
	return l
}

// hourlyTemperature is a sinusoid between each day's min and max, peaking
// at peakHour.
func hourlyTemperature(cl *Climate, cal calendar, peakHour float64) []float64 {
	days := cal.days
	mx, mn := dailyNormal(cl.MaxC, days), dailyNormal(cl.MinC, days)
	out := make([]float64, len(cal.hourOfDay))
	for h := range out {
		d := cal.dayOfYear[h]
		mid, amp := (mx[d]+mn[d])/2, (mx[d]-mn[d])/2
		out[h] = mid + amp*math.Cos(2*math.Pi*(float64(cal.hourOfDay[h])-peakHour)/24)
	}
	return out
}

// nightShape is how far below daytime the base activity sits in each hour
// (1 at the 04:00-05:00 trough, 0 from 09:00 to 21:00); eveningShape is the
// lighting bump.
var (
	nightShape   = [24]float64{0.4, 0.65, 0.85, 0.95, 1, 1, 0.8, 0.5, 0.2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.1, 0.25}
	eveningShape = [24]float64{17: 0.5, 18: 1, 19: 1, 20: 1, 21: 0.5}
)

// demandShape returns the zone's hourly demand scaled to an annual maximum
// of 1, calibrated so that the Dec-Feb maximum is winterRatio times the
// Jun-Sep maximum.
func demandShape(temp []float64, cal calendar, p synthesisParams, winterRatio float64) ([]float64, error) {
	n := len(temp)
	base, cool, heat := make([]float64, n), make([]float64, n), make([]float64, n)
	// Heating follows the day's mean temperature (buildings store heat), so
	// the winter peak falls in the evening when activity is highest.
	dayMean := make([]float64, cal.days)
	for h := 0; h < n; h++ {
		dayMean[h/24] += temp[h] / 24
	}
	var summer, winter []int
	for h := 0; h < n; h++ {
		hod := cal.hourOfDay[h]
		b := 1 - (1-p.night)*nightShape[hod] + p.bump*eveningShape[hod]
		if cal.weekend[h] {
			b *= p.weekend
		}
		base[h] = b
		cool[h] = math.Max(0, temp[h]-p.coolC)
		heat[h] = b * math.Max(0, p.heatC-dayMean[h/24]) // people heat when awake
		switch m := cal.month[h]; {
		case m >= 5 && m <= 8:
			summer = append(summer, h)
		case m == 11 || m <= 1:
			winter = append(winter, h)
		}
	}
	maxOver := func(idx []int, B, kh float64) float64 {
		best := math.Inf(-1)
		for _, h := range idx {
			best = math.Max(best, B*base[h]+p.sens*cool[h]+kh*heat[h])
		}
		return best
	}
	summerHeat := false
	for _, h := range summer {
		summerHeat = summerHeat || heat[h] > 0
	}
	var b0 float64
	// B so that the summer maximum is 1, for a given heating slope.
	solveB := func(kh float64) float64 {
		if !summerHeat && kh > 0 {
			return b0 // the heating slope does not touch the summer maximum
		}
		lo, hi := 0.0, 2.0
		for i := 0; i < 60; i++ {
			mid := (lo + hi) / 2
			if maxOver(summer, mid, kh) < 1 {
				lo = mid
			} else {
				hi = mid
			}
		}
		return (lo + hi) / 2
	}
	kh, B := 0.0, solveB(0)
	b0 = B
	if B <= 1e-6 {
		return nil, fmt.Errorf("summer temperatures are so high that the cooling term alone exceeds the peak (lower demand_per_degc)")
	}
	if len(winter) > 0 && maxOver(winter, B, 0) < winterRatio {
		lo, hi := 0.0, 1.0
		for i := 0; i < 50; i++ {
			mid := (lo + hi) / 2
			if maxOver(winter, solveB(mid), mid) < winterRatio {
				lo = mid
			} else {
				hi = mid
			}
		}
		kh = (lo + hi) / 2
		B = solveB(kh)
	}
	out := make([]float64, n)
	peak := 0.0
	for h := range out {
		out[h] = B*base[h] + p.sens*cool[h] + kh*heat[h]
		peak = math.Max(peak, out[h])
	}
	for h := range out {
		out[h] /= peak
	}
	return out, nil
}
