package report

import (
	"fmt"
	"image/color"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// buildHeatmap: governorate × month expected supply hours per day for the
// last (waiver-ended) scenario, worst-served governorate at the top, with a
// 0–24 h viridis colour bar.
func buildHeatmap(doc *Document, l *chartLang) (*chartSpec, error) {
	if len(doc.Scenarios) == 0 {
		return nil, nil
	}
	last := doc.Scenarios[len(doc.Scenarios)-1]
	if len(last.Zones) == 0 {
		return nil, nil
	}
	order := zonesByHours(last)
	n := len(order)
	vals := make([][]float64, n)
	names := make([]string, n)
	// Only the months simulated: a week of July has no January to show.
	ms := last.months()
	worstZ, worstM, worstV := order[0], ms[0], 25.0
	for i, z := range order {
		row := n - 1 - i
		for _, m := range ms {
			v := z.MonthlySupplyHours[m]
			vals[row] = append(vals[row], v)
			if v < worstV {
				worstZ, worstM, worstV = z, m, v
			}
		}
		names[row] = l.sh(l.zone(z))
	}

	p := plotNew()
	p.Add(&cells{
		vals:     vals,
		colorAt:  func(v float64) color.Color { return viridis(v / 24) },
		format:   func(v float64) string { return fmt.Sprintf("%.1f", v) },
		fontSize: min(sizeCell, rowFont(n)),
	})
	months := make([]string, len(ms))
	for i, m := range ms {
		months[i] = l.sh(l.monthTick(m))
	}
	setCategories(&p.X, months)
	setCategories(&p.Y, names)
	p.X.LineStyle.Width, p.Y.LineStyle.Width = 0, 0

	// Every governorate as badly off in that month, to the 0.1 h shown
	// (monthly figures carry no standard error here).
	var worst []string
	for _, z := range order {
		if fmt.Sprintf("%.1f", z.MonthlySupplyHours[worstM]) == fmt.Sprintf("%.1f", worstV) {
			worst = append(worst, l.zone(z))
		}
	}
	title := l.t("heat.title", l.month(worstM), l.zone(worstZ), worstV)
	if len(worst) > 1 {
		title = l.t("heat.title.tie", l.month(worstM), joinNames(worst, l.ar), worstV)
	}
	return &chartSpec{
		lang:      l,
		title:     title,
		subtitle:  l.t("heat.sub") + l.t("sep") + l.runLine(doc, last.Name),
		main:      p,
		side:      colorBar(l, 0, 24, 4, l.t("hpd.unit")),
		sideWidth: 96,
	}, nil
}

// colorBar is a vertical viridis scale from lo to hi labelled every step.
func colorBar(l *chartLang, lo, hi, step float64, label string) *plot.Plot {
	p := plotNew()
	p.Add(gradient{lo: lo, hi: hi})
	p.HideX()
	p.Y.Min, p.Y.Max = lo, hi
	p.Y.Padding = 0
	p.Y.Tick.Marker = niceTicks(lo, hi, step, func(v float64) string { return fmt.Sprintf("%.0f", v) })
	p.Y.Label.Text = l.sh(label)
	return p
}

// gradient fills the data area with viridis from lo (bottom) to hi (top).
type gradient struct{ lo, hi float64 }

func (g gradient) Plot(c draw.Canvas, p *plot.Plot) {
	const steps = 120
	w := c.Max.X - c.Min.X
	x0 := c.Min.X + w*0.15
	x1 := c.Min.X + w*0.85
	h := (c.Max.Y - c.Min.Y) / steps
	for i := 0; i < steps; i++ {
		y0 := c.Min.Y + vg.Length(i)*h
		col := viridis((float64(i) + 0.5) / steps)
		c.FillPolygon(col, []vg.Point{{X: x0, Y: y0}, {X: x1, Y: y0}, {X: x1, Y: y0 + h + 0.3}, {X: x0, Y: y0 + h + 0.3}})
	}
}
