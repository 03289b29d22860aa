package report

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// Layout shared by the sheets: title in row 1, note in row 2, table header
// in row 4, data from row 5.
const headRow = 4

// naOr is a table cell: v, or n/a for a figure the run did not measure.
func (w *wb) naOr(v float64) any {
	if math.IsNaN(v) {
		return w.t("v.na")
	}
	return v
}

// monthValue is scenario s's value v for month m, or n/a when the month
// was not simulated (or v was not measured: NaN).
func (w *wb) monthValue(s, m int, v float64) any {
	if !w.doc.Scenarios[s].simulated(m) {
		return w.t("v.na")
	}
	return w.naOr(v)
}

// scenarioLabel is a scenario's name as shown in headings.
func (w *wb) scenarioLabel(i int) string { return w.scenarioName(w.doc.Scenarios[i].Name) }

// scenarioName is a name's short label in the workbook's language
// (Document.Labels), else the name as given.
func (w *wb) scenarioName(name string) string {
	if lab, ok := w.doc.Labels[name]; ok {
		if w.lang == LangArabic && lab.ShortAr != "" {
			return lab.ShortAr
		}
		if w.lang != LangArabic && lab.ShortEn != "" {
			return lab.ShortEn
		}
	}
	return name
}

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
	p90 := func(z *ZoneMetrics) float64 {
		return z.sampled(func(s *SampleStats) float64 { return s.EUEP90 / 1000 })
	}
	neue := func(z *ZoneMetrics) float64 { return z.NEUEPPM / 1e6 }
	p12 := func(z *ZoneMetrics) float64 {
		return z.sampled(func(s *SampleStats) float64 { return s.PDaysBelow12h })
	}
	p8 := func(z *ZoneMetrics) float64 { return z.sampled(func(s *SampleStats) float64 { return s.PDaysBelow8h }) }
	p4 := func(z *ZoneMetrics) float64 { return z.sampled(func(s *SampleStats) float64 { return s.PDaysBelow4h }) }
	ev := func(z *ZoneMetrics) float64 {
		return z.sampled(func(s *SampleStats) float64 { return s.EventsPerYear })
	}
	lg := func(z *ZoneMetrics) float64 {
		return z.sampled(func(s *SampleStats) float64 { return s.LongestEventH })
	}
	// Household hours are NaN where not measured; the cell then reads n/a.
	hhMean := func(z *ZoneMetrics) float64 {
		if h, _, ok := z.Household(); ok {
			return h
		}
		return math.NaN()
	}
	hhSE := func(z *ZoneMetrics) float64 {
		if _, se, ok := z.Household(); ok {
			return se
		}
		return math.NaN()
	}
	return []measure{
		{"m.peak_demand", peakD, nil, plain(peakD), ints},
		{"m.peak_supply", peakS, nil, plain(peakS), ints},
		{"m.peak_shortfall", peakF, nil, plain(peakF), ints},
		{"m.hours", func(z *ZoneMetrics) float64 { return z.SupplyHoursPerDay }, func(z *ZoneMetrics) float64 { return z.SupplyHoursSE },
			func(b, a *ZoneMetrics, n string) textDiff { return hoursDiff(doc, b, a, n) }, dec2},
		{"m.household", hhMean, hhSE, func(b, a *ZoneMetrics, n string) textDiff {
			if c, ok := findComparison(doc, n, b.Code); ok && c.DeltaHouseholdHours != nil {
				return textDiff{*c.DeltaHouseholdHours, *c.DeltaHouseholdHoursSE} // paired
			}
			return textDiff{hhMean(a) - hhMean(b), math.Hypot(hhSE(a), hhSE(b))}
		}, dec2},
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
	samples := num(float64(doc.Samples), 0)
	if doc.Method == "convolution" {
		samples = w.t("v.na") // exact: nothing is sampled
	}
	sub := w.t("title.sub", trValue(w.lang, doc.Method), samples, doc.Seed, trValue(w.lang, doc.Policy))
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
		// cell is v, or n/a for a figure the run did not measure.
		cell := func(v float64) any {
			if math.IsNaN(v) {
				return w.t("v.na")
			}
			return v
		}
		for s := range doc.Scenarios {
			z := &doc.Scenarios[s].System
			var se any
			if m.se != nil {
				se = cell(m.se(z))
			}
			row = append(row, cell(m.val(z)), se)
		}
		for s := 1; s < n; s++ {
			d := m.diff(&doc.Scenarios[0].System, &doc.Scenarios[s].System, doc.Scenarios[s].Name)
			var se any
			if !math.IsNaN(d.se) {
				se = d.se
			}
			if m.key == "m.household" && math.IsNaN(d.mean) {
				se = nil
			}
			row = append(row, cell(d.mean), se)
		}
		rows[r] = row
	}
	// Number formats differ by row here, not by column. Column j is the
	// label (0), then value and SE per scenario, then change and SE of the
	// change per compared scenario: even columns hold standard errors.
	measureStyle := func(r, j int) int {
		value, change := ms[r].style(w.st)
		switch {
		case j == 0:
			return 0
		case j%2 == 0 && (ms[r].key == "m.hours" || ms[r].key == "m.household"):
			return w.st.dec3 // its standard errors are hundredths of an hour
		case j > 2*n && j%2 == 1:
			return change
		default:
			return value
		}
	}
	first, _, err := w.writeTable(tableSpec{sheet: sh, row: tableRow, cols: cols, rows: rows, cellStyle: measureStyle,
		freezeCol: 2, repeatHead: true})
	if err != nil {
		return err
	}
	for c := 2; c <= len(cols); c++ {
		w.setWidth(sh, c, 15)
	}
	w.summarySheetName, w.summaryChartRow = sh, first+len(ms)+2
	for s := range doc.Scenarios {
		w.seriesName = append(w.seriesName, cellRef(sh, 2+2*s, tableRow))
	}
	return nil
}

