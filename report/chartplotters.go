package report

import (
	"image/color"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Small plotters drawn in data coordinates. gonum/plot's own plotters cover
// most of this, but these give direct control over thickness, whiskers and
// in-chart labels at slide size.

// hbars draws horizontal bars from from[i] to to[i] centred on y[i], with
// optional whiskers lo[i]–hi[i] and a label past the bar's far end.
type hbars struct {
	y, from, to []float64
	half        float64 // half the bar thickness, in y data units
	color       color.Color
	lo, hi      []float64
	labels      []string // shaped; drawn right of max(to, hi)
	labelStyle  text.Style
}

func (b *hbars) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	for i := range b.y {
		x0, x1 := trX(b.from[i]), trX(b.to[i])
		y0, y1 := trY(b.y[i]-b.half), trY(b.y[i]+b.half)
		c.FillPolygon(b.color, []vg.Point{{X: x0, Y: y0}, {X: x1, Y: y0}, {X: x1, Y: y1}, {X: x0, Y: y1}})
		end := math.Max(b.from[i], b.to[i])
		// Whiskers narrower than a few points would only blot the bar's
		// end: the interval is then below what the chart can show.
		if b.lo != nil && trX(b.hi[i])-trX(b.lo[i]) >= 4 {
			xl, xh := trX(b.lo[i]), trX(b.hi[i])
			ls := draw.LineStyle{Color: colInk, Width: 1.6}
			ym := trY(b.y[i])
			cap := vg.Length(math.Min(float64(y1-y0)*0.35, 9))
			c.StrokeLine2(ls, xl, ym, xh, ym)
			c.StrokeLine2(ls, xl, ym-cap, xl, ym+cap)
			c.StrokeLine2(ls, xh, ym-cap, xh, ym+cap)
		}
		if b.lo != nil {
			end = math.Max(end, b.hi[i])
		}
		if b.labels != nil && b.labels[i] != "" {
			sty := b.labelStyle
			sty.YAlign = draw.YCenter
			c.FillText(sty, vg.Point{X: trX(end) + 5, Y: trY(b.y[i]) + centerNudge(sty)}, b.labels[i])
		}
	}
}

func (b *hbars) DataRange() (xmin, xmax, ymin, ymax float64) {
	xmin, xmax = math.Inf(1), math.Inf(-1)
	ymin, ymax = math.Inf(1), math.Inf(-1)
	for i := range b.y {
		for _, v := range []float64{b.from[i], b.to[i]} {
			xmin, xmax = math.Min(xmin, v), math.Max(xmax, v)
		}
		if b.lo != nil {
			xmin, xmax = math.Min(xmin, b.lo[i]), math.Max(xmax, b.hi[i])
		}
		ymin, ymax = math.Min(ymin, b.y[i]-b.half), math.Max(ymax, b.y[i]+b.half)
	}
	return
}

// cells draws a grid of coloured cells: vals[row][col], row 0 at the bottom,
// centred on integer coordinates, each with its value printed.
type cells struct {
	vals     [][]float64
	colorAt  func(v float64) color.Color
	format   func(v float64) string
	fontSize vg.Length
}

func (h *cells) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	for r, row := range h.vals {
		for col, v := range row {
			x0, x1 := trX(float64(col)-0.5), trX(float64(col)+0.5)
			y0, y1 := trY(float64(r)-0.5), trY(float64(r)+0.5)
			bg := h.colorAt(v)
			c.FillPolygon(bg, []vg.Point{{X: x0, Y: y0}, {X: x1, Y: y0}, {X: x1, Y: y1}, {X: x0, Y: y1}})
			// A thin white rule between cells keeps rows apart.
			c.StrokeLines(draw.LineStyle{Color: color.White, Width: 1}, []vg.Point{{X: x0, Y: y0}, {X: x1, Y: y0}, {X: x1, Y: y1}})
			sty := textStyle(h.fontSize, false, inkOn(bg))
			sty.XAlign, sty.YAlign = draw.XCenter, draw.YCenter
			c.FillText(sty, vg.Point{X: (x0 + x1) / 2, Y: (y0+y1)/2 + centerNudge(sty)}, h.format(v))
		}
	}
}

func (h *cells) DataRange() (xmin, xmax, ymin, ymax float64) {
	cols := 0
	if len(h.vals) > 0 {
		cols = len(h.vals[0])
	}
	return -0.5, float64(cols) - 0.5, -0.5, float64(len(h.vals)) - 0.5
}

// band fills the area between lo and hi over x.
type band struct {
	x, lo, hi []float64
	color     color.Color
}

func (b *band) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	pts := make([]vg.Point, 0, 2*len(b.x))
	for i := range b.x {
		pts = append(pts, vg.Point{X: trX(b.x[i]), Y: trY(b.lo[i])})
	}
	for i := len(b.x) - 1; i >= 0; i-- {
		pts = append(pts, vg.Point{X: trX(b.x[i]), Y: trY(b.hi[i])})
	}
	c.FillPolygon(b.color, c.ClipPolygonXY(pts))
}

func (b *band) DataRange() (xmin, xmax, ymin, ymax float64) {
	xmin, xmax = math.Inf(1), math.Inf(-1)
	ymin, ymax = math.Inf(1), math.Inf(-1)
	for i := range b.x {
		xmin, xmax = math.Min(xmin, b.x[i]), math.Max(xmax, b.x[i])
		ymin = math.Min(ymin, math.Min(b.lo[i], b.hi[i]))
		ymax = math.Max(ymax, math.Max(b.lo[i], b.hi[i]))
	}
	return
}

