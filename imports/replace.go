package imports

import (
	"context"
	"fmt"
	"math"
	"sort"
	"strings"

	"gridrisk/data"
	"gridrisk/grid"
)

// ReplaceSpec asks how much firm supply brings Alt (normally waiver-ended)
// back to Base (normally baseline).
type ReplaceSpec struct {
	Base, Alt Scenario
	Year      int
	// Zone: add a perfectly reliable unit of X MW in this zone; or
	// Pool: add X mcm/d of gas to this fuel pool. Exactly one is set.
	Zone, Pool string
	// TargetHours > 0 restores national supply hours per day to this value;
	// otherwise the target is Base's national EUE.
	TargetHours float64
	// Tolerance is the width of the final bisection bracket (MW or mcm/d);
	// 0 means 1 % of the amount found, at least 10 MW or 0.05 mcm/d.
	Tolerance float64
	// Max is the largest amount tried; 0 means 3 × the national peak demand
	// (MW), or that divided by 100 MW per mcm/d.
	Max float64
}

// Replacement is the amount found and the evidence.
type Replacement struct {
	Requirement
	// BaseResult and AltResult are the two reference runs, for RankOptionsFrom.
	BaseResult *grid.Result `json:"-"`
	AltResult  *grid.Result `json:"-"`
}

// Requirement is what Replace found: the amount, the bracket around it and
// the figures it was judged by.
type Requirement struct {
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

// Replace finds by bisection, with common random numbers (mc's seed for
// every run), the firm MW in a zone or the gas into a pool that brings the
// Alt scenario back to Base's national EUE (or to TargetHours).
func Replace(ctx context.Context, ds *data.Dataset, spec ReplaceSpec, mc grid.MonteCarlo) (*Replacement, error) {
	if (spec.Zone == "") == (spec.Pool == "") {
		return nil, fmt.Errorf("replace: give a zone (firm MW) or a pool (gas mcm/d), not both or neither")
	}
	out := &Replacement{Requirement: Requirement{Unit: "MW", Target: "eue"}}
	add := func(x float64) Scenario {
		return Scenario{Name: fmt.Sprintf("firm-%g-MW-%s", x, spec.Zone), AddUnits: []NewUnit{{
			ID: "replacement-firm", Name: "replacement (perfectly reliable)", Zone: spec.Zone, Technology: "firm", CapacityMW: x}}}
	}
	out.What = "firm MW in " + spec.Zone
	if spec.Pool != "" {
		out.Unit, out.What = "mcm/d", "gas mcm/d into pool "+spec.Pool
		add = func(x float64) Scenario {
			return Scenario{Name: fmt.Sprintf("gas-%g-mcmd-%s", x, spec.Pool), AddGas: []NewGas{{
				ID: "replacement-gas", Origin: "domestic", MCMD: x, Into: Match{ID: spec.Pool}}}}
		}
	}
	// Catch a bad zone or pool before spending any simulation.
	if _, err := Build(ds, spec.Alt.With(add(1)), spec.Year); err != nil {
		return nil, fmt.Errorf("replace: %w", err)
	}
	base, err := RunResult(ctx, ds, spec.Base, spec.Year, mc)
	if err != nil {
		return nil, err
	}
	alt, altSys, err := Run(ctx, ds, spec.Alt, spec.Year, mc)
	if err != nil {
		return nil, err
	}
	out.Runs = 2
	out.BaseResult, out.AltResult = base, alt
	out.BaseEUE, out.AltEUE = base.System.EUE.Mean, alt.System.EUE.Mean
	out.TargetEUE = out.BaseEUE
	if spec.TargetHours > 0 {
		out.Target, out.TargetHours = "hours", spec.TargetHours
		if spec.TargetHours > 24 {
			return nil, fmt.Errorf("replace: target %g supply hours per day is above 24", spec.TargetHours)
		}
	}
	met := func(r *grid.Result) bool {
		if out.Target == "hours" {
			return r.System.SupplyHoursPerDay.Mean >= out.TargetHours
		}
		return r.System.EUE.Mean <= out.TargetEUE
	}
	record := func(x float64, r *grid.Result) {
		out.Amount, out.AchievedEUE, out.AchievedEUESE = x, r.System.EUE.Mean, r.System.EUE.SE
		out.AchievedHours = r.System.SupplyHoursPerDay.Mean
	}
	if met(alt) {
		record(0, alt)
		return out, nil
	}
	peak := 0.0
	for h := 0; h < altSys.Hours; h++ {
		d := 0.0
		for _, z := range altSys.Zones {
			d += z.Demand[h]
		}
		peak = math.Max(peak, d)
	}
	perUnit := 1.0
	if out.Unit == "mcm/d" {
		perUnit = 100 // MW per mcm/d, a low fleet figure so the bracket is wide enough
	}
	limit := spec.Max
	if limit <= 0 {
		limit = 3 * peak / perUnit
	}
	try := func(x float64) (*grid.Result, error) {
		r, err := RunResult(ctx, ds, spec.Alt.With(add(x)), spec.Year, mc)
		out.Runs++
		return r, err
	}
	// Bracket: start from the lost peak supply (usually close), step up a
	// quarter once, then double.
	lo, hi := 0.0, math.Max(base.System.PeakSupplyMW-alt.System.PeakSupplyMW, 100)/perUnit
	grow := 1.25
	var hiRes *grid.Result
	for {
		hi = math.Min(hi, limit)
		r, err := try(hi)
		if err != nil {
			return nil, err
		}
		if met(r) {
			hiRes = r
			break
		}
		if hi >= limit {
			return nil, fmt.Errorf("replace: even %.4g %s (%s) does not reach the target (national EUE %.4g MWh/yr vs %.4g; corridor limits may strand supply added there)",
				hi, out.Unit, out.What, r.System.EUE.Mean, out.TargetEUE)
		}
		lo, hi = hi, hi*grow
		grow = 2
	}
	tol := spec.Tolerance
	for {
		t := tol
		if t <= 0 {
			t = math.Max(0.01*hi, map[string]float64{"MW": 10, "mcm/d": 0.05}[out.Unit])
		}
		if hi-lo <= t {
			out.Tolerance = t
			break
		}
		mid := (lo + hi) / 2
		r, err := try(mid)
		if err != nil {
			return nil, err
		}
		if met(r) {
			hi, hiRes = mid, r
		} else {
			lo = mid
		}
	}
	record(hi, hiRes)
	out.Lower = lo
	return out, nil
}

// Option is a mitigation and how much of the loss it buys back.
type Option struct {
	Name        string `json:"name"`
	Description string `json:"description"`
	InService   string `json:"in_service"` // when its parts enter service
	// Active is false when nothing of it exists in the study year.
	Active bool `json:"active"`
	// RecoveredMWh is EUE(alt) − EUE(alt + option), paired; SE its error.
	RecoveredMWh float64 `json:"recovered_mwh"`
	SE           float64 `json:"se"`
	// RecoveredShare is RecoveredMWh / (EUE(alt) − EUE(base)).
	RecoveredShare float64 `json:"recovered_share"`
	// RecoveredHours is the gain in national supply hours per day.
	RecoveredHours float64 `json:"recovered_hours"`
	// Note explains a zero: not in service yet, or already in the tables.
	Note string `json:"note,omitempty"`
}

// RankOptions runs alt plus each built-in mitigation (or the given ones)
// with the same seed and ranks them by the share of the loss alt − base
// they recover, largest first.
func RankOptions(ctx context.Context, ds *data.Dataset, base, alt Scenario, year int, mc grid.MonteCarlo, options ...Scenario) ([]Option, error) {
	if len(options) == 0 {
		options = Mitigations()
	}
	b, err := RunResult(ctx, ds, base, year, mc)
	if err != nil {
		return nil, err
	}
	a, err := RunResult(ctx, ds, alt, year, mc)
	if err != nil {
		return nil, err
	}
	return RankOptionsFrom(ctx, ds, b, a, alt, year, mc, options...)
}

// RankOptionsFrom is RankOptions given the base and alt results already
// run with the same mc (for example Replacement.BaseResult and AltResult).
func RankOptionsFrom(ctx context.Context, ds *data.Dataset, b, a *grid.Result, alt Scenario, year int, mc grid.MonteCarlo, options ...Scenario) ([]Option, error) {
	if len(options) == 0 {
		options = Mitigations()
	}
	loss := a.System.EUE.Mean - b.System.EUE.Mean
	var out []Option
	for _, m := range options {
		o := Option{Name: m.Name, Description: m.Description, InService: m.InServiceLabel(), Active: activeIn(m, year)}
		switch {
		case !o.Active:
			o.Note = fmt.Sprintf("nothing of it is in service in %d", year)
		case alreadyInTables(ds, m):
			o.Note = "already in service in the base tables, so the base scenarios include it"
		}
		if o.Active {
			r, err := RunResult(ctx, ds, alt.With(m), year, mc)
			if err != nil {
				return nil, err
			}
			d := delta(&r.System, &a.System) // alt − (alt+option)
			o.RecoveredMWh, o.SE = d.EUE, d.EUESE
			o.RecoveredHours = r.System.SupplyHoursPerDay.Mean - a.System.SupplyHoursPerDay.Mean
			if loss > 0 {
				o.RecoveredShare = o.RecoveredMWh / loss
			}
		}
		out = append(out, o)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].RecoveredMWh > out[j].RecoveredMWh })
	return out, nil
}

