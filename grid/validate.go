package grid

import (
	"errors"
	"fmt"
	"math"
)

// Validate checks the System's shape and values and returns every problem
// found, each naming the element (zone code, unit ID, pool ID, corridor) and
// the rule broken. Both assessment methods call it first.
func (s *System) Validate() error {
	var errs []error
	add := func(format string, a ...any) {
		if len(errs) < 50 {
			errs = append(errs, fmt.Errorf(format, a...))
		}
	}
	if s.Hours <= 0 {
		add("system: Hours = %d, must be > 0", s.Hours)
		return errors.Join(errs...)
	}
	if len(s.Month) != s.Hours {
		add("system: Month has %d entries, want Hours = %d", len(s.Month), s.Hours)
	}
	if len(s.HourOfDay) != s.Hours {
		add("system: HourOfDay has %d entries, want Hours = %d", len(s.HourOfDay), s.Hours)
	}
	for h, m := range s.Month {
		if m > 11 {
			add("system: Month[%d] = %d, must be 0..11", h, m)
			break
		}
	}
	// Day sums are kept per month label, at most two per day.
	for d := 0; d*24 < len(s.Month); d++ {
		day := s.Month[d*24 : min(len(s.Month), d*24+24)]
		second := day[0]
		for _, m := range day {
			if m != day[0] && m != second && second != day[0] {
				add("system: hours %d–%d (one day) carry three month labels", d*24, d*24+len(day)-1)
				break
			}
			if m != day[0] {
				second = m
			}
		}
	}
	for h, d := range s.HourOfDay {
		if d > 23 {
			add("system: HourOfDay[%d] = %d, must be 0..23", h, d)
			break
		}
	}
	if len(s.Zones) == 0 {
		add("system: no zones")
	}
	for i, z := range s.Zones {
		name := zoneName(s, i)
		if len(z.Demand) != s.Hours {
			add("zone %s: Demand has %d hours, want %d", name, len(z.Demand), s.Hours)
		} else if h, ok := badSeries(z.Demand, true); !ok {
			add("zone %s: Demand[%d] = %v, must be finite and >= 0", name, h, z.Demand[h])
		}
		if z.Temperature != nil {
			if len(z.Temperature) != s.Hours {
				add("zone %s: Temperature has %d hours, want %d", name, len(z.Temperature), s.Hours)
			} else if h, ok := badSeries(z.Temperature, false); !ok {
				add("zone %s: Temperature[%d] = %v, must be finite", name, h, z.Temperature[h])
			}
		}
		if !finite(z.DemandPerDegC) {
			add("zone %s: DemandPerDegC = %v, must be finite", name, z.DemandPerDegC)
		}
		if !finite(z.Share) || z.Share < 0 {
			add("zone %s: Share = %v, must be finite and >= 0", name, z.Share)
		}
		if !finite(z.LocalCredit) || z.LocalCredit < 0 || z.LocalCredit > 1 {
			add("zone %s: LocalCredit = %v, must be in [0, 1]", name, z.LocalCredit)
		}
		if !finite(z.EmergencyFrac) || z.EmergencyFrac < 0 || z.EmergencyFrac >= 1 {
			add("zone %s: EmergencyFrac = %v, must be in [0, 1)", name, z.EmergencyFrac)
		}
		if z.Junction {
			for h, d := range z.Demand {
				if d != 0 {
					add("zone %s: a junction has no demand, Demand[%d] = %v", name, h, d)
					break
				}
			}
		}
	}
	if s.CreditedSources != nil && len(s.CreditedSources) != len(s.Sources) {
		add("system: CreditedSources has %d entries, want len(Sources) = %d", len(s.CreditedSources), len(s.Sources))
	}
	for i, p := range s.Profiles {
		if len(p.Values) != s.Hours {
			add("profile %q (#%d): %d values, want Hours = %d", p.ID, i, len(p.Values), s.Hours)
		} else if h, ok := badSeries(p.Values, true); !ok {
			add("profile %q (#%d): value[%d] = %v, must be finite and >= 0", p.ID, i, h, p.Values[h])
		}
	}
	for i, p := range s.Pools {
		if !finite(p.DailyMCMD) || p.DailyMCMD < 0 {
			add("fuel pool %q (#%d): DailyMCMD = %v, must be finite and >= 0", p.ID, i, p.DailyMCMD)
		}
		if p.Monthly != nil {
			if len(p.Monthly) != 12 {
				add("fuel pool %q (#%d): Monthly has %d factors, want 12", p.ID, i, len(p.Monthly))
			} else if m, ok := badSeries(p.Monthly, true); !ok {
				add("fuel pool %q (#%d): Monthly[%d] = %v, must be finite and >= 0", p.ID, i, m, p.Monthly[m])
			}
		}
	}
	ids := make(map[string]int, len(s.Units))
	for i, u := range s.Units {
		name := fmt.Sprintf("unit %q (#%d)", u.ID, i)
		if u.ID == "" {
			add("%s: empty ID (IDs key the unit's random stream)", name)
		} else if j, dup := ids[u.ID]; dup {
			add("%s: duplicate ID, also unit #%d (IDs key the unit's random stream)", name, j)
		}
		ids[u.ID] = i
		if u.Zone < 0 || u.Zone >= len(s.Zones) {
			add("%s: Zone = %d, must index Zones (0..%d)", name, u.Zone, len(s.Zones)-1)
		} else if s.Zones[u.Zone].Junction {
			add("%s: zone %s is a junction (it routes power, it has no units)", name, zoneName(s, u.Zone))
		}
		if !finite(u.CapacityMW) || u.CapacityMW < 0 {
			add("%s: CapacityMW = %v, must be finite and >= 0", name, u.CapacityMW)
		}
		checkOutage(add, name, u.MTTF, u.MTTR)
		if u.Profile < -1 || u.Profile >= len(s.Profiles) {
			add("%s: Profile = %d, must be -1 or index Profiles (0..%d)", name, u.Profile, len(s.Profiles)-1)
		}
		if !finite(u.TempDerate) || u.TempDerate < 0 || u.TempDerate > 1 {
			add("%s: TempDerate = %v, must be in [0, 1] per °C", name, u.TempDerate)
		}
		if u.Pool < -1 || u.Pool >= len(s.Pools) {
			add("%s: Pool = %d, must be -1 or index Pools (0..%d)", name, u.Pool, len(s.Pools)-1)
		}
		if u.Pool >= 0 && (!finite(u.MWPerMCMD) || u.MWPerMCMD <= 0) {
			add("%s: MWPerMCMD = %v, must be > 0 for a unit in a fuel pool", name, u.MWPerMCMD)
		}
		if !finite(u.LiquidFactor) || u.LiquidFactor < 0 || u.LiquidFactor > 1 {
			add("%s: LiquidFactor = %v, must be in [0, 1]", name, u.LiquidFactor)
		}
		if u.LiquidFactor > 0 && u.Pool < 0 {
			add("%s: LiquidFactor > 0 needs a fuel pool (liquid is the fallback when gas runs short)", name)
		}
		if u.LiquidFactor > 0 && !validSource(s, u.LiquidSource) {
			add("%s: LiquidSource = %d, must index Sources (0..%d)", name, u.LiquidSource, len(s.Sources)-1)
		}
		if !validSource(s, u.Source) {
			add("%s: Source = %d, must index Sources (0..%d)", name, u.Source, len(s.Sources)-1)
		}
		if u.HydroBudgetMWh != nil {
			if len(u.HydroBudgetMWh) != 12 {
				add("%s: HydroBudgetMWh has %d months, want 12", name, len(u.HydroBudgetMWh))
			} else if m, ok := badSeries(u.HydroBudgetMWh, true); !ok {
				add("%s: HydroBudgetMWh[%d] = %v, must be finite and >= 0", name, m, u.HydroBudgetMWh[m])
			}
			if u.Pool >= 0 {
				add("%s: a hydro unit (HydroBudgetMWh set) cannot also burn pool gas", name)
			}
		}
		for k, w := range u.Maintenance {
			if w.Start < 0 || w.End > s.Hours || w.Start >= w.End {
				add("%s: Maintenance[%d] = [%d, %d), must satisfy 0 <= Start < End <= Hours (%d)", name, k, w.Start, w.End, s.Hours)
			}
		}
	}
	for i, c := range s.Corridors {
		name := fmt.Sprintf("corridor #%d", i)
		if c.From < 0 || c.From >= len(s.Zones) || c.To < 0 || c.To >= len(s.Zones) {
			add("%s: From = %d, To = %d, must index Zones (0..%d)", name, c.From, c.To, len(s.Zones)-1)
			continue
		}
		name = fmt.Sprintf("corridor #%d (%s-%s)", i, zoneName(s, c.From), zoneName(s, c.To))
		if c.From == c.To {
			add("%s: From == To", name)
		}
		if !finite(c.ForwardMW) || c.ForwardMW < 0 || !finite(c.BackwardMW) || c.BackwardMW < 0 {
			add("%s: ForwardMW = %v, BackwardMW = %v, must be finite and >= 0", name, c.ForwardMW, c.BackwardMW)
		}
		checkOutage(add, name, c.MTTF, c.MTTR)
	}
	if s.Weather.AnomalySD != nil {
		if len(s.Weather.AnomalySD) != 12 {
			add("weather: AnomalySD has %d months, want 12", len(s.Weather.AnomalySD))
		} else if m, ok := badSeries(s.Weather.AnomalySD, true); !ok {
			add("weather: AnomalySD[%d] = %v, must be finite and >= 0", m, s.Weather.AnomalySD[m])
		}
	}
	return errors.Join(errs...)
}

