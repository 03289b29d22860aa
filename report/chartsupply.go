package report

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

// buildSupplyHours: expected supply hours per day by governorate, each
// scenario side by side, with ±1.96 SE whiskers, worst-served at the top.
func buildSupplyHours(doc *Document, l *chartLang) (*chartSpec, error) {
	if len(doc.Scenarios) == 0 || len(doc.Scenarios[0].Zones) == 0 {
		return nil, nil
	}
	first, last := doc.Scenarios[0], doc.Scenarios[len(doc.Scenarios)-1]
	order := zonesByHours(last)
	n := len(order)
	names := make([]string, n)
	for i, z := range order {
		names[n-1-i] = l.sh(l.zone(z))
	}

	p := plotNew()
	p.Add(gridLines{vertical: true})
	ns := len(doc.Scenarios)
	thick := 0.8 / float64(ns)
	var legend []legendEntry
	for k, sc := range doc.Scenarios {
		byCode := zoneMap(sc)
		b := &hbars{half: thick / 2 * 0.92, color: scenarioColor(k)}
		for i, z := range order {
			m, ok := byCode[z.Code]
			if !ok {
				continue
			}
			// The first scenario sits on top within each governorate.
			b.y = append(b.y, float64(n-1-i)+0.4-(float64(k)+0.5)*thick)
			b.from = append(b.from, 0)
			b.to = append(b.to, m.SupplyHoursPerDay)
			half := 1.96 * m.SupplyHoursSE
			b.lo = append(b.lo, math.Max(0, m.SupplyHoursPerDay-half))
			b.hi = append(b.hi, math.Min(24, m.SupplyHoursPerDay+half))
		}
		p.Add(b)
		legend = append(legend, legendEntry{label: l.scenario(sc.Name), color: scenarioColor(k)})
	}
	p.X.Min, p.X.Max = 0, 24
	p.X.Tick.Marker = niceTicks(0, 24, 4, func(v float64) string { return fmt.Sprintf("%.0f", v) })
	p.X.Label.Text = l.sh(l.t("supply.x"))
	setCategories(&p.Y, names)
	p.Y.Padding = 0
	p.X.Padding = 0

	var title string
	a, b := first.System.SupplyHoursPerDay, last.System.SupplyHoursPerDay
	switch {
	case ns == 1:
		items := make([]rankItem, len(order))
		for i, z := range order {
			items[i] = rankItem{l.zone(z), z.SupplyHoursPerDay, z.SupplyHoursSE}
		}
		if names := leaderNames(items, 1); len(names) > 1 {
			title = l.t("supply.title.onetie", a, joinNames(names, l.ar), order[0].SupplyHoursPerDay)
		} else {
			title = l.t("supply.title.one", a, names[0], order[0].SupplyHoursPerDay)
		}
	case b < a:
		title = l.t("supply.title.down", a, b, l.scenarioPhrase(last.Name))
	default:
		title = l.t("supply.title.up", a, b, l.scenarioPhrase(last.Name))
	}
	return &chartSpec{
		lang:     l,
		title:    title,
		subtitle: l.t("supply.sub") + householdPhrase(doc, l) + l.t("sep") + l.runLine(doc) + l.t("sep") + l.t("whiskers"),
		legend:   legend,
		main:     p,
	}, nil
}

// zonesByHours returns the scenario's zones, least supply hours first.
func zonesByHours(s Scenario) []ZoneMetrics {
	z := append([]ZoneMetrics(nil), s.Zones...)
	sort.SliceStable(z, func(i, j int) bool { return z[i].SupplyHoursPerDay < z[j].SupplyHoursPerDay })
	return z
}

func zoneMap(s Scenario) map[string]ZoneMetrics {
	m := make(map[string]ZoneMetrics, len(s.Zones))
	for _, z := range s.Zones {
		m[z.Code] = z
	}
	return m
}

// householdPhrase is " · households on rotated feeders get 14.6 → 10.8 h a
// day nationally" when the scenarios carry household hours, else "".
func householdPhrase(doc *Document, l *chartLang) string {
	var hs []string
	for i := range doc.Scenarios {
		h, _, ok := doc.Scenarios[i].System.Household()
		if !ok {
			return ""
		}
		hs = append(hs, fmt.Sprintf("%.1f", h))
	}
	return l.t("sep") + l.t("supply.house", strings.Join(hs, " → "))
}
