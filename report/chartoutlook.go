package report

import (
	"fmt"
	"math"
	"sort"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg/draw"
)

// buildOutlook: peak-hour shortfall by study year for each scenario.
func buildOutlook(doc *Document, l *chartLang) (*chartSpec, error) {
	if len(doc.Outlook) == 0 {
		return nil, nil
	}
	// Series in scenario order: the document's scenarios first, then any
	// other names in order of appearance.
	var names []string
	seen := map[string]bool{}
	for _, sc := range doc.Scenarios {
		for _, r := range doc.Outlook {
			if r.Scenario == sc.Name && !seen[sc.Name] {
				seen[sc.Name] = true
				names = append(names, sc.Name)
			}
		}
	}
	for _, r := range doc.Outlook {
		if !seen[r.Scenario] {
			seen[r.Scenario] = true
			names = append(names, r.Scenario)
		}
	}
	p := plotNew()
	p.Add(gridLines{})
	var legend []legendEntry
	ymax := 0.0
	minY, maxY := math.MaxInt, math.MinInt
	ends := &labels{style: textStyle(sizeTick, true, colInk), dx: 10}
	ends.style.YAlign = draw.YCenter
	var titleScen string
	var titleYear int
	var titleV float64
	for k, name := range names {
		var rows []OutlookRow
		for _, r := range doc.Outlook {
			if r.Scenario == name {
				rows = append(rows, r)
			}
		}
		sort.Slice(rows, func(i, j int) bool { return rows[i].Year < rows[j].Year })
		s := &series{color: scenarioColor(k), width: 3, markers: true}
		for _, r := range rows {
			s.x = append(s.x, float64(r.Year))
			s.y = append(s.y, r.PeakShortfallMW/1000)
			ymax = math.Max(ymax, r.PeakShortfallMW/1000)
			minY, maxY = min(minY, r.Year), max(maxY, r.Year)
		}
		p.Add(s)
		lastR := rows[len(rows)-1]
		ends.x = append(ends.x, float64(lastR.Year))
		ends.y = append(ends.y, lastR.PeakShortfallMW/1000)
		ends.text = append(ends.text, l.sh(fmt.Sprintf("%.1f %s", lastR.PeakShortfallMW/1000, l.t("gw"))))
		legend = append(legend, legendEntry{label: l.scenario(name), color: scenarioColor(k), line: true})
		// The title speaks of the last scenario run (the waiver's end).
		titleScen, titleYear, titleV = name, lastR.Year, lastR.PeakShortfallMW/1000
	}
	p.Add(ends)
	p.X.Min, p.X.Max = float64(minY)-0.3, float64(maxY)+0.9
	var yt plot.ConstantTicks
	for y := minY; y <= maxY; y++ {
		yt = append(yt, plot.Tick{Value: float64(y), Label: fmt.Sprint(y)})
	}
	p.X.Tick.Marker = yt
	p.X.Label.Text = l.sh(l.t("out.x"))
	step := niceStep(math.Max(ymax, 0.5), 5)
	p.Y.Min, p.Y.Max = 0, math.Max(5*step, math.Ceil(ymax*1.05/step)*step)
	p.Y.Tick.Marker = niceTicks(0, p.Y.Max, step, trimFloat)
	p.Y.Label.Text = l.sh(l.t("out.y"))
	p.X.Padding, p.Y.Padding = 0, 0

	title := l.t("out.title.ok", maxY)
	if titleV >= 0.05 {
		title = l.t("out.title", titleYear, titleV, l.scenarioPhrase(titleScen))
	}
	sub := l.t("out.sub")
	if run := l.runLineYear(doc, false); run != "" {
		sub += l.t("sep") + run
	}
	return &chartSpec{lang: l, title: title, subtitle: sub, legend: legend, main: p}, nil
}