// keyMessage is the one-sentence finding, computed from the numbers.
func (w *wb) keyMessage() string {
	doc := w.doc
	s0 := &doc.Scenarios[0]
	if len(doc.Scenarios) == 1 || len(s0.Zones) == 0 {
		worst := &s0.System
		name, _ := w.zoneNames(worst)
		key := "key.one"
		if o := w.govOrder(); len(o) > 0 {
			worst = o[0]
			items := make([]rankItem, len(o))
			for i, z := range o {
				p, _ := w.zoneNames(z)
				items[i] = rankItem{p, z.SupplyHoursPerDay, z.SupplyHoursSE}
			}
			names := leaderNames(items, 1)
			if len(names) > 1 {
				key = "key.onetie"
			}
			name = joinNames(names, w.lang == LangArabic)
		}
		return w.t(key, w.scenarioLabel(0), s0.System.SupplyHoursPerDay, num(s0.System.EUE/1000, 0), name, worst.SupplyHoursPerDay)
	}
	s1 := &doc.Scenarios[1]
	h := hoursDiff(doc, &s0.System, &s1.System, s1.Name)
	e := eueDiff(doc, &s0.System, &s1.System, s1.Name)
	// The governorates that move most in the direction of the national
	// change (the largest loss of hours, or for a mitigation the largest
	// gain), every one that ties with the first within sampling error
	// (tied: two standard errors of the difference, or equal as shown).
	gain := h.mean > 0
	var items []rankItem
	for i := range s0.Zones {
		if a := w.zoneIn(1, s0.Zones[i].Code); a != nil {
			d := hoursDiff(doc, &s0.Zones[i], a, s1.Name)
			name, _ := w.zoneNames(&s0.Zones[i])
			items = append(items, rankItem{name, d.mean, d.se})
		}
	}
	sort.SliceStable(items, func(i, j int) bool {
		if items[i].v != items[j].v {
			return (items[i].v > items[j].v) == gain
		}
		return items[i].name < items[j].name
	})
	verb := w.t("key.rises")
	if e.mean < 0 {
		verb = w.t("key.falls")
	}
	clause := ""
	if len(items) > 0 {
		names := leaderNames(items, 1)
		key := "key.loses"
		if gain {
			key = "key.gains"
		}
		if len(names) > 1 {
			key += ".tied"
		}
		clause = w.t(key, joinNames(names, w.lang == LangArabic), items[0].v)
	}
	msg := w.t("key.two", w.scenarioLabel(1), s1.System.SupplyHoursPerDay, s0.System.SupplyHoursPerDay, w.scenarioLabel(0),
		h.mean, seNum(h.se, 2), verb, num(math.Abs(e.mean)/1000, 0), seNum(e.se/1000, 0), clause)
	h1, _, ok1 := s1.System.Household()
	h0, _, ok0 := s0.System.Household()
	if ok0 && ok1 {
		msg += w.t("key.house", h1, h0)
	}
	if math.Abs(e.mean) < 2*e.se {
		msg += w.t("key.noise")
	}
	return msg
}

// ---- Governorates ----

