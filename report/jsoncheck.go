package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"reflect"
	"strings"
)

// maxMagnitude bounds every figure of a document read back: far above any
// grid's energy in MWh (a 1 TW system over a decade is 1e11 MWh), so a
// value beyond it is a damaged or hand-made file, which would otherwise
// send chart axes into endless tick searches.
const maxMagnitude = 1e12

// checkDocument applies the rules a document written by WriteJSON obeys:
// monthly series have 12 values (checked on the raw JSON, since a short
// array would decode silently into a 12-value one), hours per day lie in
// [0, 24], probabilities and shares in [0, 1], standard errors, energies,
// powers, hours per year and event figures are not negative (changes may
// be), and every figure is within ±maxMagnitude. It names the JSON path and
// the rule.
func checkDocument(raw []byte, doc *Document) error {
	var generic any
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if err := dec.Decode(&generic); err != nil {
		return err
	}
	if p := shortMonthly(generic, ""); p != "" {
		return fmt.Errorf("%s: a monthly series needs 12 values", p)
	}
	return walkNumbers(reflect.ValueOf(doc).Elem(), "", "", checkNumber)
}

// shortMonthly returns the path of the first "monthly_…" array that does
// not have 12 entries.
func shortMonthly(v any, path string) string {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			p := k
			if path != "" {
				p = path + "." + k
			}
			if a, ok := x.([]any); ok && strings.HasPrefix(k, "monthly_") && len(a) != 12 {
				return p
			}
			if q := shortMonthly(x, p); q != "" {
				return q
			}
		}
	case []any:
		for i, x := range v {
			if q := shortMonthly(x, fmt.Sprintf("%s[%d]", path, i)); q != "" {
				return q
			}
		}
	}
	return ""
}

// errStop ends a walk early without being an error of its own.
var errStop = errors.New("stop")

// walkNumbers calls fn with every float64 in v, its JSON key (the
// innermost field's name) and its JSON path, and stops at the first error
// fn returns. An embedded struct without a tag adds no path element (its
// fields are the parent's keys, as encoding/json writes them).
func walkNumbers(v reflect.Value, key, path string, fn func(x float64, key, path string) error) error {
	switch v.Kind() {
	case reflect.Float32, reflect.Float64:
		return fn(v.Float(), key, path)
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			return walkNumbers(v.Elem(), key, path, fn)
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			if err := walkNumbers(v.Index(i), key, fmt.Sprintf("%s[%d]", path, i), fn); err != nil {
				return err
			}
		}
	case reflect.Struct:
		t := v.Type()
		for i := 0; i < v.NumField(); i++ {
			f := t.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if !f.IsExported() || name == "-" {
				continue
			}
			if name == "" {
				name = f.Name
			}
			k, p := name, name
			switch {
			case f.Anonymous && f.Tag.Get("json") == "":
				k, p = key, path
			case path != "":
				p = path + "." + name
			}
			if err := walkNumbers(v.Field(i), k, p, fn); err != nil {
				return err
			}
		}
	}
	return nil
}

func checkNumber(x float64, key, path string) error {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 0) || math.Abs(x) > maxMagnitude:
		return fmt.Errorf("%s = %g: must be a finite number within ±%g", path, x, maxMagnitude)
	case strings.HasPrefix(key, "delta_") || key == "recovered_share" || key == "recovered_mwh":
		return nil // a change, or what an option buys back, may have either sign
	case strings.Contains(key, "hours_per_day") || strings.HasPrefix(key, "supply_hours") || strings.HasPrefix(key, "household_hours") ||
		key == "achieved_hours" || key == "target_hours":
		if strings.HasSuffix(key, "_se") {
			break
		}
		if x < 0 || x > 24 {
			return fmt.Errorf("%s = %g: hours per day must lie in [0, 24]", path, x)
		}
		return nil
	case strings.Contains(key, "p_day_below") || strings.HasSuffix(key, "_share") || key == "lolp_month_hour":
		if x < 0 || x > 1 {
			return fmt.Errorf("%s = %g: a probability or share must lie in [0, 1]", path, x)
		}
		return nil
	}
	if x < 0 && (strings.HasSuffix(key, "_se") || strings.HasSuffix(key, "_mwh") || strings.HasSuffix(key, "_mw") ||
		strings.Contains(key, "_gw") || strings.HasSuffix(key, "_h") || strings.HasPrefix(key, "events")) {
		return fmt.Errorf("%s = %g: must not be negative", path, x)
	}
	return nil
}
