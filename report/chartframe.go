package report

import (
	"image/color"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Type sizes in points on the 960 × 540 pt slide canvas.
const (
	sizeTitle     = 30
	sizeTitleMin  = 26
	sizeSubtitle  = 18
	sizeLegend    = 17
	sizeAxisLabel = 18
	sizeTick      = 16
	sizeCell      = 15
	sizeSource    = 13
	marginX       = 26
	marginTop     = 20
	marginBottom  = 14
)

// chartSpec is a laid-out chart: the header and footer text (in logical
// order, shaped when drawn), a legend, and the plot(s).
type chartSpec struct {
	lang     *chartLang
	title    string
	subtitle string
	legend   []legendEntry
	main     *plot.Plot
	// side, if set, is drawn to the right of main in sideWidth (a colour
	// bar).
	side      *plot.Plot
	sideWidth vg.Length
	source    string
}

// legendEntry is a swatch (a filled box, or a line) and its label.
type legendEntry struct {
	label  string // logical order
	color  color.Color
	line   bool
	dashed bool
}

func textStyle(size vg.Length, bold bool, col color.Color) text.Style {
	return text.Style{
		Font:    chartFont(size, bold),
		Color:   col,
		Handler: text.Plain{Fonts: font.DefaultCache},
	}
}

// fitLines sets s (logical order) in as few lines as fit width, at the
// largest size from maxSize down to minSize: one line if any size allows,
// else two, else as many as it takes at minSize. Lines break at " · "
// separators first, then between words. It returns the shaped lines and the
// size chosen.
func (l *chartLang) fitLines(s string, width vg.Length, bold bool, maxSize, minSize vg.Length) ([]string, vg.Length) {
	for size := maxSize; size >= minSize; size-- {
		if textStyle(size, bold, nil).Width(l.sh(s)) <= width {
			return []string{l.sh(s)}, size
		}
	}
	for size := maxSize; size >= minSize; size-- {
		if lines := l.wrap(s, width, textStyle(size, bold, nil)); len(lines) <= 2 {
			return lines, size
		}
	}
	return l.wrap(s, width, textStyle(minSize, bold, nil)), minSize
}

// wrap breaks s greedily into shaped lines no wider than width, keeping
// " · "-separated parts whole where it can.
func (l *chartLang) wrap(s string, width vg.Length, sty text.Style) []string {
	const sep = " · "
	fits := func(t string) bool { return sty.Width(l.sh(t)) <= width }
	var lines []string
	cur := ""
	add := func(part, join string) {
		switch {
		case cur == "":
			cur = part
		case fits(cur + join + part):
			cur += join + part
		default:
			lines = append(lines, l.sh(cur))
			cur = part
		}
	}
	for _, part := range strings.Split(s, sep) {
		if fits(part) {
			add(part, sep)
			continue
		}
		for i, w := range strings.Fields(part) {
			if i == 0 {
				add(w, sep)
			} else {
				add(w, " ")
			}
		}
	}
	if cur != "" {
		lines = append(lines, l.sh(cur))
	}
	return lines
}

// draw lays the chart out on c: title, subtitle and legend at the top, the
// source line at the bottom, the plot between.
func (s *chartSpec) draw(c draw.Canvas) error {
	l := s.lang
	c.SetColor(color.White)
	c.Fill(c.Rectangle.Path())

	left := c.Min.X + marginX
	right := c.Max.X - marginX
	width := right - left
	y := c.Max.Y - marginTop

	// text draws one shaped line with its top at y, aligned to the reading
	// edge (left for English, right for Arabic), and returns its height.
	line := func(txt string, sty text.Style) vg.Length {
		sty.YAlign = draw.YTop
		x := left
		if l.ar {
			x = right
			sty.XAlign = draw.XRight
		}
		c.FillText(sty, vg.Point{X: x, Y: y}, txt)
		return sty.Height(txt)
	}

	lines, size := l.fitLines(s.title, width, true, sizeTitle, sizeTitleMin)
	for _, ln := range lines {
		y -= line(ln, textStyle(size, true, colInk)) * 1.05
	}
	y -= 4
	if s.subtitle != "" {
		lines, size := l.fitLines(s.subtitle, width, false, sizeSubtitle, 15)
		for _, ln := range lines {
			y -= line(ln, textStyle(size, false, colMuted)) * 1.1
		}
	}
	if len(s.legend) > 0 {
		y -= 8
		y -= s.drawLegend(c, left, right, y)
	}
	y -= 10

	// Footer: the source line.
	src := textStyle(sizeSource, false, colMuted)
	srcTxt := l.sh(s.source)
	srcY := c.Min.Y + marginBottom
	src.YAlign = draw.YBottom
	if l.ar {
		src.XAlign = draw.XRight
		c.FillText(src, vg.Point{X: right, Y: srcY}, srcTxt)
	} else {
		c.FillText(src, vg.Point{X: left, Y: srcY}, srcTxt)
	}
	bottom := srcY + src.Height(srcTxt) + 10

	area := draw.Canvas{Canvas: c.Canvas, Rectangle: vg.Rectangle{
		Min: vg.Point{X: left - 6, Y: bottom},
		Max: vg.Point{X: right, Y: y},
	}}
	if s.side != nil {
		mainArea := area
		mainArea.Max.X -= s.sideWidth
		// Align the side plot (a colour bar) with main's data area.
		data := s.main.DataCanvas(mainArea)
		sideArea := area
		sideArea.Min.X = mainArea.Max.X + 12
		sideArea.Min.Y, sideArea.Max.Y = data.Min.Y, data.Max.Y
		s.main.Draw(mainArea)
		s.side.Draw(sideArea)
		return nil
	}
	s.main.Draw(area)
	return nil
}

// drawLegend draws the entries in rows from the reading edge, with their top
// at y, and returns the height used.
func (s *chartSpec) drawLegend(c draw.Canvas, left, right, y vg.Length) vg.Length {
	l := s.lang
	sty := textStyle(sizeLegend, false, colInk)
	const swatchW, swatchH, gap, pad = 26, 14, 28, 8
	rowH := sty.Height("Hg") * 1.35
	top := y
	x := vg.Length(0) // distance from the reading edge
	for _, e := range s.legend {
		txt := l.sh(e.label)
		w := swatchW + pad + sty.Width(txt)
		if x > 0 && x+w > right-left {
			x = 0
			y -= rowH
		}
		// Position of the entry's left edge.
		ex := left + x
		if l.ar {
			ex = right - x - w
		}
		cy := y - rowH/2
		sx, tx := ex, ex+swatchW+pad
		if l.ar { // swatch on the right of its label
			sx, tx = ex+w-swatchW, ex
		}
		if e.line {
			ls := draw.LineStyle{Color: e.color, Width: 3}
			if e.dashed {
				ls.Dashes = []vg.Length{7, 4}
			}
			c.StrokeLine2(ls, sx, cy, sx+swatchW, cy)
		} else {
			r := vg.Rectangle{Min: vg.Point{X: sx, Y: cy - swatchH/2}, Max: vg.Point{X: sx + swatchW, Y: cy + swatchH/2}}
			c.SetColor(e.color)
			c.Fill(r.Path())
		}
		ts := sty
		ts.YAlign = draw.YCenter
		c.FillText(ts, vg.Point{X: tx, Y: cy}, txt)
		x += w + gap
	}
	return top - y + rowH
}
