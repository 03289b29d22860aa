package data

import (
	"strings"
	"time"

	"github.com/xuri/excelize/v2"
)

// Baghdad is Iraq's local time, UTC+3 without daylight saving (since 2008).
var Baghdad = time.FixedZone("Asia/Baghdad", 3*3600)

var timeLayouts = []string{
	"2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02T15",
}

// parseTime reads an ISO 8601 local time (an offset, if written, is
// converted to Baghdad time) or, from a workbook, an Excel date serial.
func parseTime(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.In(Baghdad), true
	}
	for _, l := range timeLayouts {
		if t, err := time.ParseInLocation(l, s, Baghdad); err == nil {
			return t, true
		}
	}
	if v, err := parseNumber(s, false); err == nil && v > 0 && v < 2958466 {
		if t, err := excelize.ExcelDateToTime(v, false); err == nil {
			t = t.Round(time.Minute)
			return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), 0, 0, Baghdad), true
		}
	}
	return time.Time{}, false
}

// decodeHourly reads an hourly table. names are the allowed column names
// (zone codes; nil allows any, as for profile ids), matched regardless of
// case; with all set, every name must have a column.
func decodeHourly(t *table, names []string, all bool, c *collector) *Hourly {
	if len(t.Header) == 0 {
		return nil
	}
	first := t.Header[0]
	if first != "hour" && first != "time" {
		c.add(t.File, t.Name, 1, t.Raw[0], `the first column must be "hour" (1..N) or "time" (ISO 8601)`)
		return nil
	}
	h := &Hourly{}
	seen := map[string]bool{}
	for j := 1; j < len(t.Header); j++ {
		name := strings.TrimSpace(t.Raw[j])
		if name == "" {
			c.add(t.File, t.Name, 1, "", "column %d has no name", j+1)
			continue
		}
		if names != nil {
			canon := ""
			for _, n := range names {
				if strings.EqualFold(n, name) {
					canon = n
				}
			}
			if canon == "" {
				c.add(t.File, t.Name, 1, name, "is not a zone code of the zones table")
				continue
			}
			name = canon
		}
		if seen[strings.ToLower(name)] {
			c.add(t.File, t.Name, 1, name, "the column appears twice")
		}
		seen[strings.ToLower(name)] = true
		h.Columns = append(h.Columns, name)
	}
	if all {
		for _, n := range names {
			if !seen[strings.ToLower(n)] {
				c.add(t.File, t.Name, 0, n, "zone has no column (every zone needs one)")
			}
		}
	}
	if len(t.Rows) == 0 {
		c.add(t.File, t.Name, 0, "", "the table has no rows")
		return nil
	}
	h.Values = make([][]float64, len(h.Columns))
	for k := range h.Values {
		h.Values[k] = make([]float64, len(t.Rows))
	}
	var prev time.Time
	for i, rec := range t.Rows {
		line := t.Line[i]
		if len(rec) != len(t.Header) {
			c.add(t.File, t.Name, line, "", "row has %d cells but the header has %d columns", len(rec), len(t.Header))
			continue
		}
		if first == "hour" {
			if n, err := parseInt(rec[0]); err != nil || n != i+1 {
				c.add(t.File, t.Name, line, "hour", "must be %d (hours run 1..N without gaps; got %q)", i+1, rec[0])
			}
		} else {
			tm, ok := parseTime(rec[0])
			switch {
			case !ok:
				c.add(t.File, t.Name, line, "time", "must be an ISO 8601 time like 2025-07-01T15:00 (got %q)", rec[0])
			case i == 0:
				h.Start = tm
			case !tm.Equal(prev.Add(time.Hour)):
				c.add(t.File, t.Name, line, "time", "must be one hour after the previous row (got %q)", rec[0])
			}
			prev = tm
		}
		k := 0
		for j := 1; j < len(t.Header); j++ {
			if k >= len(h.Columns) || !strings.EqualFold(strings.TrimSpace(t.Raw[j]), h.Columns[k]) {
				continue // a rejected column
			}
			v, err := parseNumber(rec[j], false)
			if err != nil {
				c.add(t.File, t.Name, line, h.Columns[k], "%v", err)
			}
			h.Values[k][i] = v
			k++
		}
	}
	return h
}

func hourDur(i int) time.Duration { return time.Duration(i) * time.Hour }
