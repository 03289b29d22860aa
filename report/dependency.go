package report

import (
	"math"
	"sort"
)

// depSentences are the dependency findings in lang ("en" or "ar"): who
// relies most on Iran (tied leaders together), where Iranian lines land
// and where Iranian-gas plants stand. name gives a row's name.
func depSentences(rows []DependencyRow, lang string, name func(DependencyRow) string) []string {
	if len(rows) == 0 {
		return nil
	}
	ar := lang == LangArabic
	ranked := depRanked(rows)
	n := depLeaders(ranked)
	var top []string
	for _, r := range ranked[:n] {
		top = append(top, name(r))
	}
	first := ranked[0]
	// The split by origin is the leader's own: only for a single leader.
	msg := tr(lang, "dep.most", top[0], 100*depShare(first), 100*first.IranGasShare, 100*first.IranPowerShare)
	switch {
	case depNone(first):
		msg = tr(lang, "dep.none")
	case n > 1:
		msg = tr(lang, "dep.most.tied", joinNames(top, ar), 100*depShare(first))
	}
	out := []string{msg}
	lines, plants := iranSites(rows)
	site := func(rs []DependencyRow, mw func(DependencyRow) float64) string {
		var parts []string
		for _, r := range rs {
			parts = append(parts, tr(lang, "dep.site", name(r), num(mw(r), 0)))
		}
		return joinList(parts, ar, 0)
	}
	if len(lines) > 0 {
		out = append(out, tr(lang, "dep.lines.in", site(lines, func(r DependencyRow) float64 { return r.MWAtRiskPower })))
	}
	if len(plants) > 0 {
		out = append(out, tr(lang, "dep.plants.in", site(plants, func(r DependencyRow) float64 { return r.MWAtRiskGas })))
	}
	neither := 0
	for _, r := range rows {
		if r.MWAtRiskPower < minSiteMW && r.MWAtRiskGas < minSiteMW {
			neither++
		}
	}
	if len(lines)+len(plants) > 0 && neither > 0 {
		out = append(out, tr(lang, "dep.others"))
	}
	return out
}

// depShare is the share of a zone's served energy resting on Iran (gas or
// electricity), and depSE its standard error (the two shares' errors
// combined as if independent).
func depShare(r DependencyRow) float64 { return r.IranGasShare + r.IranPowerShare }
func depSE(r DependencyRow) float64    { return math.Hypot(r.IranGasShareSE, r.IranPowerShareSE) }

// depNone reports whether the most dependent row, and so every row,
// shows 0 % at the whole percent printed: then nobody "relies most".
func depNone(first DependencyRow) bool { return 100*depShare(first) < 0.5 }

// depRanked is the dependency rows, most dependent first (ties by name).
func depRanked(rows []DependencyRow) []DependencyRow {
	out := append([]DependencyRow(nil), rows...)
	sort.SliceStable(out, func(i, j int) bool {
		if a, b := depShare(out[i]), depShare(out[j]); a != b {
			return a > b
		}
		return out[i].Name < out[j].Name
	})
	return out
}

// depLeaders is how many of the ranked rows tie with the most dependent,
// within sampling error (two standard errors of the difference) or at the
// whole percent shown.
func depLeaders(ranked []DependencyRow) int {
	items := make([]rankItem, len(ranked))
	for i, r := range ranked {
		items[i] = rankItem{r.Code, 100 * depShare(r), 100 * depSE(r)}
	}
	return leaders(items, 0)
}

// minSiteMW is the capacity below which a line or plant is not named.
const minSiteMW = 0.5

// iranSites lists the zones Iranian lines land in and the zones with
// Iranian-gas plants, each largest first.
func iranSites(rows []DependencyRow) (lines, plants []DependencyRow) {
	for _, r := range rows {
		if r.MWAtRiskPower >= minSiteMW {
			lines = append(lines, r)
		}
		if r.MWAtRiskGas >= minSiteMW {
			plants = append(plants, r)
		}
	}
	sort.SliceStable(lines, func(i, j int) bool { return lines[i].MWAtRiskPower > lines[j].MWAtRiskPower })
	sort.SliceStable(plants, func(i, j int) bool { return plants[i].MWAtRiskGas > plants[j].MWAtRiskGas })
	return lines, plants
}
