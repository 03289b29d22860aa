package report

import (
	"fmt"
	"math"
	"slices"
	"time"

	"gonum.org/v1/plot"
)

// buildPeakWeek: expected national supply by source as stacked areas over
// the peak week of the last scenario, unserved demand as its own band on
// top, demand as a line.
func buildPeakWeek(doc *Document, l *chartLang) (*chartSpec, error) {
	if len(doc.Scenarios) == 0 {
		return nil, nil
	}
	last := doc.Scenarios[len(doc.Scenarios)-1]
	pw := last.PeakWeek
	h := len(pw.DemandMW)
	if h == 0 || len(pw.BySourceMW) == 0 {
		return nil, nil
	}
	for i, s := range pw.BySourceMW {
		if len(s) != h {
			return nil, fmt.Errorf("peak week: source %d has %d hours, demand has %d", i, len(s), h)
		}
	}
	if pw.UnservedMW != nil && len(pw.UnservedMW) != h {
		return nil, fmt.Errorf("peak week: unserved has %d hours, demand has %d", len(pw.UnservedMW), h)
	}

	x := make([]float64, h)
	for i := range x {
		x[i] = float64(i)
	}
	gw := func(mw float64) float64 { return mw / 1000 }
	p := plotNew()
	p.Add(gridLines{})
	var legend []legendEntry
	names := make([]string, len(pw.BySourceMW))
	copy(names, last.Sources)
	colors := sourceColors(names, l)
	cum := make([]float64, h)
	for k, src := range pw.BySourceMW {
		if slices.Max(src) < 1 {
			continue // nothing from this source this week (e.g. Iranian gas after the cut)
		}
		lo := append([]float64(nil), cum...)
		for i := range cum {
			cum[i] += gw(max(src[i], 0)) // an expectation can round just below zero
		}
		name, col := names[k], colors[k]
		p.Add(&band{x: x, lo: lo, hi: append([]float64(nil), cum...), color: col})
		label := l.sourceLabel(name)
		if label == "" {
			label = fmt.Sprintf("#%d", k+1)
		}
		legend = append(legend, legendEntry{label: label, color: col})
	}
	maxUnserved := 0.0
	if pw.UnservedMW != nil {
		top := make([]float64, h)
		for i := range top {
			u := gw(max(pw.UnservedMW[i], 0))
			top[i] = cum[i] + u
			maxUnserved = math.Max(maxUnserved, u)
		}
		p.Add(&band{x: x, lo: cum, hi: top, color: okVermilion})
		legend = append(legend, legendEntry{label: l.t("unserved"), color: okVermilion})
	}
	demand := make([]float64, h)
	for i, v := range pw.DemandMW {
		demand[i] = gw(v)
	}
	p.Add(&series{x: x, y: demand, color: okBlack, width: 2.5})
	legend = append(legend, legendEntry{label: l.t("demand"), color: okBlack, line: true})

	p.X.Min, p.X.Max = 0, float64(h-1)
	p.X.Tick.Marker = dayTicks(doc.Year, pw.StartHour, h, l)
	p.X.Label.Text = l.sh(l.t("peak.x"))
	p.Y.Min = 0
	ymax := p.Y.Max // the data maximum, after Add
	step := niceStep(ymax, 5)
	p.Y.Max = math.Ceil(ymax/step) * step
	p.Y.Tick.Marker = niceTicks(0, p.Y.Max, step, func(v float64) string { return fmt.Sprintf("%.0f", v) })
	p.Y.Label.Text = l.sh(l.t("peak.y"))
	p.X.Padding, p.Y.Padding = 0, 0

	title := l.t("peak.title.ok")
	if maxUnserved >= 0.05 {
		title = l.t("peak.title", maxUnserved)
	}
	return &chartSpec{
		lang:     l,
		title:    title,
		subtitle: l.t("peak.sub") + l.t("sep") + l.runLine(doc, last.Name),
		legend:   legend,
		main:     p,
	}, nil
}

// dayTicks marks midnights over the week and labels each day in the middle
// of its visible part (if at least 10 h show) with its date when the year
// is known (hour 0 is 1 January 00:00 Baghdad time) or a day number.
func dayTicks(year, start, hours int, l *chartLang) plot.ConstantTicks {
	var ticks plot.ConstantTicks
	first := (24 - start%24) % 24 // index of the first midnight
	for i := first; i < hours; i += 24 {
		ticks = append(ticks, plot.Tick{Value: float64(i)}) // unlabelled: a minor tick
	}
	day := 0
	for d0 := first - 24; d0 < hours; d0 += 24 {
		lo, hi := max(d0, 0), min(d0+24, hours-1)
		if hi-lo < 10 {
			continue
		}
		day++
		label := l.t("day", day)
		if year > 0 {
			d := time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(start+lo) * time.Hour)
			month := monthName(l.lang(), int(d.Month())-1, false)
			if l.ar {
				label = fmt.Sprintf("%d %s", d.Day(), month)
			} else {
				label = fmt.Sprintf("%s %d %s", d.Weekday().String()[:3], d.Day(), month)
			}
		}
		ticks = append(ticks, plot.Tick{Value: float64(lo+hi) / 2, Label: l.sh(label)})
	}
	return ticks
}
