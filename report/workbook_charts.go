package report

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	_ "image/png" // DecodeConfig of the chart images

	"github.com/xuri/excelize/v2"
)

// renderPNG renders a named chart as a PNG for placing beside the native
// chart; nil bytes mean no image. It is the one seam between the workbook
// and the chart renderer (tests replace it).
var renderPNG = func(doc *Document, name, lang string) ([]byte, error) {
	b, err := RenderPNG(doc, name, lang)
	if errors.Is(err, ErrNoChartData) {
		return nil, nil
	}
	return b, err
}

const (
	wbChartW = 760 // px
	wbChartH = 380
)

// summaryChart puts supply hours by governorate for each scenario on the
// Summary sheet, drawn from the Governorates sheet.
func (w *wb) summaryChart() error {
	if w.summarySheetName == "" || w.govSheet == "" {
		return nil
	}
	nameCol := 2 // the governorate name in the workbook language
	var series []excelize.ChartSeries
	colors := []string{"1F3864", "C0504D", "9BBB59", "8064A2", "F79646"}
	for s := range w.doc.Scenarios {
		c := w.govHoursCol + s
		series = append(series, excelize.ChartSeries{
			Name:       w.seriesName[s],
			Categories: rangeRef(w.govSheet, nameCol, w.govFirst, nameCol, w.govLast),
			Values:     rangeRef(w.govSheet, c, w.govFirst, c, w.govLast),
			Fill:       solid(colors[s%len(colors)]),
		})
	}
	return w.chartWithPicture(w.summarySheetName, cellAt(1, w.summaryChartRow), excelize.Bar, series, w.t("chart.hours"), "0", "supply-hours")
}

// chartWithPicture adds a native chart at cell and, to its right, the
// matching slide image when the renderer provides one.
func (w *wb) chartWithPicture(sheet, cell string, typ excelize.ChartType, series []excelize.ChartSeries, title, numFmt, png string) error {
	if len(series) == 0 {
		return nil
	}
	rtl := w.lang == LangArabic
	gap := 60
	noVary := false
	ch := &excelize.Chart{
		Type:       typ,
		Series:     series,
		Dimension:  excelize.ChartDimension{Width: wbChartW, Height: wbChartH},
		Format:     excelize.GraphicOptions{AltText: title, LockAspectRatio: false},
		Title:      excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: title, Font: &excelize.Font{Bold: true, Size: 12, Color: colNavy}}}},
		Legend:     excelize.ChartLegend{Position: "bottom"},
		VaryColors: &noVary,
		PlotArea:   excelize.ChartPlotArea{},
		XAxis:      excelize.ChartAxis{ReverseOrder: rtl && typ != excelize.Bar, Font: excelize.Font{Size: 9, Color: "404040"}},
		YAxis:      excelize.ChartAxis{MajorGridLines: true, Font: excelize.Font{Size: 9, Color: "404040"}, NumFmt: excelize.ChartNumFmt{CustomNumFmt: numFmt}},
	}
	switch typ {
	case excelize.Col, excelize.Bar:
		ch.GapWidth = uintPtr(uint(gap))
	case excelize.ColStacked:
		ch.GapWidth = uintPtr(uint(gap))
		overlap := 100
		ch.Overlap = &overlap
	}
	if typ == excelize.Bar {
		// Horizontal bars list the first row at the top; in Arabic they
		// grow from the right, with the labels on the right.
		ch.XAxis.ReverseOrder = true
		ch.YAxis.ReverseOrder = rtl
	}
	if err := w.f.AddChart(sheet, cell, ch); err != nil {
		return fmt.Errorf("chart %q on %s: %w", title, sheet, err)
	}
	c, r, err := excelize.CellNameToCoordinates(cell)
	if err != nil {
		return err
	}
	return w.picture(sheet, w.cellRightOf(sheet, c, r, wbChartW), png)
}

// chartBelow puts a chart (and its slide image) on a new printed page
// under a table whose last data row is last.
func (w *wb) chartBelow(sheet string, last int, typ excelize.ChartType, series []excelize.ChartSeries, titleKey, numFmt, png string) error {
	if err := w.f.InsertPageBreak(sheet, cellAt(1, last+2)); err != nil {
		return err
	}
	return w.chartWithPicture(sheet, cellAt(1, last+3), typ, series, w.t(titleKey), numFmt, png)
}

// columnSeries is one solid-filled series of a bar or column chart: the
// values of column col in data rows first..last, labelled by the column's
// header and categorised by column catCol.
func columnSeries(sheet string, col, catCol, first, last int, color string) excelize.ChartSeries {
	return excelize.ChartSeries{Name: cellRef(sheet, col, headRow), Categories: rangeRef(sheet, catCol, first, catCol, last),
		Values: rangeRef(sheet, col, first, col, last), Fill: solid(color)}
}

// picture places the named chart image at cell, scaled to the native
// chart's height.
func (w *wb) picture(sheet, cell, name string) error {
	b, err := renderPNG(w.doc, name, w.lang)
	if err != nil {
		return fmt.Errorf("chart image %s: %w", name, err)
	}
	if len(b) == 0 {
		return nil
	}
	cfg, _, err := image.DecodeConfig(bytes.NewReader(b))
	if err != nil || cfg.Height == 0 {
		return fmt.Errorf("chart image %s: not a PNG: %v", name, err)
	}
	scale := float64(wbChartH) / float64(cfg.Height)
	return w.f.AddPictureFromBytes(sheet, cell, &excelize.Picture{
		Extension: ".png", File: b,
		Format: &excelize.GraphicOptions{AltText: w.t("note.png") + " " + name,
			ScaleX: scale, ScaleY: scale, LockAspectRatio: true, Positioning: "oneCell"},
	})
}

func solid(color string) excelize.Fill {
	return excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{color}}
}

func uintPtr(u uint) *uint { return &u }