// series is a polyline with optional round markers.
type series struct {
	x, y    []float64
	color   color.Color
	width   vg.Length
	dashed  bool
	markers bool
}

func (s *series) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	pts := make([]vg.Point, len(s.x))
	for i := range s.x {
		pts[i] = vg.Point{X: trX(s.x[i]), Y: trY(s.y[i])}
	}
	ls := draw.LineStyle{Color: s.color, Width: s.width}
	if s.dashed {
		ls.Dashes = []vg.Length{8, 5}
	}
	c.StrokeLines(ls, c.ClipLinesXY(pts)...)
	if s.markers {
		for _, pt := range pts {
			c.DrawGlyph(draw.GlyphStyle{Color: s.color, Radius: s.width * 1.6, Shape: draw.CircleGlyph{}}, pt)
		}
	}
}

func (s *series) DataRange() (xmin, xmax, ymin, ymax float64) {
	xmin, xmax = math.Inf(1), math.Inf(-1)
	ymin, ymax = math.Inf(1), math.Inf(-1)
	for i := range s.x {
		xmin, xmax = math.Min(xmin, s.x[i]), math.Max(xmax, s.x[i])
		ymin, ymax = math.Min(ymin, s.y[i]), math.Max(ymax, s.y[i])
	}
	return
}

// labels draws shaped text at data points, offset in points.
type labels struct {
	x, y   []float64
	text   []string
	style  text.Style
	dx, dy vg.Length
}

func (t *labels) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	for i := range t.x {
		dy := t.dy
		if t.style.YAlign == draw.YCenter {
			dy += centerNudge(t.style)
		}
		c.FillText(t.style, vg.Point{X: trX(t.x[i]) + t.dx, Y: trY(t.y[i]) + dy}, t.text[i])
	}
}

// vline is a vertical reference line at x across the data area.
type vline struct {
	x     float64
	style draw.LineStyle
}

func (v *vline) Plot(c draw.Canvas, p *plot.Plot) {
	trX, _ := p.Transforms(&c)
	x := trX(v.x)
	c.StrokeLine2(v.style, x, c.Min.Y, x, c.Max.Y)
}

// centerNudge lifts vertically centred text by half its font's descent, so
// that digits and capitals (which sit on the baseline) look centred rather
// than low.
func centerNudge(sty text.Style) vg.Length {
	return sty.FontExtents().Descent / 2
}

// gridLines draws light rules at the major ticks of one axis, under the
// data.
type gridLines struct{ vertical bool }

func (g gridLines) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	ls := draw.LineStyle{Color: colGrid, Width: 1}
	if g.vertical {
		for _, t := range p.X.Tick.Marker.Ticks(p.X.Min, p.X.Max) {
			if t.Label == "" || t.Value < p.X.Min || t.Value > p.X.Max {
				continue
			}
			x := trX(t.Value)
			c.StrokeLine2(ls, x, c.Min.Y, x, c.Max.Y)
		}
		return
	}
	for _, t := range p.Y.Tick.Marker.Ticks(p.Y.Min, p.Y.Max) {
		if t.Label == "" || t.Value < p.Y.Min || t.Value > p.Y.Max {
			continue
		}
		y := trY(t.Value)
		c.StrokeLine2(ls, c.Min.X, y, c.Max.X, y)
	}
}

// categoryTicks labels integer positions 0..n-1 with names (shaped).
func categoryTicks(names []string) plot.ConstantTicks {
	ticks := make(plot.ConstantTicks, len(names))
	for i, n := range names {
		ticks[i] = plot.Tick{Value: float64(i), Label: n}
	}
	return ticks
}

// setCategories labels axis a with names at 0..n-1, with invisible tick
// marks that keep the labels clear of the axis line (Arabic final forms run
// to the glyph's edge).
func setCategories(a *plot.Axis, names []string) {
	a.Tick.Marker = categoryTicks(names)
	a.Tick.Label.Font.Size = rowFont(len(names))
	a.Tick.Length = 7
	a.Tick.LineStyle.Color = color.Transparent
	a.Min, a.Max = -0.5, float64(len(names))-0.5
	a.Padding = 0
}

// rowFont is the label size for n categories stacked in a chart's plot
// area (about 380 pt high): the slide size while rows are 19 pt or more
// (19 governorates fit), smaller for user data with many zones.
func rowFont(n int) vg.Length {
	if n <= 0 {
		return sizeTick
	}
	return vg.Length(math.Max(8, math.Min(sizeTick, 0.85*380/float64(n))))
}

// niceTicks returns labelled ticks every step from lo to hi, formatted by f.
func niceTicks(lo, hi, step float64, f func(float64) string) plot.ConstantTicks {
	var ticks plot.ConstantTicks
	for v := math.Ceil(lo/step-1e-9) * step; v <= hi+1e-9; v += step {
		if math.Abs(v) < step*1e-9 {
			v = 0 // not -0
		}
		ticks = append(ticks, plot.Tick{Value: v, Label: f(v)})
	}
	return ticks
}

// niceStep picks 1, 2 or 5 × 10^k so that span has about n steps.
func niceStep(span float64, n int) float64 {
	if span <= 0 || math.IsNaN(span) || math.IsInf(span, 0) {
		return 1
	}
	raw := span / float64(n)
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if m*mag >= raw {
			return m * mag
		}
	}
	return 10 * mag
}
