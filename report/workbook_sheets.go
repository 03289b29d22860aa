package report

import (
	"fmt"
	"math"
	"sort"
	"strconv"

	"github.com/xuri/excelize/v2"
)

// Layout shared by the sheets: title in row 1, note in row 2, table header
// in row 4, data from row 5.
const (
	headRow  = 4
	firstRow = 5
)

// scenarioLabel is a scenario's name as shown (built-in names translated).
func (w *wb) scenarioLabel(i int) string { return trValue(w.lang, w.doc.Scenarios[i].Name) }

// zoneNames returns the zone's name in the workbook language and in the
// other one.
func (w *wb) zoneNames(z *ZoneMetrics) (primary, secondary string) {
	en, ar := zoneLabel(z), z.NameAr
	if w.lang == LangArabic && ar != "" {
		return ar, en
	}
	return en, ar
}

// zoneIn finds the zone with code in scenario s (nil if absent).
func (w *wb) zoneIn(s int, code string) *ZoneMetrics {
	zs := w.doc.Scenarios[s].Zones
	for i := range zs {
		if zs[i].Code == code {
			return &zs[i]
		}
	}
	return nil
}

// govOrder lists the reference scenario's zones by supply hours, fewest
// first (ties by name), the order of every governorate table.
func (w *wb) govOrder() []*ZoneMetrics {
	zs := w.doc.Scenarios[0].Zones
	out := make([]*ZoneMetrics, len(zs))
	for i := range zs {
		out[i] = &zs[i]
	}
	sort.SliceStable(out, func(a, b int) bool {
		if out[a].SupplyHoursPerDay != out[b].SupplyHoursPerDay {
			return out[a].SupplyHoursPerDay < out[b].SupplyHoursPerDay
		}
		return zoneLabel(out[a]) < zoneLabel(out[b])
	})
	return out
}

// ---- Summary ----

type measure struct {
	key   string
	val   func(z *ZoneMetrics) float64
	se    func(z *ZoneMetrics) float64 // nil: no standard error
	diff  func(base, alt *ZoneMetrics, name string) textDiff
	style func(s styles) (int, int) // value, change
}

func (w *wb) measures() []measure {
	doc := w.doc
	gwh := func(t textDiff) textDiff { return textDiff{t.mean / 1000, t.se / 1000} }
	ints := func(s styles) (int, int) { return s.int0, s.sint0 }
	dec1 := func(s styles) (int, int) { return s.dec1, s.dec1 }
	dec2 := func(s styles) (int, int) { return s.dec2, s.sdec2 }
	pct := func(s styles) (int, int) { return s.pct, s.pct }
	plain := func(get func(*ZoneMetrics) float64) func(b, a *ZoneMetrics, _ string) textDiff {
		return func(b, a *ZoneMetrics, _ string) textDiff { return textDiff{get(a) - get(b), math.NaN()} }
	}
	peakD := func(z *ZoneMetrics) float64 { return z.PeakDemandMW }
	peakS := func(z *ZoneMetrics) float64 { return z.PeakSupplyMW }
	peakF := func(z *ZoneMetrics) float64 { return z.PeakShortfallMW }
	eue := func(z *ZoneMetrics) float64 { return z.EUE / 1000 }
	p90 := func(z *ZoneMetrics) float64 { return z.EUEP90 / 1000 }
	neue := func(z *ZoneMetrics) float64 { return z.NEUEPPM / 1e6 }
	p12 := func(z *ZoneMetrics) float64 { return z.PDaysBelow12h }
	p8 := func(z *ZoneMetrics) float64 { return z.PDaysBelow8h }
	p4 := func(z *ZoneMetrics) float64 { return z.PDaysBelow4h }
	ev := func(z *ZoneMetrics) float64 { return z.EventsPerYear }
	lg := func(z *ZoneMetrics) float64 { return z.LongestEventH }
	return []measure{
		{"m.peak_demand", peakD, nil, plain(peakD), ints},
		{"m.peak_supply", peakS, nil, plain(peakS), ints},
		{"m.peak_shortfall", peakF, nil, plain(peakF), ints},
		{"m.hours", func(z *ZoneMetrics) float64 { return z.SupplyHoursPerDay }, func(z *ZoneMetrics) float64 { return z.SupplyHoursSE },
			func(b, a *ZoneMetrics, n string) textDiff { return hoursDiff(doc, b, a, n) }, dec2},
		{"m.eue", eue, func(z *ZoneMetrics) float64 { return z.EUESE / 1000 },
			func(b, a *ZoneMetrics, n string) textDiff { return gwh(eueDiff(doc, b, a, n)) }, ints},
		{"m.eue_p90", p90, nil, plain(p90), ints},
		{"m.neue", neue, nil, plain(neue), pct},
		{"m.lole", func(z *ZoneMetrics) float64 { return z.LOLE }, func(z *ZoneMetrics) float64 { return z.LOLESE },
			func(b, a *ZoneMetrics, _ string) textDiff {
				return textDiff{a.LOLE - b.LOLE, math.Hypot(a.LOLESE, b.LOLESE)}
			}, dec1},
		{"m.p12", p12, nil, plain(p12), pct},
		{"m.p8", p8, nil, plain(p8), pct},
		{"m.p4", p4, nil, plain(p4), pct},
		{"m.events", ev, nil, plain(ev), dec1},
		{"m.longest", lg, nil, plain(lg), dec1},
	}
}

