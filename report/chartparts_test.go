package report

import (
	"image/color"
	"math"
	"strings"
	"testing"
)

func TestDayTicks(t *testing.T) {
	en, _ := newChartLang("en")
	ar, _ := newChartLang("ar")
	// 14 July 2025 is day 195 of the year, a Monday.
	jul14 := 194 * 24
	tests := []struct {
		name        string
		year, start int
		lang        *chartLang
		want        map[float64]string // labelled ticks
	}{
		{"week from midnight", 2025, jul14, en, map[float64]string{12: "Mon 14 Jul", 155.5: "Sun 20 Jul"}},
		// Starting at 13:00 the first day shows hours 0–11 (labelled at
		// 5.5), the last hours 155–167 (labelled at 161).
		{"week from 13:00", 2025, jul14 + 13, en, map[float64]string{5.5: "Mon 14 Jul", 23: "Tue 15 Jul", 161: "Mon 21 Jul"}},
		{"Arabic", 2025, jul14, ar, map[float64]string{12: shapeArabic("14 تموز", true)}},
		{"no year", 0, 0, en, map[float64]string{12: "Day 1", 155.5: "Day 7"}},
	}
	for _, tt := range tests {
		got := map[float64]string{}
		minor := 0
		for _, tk := range dayTicks(tt.year, tt.start, 168, tt.lang) {
			if tk.Label == "" {
				minor++
				continue
			}
			got[tk.Value] = tk.Label
		}
		for v, want := range tt.want {
			if got[v] != want {
				t.Errorf("%s: tick at %g = %q, want %q (all: %v)", tt.name, v, got[v], want, got)
			}
		}
		if minor < 6 || minor > 7 {
			t.Errorf("%s: %d midnight ticks, want 6 or 7", tt.name, minor)
		}
	}
}

func TestSourceLine(t *testing.T) {
	en, _ := newChartLang("en")
	for _, tt := range []struct {
		run  Run
		want string
	}{
		{Run{Version: "gridrisk 0.1.0 go1.26.8", Data: "embedded", InputHash: "4479e54c5e7c0011aa"}, "Source: gridrisk v0.1.0 model, data: embedded Iraq dataset, input 4479e54c5e7c"},
		{Run{Version: "v0.2.0", Data: "tables.xlsx", InputHash: "ab12"}, "Source: gridrisk v0.2.0 model, data: tables.xlsx, input ab12"},
		{Run{}, "Source: gridrisk dev model, data: –, input –"},
	} {
		if got := en.sourceLine(&Document{Run: tt.run}); got != tt.want {
			t.Errorf("sourceLine(%+v) = %q, want %q", tt.run, got, tt.want)
		}
	}
}

func TestOptionShareSE(t *testing.T) {
	for _, tt := range []struct {
		row  OptionRow
		want float64
	}{
		{OptionRow{RecoveredShare: 0.38, RecoveredMWh: 7.6e6, SE: 4e5}, 0.02},   // 4e5 MWh × 0.38 / 7.6e6 MWh
		{OptionRow{RecoveredShare: 0.38, RecoveredMWh: 7.6e6, SE: 0.5}, 2.5e-8}, // a small SE in MWh stays one
		{OptionRow{RecoveredShare: 0, RecoveredMWh: 0, SE: 4e5}, 0},             // nothing to scale by
		{OptionRow{RecoveredShare: 0.1, RecoveredMWh: 1e6, SE: -0.01}, 0},       // negative is no error bar
	} {
		if got := optionShareSE(tt.row); math.Abs(got-tt.want) > 1e-12 {
			t.Errorf("optionShareSE(%+v) = %g, want %g", tt.row, got, tt.want)
		}
	}
}

func TestViridisAndInk(t *testing.T) {
	if got := viridis(0); got != (color.RGBA{0x44, 0x01, 0x54, 0xff}) {
		t.Errorf("viridis(0) = %v", got)
	}
	if got := viridis(1); got != (color.RGBA{0xfd, 0xe7, 0x25, 0xff}) {
		t.Errorf("viridis(1) = %v", got)
	}
	// Halfway between stops 4 (#21908d) and 5 (#27ad81) at t = 9/16.
	if got := viridis(9.0 / 16); got != (color.RGBA{0x24, 0x9f, 0x87, 0xff}) {
		t.Errorf("viridis(9/16) = %v", got)
	}
	if inkOn(viridis(0)) != color.White || inkOn(viridis(1)) != colInk {
		t.Error("cell text should be white on dark purple and dark on yellow")
	}
}