func (w *wb) governoratesSheet() error {
	doc := w.doc
	order := w.govOrder()
	sh, err := w.open(page{"sheet.governorates", "title.govs", "note.govs", "empty.monthly"}, len(order) == 0)
	if sh == "" {
		return err
	}
	n := len(doc.Scenarios)
	st := w.st
	cols := append(w.zoneCols(false), col{head: w.t("h.region"), style: st.text}, col{head: w.t("h.peak_demand"), style: st.int0})
	// group adds a column per scenario from scenario `from` on (1: the
	// compared ones) and returns the first one's number.
	group := func(key string, style, from int) int {
		at := len(cols) + 1
		for i := from; i < n; i++ {
			cols = append(cols, col{head: w.t(key, w.scenarioLabel(i)), style: style})
		}
		return at
	}
	group("h.peak_supply", st.int0, 0)
	cHours := group("h.hours", st.dec1, 0)
	cHouse := group("h.household", st.dec1, 0)
	cEUE := group("h.eue", st.int0, 0)
	cRisk := group("h.p8", st.pct, 0)
	cDH := group("h.dhours", st.sdec2, 1)
	cDE := group("h.deue", st.sint0, 1)
	cDep := len(cols) + 1
	cols = append(cols, col{head: w.t("h.dep_gas"), style: st.pct}, col{head: w.t("h.dep_power"), style: st.pct})
	dep := map[string]*DependencyRow{}
	for i := range doc.Dependency {
		dep[doc.Dependency[i].Code] = &doc.Dependency[i]
	}
	var rows [][]any
	for _, z := range order {
		row := append(w.zoneCells(z), trValue(w.lang, z.Region), z.PeakDemandMW)
		zs := make([]*ZoneMetrics, n)
		for i := range zs {
			zs[i] = w.zoneIn(i, z.Code)
		}
		for k, get := range []func(*ZoneMetrics) float64{
			func(z *ZoneMetrics) float64 { return z.PeakSupplyMW },
			func(z *ZoneMetrics) float64 { return z.SupplyHoursPerDay },
			nil, // household hours
			func(z *ZoneMetrics) float64 { return z.EUE / 1000 },
			func(z *ZoneMetrics) float64 { return z.sampled(func(s *SampleStats) float64 { return s.PDaysBelow8h }) },
		} {
			for _, a := range zs {
				if k == 2 {
					row = append(row, w.householdCell(a))
					continue
				}
				row = append(row, optVal(a, get))
			}
		}
		for i := 1; i < n; i++ {
			row = append(row, optVal(zs[i], func(a *ZoneMetrics) float64 { return hoursDiff(doc, z, a, doc.Scenarios[i].Name).mean }))
		}
		for i := 1; i < n; i++ {
			row = append(row, optVal(zs[i], func(a *ZoneMetrics) float64 { return eueDiff(doc, z, a, doc.Scenarios[i].Name).mean / 1000 }))
		}
		if d := dep[z.Code]; d != nil {
			row = append(row, d.IranGasShare, d.IranPowerShare)
		} else {
			row = append(row, nil, nil)
		}
		rows = append(rows, row)
	}
	first, last, err := w.writeTable(tableSpec{sheet: sh, row: headRow, cols: cols, rows: rows,
		shades: []shade{
			{cHours, cHours + n - 1, colorScale3(false)},
			{cHouse, cHouse + n - 1, colorScale3(false)},
			{cEUE, cEUE + n - 1, dataBar("F4A6A6")},
			{cRisk, cRisk + n - 1, riskScale()},
			{cDH, cDH + n - 2, colorScale3(false)},
			{cDE, cDE + n - 2, dataBar("F8CBAD")},
			{cDep, cDep + 1, dataBar("F4B183")},
		},
		freezeCol: 3, repeatHead: true})
	if err != nil {
		return err
	}
	if err := w.wrapNote(sh, "note.govs", len(cols)); err != nil {
		return err
	}
	w.govSheet, w.govFirst, w.govLast, w.govHoursCol = sh, first, last, cHours
	return w.summaryChart()
}

// householdCell is a zone's household hours per day, "n/a" where the run
// did not measure them, or an empty cell for a zone missing from a scenario.
func (w *wb) householdCell(z *ZoneMetrics) any {
	if z == nil {
		return nil
	}
	if h, _, ok := z.Household(); ok {
		return h
	}
	return w.t("v.na")
}

// optVal is get(z), or an empty cell for a zone missing from a scenario.
func optVal(z *ZoneMetrics, get func(*ZoneMetrics) float64) any {
	if z == nil {
		return nil
	}
	return get(z)
}

// ---- Monthly ----