func (w *wb) summarySheet() error {
	doc := w.doc
	sh, err := w.sheet("sheet.summary")
	if err != nil {
		return err
	}
	sub := w.t("title.sub", trValue(w.lang, doc.Method), num(float64(doc.Samples), 0), doc.Seed, trValue(w.lang, doc.Policy))
	if err := w.heading(sh, w.t("title.main", doc.Year), sub); err != nil {
		return err
	}
	n := len(doc.Scenarios)
	ms := w.measures()
	labelW := 20.0
	for _, m := range ms {
		labelW = math.Max(labelW, 1.1*float64(len([]rune(w.t(m.key))))+3)
	}
	if w.lang == LangArabic {
		labelW *= 1.15
	}
	cols := []col{{head: w.t("h.measure"), width: labelW, style: w.st.label}}
	for i := range doc.Scenarios {
		cols = append(cols, col{head: w.t("h.value", w.scenarioLabel(i))}, col{head: w.t("h.se", w.scenarioLabel(i))})
	}
	for i := 1; i < n; i++ {
		cols = append(cols, col{head: w.t("h.diff", w.scenarioLabel(i))}, col{head: w.t("h.diffse", w.scenarioLabel(i))})
	}
	// The key message spans the table's width, above it.
	const keyRow, tableRow = 3, 6
	last, _ := excelize.ColumnNumberToName(len(cols))
	if err := w.str(sh, 1, keyRow, w.keyMessage(), w.st.message); err != nil {
		return err
	}
	if err := w.f.MergeCell(sh, "A3", last+"3"); err != nil {
		return err
	}
	if err := w.f.SetRowHeight(sh, keyRow, 64); err != nil {
		return err
	}
	if err := w.str(sh, 1, tableRow-1, w.t("title.headline"), w.st.section); err != nil {
		return err
	}
	rows := make([][]any, len(ms))
	for r, m := range ms {
		row := []any{w.t(m.key)}
		for s := range doc.Scenarios {
			z := &doc.Scenarios[s].System
			var se any
			if m.se != nil {
				se = m.se(z)
			}
			row = append(row, m.val(z), se)
		}
		for s := 1; s < n; s++ {
			d := m.diff(&doc.Scenarios[0].System, &doc.Scenarios[s].System, doc.Scenarios[s].Name)
			var se any
			if !math.IsNaN(d.se) {
				se = d.se
			}
			row = append(row, d.mean, se)
		}
		rows[r] = row
	}
	first, _, err := w.writeTable(tableSpec{sheet: sh, row: tableRow, cols: cols, rows: rows})
	if err != nil {
		return err
	}
	// Number formats differ by row here, not by column.
	for r, m := range ms {
		vs, ds := m.style(w.st)
		for c := 2; c <= len(cols); c++ {
			st := vs
			if c > 1+2*n && (c-1-2*n)%2 == 1 {
				st = ds
			}
			if m.key == "m.hours" && c%2 == 1 {
				st = w.st.dec3 // its standard errors are hundredths of an hour
			}
			cell, _ := excelize.CoordinatesToCellName(c, first+r)
			if err := w.f.SetCellStyle(sh, cell, cell, st); err != nil {
				return err
			}
		}
	}
	for c := 2; c <= len(cols); c++ {
		w.setWidth(sh, c, 15)
	}
	w.summarySheetName, w.summaryChartRow = sh, first+len(ms)+2
	for s := range doc.Scenarios {
		w.seriesName = append(w.seriesName, cellRef(sh, 2+2*s, tableRow))
	}
	if err := w.freeze(sh, tableRow+1, 2); err != nil {
		return err
	}
	return w.printTitles(sh, tableRow)
}

// keyMessage is the one-sentence finding, computed from the numbers.
func (w *wb) keyMessage() string {
	doc := w.doc
	s0 := &doc.Scenarios[0]
	if len(doc.Scenarios) == 1 || len(s0.Zones) == 0 {
		worst := &s0.System
		if o := w.govOrder(); len(o) > 0 {
			worst = o[0]
		}
		name, _ := w.zoneNames(worst)
		return w.t("key.one", w.scenarioLabel(0), s0.System.SupplyHoursPerDay, num(s0.System.EUE/1000, 0), name, worst.SupplyHoursPerDay)
	}
	s1 := &doc.Scenarios[1]
	h := hoursDiff(doc, &s0.System, &s1.System, s1.Name)
	e := eueDiff(doc, &s0.System, &s1.System, s1.Name)
	// The governorate that moves most in the direction of the national
	// change: the largest loss of hours, or for a mitigation the largest gain.
	gain := h.mean > 0
	var most *ZoneMetrics
	var mostD float64
	for i := range s0.Zones {
		if a := w.zoneIn(1, s0.Zones[i].Code); a != nil {
			d := hoursDiff(doc, &s0.Zones[i], a, s1.Name).mean
			if most == nil || (gain && d > mostD) || (!gain && d < mostD) {
				most, mostD = &s0.Zones[i], d
			}
		}
	}
	verb := w.t("key.rises")
	if e.mean < 0 {
		verb = w.t("key.falls")
	}
	clause := ""
	if most != nil {
		name, _ := w.zoneNames(most)
		key := "key.loses"
		if gain {
			key = "key.gains"
		}
		clause = w.t(key, name, mostD)
	}
	msg := w.t("key.two", w.scenarioLabel(1), s1.System.SupplyHoursPerDay, s0.System.SupplyHoursPerDay, w.scenarioLabel(0),
		h.mean, seNum(h.se, 2), verb, num(math.Abs(e.mean)/1000, 0), seNum(e.se/1000, 0), clause)
	if math.Abs(e.mean) < 2*e.se {
		msg += w.t("key.noise")
	}
	return msg
}

