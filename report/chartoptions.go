package report

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

// buildOptions: mitigation options ranked by the share of the waiver's loss
// each buys back, with ±1.96 SE whiskers.
func buildOptions(doc *Document, l *chartLang) (*chartSpec, error) {
	if len(doc.Options) == 0 {
		return nil, nil
	}
	rows := append([]OptionRow(nil), doc.Options...)
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].RecoveredShare > rows[j].RecoveredShare })
	n := len(rows)
	names := make([]string, n)
	b := &hbars{half: 0.34, color: okGreen, labelStyle: textStyle(sizeTick, true, colInk)}
	hi := 0.0
	for i, r := range rows {
		y := float64(n - 1 - i)
		name := l.named(r.Name)
		if r.InService != "" {
			// "Saudi link (Baghdad, from 2026)", "Flared-gas capture (from 2026)"
			if strings.HasSuffix(name, ")") {
				name = name[:len(name)-1] + l.t("opt.comma") + l.t("opt.from", r.InService) + ")"
			} else {
				name += " (" + l.t("opt.from", r.InService) + ")"
			}
		}
		names[n-1-i] = l.sh(name)
		v := 100 * r.RecoveredShare
		se := 100 * optionShareSE(r)
		b.y, b.from, b.to = append(b.y, y), append(b.from, 0), append(b.to, v)
		b.lo, b.hi = append(b.lo, math.Max(0, v-1.96*se)), append(b.hi, v+1.96*se)
		b.labels = append(b.labels, fmt.Sprintf("%.0f%%", v))
		hi = math.Max(hi, v+1.96*se)
	}
	p := plotNew()
	p.Add(gridLines{vertical: true}, b)
	step := niceStep(math.Max(hi, 10), 5)
	p.X.Min, p.X.Max = 0, math.Ceil(hi*1.12/step)*step
	p.X.Tick.Marker = niceTicks(0, p.X.Max, step, trimFloat)
	p.X.Label.Text = l.sh(l.t("opt.x"))
	setCategories(&p.Y, names)
	p.X.Padding, p.Y.Padding = 0, 0

	sub := l.t("opt.sub")
	if run := l.runLine(doc); run != "" {
		sub += l.t("sep") + run
	}
	sub += l.t("sep") + l.t("whiskers")
	return &chartSpec{
		lang:     l,
		title:    l.t("opt.title", l.named(rows[0].Name), 100*rows[0].RecoveredShare),
		subtitle: sub,
		main:     p,
	}, nil
}

// optionShareSE is the standard error of an option's recovered share: the
// recovered energy's (OptionRow.SE, MWh) scaled by share/MWh, the share's
// denominator (the loss it recovers) taken as exact.
func optionShareSE(r OptionRow) float64 {
	if r.RecoveredMWh > 0 && r.SE > 0 {
		return r.SE * r.RecoveredShare / r.RecoveredMWh
	}
	return 0
}
