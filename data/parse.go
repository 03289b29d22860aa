package data

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// parseNumber reads a finite decimal number. Thousands separators are not
// accepted (a comma is ambiguous between locales); NaN and Inf are refused.
// With pct, "12%" or "12 %" reads as 0.12.
func parseNumber(s string, pct bool) (float64, error) {
	s = arabicDigits.Replace(strings.TrimSpace(s))
	percent := false
	if strings.HasSuffix(s, "%") {
		if !pct {
			return 0, fmt.Errorf("must be a number, not a percentage (got %q)", s)
		}
		percent = true
		s = strings.TrimSpace(strings.TrimSuffix(s, "%"))
	}
	low := strings.ToLower(s)
	if strings.Contains(low, "nan") || strings.Contains(low, "inf") {
		return 0, fmt.Errorf("must be a finite number (got %q)", s)
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, fmt.Errorf("must be a number (got %q)", s)
	}
	if percent {
		v /= 100
	}
	return v, nil
}

// arabicDigits maps Arabic-Indic and Persian digits, the Arabic decimal
// separator and the Arabic percent sign to ASCII, as older Arabic
// spreadsheets write them.
var arabicDigits = strings.NewReplacer(
	"٠", "0", "١", "1", "٢", "2", "٣", "3", "٤", "4", "٥", "5", "٦", "6", "٧", "7", "٨", "8", "٩", "9",
	"۰", "0", "۱", "1", "۲", "2", "۳", "3", "۴", "4", "۵", "5", "۶", "6", "۷", "7", "۸", "8", "۹", "9",
	"٫", ".", "٪", "%",
)

// parseInt reads a whole number (a value like "2025.0" from a spreadsheet is
// accepted when it has no fractional part).
func parseInt(s string) (int, error) {
	s = strings.TrimSpace(s)
	if n, err := strconv.Atoi(s); err == nil {
		return n, nil
	}
	v, err := parseNumber(s, false)
	if err != nil || v != math.Trunc(v) || math.Abs(v) > 1e9 {
		return 0, fmt.Errorf("must be a whole number (got %q)", s)
	}
	return int(v), nil
}

// parseList splits a ";"-separated list, dropping empty items.
func parseList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ";") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// formatNumber writes a number so that it parses back to the same float64.
func formatNumber(v float64) string {
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// roundTo rounds x to a number of decimals (the float64 nearest to that
// decimal, so it prints back with at most that many). Derived and synthesized values are
// rounded so they keep within the 15 significant digits a spreadsheet
// stores, and the xlsx template gives back exactly the same numbers.
func roundTo(x float64, decimals int) float64 {
	v, err := strconv.ParseFloat(strconv.FormatFloat(x, 'f', decimals, 64), 64)
	if err != nil {
		panic("data: roundTo: " + err.Error())
	}
	return v
}