func TestFitLines(t *testing.T) {
	en, _ := newChartLang("en")
	short := "Short title"
	lines, size := en.fitLines(short, 900, true, sizeTitle, sizeTitleMin)
	if len(lines) != 1 || size != sizeTitle {
		t.Errorf("short title: %d lines at %v pt, want 1 at %v", len(lines), size, sizeTitle)
	}
	long := "Part one of a long subtitle · part two that follows it · 2025, 2,000 Monte Carlo samples"
	lines, _ = en.fitLines(long, 400, false, 18, 15)
	for _, ln := range lines {
		if w := textStyle(15, false, nil).Width(ln); w > 400 {
			t.Errorf("line %q is %v pt wide, over 400", ln, w)
		}
		if ln[0] == ' ' || ln[len(ln)-1] == ' ' {
			t.Errorf("line %q has edge spaces", ln)
		}
	}
	if len(lines) < 2 {
		t.Errorf("long subtitle not wrapped: %q", lines)
	}
}

// The tornado's title names every input whose swing ties with the widest:
// swings of 36 and 35 MWh with standard errors of 1 each end tie (2·√2 of
// a difference of 1), the 13 MWh swing does not; with standard errors of
// 0.1 only the widest is named.
func TestTornadoTitleTies(t *testing.T) {
	l, err := newChartLang(LangEnglish)
	if err != nil {
		t.Fatal(err)
	}
	rows := func(se float64) []SensitivityRow {
		return []SensitivityRow{
			{Input: "Demand level", LowEUE: 78, HighEUE: 114, LowSE: se, HighSE: se},
			{Input: "Temperature", LowEUE: 80, HighEUE: 115, LowSE: se, HighSE: se},
			{Input: "Hydro water", LowEUE: 101, HighEUE: 88, LowSE: se, HighSE: se},
		}
	}
	for _, c := range []struct {
		se   float64
		want string
	}{
		{1, "Unserved energy is most sensitive to demand level and temperature (tied)"},
		{0.1, "Unserved energy is most sensitive to demand level"},
	} {
		if got := tornadoTitle(rows(c.se), l); got != c.want {
			t.Errorf("se %g: title %q, want %q", c.se, got, c.want)
		}
	}
}

// A period of one July week: the heatmap and the monthly shortfall show
// July only (other months were not simulated; their zeros are not
// measurements), name July, and give a shortfall under 1 GW in MW; the
// workbook's monthly cells say n/a outside July.
func TestOnlySimulatedMonths(t *testing.T) {
	doc := chartTestDoc()
	var july [12]int
	july[6] = 7
	for s := range doc.Scenarios {
		doc.Scenarios[s].MonthDays = &july
		doc.Scenarios[s].System.MonthlyShortfallGW = [12]float64{6: 0.0107}
	}
	l, err := newChartLang(LangEnglish)
	if err != nil {
		t.Fatal(err)
	}
	h, err := buildHeatmap(doc, l)
	if err != nil {
		t.Fatal(err)
	}
	if cols := h.main.X.Max - h.main.X.Min; cols != 1 || !strings.Contains(h.title, "in July") {
		t.Errorf("heatmap: %g columns, title %q; want July alone", cols, h.title)
	}
	m, err := buildMonthlyShortfall(doc, l)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(m.title, "Shortfall peaks at 11 MW in July") {
		t.Errorf("monthly shortfall title %q", m.title)
	}
	w := &wb{doc: doc, lang: LangEnglish}
	if got := w.monthValue(0, 0, 0); got != "n/a" {
		t.Errorf("January of a July week: %v, want n/a", got)
	}
	if got := w.monthValue(0, 6, 23.7); got != 23.7 {
		t.Errorf("July: %v, want 23.7", got)
	}
}
