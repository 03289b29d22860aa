package grid

import (
	"fmt"
	"time"
)

// RTSUnit is one row of the RTS-79 generating unit table: Count identical
// units of CapacityMW with the given MTTF and MTTR (hours).
type RTSUnit struct {
	Name       string
	Count      int
	CapacityMW float64
	MTTF, MTTR float64
}

// RTS79 builds the IEEE RTS-79 single-area system from its published
// tables, passed in by the caller (grid reads no files): weekly peaks (52
// values, % of the 2850 MW annual peak), daily peaks (7 values, Monday
// first, % of the weekly peak), hourly loads (24 rows of 6 columns, % of
// the daily peak: winter weekday, winter weekend, summer weekday, summer
// weekend, spring/fall weekday, spring/fall weekend) and the unit table.
// Week 1 starts on a Monday; winter is weeks 1–8 and 44–52, summer 18–30,
// spring/fall the rest; 8736 hours; no maintenance. Months label the hours
// as in a year starting Monday 1 January.
func RTS79(weekly, daily []float64, hourly [][]float64, units []RTSUnit) (*System, error) {
	if len(weekly) != 52 || len(daily) != 7 || len(hourly) != 24 {
		return nil, fmt.Errorf("RTS-79 tables: %d weekly, %d daily, %d hourly rows; want 52, 7, 24", len(weekly), len(daily), len(hourly))
	}
	for h, r := range hourly {
		if len(r) != 6 {
			return nil, fmt.Errorf("RTS-79 hourly table: row %d has %d columns, want 6", h+1, len(r))
		}
	}
	const H = 52 * 7 * 24
	sys := &System{Hours: H, Month: make([]uint8, H), HourOfDay: make([]uint8, H)}
	dem := make([]float64, H)
	start := time.Date(2018, 1, 1, 0, 0, 0, 0, time.UTC) // a Monday
	for w := range 52 {
		season := 0 // winter
		switch wk := w + 1; {
		case wk >= 18 && wk <= 30:
			season = 1
		case (wk >= 9 && wk <= 17) || (wk >= 31 && wk <= 43):
			season = 2
		}
		for d := range 7 {
			col := 2 * season
			if d >= 5 {
				col++
			}
			mo := uint8(start.AddDate(0, 0, w*7+d).Month() - 1)
			for h := range 24 {
				i := (w*7+d)*24 + h
				dem[i] = 2850 * weekly[w] / 100 * daily[d] / 100 * hourly[h][col] / 100
				sys.Month[i] = mo
				sys.HourOfDay[i] = uint8(h)
			}
		}
	}
	sys.Zones = []Zone{{Code: "RTS", Name: "IEEE RTS-79", Demand: dem}}
	for _, u := range units {
		for k := range u.Count {
			sys.Units = append(sys.Units, Unit{
				ID: fmt.Sprintf("%s-%d", u.Name, k+1), CapacityMW: u.CapacityMW,
				MTTF: u.MTTF, MTTR: u.MTTR, Profile: -1, Pool: -1,
			})
		}
	}
	return sys, sys.Validate()
}