// ---- Governorates ----

func (w *wb) governoratesSheet() error {
	doc := w.doc
	sh, err := w.sheet("sheet.governorates")
	if err != nil {
		return err
	}
	order := w.govOrder()
	if len(order) == 0 {
		return w.emptyNote(sh, w.t("title.govs"), w.t("empty.monthly"))
	}
	if err := w.heading(sh, w.t("title.govs"), w.t("note.govs")); err != nil {
		return err
	}
	n := len(doc.Scenarios)
	st := w.st
	cols := []col{{head: w.t("h.code"), style: st.text}, {head: w.t("h.name"), style: st.text}, {head: w.t("h.name2"), style: st.text},
		{head: w.t("h.region"), style: st.text}, {head: w.t("h.peak_demand"), style: st.int0}}
	group := func(key string, style int) int {
		at := len(cols) + 1
		for i := 0; i < n; i++ {
			cols = append(cols, col{head: w.t(key, w.scenarioLabel(i)), style: style})
		}
		return at
	}
	group("h.peak_supply", st.int0)
	cHours := group("h.hours", st.dec1)
	cEUE := group("h.eue", st.int0)
	cRisk := group("h.p8", st.pct)
	cDH := len(cols) + 1
	for i := 1; i < n; i++ {
		cols = append(cols, col{head: w.t("h.dhours", w.scenarioLabel(i)), style: st.sdec2})
	}
	cDE := len(cols) + 1
	for i := 1; i < n; i++ {
		cols = append(cols, col{head: w.t("h.deue", w.scenarioLabel(i)), style: st.sint0})
	}
	cDep := len(cols) + 1
	cols = append(cols, col{head: w.t("h.dep_gas"), style: st.pct}, col{head: w.t("h.dep_power"), style: st.pct})
	dep := map[string]*DependencyRow{}
	for i := range doc.Dependency {
		dep[doc.Dependency[i].Code] = &doc.Dependency[i]
	}
	var rows [][]any
	for _, z := range order {
		p, q := w.zoneNames(z)
		row := []any{z.Code, p, q, trValue(w.lang, z.Region), z.PeakDemandMW}
		zs := make([]*ZoneMetrics, n)
		for i := range zs {
			zs[i] = w.zoneIn(i, z.Code)
		}
		for _, get := range []func(*ZoneMetrics) float64{
			func(z *ZoneMetrics) float64 { return z.PeakSupplyMW },
			func(z *ZoneMetrics) float64 { return z.SupplyHoursPerDay },
			func(z *ZoneMetrics) float64 { return z.EUE / 1000 },
			func(z *ZoneMetrics) float64 { return z.PDaysBelow8h },
		} {
			for _, a := range zs {
				row = append(row, optVal(a, get))
			}
		}
		for i := 1; i < n; i++ {
			row = append(row, optDiff(zs[i], func(a *ZoneMetrics) float64 { return hoursDiff(doc, z, a, doc.Scenarios[i].Name).mean }))
		}
		for i := 1; i < n; i++ {
			row = append(row, optDiff(zs[i], func(a *ZoneMetrics) float64 { return eueDiff(doc, z, a, doc.Scenarios[i].Name).mean / 1000 }))
		}
		if d := dep[z.Code]; d != nil {
			row = append(row, d.IranGasShare, d.IranPowerShare)
		} else {
			row = append(row, nil, nil)
		}
		rows = append(rows, row)
	}
	first, last, err := w.writeTable(tableSpec{sheet: sh, row: headRow, cols: cols, rows: rows})
	if err != nil {
		return err
	}
	cf := []struct {
		from, to int
		opts     []excelize.ConditionalFormatOptions
	}{
		{cHours, cHours + n - 1, colorScale3(false)},
		{cEUE, cEUE + n - 1, dataBar("F4A6A6")},
		{cRisk, cRisk + n - 1, riskScale()},
		{cDH, cDH + n - 2, colorScale3(false)},
		{cDE, cDE + n - 2, dataBar("F8CBAD")},
		{cDep, cDep + 1, dataBar("F4B183")},
	}
	for _, c := range cf {
		if c.to < c.from {
			continue
		}
		a, _ := excelize.CoordinatesToCellName(c.from, first)
		b, _ := excelize.CoordinatesToCellName(c.to, last)
		if err := w.f.SetConditionalFormat(sh, a+":"+b, c.opts); err != nil {
			return err
		}
	}
	w.govSheet, w.govFirst, w.govLast, w.govHoursCol = sh, first, last, cHours
	if err := w.freeze(sh, firstRow, 3); err != nil {
		return err
	}
	if err := w.printTitles(sh, headRow); err != nil {
		return err
	}
	return w.summaryChart()
}

func optVal(z *ZoneMetrics, get func(*ZoneMetrics) float64) any {
	if z == nil {
		return nil
	}
	return get(z)
}

func optDiff(a *ZoneMetrics, get func(*ZoneMetrics) float64) any {
	if a == nil {
		return nil
	}
	return get(a)
}

// ---- Monthly ----