// activeIn reports whether any part of a scenario exists in the year.
func activeIn(s Scenario, year int) bool {
	if len(s.Pools)+len(s.Links)+len(s.Units) > 0 || s.Adjust != nil || s.Base != "" || len(s.Mitigations) > 0 {
		return true
	}
	if s.Demand != nil && s.Demand.covers(year) {
		return true
	}
	for _, u := range s.AddUnits {
		if inService(u.InService, u.Retired, year) {
			return true
		}
	}
	for _, l := range s.AddLinks {
		if inService(l.InService, l.Retired, year) {
			return true
		}
	}
	for _, g := range s.AddGas {
		if inService(g.InService, g.Retired, year) {
			return true
		}
	}
	return false
}

// alreadyInTables reports whether every link and unit a mitigation adds is
// a table row in service by the dataset's base year (so no base scenario
// excludes it), and it adds nothing else.
func alreadyInTables(ds *data.Dataset, m Scenario) bool {
	if len(m.AddGas) > 0 || m.Demand != nil || len(m.AddLinks)+len(m.AddUnits) == 0 {
		return false
	}
	base := StudyYear(ds, 0)
	for _, n := range m.AddLinks {
		found := false
		for _, l := range ds.Links {
			found = found || (strings.EqualFold(l.ID, n.ID) && l.InService <= base)
		}
		if !found {
			return false
		}
	}
	for _, n := range m.AddUnits {
		found := false
		for _, u := range ds.Units {
			found = found || (strings.EqualFold(u.ID, n.ID) && u.InService <= base)
		}
		if !found {
			return false
		}
	}
	return true
}
