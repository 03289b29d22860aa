package report

import (
	"fmt"
	"math"
)

// buildMonthlyShortfall: national mean unserved power by month for each
// scenario, with its P10–P90 band over samples.
func buildMonthlyShortfall(doc *Document, l *chartLang) (*chartSpec, error) {
	if len(doc.Scenarios) == 0 {
		return nil, nil
	}
	// Only the months simulated (every scenario of a run has the same).
	last := doc.Scenarios[len(doc.Scenarios)-1]
	ms := last.months()
	x := make([]float64, len(ms))
	for i := range x {
		x[i] = float64(i)
	}
	pick := func(v *[12]float64) []float64 {
		out := make([]float64, len(ms))
		for i, m := range ms {
			out[i] = v[m]
		}
		return out
	}
	p := plotNew()
	p.Add(gridLines{})
	var legend []legendEntry
	ymax := 0.0
	for k, sc := range doc.Scenarios {
		s := sc.System
		col := scenarioColor(k)
		if hasBand(s) {
			p.Add(&band{x: x, lo: pick(&s.MonthlyShortfallGWP10), hi: pick(&s.MonthlyShortfallGWP90), color: withAlpha(col, 0.22)})
		}
		for _, m := range ms {
			ymax = math.Max(ymax, s.MonthlyShortfallGW[m])
			if hasBand(s) {
				ymax = math.Max(ymax, s.MonthlyShortfallGWP90[m])
			}
		}
	}
	for k, sc := range doc.Scenarios {
		col := scenarioColor(k)
		p.Add(&series{x: x, y: pick(&sc.System.MonthlyShortfallGW), color: col, width: 3, markers: true})
		legend = append(legend, legendEntry{label: l.scenario(sc.Name), color: col, line: true})
	}
	months := make([]string, len(ms))
	for i, m := range ms {
		months[i] = l.sh(l.monthTick(m))
	}
	p.X.Tick.Marker = categoryTicks(months)
	p.X.Min, p.X.Max = -0.3, float64(len(ms)-1)+0.3
	step := niceStep(math.Max(ymax, 0.5), 5)
	p.Y.Min, p.Y.Max = 0, math.Max(5*step, math.Ceil(ymax/step)*step)
	p.Y.Tick.Marker = niceTicks(0, p.Y.Max, step, func(v float64) string { return trimFloat(v) })
	p.Y.Label.Text = l.sh(l.t("short.y"))
	p.X.Padding, p.Y.Padding = 0, 0

	peakM, peakV := ms[0], -1.0
	for _, m := range ms {
		if v := last.System.MonthlyShortfallGW[m]; v > peakV {
			peakM, peakV = m, v
		}
	}
	title := l.t("short.title.ok")
	switch {
	case peakV >= 0.95: // shows as 1.0 GW or more
		title = l.t("short.title", peakV, l.month(peakM), l.scenarioPhrase(last.Name))
	case peakV >= 0.0005: // at least 1 MW: in MW, not "0.0 GW"
		title = l.t("short.title.mw", 1000*peakV, l.month(peakM), l.scenarioPhrase(last.Name))
	}
	return &chartSpec{
		lang:     l,
		title:    title,
		subtitle: l.t("short.sub") + l.t("sep") + l.runLine(doc),
		legend:   legend,
		main:     p,
	}, nil
}

// hasBand reports whether the P10–P90 band carries information.
func hasBand(s ZoneMetrics) bool {
	if s.SampleStats == nil {
		return false
	}
	for m := range 12 {
		if s.MonthlyShortfallGWP90[m] > s.MonthlyShortfallGWP10[m] {
			return true
		}
	}
	return false
}

// trimFloat prints v with at most two decimals and no trailing zeros.
func trimFloat(v float64) string {
	s := fmt.Sprintf("%.2f", v)
	for s[len(s)-1] == '0' {
		s = s[:len(s)-1]
	}
	if s[len(s)-1] == '.' {
		s = s[:len(s)-1]
	}
	return s
}
