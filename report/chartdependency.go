package report

import (
	"fmt"
	"sort"

	"gonum.org/v1/plot/vg/draw"
)

// buildDependency: each governorate's served energy split into Iranian gas,
// Iranian electricity and other origins, most dependent at the top, with
// the Iranian share printed beside its bar segment.
func buildDependency(doc *Document, l *chartLang) (*chartSpec, error) {
	if len(doc.Dependency) == 0 {
		return nil, nil
	}
	rows := append([]DependencyRow(nil), doc.Dependency...)
	iran := func(r DependencyRow) float64 { return r.IranGasShare + r.IranPowerShare }
	sort.SliceStable(rows, func(i, j int) bool { return iran(rows[i]) > iran(rows[j]) })
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
		share.text = append(share.text, fmt.Sprintf("%.0f%%", g+p))
	}
	pl := plotNew()
	pl.Add(other, gas, power, share)
	pl.X.Min, pl.X.Max = 0, 100
	pl.X.Tick.Marker = niceTicks(0, 100, 20, func(v float64) string { return fmt.Sprintf("%.0f", v) })
	pl.X.Label.Text = l.sh(l.t("dep.x"))
	setCategories(&pl.Y, names)
	pl.X.Padding, pl.Y.Padding = 0, 0

	top := rows[0]
	tz, ok := meta[top.Code]
	if !ok {
		tz = ZoneMetrics{Code: top.Code, Name: top.Name}
	}
	if tz.Name == "" {
		tz.Name = top.Name
	}
	sub := l.t("dep.sub")
	if run := l.runLine(doc); run != "" {
		sub += l.t("sep") + run
	}
	return &chartSpec{
		lang:     l,
		title:    l.t("dep.title", l.zone(tz), 100*iran(top)),
		subtitle: sub,
		legend: []legendEntry{
			{label: l.t("iran.gas"), color: okVermilion},
			{label: l.t("iran.elec"), color: okPurple},
			{label: l.t("other"), color: colOther},
		},
		main: pl,
	}, nil
}
