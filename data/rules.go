package data

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"sync"
)

// One rule per field. Every numeric column of the schema names its rule
// (column.Rule), a key of Rules; data check applies it to every cell of the
// column through checkField, and the scenario checks and the builder apply
// the rule of the same quantity by the same key (imports/check.go
// scenarioRules). Relational rules (capacity ≤ nameplate, retired after
// in_service, the mean time to failure that for and mttr_h imply, shares
// summing to at most 1) are separate, and stated where they are checked.
// TestOneRulePerField walks the schema; imports' TestScenarioFieldRules
// walks the scenario types and probes their checks against these rules.

// Rules maps a rule's key to its check: "" when x passes, else the rule
// broken, with the value. "param" (params.value) is the rule of the
// parameter a row names, and "param.NAME" that of parameter NAME (see
// CheckRule).
var Rules = map[string]func(x float64) string{
	"mw":                BoundMW.Check,
	"demand_mw":         BoundDemandMW.Check,
	"mcmd":              BoundMCMD.Check,
	"gwh":               BoundGWh.Check,
	"factor":            BoundFactor.Check,
	"mw_per_mcmd":       BoundMWPerMCMD.Check,
	"population":        BoundPopulation.Check,
	"units":             UnitsRule,
	"for":               ForRule,
	"mttr_h":            MTTRRule,
	"mttf_h":            MTTFRule,
	"maintenance_weeks": MaintenanceRule,
	"temp_derate":       TempDerateRule,
	"fraction":          FractionRule,
	"emergency_frac":    EmergencyFracRule,
	"year":              func(x float64) string { return yearRule(x) },
	"lat":               LatRule,
	"lon":               LonRule,
	"temperature_c":     TemperatureRule,
	"temperature_shift": TemperatureShiftRule,
}

// CheckRule applies the rule with key to x: a key of Rules, or
// "param.NAME" for parameter NAME's range (ParamSpecs). An unknown key is a
// programming error, reported as a broken rule rather than passed.
func CheckRule(key string, x float64) string {
	if name, ok := strings.CutPrefix(key, "param."); ok {
		return ParamRule(name, x)
	}
	if f := Rules[key]; f != nil {
		return f(x)
	}
	return fmt.Sprintf("has no rule %q (a bug: please report it)", key)
}

// ColumnRule is the rule key the schema gives a column ("" for a column
// that is not numeric, or not in the schema).
func ColumnRule(table, column string) string {
	return columnRules()[table+"."+column]
}

// columnRules is ColumnRules, built once: ColumnRule is asked for every
// cell data check checks.
var columnRules = sync.OnceValue(ColumnRules)

// fieldChecked, when set (by tests), is told every column checkField checks.
var fieldChecked func(table, column string)

// checkField applies a column's rule to a value.
func checkField(table, column string, x float64) string {
	return checkFieldAs(table, column, ColumnRule(table, column), x)
}

// checkFieldAs applies rule key to a value of a column; key must be the
// column's rule, or for params.value the rule of the row's parameter
// ("param.NAME").
func checkFieldAs(table, column, key string, x float64) string {
	if fieldChecked != nil {
		fieldChecked(table, column)
	}
	col := ColumnRule(table, column)
	if col == "" || (key != col && !(col == "param" && strings.HasPrefix(key, "param."))) {
		return fmt.Sprintf("is checked by rule %q, not its column's rule %q (a bug: please report it; got %g)", key, col, x)
	}
	return CheckRule(key, x)
}

// field reports a cell that breaks its column's rule.
func (v *validator) field(tbl string, i int, col string, x float64) bool {
	return v.fieldAs(tbl, i, col, ColumnRule(tbl, col), x)
}

// fieldAs is field with the rule's key given (see checkFieldAs).
func (v *validator) fieldAs(tbl string, i int, col, key string, x float64) bool {
	if rule := checkFieldAs(tbl, col, key, x); rule != "" {
		v.at(tbl, i, col, "%s", rule)
		return false
	}
	return true
}