func (w *wb) monthlySheet() error {
	doc := w.doc
	sh, err := w.sheet("sheet.monthly")
	if err != nil {
		return err
	}
	order := w.govOrder()
	if len(order) == 0 {
		return w.emptyNote(sh, w.t("title.monthly"), w.t("empty.monthly"))
	}
	if err := w.heading(sh, w.t("title.monthly"), w.t("note.monthly")); err != nil {
		return err
	}
	li := langIndex(w.lang)
	cols := w.zoneCols(true)
	for m := 0; m < 12; m++ {
		cols = append(cols, col{head: monthNames[li][m], style: w.st.dec1, width: 9})
	}
	cols = append(cols, col{head: w.t("h.year"), style: w.st.dec1, width: 9})
	var rows [][]any
	for s := range doc.Scenarios {
		for _, b := range order {
			z := w.zoneIn(s, b.Code)
			if z == nil {
				continue
			}
			row := w.zoneRow(s, z)
			for m := 0; m < 12; m++ {
				row = append(row, z.MonthlySupplyHours[m])
			}
			rows = append(rows, append(row, z.SupplyHoursPerDay))
		}
	}
	first, last, err := w.writeTable(tableSpec{sheet: sh, row: headRow, cols: cols, rows: rows})
	if err != nil {
		return err
	}
	a, _ := excelize.CoordinatesToCellName(5, first)
	b, _ := excelize.CoordinatesToCellName(len(cols), last)
	if err := w.f.SetConditionalFormat(sh, a+":"+b, colorScale3(false)); err != nil {
		return err
	}
	if err := w.freeze(sh, firstRow, 4); err != nil {
		return err
	}
	if err := w.picture(sh, cellAt(len(cols)+2, headRow), "blackout-heatmap"); err != nil {
		return err
	}

	// National mean shortfall by month, with its native chart.
	top := last + 3
	if err := w.f.InsertPageBreak(sh, cellAt(1, top-1)); err != nil {
		return err
	}
	if err := w.str(sh, 1, top-1, w.t("title.national"), w.st.section); err != nil {
		return err
	}
	ncols := []col{{head: w.t("h.month"), style: w.st.text}}
	for s := range doc.Scenarios {
		l := w.scenarioLabel(s)
		ncols = append(ncols, col{head: w.t("h.shortfall", l), style: w.st.dec2, width: 11},
			col{head: w.t("h.shortfall10", l), style: w.st.dec2, width: 11}, col{head: w.t("h.shortfall90", l), style: w.st.dec2, width: 11})
	}
	nrows := make([][]any, 12)
	for m := range nrows {
		nrows[m] = []any{monthNames[li][m]}
		for s := range doc.Scenarios {
			z := &doc.Scenarios[s].System
			nrows[m] = append(nrows[m], z.MonthlyShortfallGW[m], z.MonthlyShortfallGWP10[m], z.MonthlyShortfallGWP90[m])
		}
	}
	nf, nl, err := w.writeTable(tableSpec{sheet: sh, row: top, cols: ncols, rows: nrows})
	if err != nil {
		return err
	}
	var series []excelize.ChartSeries
	for s := range doc.Scenarios {
		series = append(series, excelize.ChartSeries{
			Name:       w.seriesName[s],
			Categories: rangeRef(sh, 1, nf, 1, nl),
			Values:     rangeRef(sh, 2+3*s, nf, 2+3*s, nl),
			Line:       excelize.LineOptions{Width: 2.25},
		})
	}
	return w.chartWithPicture(sh, cellAt(len(ncols)+2, top), excelize.Line, series, w.t("chart.shortfall"), "0.0", "monthly-shortfall")
}

// zoneCols are the leading columns of a per-scenario, per-governorate table.
func (w *wb) zoneCols(withScenario bool) []col {
	var cols []col
	if withScenario {
		cols = append(cols, col{head: w.t("h.scenario"), style: w.st.text})
	}
	return append(cols, col{head: w.t("h.code"), style: w.st.text}, col{head: w.t("h.name"), style: w.st.text},
		col{head: w.t("h.name2"), style: w.st.text})
}

func (w *wb) zoneRow(s int, z *ZoneMetrics) []any {
	p, q := w.zoneNames(z)
	return []any{w.scenarioLabel(s), z.Code, p, q}
}

// ---- Rolling blackouts ----

func (w *wb) rollingSheet() error {
	doc := w.doc
	sh, err := w.sheet("sheet.rolling")
	if err != nil {
		return err
	}
	order := w.govOrder()
	if len(order) == 0 {
		return w.emptyNote(sh, w.t("title.rolling"), w.t("empty.monthly"))
	}
	if err := w.heading(sh, w.t("title.rolling"), w.t("note.rolling")); err != nil {
		return err
	}
	li := langIndex(w.lang)
	cols := append(w.zoneCols(true), col{head: w.t("h.threshold"), style: w.st.text})
	for m := 0; m < 12; m++ {
		cols = append(cols, col{head: monthNames[li][m], style: w.st.pct, width: 9})
	}
	cols = append(cols, col{head: w.t("h.year"), style: w.st.pct, width: 9})
	thresholds := []struct {
		label string
		k     int
		year  func(z *ZoneMetrics) float64
	}{
		{w.t("v.hours12"), 2, func(z *ZoneMetrics) float64 { return z.PDaysBelow12h }},
		{w.t("v.hours", 8), 1, func(z *ZoneMetrics) float64 { return z.PDaysBelow8h }},
		{w.t("v.hours", 4), 0, func(z *ZoneMetrics) float64 { return z.PDaysBelow4h }},
	}
	var rows [][]any
	for s := range doc.Scenarios {
		for _, b := range order {
			z := w.zoneIn(s, b.Code)
			if z == nil {
				continue
			}
			for _, th := range thresholds {
				row := append(w.zoneRow(s, z), th.label)
				for m := 0; m < 12; m++ {
					row = append(row, z.MonthlyPDaysBelow[m][th.k])
				}
				rows = append(rows, append(row, th.year(z)))
			}
		}
	}
	first, last, err := w.writeTable(tableSpec{sheet: sh, row: headRow, cols: cols, rows: rows})
	if err != nil {
		return err
	}
	a, _ := excelize.CoordinatesToCellName(6, first)
	b, _ := excelize.CoordinatesToCellName(len(cols), last)
	if err := w.f.SetConditionalFormat(sh, a+":"+b, riskScale()); err != nil {
		return err
	}
	if err := w.freeze(sh, firstRow, 4); err != nil {
		return err
	}
	return w.printTitles(sh, headRow)
}

