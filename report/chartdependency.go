package report

import (
	"fmt"
	"strings"

	"gonum.org/v1/plot/vg/draw"
)

// buildDependency: each governorate's served energy split into Iranian gas,
// Iranian electricity and other origins, most dependent at the top, with
// the Iranian share printed beside its bar segment.
func buildDependency(doc *Document, l *chartLang) (*chartSpec, error) {
	if len(doc.Dependency) == 0 {
		return nil, nil
	}
	rows := depRanked(doc.Dependency)
	// Arabic names come from the scenarios' zones.
	meta := map[string]ZoneMetrics{}
	for _, sc := range doc.Scenarios {
		for _, z := range sc.Zones {
			meta[z.Code] = z
		}
	}
	n := len(rows)
	names := make([]string, n)
	gas := &hbars{half: 0.36, color: okVermilion}
	power := &hbars{half: 0.36, color: okPurple}
	other := &hbars{half: 0.36, color: colOther}
	share := &labels{style: textStyle(sizeTick, false, colInk)}
	share.style.YAlign = draw.YCenter
	share.dx = 6
	for i, r := range rows {
		y := float64(n - 1 - i)
		z, ok := meta[r.Code]
		if !ok {
			z = ZoneMetrics{Code: r.Code, Name: r.Name}
		}
		if z.Name == "" {
			z.Name = r.Name
		}
		names[n-1-i] = l.sh(l.zone(z))
		g, p := 100*r.IranGasShare, 100*r.IranPowerShare
		o := 100 * r.OtherShare
		gas.y, gas.from, gas.to = append(gas.y, y), append(gas.from, 0), append(gas.to, g)
		power.y, power.from, power.to = append(power.y, y), append(power.from, g), append(power.to, g+p)
		other.y, other.from, other.to = append(other.y, y), append(other.from, g+p), append(other.to, g+p+o)
		share.x, share.y = append(share.x, g+p), append(share.y, y)
		share.text = append(share.text, l.sh(depLabel(l, r)))
	}
	pl := plotNew()
	pl.Add(other, gas, power, share)
	pl.X.Min, pl.X.Max = 0, 100
	pl.X.Tick.Marker = niceTicks(0, 100, 20, func(v float64) string { return fmt.Sprintf("%.0f", v) })
	pl.X.Label.Text = l.sh(l.t("dep.x"))
	setCategories(&pl.Y, names)
	pl.X.Padding, pl.Y.Padding = 0, 0

	var top []string
	for _, r := range rows[:depLeaders(rows)] {
		z, ok := meta[r.Code]
		if !ok || z.Name == "" {
			z.Code, z.Name = r.Code, r.Name
		}
		top = append(top, l.zone(z))
	}
	title := l.t("dep.title", top[0], 100*depShare(rows[0]))
	switch {
	case depNone(rows[0]):
		title = l.t("dep.title.none")
	case len(top) > 1:
		title = l.t("dep.title.tied", joinNames(top, l.ar), 100*depShare(rows[0]))
	}
	sub := l.t("dep.sub")
	if lines, plants := iranSites(rows); len(lines)+len(plants) > 0 {
		sub += l.t("sep") + l.t("dep.sub.sites")
	}
	if run := l.runLine(doc); run != "" {
		sub += l.t("sep") + run
	}
	return &chartSpec{
		lang:     l,
		title:    title,
		subtitle: sub,
		legend: []legendEntry{
			{label: l.t("iran.gas"), color: okVermilion},
			{label: l.t("iran.elec"), color: okPurple},
			{label: l.t("other"), color: colOther},
		},
		main: pl,
	}, nil
}

// depLabel is the text beside a governorate's bar: its Iranian share, and
// the Iranian lines landing in it and Iranian-gas plants standing in it.
func depLabel(l *chartLang, r DependencyRow) string {
	parts := []string{fmt.Sprintf("%.0f%%", 100*depShare(r))}
	if r.MWAtRiskPower >= minSiteMW {
		parts = append(parts, l.t("dep.lines", thousands(int(r.MWAtRiskPower+0.5))))
	}
	if r.MWAtRiskGas >= minSiteMW {
		parts = append(parts, l.t("dep.plants", thousands(int(r.MWAtRiskGas+0.5))))
	}
	return strings.Join(parts, l.t("sep"))
}