// BoundPopulation bounds zones.population.
var BoundPopulation = Bound{1e10, "people"}

// UnitsRule bounds the number of identical units in a row (units.units, a
// scenario's add_units[].units): each is simulated on its own.
func UnitsRule(n float64) string {
	if !(n >= 1 && n <= MaxUnitsPerRow) {
		return fmt.Sprintf("must be in [1,%d] identical units per row (got %s)", MaxUnitsPerRow, strconv.FormatFloat(n, 'f', -1, 64))
	}
	return ""
}

// MTTRRule is the range of a mean time to repair: 0 (not given: only
// allowed when for = 0, see OutageRule) or [1, MaxHours] h.
func MTTRRule(mttr float64) string {
	if mttr != 0 && !(mttr >= 1 && mttr <= MaxHours) {
		return fmt.Sprintf("must be at least 1 h and at most %g h (got %g)", float64(MaxHours), mttr)
	}
	return ""
}

// MTTFRule is the range of a mean time to failure: 0 (never fails) or
// [1,1e9] h, since the outage model steps hourly.
func MTTFRule(mttf float64) string {
	if mttf != 0 && !(mttf >= 1 && mttf <= 1e9) {
		return fmt.Sprintf("must be 0 (never fails) or in [1,1e9] h: the outage model steps hourly (got %g)", mttf)
	}
	return ""
}

// inRange is the rule x ∈ [lo, hi], the bounds followed by unit in the
// message, and why (if any) before the value: "" when x is inside.
func inRange(x, lo, hi float64, unit, why string) string {
	if x >= lo && x <= hi {
		return ""
	}
	if why != "" {
		why += "; "
	}
	return fmt.Sprintf("must be in [%g,%g]%s (%sgot %g)", lo, hi, unit, why, x)
}

// FractionRule is [0,1]: liquid_factor, allocation share and local_credit.
func FractionRule(x float64) string { return inRange(x, 0, 1, "", "") }

// EmergencyFracRule bounds the share of demand on emergency feeders:
// some feeders must rotate.
func EmergencyFracRule(x float64) string {
	return inRange(x, 0, 0.9, "", "some feeders must rotate")
}

// LatRule and LonRule bound a capital's coordinates.
func LatRule(x float64) string { return inRange(x, -90, 90, "", "") }

func LonRule(x float64) string { return inRange(x, -180, 180, "", "") }

// TemperatureRule bounds an air temperature (climate normals, the hourly
// temperature table).
func TemperatureRule(x float64) string { return inRange(x, -60, 70, " °C", "") }

// TemperatureShiftRule bounds a scenario's adjust.temperature_c, the °C
// added to every hour.
func TemperatureShiftRule(x float64) string {
	if !(x >= -20 && x <= 20) {
		return fmt.Sprintf("must be within ±20 °C (got %g)", x)
	}
	return ""
}

// yearRule is YearRule for a value read as a number: a fraction is not a
// year.
func yearRule(x float64) string {
	if !(x >= -1e9 && x <= 1e9) || x != math.Trunc(x) {
		return fmt.Sprintf("must be 0 or a whole year in [1900,2200] (got %g)", x)
	}
	return YearRule(int(x))
}

// StudyYearRule is YearRule for a study year, where 0 (in the tables:
// always, never) is not a year.
func StudyYearRule(y int) string {
	if y == 0 {
		return "must be a year in [1900,2200] (got 0)"
	}
	return YearRule(y)
}

// ColumnRules lists every numeric column's rule: "table.column" → key.
// The caller may change the map it gets.
func ColumnRules() map[string]string {
	out := map[string]string{}
	for _, sp := range specs {
		for _, c := range sp.Columns {
			if c.Rule != "" {
				out[sp.Name+"."+c.Name] = c.Rule
			}
		}
	}
	return out
}