// ---- Imports ----

func (w *wb) importsSheet() error {
	doc := w.doc
	sh, err := w.sheet("sheet.imports")
	if err != nil {
		return err
	}
	if len(doc.Dependency) == 0 {
		return w.emptyNote(sh, w.t("title.imports"), w.t("empty.imports"))
	}
	if err := w.heading(sh, w.t("title.imports"), w.t("note.imports")); err != nil {
		return err
	}
	cols := append(w.zoneCols(false), col{head: w.t("h.dep_gas"), style: w.st.pct}, col{head: w.t("h.dep_power"), style: w.st.pct},
		col{head: w.t("h.dep_other"), style: w.st.pct}, col{head: w.t("h.mw_gas"), style: w.st.int0}, col{head: w.t("h.mw_power"), style: w.st.int0})
	deps := append([]DependencyRow(nil), doc.Dependency...)
	sort.SliceStable(deps, func(a, b int) bool {
		return deps[a].IranGasShare+deps[a].IranPowerShare > deps[b].IranGasShare+deps[b].IranPowerShare
	})
	var rows [][]any
	for _, d := range deps {
		z := w.zoneIn(0, d.Code)
		if z == nil {
			z = &ZoneMetrics{Code: d.Code, Name: d.Name}
		}
		p, q := w.zoneNames(z)
		rows = append(rows, []any{d.Code, p, q, d.IranGasShare, d.IranPowerShare, d.OtherShare, d.MWAtRiskGas, d.MWAtRiskPower})
	}
	first, last, err := w.writeTable(tableSpec{sheet: sh, row: headRow, cols: cols, rows: rows})
	if err != nil {
		return err
	}
	for _, c := range []struct {
		col   int
		color string
	}{{4, "F4B183"}, {5, "FFD966"}, {7, "F4B183"}, {8, "FFD966"}} {
		if err := w.f.SetConditionalFormat(sh, rangeA1(c.col, first, c.col, last), dataBar(c.color)); err != nil {
			return err
		}
	}
	if err := w.freeze(sh, firstRow, 3); err != nil {
		return err
	}
	series := []excelize.ChartSeries{
		{Name: cellRef(sh, 4, headRow), Categories: rangeRef(sh, 2, first, 2, last), Values: rangeRef(sh, 4, first, 4, last), Fill: solid("ED7D31")},
		{Name: cellRef(sh, 5, headRow), Categories: rangeRef(sh, 2, first, 2, last), Values: rangeRef(sh, 5, first, 5, last), Fill: solid("C55A11")},
	}
	if err := w.f.InsertPageBreak(sh, cellAt(1, last+2)); err != nil {
		return err
	}
	if err := w.chartWithPicture(sh, cellAt(1, last+3), excelize.ColStacked, series, w.t("chart.dependency"), "0%", "dependency"); err != nil {
		return err
	}
	return w.servedBySource(sh, last+3+wbChartH/20+3)
}

