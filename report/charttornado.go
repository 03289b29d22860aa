package report

import (
	"math"
	"sort"
	"unicode"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// buildTornado: expected unserved energy with each input at its low and
// high value, widest swing at the top, around the central case.
func buildTornado(doc *Document, l *chartLang) (*chartSpec, error) {
	if len(doc.Sensitivity) == 0 {
		return nil, nil
	}
	rows := append([]SensitivityRow(nil), doc.Sensitivity...)
	swing := func(r SensitivityRow) float64 { return math.Abs(r.HighEUE - r.LowEUE) }
	sort.SliceStable(rows, func(i, j int) bool { return swing(rows[i]) > swing(rows[j]) })

	peak := 0.0
	for _, r := range rows {
		peak = math.Max(peak, math.Max(math.Abs(r.LowEUE), math.Abs(r.HighEUE)))
	}
	div, unit := energyUnit(peak, l)
	base := rows[0].BaseEUE / div

	n := len(rows)
	names := make([]string, n)
	lowB := &hbars{half: 0.34, color: okBlue}
	highB := &hbars{half: 0.34, color: okOrange}
	ends := &endLabels{style: textStyle(sizeTick, false, colInk)}
	lo, hi := base, base
	for i, r := range rows {
		y := float64(n - 1 - i)
		names[n-1-i] = l.sh(l.named(r.Input))
		b := r.BaseEUE / div
		lv, hv := r.LowEUE/div, r.HighEUE/div
		lowB.y, lowB.from, lowB.to = append(lowB.y, y), append(lowB.from, b), append(lowB.to, lv)
		highB.y, highB.from, highB.to = append(highB.y, y), append(highB.from, b), append(highB.to, hv)
		ends.add(lv, y, b, l.sh(r.LowLabel))
		ends.add(hv, y, b, l.sh(r.HighLabel))
		lo = math.Min(lo, math.Min(lv, hv))
		hi = math.Max(hi, math.Max(lv, hv))
	}
	p := plotNew()
	p.Add(gridLines{vertical: true}, lowB, highB, &vline{x: base, style: draw.LineStyle{Color: colInk, Width: 2}}, ends)
	// Room on both sides for the end labels.
	span := math.Max(hi-lo, 1e-9)
	p.X.Min = math.Max(0, lo-0.22*span)
	p.X.Max = hi + 0.22*span
	step := niceStep(p.X.Max-p.X.Min, 6)
	p.X.Tick.Marker = niceTicks(p.X.Min, p.X.Max, step, trimFloat)
	p.X.Label.Text = l.sh(l.t("tor.x", unit))
	setCategories(&p.Y, names)
	p.X.Padding, p.Y.Padding = 0, 0

	sub := l.t("tor.sub", trimFloat(math.Round(base*100)/100), unit)
	if run := l.runLine(doc); run != "" {
		sub += l.t("sep") + run
	}
	return &chartSpec{
		lang:     l,
		title:    tornadoTitle(rows, l),
		subtitle: sub,
		legend: []legendEntry{
			{label: l.t("low"), color: okBlue},
			{label: l.t("high"), color: okOrange},
		},
		main: p,
	}, nil
}

// midSentence lower-cases an English input name's first letter for use
// inside a sentence, unless it looks like an acronym ("LNG").
func midSentence(s string, l *chartLang) string {
	r := []rune(s)
	if l.ar || len(r) < 2 || !unicode.IsUpper(r[0]) || unicode.IsUpper(r[1]) {
		return s
	}
	r[0] = unicode.ToLower(r[0])
	return string(r)
}

// energyUnit picks TWh, GWh or MWh for values up to peak MWh.
func energyUnit(peak float64, l *chartLang) (div float64, unit string) {
	type u struct {
		div    float64
		en, ar string
	}
	for _, c := range []u{{1e6, "TWh", "تيراواط ساعة"}, {1e3, "GWh", "غيغاواط ساعة"}} {
		if peak >= c.div {
			if l.ar {
				return c.div, c.ar
			}
			return c.div, c.en
		}
	}
	if l.ar {
		return 1, "ميغاواط ساعة"
	}
	return 1, "MWh"
}

// endLabels writes each label just beyond its bar's end, on the side away
// from the bar's base.
type endLabels struct {
	x, y, base []float64
	text       []string
	style      text.Style
}

func (e *endLabels) add(x, y, base float64, s string) {
	e.x, e.y, e.base, e.text = append(e.x, x), append(e.y, y), append(e.base, base), append(e.text, s)
}

func (e *endLabels) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	for i := range e.x {
		if e.text[i] == "" {
			continue
		}
		sty := e.style
		sty.YAlign = draw.YCenter
		pt := vg.Point{X: trX(e.x[i]) + 6, Y: trY(e.y[i]) + centerNudge(sty)}
		if e.x[i] < e.base[i] {
			sty.XAlign = draw.XRight
			pt.X -= 12
		}
		c.FillText(sty, pt, e.text[i])
	}
}

// tornadoTitle names the input with the widest swing, or every input whose
// swing ties with it: the swing's standard error is taken as
// √(LowSE² + HighSE²), which overstates it (both ends are paired with the
// same base run), so more inputs tie rather than fewer.
func tornadoTitle(rows []SensitivityRow, l *chartLang) string {
	items := make([]rankItem, len(rows))
	for i, r := range rows {
		items[i] = rankItem{midSentence(l.named(r.Input), l), math.Abs(r.HighEUE - r.LowEUE), math.Hypot(r.LowSE, r.HighSE)}
	}
	names := leaderNames(items, 0)
	if len(names) > 1 {
		return l.t("tor.title.tied", joinNames(names, l.ar))
	}
	return l.t("tor.title", names[0])
}