func (w *wb) monthlySheet() error {
	doc := w.doc
	sh, err := w.open(page{"sheet.monthly", "title.monthly", "note.monthly", "empty.monthly"}, len(w.govOrder()) == 0)
	if sh == "" {
		return err
	}
	cols := w.zoneCols(true)
	for m := 0; m < 12; m++ {
		cols = append(cols, col{head: monthName(w.lang, m, false), style: w.st.dec1, width: 9})
	}
	cols = append(cols, col{head: w.t("h.year"), style: w.st.dec1, width: 9})
	var rows [][]any
	w.eachZone(func(s int, z *ZoneMetrics) {
		row := w.zoneRow(s, z)
		for m := 0; m < 12; m++ {
			row = append(row, w.monthValue(s, m, z.MonthlySupplyHours[m]))
		}
		rows = append(rows, append(row, z.SupplyHoursPerDay))
	})
	_, last, err := w.writeTable(tableSpec{sheet: sh, row: headRow, cols: cols, rows: rows,
		shades: []shade{{5, len(cols), colorScale3(false)}}, freezeCol: 4})
	if err != nil {
		return err
	}
	if err := w.picture(sh, cellAt(len(cols)+2, headRow), "blackout-heatmap"); err != nil {
		return err
	}

	// National mean shortfall by month, with its native chart.
	top := last + 3
	if err := w.section(sh, top-1, "title.national"); err != nil {
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
		nrows[m] = []any{monthName(w.lang, m, false)}
		for s := range doc.Scenarios {
			z := &doc.Scenarios[s].System
			p10 := z.sampled(func(s *SampleStats) float64 { return s.MonthlyShortfallGWP10[m] })
			p90 := z.sampled(func(s *SampleStats) float64 { return s.MonthlyShortfallGWP90[m] })
			nrows[m] = append(nrows[m], w.monthValue(s, m, z.MonthlyShortfallGW[m]), w.monthValue(s, m, p10), w.monthValue(s, m, p90))
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
	if err := w.chartWithPicture(sh, cellAt(len(ncols)+2, top), excelize.Line, series, w.t("chart.shortfall"), "0.0", "monthly-shortfall"); err != nil {
		return err
	}
	return w.monthlyHousehold(sh, max(nl, top+wbChartH/20)+3)
}

// monthlyHousehold tabulates household hours by governorate and month
// under every scenario that measured them, from row top.
func (w *wb) monthlyHousehold(sh string, top int) error {
	var rows [][]any
	w.eachZone(func(s int, z *ZoneMetrics) {
		h, _, ok := z.Household()
		if !ok || len(z.MonthlyHouseholdHours) != 12 {
			return
		}
		row := w.zoneRow(s, z)
		for m, v := range z.MonthlyHouseholdHours {
			row = append(row, w.monthValue(s, m, v))
		}
		rows = append(rows, append(row, h))
	})
	if len(rows) == 0 {
		return nil
	}
	if err := w.section(sh, top-1, "title.monthlyhh"); err != nil {
		return err
	}
	cols := w.zoneCols(true)
	for m := 0; m < 12; m++ {
		cols = append(cols, col{head: monthName(w.lang, m, false), style: w.st.dec1, width: 9})
	}
	cols = append(cols, col{head: w.t("h.year"), style: w.st.dec1, width: 9})
	_, _, err := w.writeTable(tableSpec{sheet: sh, row: top, cols: cols, rows: rows,
		shades: []shade{{5, len(cols), colorScale3(false)}}})
	return err
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

// eachZone calls row for every scenario's governorates, scenario by
// scenario in govOrder, skipping those a scenario lacks.
func (w *wb) eachZone(row func(s int, z *ZoneMetrics)) {
	order := w.govOrder()
	for s := range w.doc.Scenarios {
		for _, b := range order {
			if z := w.zoneIn(s, b.Code); z != nil {
				row(s, z)
			}
		}
	}
}

// zoneRow starts a row under zoneCols(true); zoneCells under zoneCols(false).
func (w *wb) zoneRow(s int, z *ZoneMetrics) []any {
	return append([]any{w.scenarioLabel(s)}, w.zoneCells(z)...)
}

func (w *wb) zoneCells(z *ZoneMetrics) []any {
	p, q := w.zoneNames(z)
	return []any{z.Code, p, q}
}

// ---- Rolling blackouts ----

func (w *wb) rollingSheet() error {
	sh, err := w.open(page{"sheet.rolling", "title.rolling", "note.rolling", "empty.monthly"}, len(w.govOrder()) == 0)
	if sh == "" {
		return err
	}
	cols := append(w.zoneCols(true), col{head: w.t("h.threshold"), style: w.st.text})
	for m := 0; m < 12; m++ {
		cols = append(cols, col{head: monthName(w.lang, m, false), style: w.st.pct, width: 9})
	}
	cols = append(cols, col{head: w.t("h.year"), style: w.st.pct, width: 9})
	thresholds := []struct {
		label string
		k     int
		year  func(z *ZoneMetrics) float64
	}{
		{w.t("v.hours12"), 2, func(z *ZoneMetrics) float64 {
			return z.sampled(func(s *SampleStats) float64 { return s.PDaysBelow12h })
		}},
		{w.t("v.hours", 8), 1, func(z *ZoneMetrics) float64 { return z.sampled(func(s *SampleStats) float64 { return s.PDaysBelow8h }) }},
		{w.t("v.hours", 4), 0, func(z *ZoneMetrics) float64 { return z.sampled(func(s *SampleStats) float64 { return s.PDaysBelow4h }) }},
	}
	var rows [][]any
	w.eachZone(func(s int, z *ZoneMetrics) {
		for _, th := range thresholds {
			row := append(w.zoneRow(s, z), th.label)
			for m := 0; m < 12; m++ {
				row = append(row, w.monthValue(s, m, z.sampled(func(st *SampleStats) float64 { return st.MonthlyPDaysBelow[m][th.k] })))
			}
			rows = append(rows, append(row, w.naOr(th.year(z))))
		}
	})
	_, _, err = w.writeTable(tableSpec{sheet: sh, row: headRow, cols: cols, rows: rows,
		shades: []shade{{6, len(cols), riskScale()}}, freezeCol: 4, repeatHead: true})
	return err
}

// ---- Imports ----

func (w *wb) importsSheet() error {
	doc := w.doc
	sh, err := w.open(page{"sheet.imports", "title.imports", "note.imports", "empty.imports"}, len(doc.Dependency) == 0)
	if sh == "" {
		return err
	}
	cols := append(w.zoneCols(false), col{head: w.t("h.dep_gas"), style: w.st.pct}, col{head: w.t("h.dep_power"), style: w.st.pct},
		col{head: w.t("h.dep_other"), style: w.st.pct}, col{head: w.t("h.mw_gas"), style: w.st.int0}, col{head: w.t("h.mw_power"), style: w.st.int0})
	deps := append([]DependencyRow(nil), doc.Dependency...)
	sort.SliceStable(deps, func(a, b int) bool {
		return deps[a].IranGasShare+deps[a].IranPowerShare > deps[b].IranGasShare+deps[b].IranPowerShare
	})
	msgs := depSentences(doc.Dependency, w.lang, func(r DependencyRow) string {
		if z := w.zoneIn(0, r.Code); z != nil {
			p, _ := w.zoneNames(z)
			return p
		}
		return pick(r.Name, r.Code)
	})
	// The findings span the table's width in row 3, above it.
	if msg := strings.Join(msgs, " "); msg != "" {
		if err := w.str(sh, 1, 3, msg, w.st.message); err != nil {
			return err
		}
		last, _ := excelize.ColumnNumberToName(len(cols))
		if err := w.f.MergeCell(sh, "A3", last+"3"); err != nil {
			return err
		}
		// About 110 characters a line across the eight columns.
		lines := float64(len([]rune(msg)))/110 + 1
		if err := w.f.SetRowHeight(sh, 3, math.Min(120, 8+15*math.Ceil(lines))); err != nil {
			return err
		}
	}
	var rows [][]any
	for _, d := range deps {
		z := w.zoneIn(0, d.Code)
		if z == nil {
			z = &ZoneMetrics{Code: d.Code, Name: d.Name}
		}
		rows = append(rows, append(w.zoneCells(z), d.IranGasShare, d.IranPowerShare, d.OtherShare, d.MWAtRiskGas, d.MWAtRiskPower))
	}
	// One bar per column: each is scaled to its own maximum.
	first, last, err := w.writeTable(tableSpec{sheet: sh, row: headRow, cols: cols, rows: rows,
		shades:    []shade{{4, 4, dataBar("F4B183")}, {5, 5, dataBar("FFD966")}, {7, 7, dataBar("F4B183")}, {8, 8, dataBar("FFD966")}},
		freezeCol: 3})
	if err != nil {
		return err
	}
	series := []excelize.ChartSeries{columnSeries(sh, 4, 2, first, last, "ED7D31"), columnSeries(sh, 5, 2, first, last, "C55A11")}
	if err := w.chartBelow(sh, last, excelize.ColStacked, series, "chart.dependency", "0%", "dependency"); err != nil {
		return err
	}
	return w.servedBySource(sh, last+3+wbChartH/20+3)
}

// servedBySource tabulates each governorate's served energy by supply
// source under every scenario, when the run recorded it.
func (w *wb) servedBySource(sh string, top int) error {
	// The columns are the first recorded source list.
	var srcs []string
	for _, sc := range w.doc.Scenarios {
		if len(sc.Sources) > 0 {
			srcs = sc.Sources
			break
		}
	}
	var rows [][]any
	w.eachZone(func(s int, z *ZoneMetrics) {
		sc := w.doc.Scenarios[s].Sources
		// A scenario with no or a different source list cannot share the columns.
		if len(sc) == 0 || !slices.Equal(srcs, sc) || len(z.ServedBySourceMWh) != len(srcs) {
			return
		}
		row := w.zoneRow(s, z)
		for _, v := range z.ServedBySourceMWh {
			row = append(row, v/1000)
		}
		rows = append(rows, row)
	})
	if len(rows) == 0 {
		return nil
	}
	if err := w.section(sh, top-1, "title.bysource"); err != nil {
		return err
	}
	cols := w.zoneCols(true)
	for _, s := range srcs {
		cols = append(cols, col{head: w.t("h.bysource", s), style: w.st.int0})
	}
	_, _, err := w.writeTable(tableSpec{sheet: sh, row: top, cols: cols, rows: rows,
		shades: []shade{{5, len(cols), dataBar("9DC3E6")}}})
	return err
}

// wrapNote rewrites a sheet's note (row 2, message key) wrapped across
// its first ncols columns, so a long definition neither runs off the page
// nor shrinks the printout. Call it once the table has set the widths.
func (w *wb) wrapNote(sh, key string, ncols int) error {
	if err := w.str(sh, 1, 2, w.t(key), w.st.noteWrap); err != nil {
		return err
	}
	last, _ := excelize.ColumnNumberToName(ncols)
	if err := w.f.MergeCell(sh, "A2", last+"2"); err != nil {
		return err
	}
	width := 0.0
	for c := 1; c <= ncols; c++ {
		width += float64(w.colPixels(sh, c)) / 7 // characters of the default font
	}
	// A 9 pt italic line holds about 1.3 characters per width unit.
	lines := math.Ceil(float64(len([]rune(w.t(key)))) / math.Max(20, 1.3*width))
	return w.f.SetRowHeight(sh, 2, math.Min(160, 4+12*lines))
}

// ---- Allocation (the shares policy's inputs) ----

func (w *wb) allocationSheet() error {
	sh, err := w.open(page{"sheet.allocation", "title.allocation", "note.allocation", ""}, false)
	if sh == "" {
		return err
	}
	st := w.st
	names := func(a *AllocationRow) (primary, secondary string) {
		if z := w.zoneIn(0, a.Code); z != nil {
			return w.zoneNames(z)
		}
		return a.Code, ""
	}
	basis := func(a *AllocationRow) any {
		switch a.Basis {
		case "published":
			return w.t("v.published")
		case "population × climate":
			return w.t("v.popclimate")
		case "demand":
			return w.t("v.demandbasis")
		}
		return a.Basis
	}
	t := recordTable(w, sh, w.doc.Allocation, []field[AllocationRow]{
		{"h.code", st.text, 0, func(a *AllocationRow) any { return a.Code }},
		{"h.name", st.text, 0, func(a *AllocationRow) any { p, _ := names(a); return p }},
		{"h.name2", st.text, 0, func(a *AllocationRow) any { _, q := names(a); return q }},
		{"h.region", st.text, 0, func(a *AllocationRow) any { return trValue(w.lang, a.Region) }},
		{"h.share", st.pct, 0, func(a *AllocationRow) any { return a.Share }},
		{"h.basis", st.wrap, 18, basis},
		{"h.credit", st.pct, 0, func(a *AllocationRow) any { return a.LocalCredit }},
		{"h.emergency", st.pct, 0, func(a *AllocationRow) any { return a.EmergencyFrac }},
		{"h.intake", st.int0, 0, func(a *AllocationRow) any {
			if a.IntakeMW <= 0 {
				return w.t("v.nolimit")
			}
			return a.IntakeMW
		}},
		{"h.source", st.wrap, 22, func(a *AllocationRow) any { return a.Source }},
		{"h.note", st.wrap, 60, func(a *AllocationRow) any { return a.Note }},
	})
	// No data bar on the shares: they are fractions of different regions'
	// pools, and bars would compare them.
	t.freezeCol, t.repeatHead = 3, true
	if _, _, err = w.writeTable(t); err != nil {
		return err
	}
	return w.wrapNote(sh, "note.allocation", len(t.cols))
}

// ---- Supply ----

func (w *wb) supplySheet() error {
	sh, err := w.open(page{"sheet.supply", "title.supply", "", "empty.supply"}, len(w.doc.Supply) == 0)
	if sh == "" {
		return err
	}
	st := w.st
	// A unit's governorate by name when the results know it, else its code.
	zone := func(u *SupplyRow) (primary, secondary string) {
		if z := w.zoneIn(0, u.Zone); z != nil {
			return w.zoneNames(z)
		}
		return u.Zone, ""
	}
	t := recordTable(w, sh, w.doc.Supply, []field[SupplyRow]{
		{"h.id", st.text, 0, func(u *SupplyRow) any { return u.ID }},
		{"h.unitname", st.text, 0, func(u *SupplyRow) any { return u.Name }},
		{"h.zone", st.text, 0, func(u *SupplyRow) any { p, _ := zone(u); return p }},
		{"h.name2", st.text, 0, func(u *SupplyRow) any { _, q := zone(u); return q }},
		{"h.technology", st.text, 0, func(u *SupplyRow) any { return u.Technology }},
		{"h.fuel", st.text, 0, func(u *SupplyRow) any { return u.Fuel }},
		{"h.nameplate", st.int0, 0, func(u *SupplyRow) any { return u.NameplateMW }},
		{"h.capacity", st.int0, 0, func(u *SupplyRow) any { return u.CapacityMW }},
		{"h.for", st.pct, 0, func(u *SupplyRow) any { return u.FOR }},
		{"h.mttr", st.int0, 0, func(u *SupplyRow) any { return u.MTTRH }},
		{"h.inservice", st.text, 0, func(u *SupplyRow) any {
			if u.InService > 0 {
				return strconv.Itoa(u.InService) // a year, not a quantity
			}
			return nil
		}},
		{"h.source", st.wrap, 22, func(u *SupplyRow) any { return u.Source }},
		{"h.note", st.wrap, 48, func(u *SupplyRow) any { return u.Note }},
	})
	t.shades, t.freezeCol, t.repeatHead = []shade{{8, 8, dataBar("9DC3E6")}}, 3, true
	_, _, err = w.writeTable(t)
	return err
}

// ---- Scenarios ----

func (w *wb) scenariosSheet() error {
	sh, err := w.open(page{"sheet.scenarios", "title.scenarios", "note.scenarios", ""}, false)
	if sh == "" {
		return err
	}
	st := w.st
	role := func(s *Scenario) any {
		if s == &w.doc.Scenarios[0] { // recordTable passes pointers into the slice
			return w.t("v.reference")
		}
		return w.t("v.compared")
	}
	t := recordTable(w, sh, w.doc.Scenarios, []field[Scenario]{
		{"h.scenario", st.text, 0, func(s *Scenario) any { return w.scenarioName(s.Name) }},
		{"h.description", st.wrap, 70, func(s *Scenario) any { return s.Description }},
		{"h.role", st.text, 0, role},
		{"m.hours", st.dec2, 0, func(s *Scenario) any { return s.System.SupplyHoursPerDay }},
		{"m.household", st.dec2, 0, func(s *Scenario) any { return w.householdCell(&s.System) }},
		{"m.eue", st.int0, 0, func(s *Scenario) any { return s.System.EUE / 1000 }},
		{"m.peak_supply", st.int0, 0, func(s *Scenario) any { return s.System.PeakSupplyMW }},
	})
	t.freezeCol = 1
	_, _, err = w.writeTable(t)
	return err
}

// ---- Back-test ----

func (w *wb) backtestSheet() error {
	bt := w.doc.BackTest
	sh, err := w.open(page{"sheet.backtest", "title.backtest", "note.backtest", "empty.backtest"}, len(bt) == 0)
	if sh == "" {
		return err
	}
	st := w.st
	result := func(r *BackTestRow) any {
		if r.Inside {
			return w.t("v.inside")
		}
		return w.t("v.outside")
	}
	year := func(r *BackTestRow) any {
		if r.Year == 0 {
			return nil
		}
		return strconv.Itoa(r.Year) // a year, not a quantity
	}
	const resultCol = 8 // 0-based, the Result column below
	t := recordTable(w, sh, bt, []field[BackTestRow]{
		{"h.measure", st.wrap, 34, func(r *BackTestRow) any { return r.Measure }},
		{"h.scenario", st.wrap, 18, func(r *BackTestRow) any { return w.scenarioName(r.Scenario) }},
		{"h.year", st.text, 0, year},
		{"h.period", st.wrap, 16, func(r *BackTestRow) any { return r.Period }},
		{"h.model", st.dec1, 0, func(r *BackTestRow) any { return r.Model }},
		{"h.low", st.dec1, 0, func(r *BackTestRow) any { return r.Low }},
		{"h.high", st.dec1, 0, func(r *BackTestRow) any { return r.High }},
		{"h.unit", st.text, 0, func(r *BackTestRow) any { return r.Unit }},
		{"h.result", st.text, 0, result},
		{"h.gap", st.wrap, 40, func(r *BackTestRow) any { return r.Gap }},
		{"h.source", st.wrap, 14, func(r *BackTestRow) any { return r.Source }},
		{"h.note", st.wrap, 50, func(r *BackTestRow) any { return r.Note }},
	})
	// The result cell is green inside the reported range, red outside.
	// Figures take the decimals that show which (BackTestRow.decimals).
	t.cellStyle = func(i, j int) int {
		switch {
		case j >= 4 && j <= 6:
			return [...]int{st.int0, st.dec1, st.dec2, st.dec3}[bt[i].decimals()]
		case j != resultCol:
			return 0
		case bt[i].Inside:
			return st.good
		default:
			return st.bad
		}
	}
	t.freezeCol = 2
	if _, _, err = w.writeTable(t); err != nil {
		return err
	}
	return w.wrapNote(sh, "note.backtest", len(t.cols))
}

// ---- Sources ----

func (w *wb) sourcesSheet() error {
	sh, err := w.open(page{"sheet.sources", "title.sources", "", "empty.sources"}, len(w.doc.Sources) == 0)
	if sh == "" {
		return err
	}
	st := w.st
	t := recordTable(w, sh, w.doc.Sources, []field[SourceRow]{
		{"h.id", st.text, 0, func(s *SourceRow) any { return s.ID }},
		{"h.kind", st.text, 0, func(s *SourceRow) any { return trValue(w.lang, s.Kind) }},
		{"h.title", st.wrap, 50, func(s *SourceRow) any { return s.Title }},
		{"h.publisher", st.wrap, 20, func(s *SourceRow) any { return s.Publisher }},
		{"h.date", st.text, 0, func(s *SourceRow) any { return s.Date }},
		{"h.url", st.wrap, 40, func(s *SourceRow) any { return s.URL }},
		{"h.note", st.wrap, 50, func(s *SourceRow) any { return s.Note }},
	})
	t.freezeCol, t.repeatHead = 2, true
	_, _, err = w.writeTable(t)
	return err
}

// ---- Run ----

func (w *wb) runSheet() error {
	doc := w.doc
	sh, err := w.open(page{"sheet.run", "title.run", "", ""}, false)
	if sh == "" {
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
	_, _, err = w.writeTable(tableSpec{sheet: sh, row: headRow, cols: w.itemCols(30, 80), rows: rows})
	return err
}

// ---- Outlook, Sensitivity, Options (only when present) ----

func (w *wb) outlookSheet() error {
	sh, err := w.open(page{"sheet.outlook", "title.outlook", "", ""}, false)
	if sh == "" {
		return err
	}
	// Group by scenario (first appearance), then year, so each scenario's
	// rows are contiguous for the chart.
	rank := map[string]int{}
	for _, o := range w.doc.Outlook {
		if _, ok := rank[o.Scenario]; !ok {
			rank[o.Scenario] = len(rank)
		}
	}
	rowsO := append([]OutlookRow(nil), w.doc.Outlook...)
	sort.SliceStable(rowsO, func(a, b int) bool {
		if rank[rowsO[a].Scenario] != rank[rowsO[b].Scenario] {
			return rank[rowsO[a].Scenario] < rank[rowsO[b].Scenario]
		}
		return rowsO[a].Year < rowsO[b].Year
	})
	st := w.st
	t := recordTable(w, sh, rowsO, []field[OutlookRow]{
		{"h.scenario", st.text, 0, func(o *OutlookRow) any { return w.scenarioName(o.Scenario) }},
		{"h.year", st.text, 0, func(o *OutlookRow) any { return strconv.Itoa(o.Year) }},
		{"h.peak_demand", st.int0, 0, func(o *OutlookRow) any { return o.PeakDemandMW }},
		{"h.peak_supply0", st.int0, 0, func(o *OutlookRow) any { return o.PeakSupplyMW }},
		{"h.shortfall0", st.int0, 0, func(o *OutlookRow) any { return o.PeakShortfallMW }},
		{"h.outlook_eue", st.int0, 0, func(o *OutlookRow) any { return o.EUE / 1000 }},
		{"h.outlook_se", st.int0, 0, func(o *OutlookRow) any { return o.EUESE / 1000 }},
		{"h.outlook_hrs", st.dec2, 0, func(o *OutlookRow) any { return o.SupplyHoursPerDay }},
	})
	t.freezeCol = 3
	first, last, err := w.writeTable(t)
	if err != nil {
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
	return w.chartBelow(sh, last, excelize.Line, series, "chart.outlook", "#,##0", "outlook")
}

func (w *wb) sensitivitySheet() error {
	sh, err := w.open(page{"sheet.sensitivity", "title.sensitivity", "", ""}, false)
	if sh == "" {
		return err
	}
	swing := func(r *SensitivityRow) float64 { return math.Abs(r.HighEUE - r.LowEUE) }
	rs := append([]SensitivityRow(nil), w.doc.Sensitivity...)
	sort.SliceStable(rs, func(a, b int) bool { return swing(&rs[a]) > swing(&rs[b]) }) // the tornado's widest bar on top
	st := w.st
	t := recordTable(w, sh, rs, []field[SensitivityRow]{
		{"h.input", st.text, 0, func(r *SensitivityRow) any { return r.Input }},
		{"h.lowlabel", st.text, 0, func(r *SensitivityRow) any { return r.LowLabel }},
		{"h.highlabel", st.text, 0, func(r *SensitivityRow) any { return r.HighLabel }},
		{"h.loweue", st.int0, 0, func(r *SensitivityRow) any { return r.LowEUE / 1000 }},
		{"h.higheue", st.int0, 0, func(r *SensitivityRow) any { return r.HighEUE / 1000 }},
		{"h.baseeue", st.int0, 0, func(r *SensitivityRow) any { return r.BaseEUE / 1000 }},
		{"h.swing", st.int0, 0, func(r *SensitivityRow) any { return swing(r) / 1000 }},
	})
	t.shades, t.freezeCol = []shade{{7, 7, dataBar("B4A7D6")}}, 2
	first, last, err := w.writeTable(t)
	if err != nil {
		return err
	}
	series := []excelize.ChartSeries{columnSeries(sh, 7, 1, first, last, "7F6084")}
	return w.chartBelow(sh, last, excelize.Bar, series, "chart.tornado", "#,##0", "tornado")
}

func (w *wb) optionsSheet() error {
	sh, err := w.open(page{"sheet.options", "title.options", "", ""}, false)
	if sh == "" {
		return err
	}
	st := w.st
	t := recordTable(w, sh, w.doc.Options, []field[OptionRow]{
		{"h.option", st.text, 0, func(o *OptionRow) any { return o.Name }},
		{"h.description", st.wrap, 60, func(o *OptionRow) any { return o.Description }},
		{"h.optservice", st.text, 0, func(o *OptionRow) any { return o.InService }},
		{"h.recovered", st.int0, 0, func(o *OptionRow) any { return o.RecoveredMWh / 1000 }},
		{"h.recshare", st.pct, 0, func(o *OptionRow) any { return o.RecoveredShare }},
		{"h.recse", st.int0, 0, func(o *OptionRow) any { return o.SE / 1000 }},
	})
	t.shades, t.freezeCol = []shade{{5, 5, dataBar("A9D08E")}}, 2
	first, last, err := w.writeTable(t)
	if err != nil {
		return err
	}
	series := []excelize.ChartSeries{columnSeries(sh, 5, 1, first, last, "70AD47")}
	return w.chartBelow(sh, last, excelize.Bar, series, "chart.options", "0%", "options")
}

func (w *wb) replacementSheet() error {
	r := w.doc.Replacement
	sh, err := w.open(page{"sheet.replacement", "title.replacement", "", ""}, false)
	if sh == "" {
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
	valueStyle := func(i, j int) int {
		if j == 1 {
			return items[i].style
		}
		return 0
	}
	_, _, err = w.writeTable(tableSpec{sheet: sh, row: headRow, cols: w.itemCols(50, 40), rows: rows, cellStyle: valueStyle})
	return err
}

// itemCols are the columns of a two-column item/value sheet.
func (w *wb) itemCols(labelWidth, valueWidth float64) []col {
	return []col{{head: w.t("h.item"), style: w.st.label, width: labelWidth}, {head: w.t("h.itemvalue"), style: w.st.wrap, width: valueWidth}}
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