// servedBySource tabulates each governorate's served energy by supply
// source under every scenario, when the run recorded it.
func (w *wb) servedBySource(sh string, top int) error {
	doc := w.doc
	var rows [][]any
	var srcs []string
	for s := range doc.Scenarios {
		sc := &doc.Scenarios[s]
		if len(sc.Sources) == 0 {
			continue
		}
		if srcs == nil {
			srcs = sc.Sources
		}
		if !equalStrings(srcs, sc.Sources) {
			continue // a different source list cannot share the columns
		}
		for _, b := range w.govOrder() {
			z := w.zoneIn(s, b.Code)
			if z == nil || len(z.ServedBySourceMWh) != len(srcs) {
				continue
			}
			row := w.zoneRow(s, z)
			for _, v := range z.ServedBySourceMWh {
				row = append(row, v/1000)
			}
			rows = append(rows, row)
		}
	}
	if len(rows) == 0 {
		return nil
	}
	if err := w.f.InsertPageBreak(sh, cellAt(1, top-1)); err != nil {
		return err
	}
	if err := w.str(sh, 1, top-1, w.t("title.bysource"), w.st.section); err != nil {
		return err
	}
	cols := w.zoneCols(true)
	for _, s := range srcs {
		cols = append(cols, col{head: w.t("h.bysource", s), style: w.st.int0})
	}
	first, last, err := w.writeTable(tableSpec{sheet: sh, row: top, cols: cols, rows: rows})
	if err != nil {
		return err
	}
	return w.f.SetConditionalFormat(sh, rangeA1(5, first, len(cols), last), dataBar("9DC3E6"))
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// ---- Supply ----

func (w *wb) supplySheet() error {
	doc := w.doc
	sh, err := w.sheet("sheet.supply")
	if err != nil {
		return err
	}
	if len(doc.Supply) == 0 {
		return w.emptyNote(sh, w.t("title.supply"), w.t("empty.supply"))
	}
	if err := w.heading(sh, w.t("title.supply"), ""); err != nil {
		return err
	}
	st := w.st
	cols := []col{{head: w.t("h.id"), style: st.text}, {head: w.t("h.unitname"), style: st.text}, {head: w.t("h.zone"), style: st.text},
		{head: w.t("h.name2"), style: st.text}, {head: w.t("h.technology"), style: st.text}, {head: w.t("h.fuel"), style: st.text}, {head: w.t("h.nameplate"), style: st.int0},
		{head: w.t("h.capacity"), style: st.int0}, {head: w.t("h.for"), style: st.pct}, {head: w.t("h.mttr"), style: st.int0},
		{head: w.t("h.inservice"), style: st.text}, {head: w.t("h.source"), style: st.wrap, width: 22}, {head: w.t("h.note"), style: st.wrap, width: 48}}
	var rows [][]any
	for _, u := range doc.Supply {
		zone, zone2 := u.Zone, ""
		if z := w.zoneIn(0, u.Zone); z != nil {
			zone, zone2 = w.zoneNames(z)
		}
		var year any
		if u.InService > 0 {
			year = strconv.Itoa(u.InService)
		}
		rows = append(rows, []any{u.ID, u.Name, zone, zone2, u.Technology, u.Fuel, u.NameplateMW, u.CapacityMW, u.FOR, u.MTTRH, year, u.Source, u.Note})
	}
	first, last, err := w.writeTable(tableSpec{sheet: sh, row: headRow, cols: cols, rows: rows})
	if err != nil {
		return err
	}
	if err := w.f.SetConditionalFormat(sh, rangeA1(8, first, 8, last), dataBar("9DC3E6")); err != nil {
		return err
	}
	if err := w.freeze(sh, firstRow, 3); err != nil {
		return err
	}
	return w.printTitles(sh, headRow)
}

// ---- Scenarios ----

func (w *wb) scenariosSheet() error {
	doc := w.doc
	sh, err := w.sheet("sheet.scenarios")
	if err != nil {
		return err
	}
	if err := w.heading(sh, w.t("title.scenarios"), w.t("note.scenarios")); err != nil {
		return err
	}
	st := w.st
	cols := []col{{head: w.t("h.scenario"), style: st.text}, {head: w.t("h.description"), style: st.wrap, width: 70},
		{head: w.t("h.role"), style: st.text}, {head: w.t("m.hours"), style: st.dec2}, {head: w.t("m.eue"), style: st.int0},
		{head: w.t("m.peak_supply"), style: st.int0}}
	var rows [][]any
	for i, s := range doc.Scenarios {
		role := w.t("v.reference")
		if i > 0 {
			role = w.t("v.compared")
		}
		rows = append(rows, []any{w.scenarioLabel(i), s.Description, role, s.System.SupplyHoursPerDay, s.System.EUE / 1000, s.System.PeakSupplyMW})
	}
	if _, _, err := w.writeTable(tableSpec{sheet: sh, row: headRow, cols: cols, rows: rows}); err != nil {
		return err
	}
	return w.freeze(sh, firstRow, 1)
}

// ---- Back-test ----

func (w *wb) backtestSheet() error {
	doc := w.doc
	sh, err := w.sheet("sheet.backtest")
	if err != nil {
		return err
	}
	if len(doc.BackTest) == 0 {
		return w.emptyNote(sh, w.t("title.backtest"), w.t("empty.backtest"))
	}
	if err := w.heading(sh, w.t("title.backtest"), ""); err != nil {
		return err
	}
	st := w.st
	cols := []col{{head: w.t("h.measure"), style: st.text}, {head: w.t("h.model"), style: st.dec1}, {head: w.t("h.low"), style: st.dec1},
		{head: w.t("h.high"), style: st.dec1}, {head: w.t("h.unit"), style: st.text}, {head: w.t("h.result"), style: st.text},
		{head: w.t("h.source"), style: st.text}, {head: w.t("h.note"), style: st.wrap, width: 40}}
	var rows [][]any
	for _, r := range doc.BackTest {
		res := w.t("v.outside")
		if r.Inside {
			res = w.t("v.inside")
		}
		rows = append(rows, []any{r.Measure, r.Model, r.Low, r.High, r.Unit, res, r.Source, r.Note})
	}
	first, _, err := w.writeTable(tableSpec{sheet: sh, row: headRow, cols: cols, rows: rows})
	if err != nil {
		return err
	}
	for i, r := range doc.BackTest {
		style := st.bad
		if r.Inside {
			style = st.good
		}
		c := cellAt(6, first+i)
		if err := w.f.SetCellStyle(sh, c, c, style); err != nil {
			return err
		}
	}
	return w.freeze(sh, firstRow, 2)
}

// ---- Sources ----

func (w *wb) sourcesSheet() error {
	doc := w.doc
	sh, err := w.sheet("sheet.sources")
	if err != nil {
		return err
	}
	if len(doc.Sources) == 0 {
		return w.emptyNote(sh, w.t("title.sources"), w.t("empty.sources"))
	}
	if err := w.heading(sh, w.t("title.sources"), ""); err != nil {
		return err
	}
	st := w.st
	cols := []col{{head: w.t("h.id"), style: st.text}, {head: w.t("h.kind"), style: st.text}, {head: w.t("h.title"), style: st.wrap, width: 50},
		{head: w.t("h.publisher"), style: st.wrap, width: 20}, {head: w.t("h.date"), style: st.text}, {head: w.t("h.url"), style: st.wrap, width: 40},
		{head: w.t("h.note"), style: st.wrap, width: 50}}
	var rows [][]any
	for _, s := range doc.Sources {
		rows = append(rows, []any{s.ID, trValue(w.lang, s.Kind), s.Title, s.Publisher, s.Date, s.URL, s.Note})
	}
	if _, _, err := w.writeTable(tableSpec{sheet: sh, row: headRow, cols: cols, rows: rows}); err != nil {
		return err
	}
	if err := w.freeze(sh, firstRow, 2); err != nil {
		return err
	}
	return w.printTitles(sh, headRow)
}

// ---- Run ----

func (w *wb) runSheet() error {
	doc := w.doc
	sh, err := w.sheet("sheet.run")
	if err != nil {
		return err
	}
	if err := w.heading(sh, w.t("title.run"), ""); err != nil {
		return err
	}
	r := doc.Run
	rows := [][]any{
		{w.t("r.version"), r.Version},
		{w.t("r.command"), r.Command},
		{w.t("r.seed"), strconv.FormatUint(doc.Seed, 10)},
		{w.t("r.samples"), doc.Samples},
		{w.t("r.method"), trValue(w.lang, doc.Method)},
		{w.t("r.policy"), trValue(w.lang, doc.Policy)},
		{w.t("r.year"), strconv.Itoa(doc.Year)},
		{w.t("r.hash"), r.InputHash},
		{w.t("r.data"), r.Data},
		{w.t("r.date"), r.Date},
	}
	if r.Workers > 0 {
		rows = append(rows, []any{w.t("r.workers"), r.Workers})
	}
	cols := []col{{head: w.t("h.item"), style: w.st.label, width: 30}, {head: w.t("h.itemvalue"), style: w.st.wrap, width: 80}}
	_, _, err = w.writeTable(tableSpec{sheet: sh, row: headRow, cols: cols, rows: rows})
	return err
}

// ---- Outlook, Sensitivity, Options (only when present) ----

func (w *wb) outlookSheet() error {
	doc := w.doc
	sh, err := w.sheet("sheet.outlook")
	if err != nil {
		return err
	}
	if err := w.heading(sh, w.t("title.outlook"), ""); err != nil {
		return err
	}
	st := w.st
	cols := []col{{head: w.t("h.scenario"), style: st.text}, {head: w.t("h.year"), style: st.text},
		{head: w.t("h.peak_demand"), style: st.int0}, {head: w.t("h.peak_supply0"), style: st.int0},
		{head: w.t("h.shortfall0"), style: st.int0}, {head: w.t("h.outlook_eue"), style: st.int0},
		{head: w.t("h.outlook_se"), style: st.int0}, {head: w.t("h.outlook_hrs"), style: st.dec2}}
	// Group by scenario (first appearance), then year, so each scenario's
	// rows are contiguous for the chart.
	rank := map[string]int{}
	for _, o := range doc.Outlook {
		if _, ok := rank[o.Scenario]; !ok {
			rank[o.Scenario] = len(rank)
		}
	}
	rowsO := append([]OutlookRow(nil), doc.Outlook...)
	sort.SliceStable(rowsO, func(a, b int) bool {
		if rank[rowsO[a].Scenario] != rank[rowsO[b].Scenario] {
			return rank[rowsO[a].Scenario] < rank[rowsO[b].Scenario]
		}
		return rowsO[a].Year < rowsO[b].Year
	})
	var rows [][]any
	for _, o := range rowsO {
		rows = append(rows, []any{trValue(w.lang, o.Scenario), strconv.Itoa(o.Year), o.PeakDemandMW, o.PeakSupplyMW, o.PeakShortfallMW, o.EUE / 1000, o.EUESE / 1000, o.SupplyHoursPerDay})
	}
	first, last, err := w.writeTable(tableSpec{sheet: sh, row: headRow, cols: cols, rows: rows})
	if err != nil {
		return err
	}
	if err := w.freeze(sh, firstRow, 3); err != nil {
		return err
	}
	var series []excelize.ChartSeries
	for i := 0; i < len(rowsO); {
		j := i
		for j < len(rowsO) && rowsO[j].Scenario == rowsO[i].Scenario {
			j++
		}
		series = append(series, excelize.ChartSeries{Name: cellRef(sh, 1, first+i), Categories: rangeRef(sh, 2, first+i, 2, first+j-1),
			Values: rangeRef(sh, 6, first+i, 6, first+j-1), Line: excelize.LineOptions{Width: 2.25}})
		i = j
	}
	if err := w.f.InsertPageBreak(sh, cellAt(1, last+2)); err != nil {
		return err
	}
	return w.chartWithPicture(sh, cellAt(1, last+3), excelize.Line, series, w.t("chart.outlook"), "#,##0", "outlook")
}

func (w *wb) sensitivitySheet() error {
	doc := w.doc
	sh, err := w.sheet("sheet.sensitivity")
	if err != nil {
		return err
	}
	if err := w.heading(sh, w.t("title.sensitivity"), ""); err != nil {
		return err
	}
	st := w.st
	cols := []col{{head: w.t("h.input"), style: st.text}, {head: w.t("h.lowlabel"), style: st.text}, {head: w.t("h.highlabel"), style: st.text},
		{head: w.t("h.loweue"), style: st.int0}, {head: w.t("h.higheue"), style: st.int0}, {head: w.t("h.baseeue"), style: st.int0},
		{head: w.t("h.swing"), style: st.int0}}
	rs := append([]SensitivityRow(nil), doc.Sensitivity...)
	sort.SliceStable(rs, func(a, b int) bool {
		return math.Abs(rs[a].HighEUE-rs[a].LowEUE) > math.Abs(rs[b].HighEUE-rs[b].LowEUE)
	})
	var rows [][]any
	for _, r := range rs {
		rows = append(rows, []any{r.Input, r.LowLabel, r.HighLabel, r.LowEUE / 1000, r.HighEUE / 1000, r.BaseEUE / 1000, math.Abs(r.HighEUE-r.LowEUE) / 1000})
	}
	first, last, err := w.writeTable(tableSpec{sheet: sh, row: headRow, cols: cols, rows: rows})
	if err != nil {
		return err
	}
	if err := w.f.SetConditionalFormat(sh, rangeA1(7, first, 7, last), dataBar("B4A7D6")); err != nil {
		return err
	}
	if err := w.freeze(sh, firstRow, 2); err != nil {
		return err
	}
	series := []excelize.ChartSeries{{Name: cellRef(sh, 7, headRow), Categories: rangeRef(sh, 1, first, 1, last),
		Values: rangeRef(sh, 7, first, 7, last), Fill: solid("7F6084")}}
	if err := w.f.InsertPageBreak(sh, cellAt(1, last+2)); err != nil {
		return err
	}
	return w.chartWithPicture(sh, cellAt(1, last+3), excelize.Bar, series, w.t("chart.tornado"), "#,##0", "tornado")
}

func (w *wb) optionsSheet() error {
	doc := w.doc
	sh, err := w.sheet("sheet.options")
	if err != nil {
		return err
	}
	if err := w.heading(sh, w.t("title.options"), ""); err != nil {
		return err
	}
	st := w.st
	cols := []col{{head: w.t("h.option"), style: st.text}, {head: w.t("h.description"), style: st.wrap, width: 60},
		{head: w.t("h.optservice"), style: st.text}, {head: w.t("h.recovered"), style: st.int0},
		{head: w.t("h.recshare"), style: st.pct}, {head: w.t("h.recse"), style: st.int0}}
	var rows [][]any
	for _, o := range doc.Options {
		rows = append(rows, []any{o.Name, o.Description, o.InService, o.RecoveredMWh / 1000, o.RecoveredShare, o.SE / 1000})
	}
	first, last, err := w.writeTable(tableSpec{sheet: sh, row: headRow, cols: cols, rows: rows})
	if err != nil {
		return err
	}
	if err := w.f.SetConditionalFormat(sh, rangeA1(5, first, 5, last), dataBar("A9D08E")); err != nil {
		return err
	}
	if err := w.freeze(sh, firstRow, 2); err != nil {
		return err
	}
	series := []excelize.ChartSeries{{Name: cellRef(sh, 5, headRow), Categories: rangeRef(sh, 1, first, 1, last),
		Values: rangeRef(sh, 5, first, 5, last), Fill: solid("70AD47")}}
	if err := w.f.InsertPageBreak(sh, cellAt(1, last+2)); err != nil {
		return err
	}
	return w.chartWithPicture(sh, cellAt(1, last+3), excelize.Bar, series, w.t("chart.options"), "0%", "options")
}

func (w *wb) replacementSheet() error {
	r := w.doc.Replacement
	sh, err := w.sheet("sheet.replacement")
	if err != nil {
		return err
	}
	if err := w.heading(sh, w.t("title.replacement"), ""); err != nil {
		return err
	}
	st := w.st
	target := r.Target
	if target == "eue" {
		target = w.t("v.eue")
	}
	type item struct {
		label string
		value any
		style int
	}
	items := []item{
		{w.t("rp.what"), r.What, st.wrap},
		{w.t("rp.amount", r.Unit), r.Amount, st.dec1},
		{w.t("rp.lower", r.Unit), r.Lower, st.dec1},
		{w.t("rp.target"), target, st.wrap},
	}
	if r.Target == "hours" {
		items = append(items, item{w.t("rp.target_hours"), r.TargetHours, st.dec2})
	} else {
		items = append(items, item{w.t("rp.target_eue"), r.TargetEUE / 1000, st.int0})
	}
	items = append(items,
		item{w.t("rp.base_eue"), r.BaseEUE / 1000, st.int0},
		item{w.t("rp.alt_eue"), r.AltEUE / 1000, st.int0},
		item{w.t("rp.achieved_eue"), r.AchievedEUE / 1000, st.int0},
		item{w.t("rp.achieved_se"), r.AchievedEUESE / 1000, st.int0},
		item{w.t("rp.achieved_hours"), r.AchievedHours, st.dec2},
		item{w.t("rp.runs"), r.Runs, st.int0},
	)
	rows := make([][]any, len(items))
	for i, it := range items {
		rows[i] = []any{it.label, it.value}
	}
	cols := []col{{head: w.t("h.item"), style: st.label, width: 50}, {head: w.t("h.itemvalue"), style: st.wrap, width: 40}}
	first, _, err := w.writeTable(tableSpec{sheet: sh, row: headRow, cols: cols, rows: rows})
	if err != nil {
		return err
	}
	for i, it := range items {
		c := cellAt(2, first+i)
		if err := w.f.SetCellStyle(sh, c, c, it.style); err != nil {
			return err
		}
	}
	return nil
}

// ---- cell references ----

func cellAt(col, row int) string {
	c, _ := excelize.CoordinatesToCellName(col, row)
	return c
}

func absCell(col, row int) string {
	name, _ := excelize.ColumnNumberToName(col)
	return fmt.Sprintf("$%s$%d", name, row)
}

func cellRef(sheet string, col, row int) string { return quoteSheet(sheet) + "!" + absCell(col, row) }

func rangeRef(sheet string, c1, r1, c2, r2 int) string {
	return quoteSheet(sheet) + "!" + absCell(c1, r1) + ":" + absCell(c2, r2)
}

func rangeA1(c1, r1, c2, r2 int) string { return cellAt(c1, r1) + ":" + cellAt(c2, r2) }