// checkPolicy refuses a policy the system lacks the data for: Shares needs
// a positive Share in every zone with demand (a zone with none would never
// be offered the pooled supply).
func checkPolicy(s *System, p Policy) error {
	if p != Shares {
		return nil
	}
	var bad []string
	for i, z := range s.Zones {
		if z.Share > 0 || z.Junction {
			continue
		}
		for _, d := range z.Demand {
			if d > 0 {
				bad = append(bad, zoneName(s, i))
				break
			}
		}
	}
	if len(bad) > 0 {
		return fmt.Errorf("policy shares: zones %v have demand but Share = 0; give each a share of the pooled supply", bad)
	}
	return nil
}

// checkOutage enforces the discrete-time Markov model's domain: both mean
// durations are at least one hour (a geometric duration has support >= 1 h).
func checkOutage(add func(string, ...any), name string, mttf, mttr float64) {
	if !finite(mttf) || mttf < 0 {
		add("%s: MTTF = %v, must be finite and >= 0 (0: never fails)", name, mttf)
		return
	}
	if mttf == 0 {
		return
	}
	if mttf < 1 {
		add("%s: MTTF = %v h, must be >= 1 h (hourly model) or 0 (never fails)", name, mttf)
	}
	if !finite(mttr) || mttr < 1 {
		add("%s: MTTR = %v h, must be >= 1 h when MTTF > 0", name, mttr)
	}
}

func validSource(s *System, i int) bool {
	if len(s.Sources) == 0 {
		return i == 0
	}
	return i >= 0 && i < len(s.Sources)
}

func zoneName(s *System, i int) string {
	if i >= 0 && i < len(s.Zones) && s.Zones[i].Code != "" {
		return s.Zones[i].Code
	}
	return fmt.Sprintf("#%d", i)
}

// hasWeather reports whether the system's weather varies between samples.
func hasWeather(s *System) bool {
	for _, sd := range s.Weather.AnomalySD {
		if sd > 0 {
			return true
		}
	}
	return false
}

func finite(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }

// badSeries returns the first index that is not finite (or negative when
// nonneg), and false; or -1, true when all values are fine.
func badSeries(v []float64, nonneg bool) (int, bool) {
	for i, x := range v {
		if !finite(x) || (nonneg && x < 0) {
			return i, false
		}
	}
	return -1, true
}
