package report

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgpdf"
	"gonum.org/v1/plot/vg/vgsvg"
)

// ChartNames lists the slide charts in the order a deck would show them.
var ChartNames = []string{"supply-hours", "blackout-heatmap", "peak-week", "monthly-shortfall", "dependency", "tornado", "outlook", "options"}

// ErrNoChartData reports that the Document lacks the section a chart draws
// (for example a tornado without Sensitivity rows).
var ErrNoChartData = errors.New("no data for this chart in the document")

// Slide geometry: 16:9 at 13.333 × 7.5 in; PNG at 300 dpi is 4000 × 2250 px.
const (
	chartDPI = 300
	chartW   = vg.Length(4000.0/chartDPI) * vg.Inch // 960 pt
	chartH   = vg.Length(2250.0/chartDPI) * vg.Inch // 540 pt
)

// chartBuilders maps each chart name to the function that lays it out from
// a Document; a builder returns a nil spec when its section is empty.
var chartBuilders = map[string]func(*Document, *chartLang) (*chartSpec, error){
	"supply-hours":      buildSupplyHours,
	"blackout-heatmap":  buildHeatmap,
	"peak-week":         buildPeakWeek,
	"monthly-shortfall": buildMonthlyShortfall,
	"dependency":        buildDependency,
	"tornado":           buildTornado,
	"outlook":           buildOutlook,
	"options":           buildOptions,
}

// spec builds the named chart's layout for lang ("en", "" or "ar").
func spec(doc *Document, name, lang string) (*chartSpec, error) {
	if doc == nil {
		return nil, errors.New("report: chart: nil document")
	}
	build, ok := chartBuilders[name]
	if !ok {
		return nil, fmt.Errorf("report: unknown chart %q (known: %v)", name, ChartNames)
	}
	l, err := newChartLang(lang)
	if err != nil {
		return nil, err
	}
	l.labels, l.kinds = doc.Labels, doc.SourceKinds
	s, err := build(doc, l)
	if err != nil {
		return nil, fmt.Errorf("report: chart %s: %w", name, err)
	}
	if s == nil {
		return nil, fmt.Errorf("report: chart %s: %w", name, ErrNoChartData)
	}
	s.source = l.sourceLine(doc)
	return s, nil
}

// RenderPNG draws the named chart as a 4000 × 2250 px, 300 dpi PNG. lang is
// "en" (or "") or "ar". A chart whose data the Document lacks returns an
// error wrapping ErrNoChartData.
func RenderPNG(doc *Document, name, lang string) ([]byte, error) {
	s, err := spec(doc, name, lang)
	if err != nil {
		return nil, err
	}
	return render(s, "png")
}

// WriteCharts writes every chart whose data is present in doc to dir as
// <name>.png, <name>.svg and <name>.pdf, each through a temporary file
// renamed into place, and returns the paths written. Charts without data
// are skipped.
func WriteCharts(dir string, doc *Document, lang string) ([]string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("report: charts: %w", err)
	}
	var paths []string
	for _, name := range ChartNames {
		s, err := spec(doc, name, lang)
		if errors.Is(err, ErrNoChartData) {
			continue
		}
		if err != nil {
			return paths, err
		}
		for _, format := range []string{"png", "svg", "pdf"} {
			b, err := render(s, format)
			if err != nil {
				return paths, fmt.Errorf("report: chart %s.%s: %w", name, format, err)
			}
			path := filepath.Join(dir, name+"."+format)
			if err := writeAtomic(path, func(w io.Writer) error { _, err := w.Write(b); return err }); err != nil {
				return paths, fmt.Errorf("report: writing %s: %w", path, err)
			}
			paths = append(paths, path)
		}
	}
	return paths, nil
}

// render draws s in one of png, svg, pdf.
func render(s *chartSpec, format string) (b []byte, err error) {
	// gonum/plot panics on some drawing errors (fonts, PDF generation);
	// return them as errors rather than take the CLI down.
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("drawing %s: %v", format, r)
		}
	}()
	var c vg.CanvasWriterTo
	switch format {
	case "png":
		c = vgimg.PngCanvas{Canvas: vgimg.NewWith(vgimg.UseWH(chartW, chartH), vgimg.UseDPI(chartDPI))}
	case "svg":
		c = svgCanvas{vgsvg.New(chartW, chartH)}
	case "pdf":
		c = pdfCanvas{vgpdf.New(chartW, chartH)}
	default:
		return nil, fmt.Errorf("unknown chart format %q", format)
	}
	if err := s.draw(draw.New(c)); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if _, err := c.WriteTo(&buf); err != nil {
		return nil, err
	}
	if format == "png" {
		return pngWithDPI(buf.Bytes(), chartDPI)
	}
	return buf.Bytes(), nil
}

// plotNew returns a plot styled for slides: chart font, large ticks, no
// title (the frame draws it).
func plotNew() *plot.Plot {
	p := plot.New()
	for _, a := range []*plot.Axis{&p.X, &p.Y} {
		a.Label.TextStyle.Font = chartFont(sizeAxisLabel, false)
		a.Label.TextStyle.Color = colInk
		a.Tick.Label.Font = chartFont(sizeTick, false)
		a.Tick.Label.Color = colInk
		a.Tick.Length = 5
		a.LineStyle.Color = colAxis
		a.LineStyle.Width = 1
		a.Tick.LineStyle.Color = colAxis
		a.Tick.LineStyle.Width = 1
		a.Label.Padding = 6
	}
	p.Legend.TextStyle.Font = chartFont(sizeLegend, false)
	p.Title.TextStyle.Font = chartFont(sizeTitle, true)
	return p
}
