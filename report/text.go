package report

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// WriteText writes the terminal summary: a header, the national figures of
// each scenario and the difference of each later scenario from the first,
// then one row per governorate, the worst-hit first. Two scenarios fit in
// 100 columns.
func WriteText(w io.Writer, doc *Document) error {
	if doc == nil || len(doc.Scenarios) == 0 {
		return fmt.Errorf("report: WriteText: no scenarios to show")
	}
	b := bufio.NewWriter(w)
	writeTextHeader(b, doc)
	writeTextNational(b, doc)
	writeTextZones(b, doc)
	writeTextStudies(b, doc)
	return b.Flush()
}

func writeTextHeader(b *bufio.Writer, doc *Document) {
	fmt.Fprintf(b, "gridrisk: Iraq electricity adequacy, study year %d\n", doc.Year)
	fmt.Fprintf(b, "Method %s, %d samples, seed %d, shedding policy %s\n", orDash(doc.Method), doc.Samples, doc.Seed, orDash(doc.Policy))
	names := make([]string, len(doc.Scenarios))
	for i, s := range doc.Scenarios {
		names[i] = s.Name
	}
	fmt.Fprintf(b, "Scenarios: %s (reference: %s)\n\n", strings.Join(names, ", "), names[0])
}

// textDiff is a later scenario's difference from the first with its SE.
type textDiff struct{ mean, se float64 }

// diffs finds the document's comparison of scenario alt with the first
// scenario (paired standard errors) for the system (code "") or a zone; ok
// is false when the run recorded none.
func findComparison(doc *Document, alt, code string) (ComparisonRow, bool) {
	for _, c := range doc.Comparisons {
		if c.Name != alt || c.Base != doc.Scenarios[0].Name {
			continue
		}
		if code == "" {
			return c.System, true
		}
		for _, z := range c.Zones {
			if z.Code == code {
				return z, true
			}
		}
	}
	return ComparisonRow{}, false
}

// eueDiff and hoursDiff prefer the paired comparison; without one they fall
// back to the unpaired difference, whose SE is √(se₁²+se₂²).
func eueDiff(doc *Document, base, alt *ZoneMetrics, altName string) textDiff {
	if c, ok := findComparison(doc, altName, base.Code); ok {
		return textDiff{c.DeltaEUE, c.DeltaEUESE}
	}
	return textDiff{alt.EUE - base.EUE, math.Hypot(alt.EUESE, base.EUESE)}
}

func hoursDiff(doc *Document, base, alt *ZoneMetrics, altName string) textDiff {
	if c, ok := findComparison(doc, altName, base.Code); ok {
		return textDiff{c.DeltaSupplyHours, c.DeltaSupplyHoursSE}
	}
	return textDiff{alt.SupplyHoursPerDay - base.SupplyHoursPerDay, math.Hypot(alt.SupplyHoursSE, base.SupplyHoursSE)}
}

const (
	natLabelW = 28
	natColW   = 22
)

func writeTextNational(b *bufio.Writer, doc *Document) {
	sc := doc.Scenarios
	base := &sc[0].System
	line := padRight("National", natLabelW)
	for _, s := range sc {
		line += padRight(clip(s.Name, natColW-2), natColW)
	}
	for _, s := range sc[1:] {
		line += padRight(clip("Δ "+s.Name, natColW-2), natColW)
	}
	fmt.Fprintln(b, strings.TrimRight(line, " "))

	type row struct {
		label string
		val   func(z *ZoneMetrics) string
		diff  func(z *ZoneMetrics, name string) string
	}
	plain := func(get func(*ZoneMetrics) float64, dec int) (func(*ZoneMetrics) string, func(*ZoneMetrics, string) string) {
		return func(z *ZoneMetrics) string { return num(get(z), dec) },
			func(z *ZoneMetrics, _ string) string { return signed(get(z)-get(base), dec) }
	}
	withSE := func(get, se func(*ZoneMetrics) float64, dec int, d func(z *ZoneMetrics, name string) textDiff) (func(*ZoneMetrics) string, func(*ZoneMetrics, string) string) {
		return func(z *ZoneMetrics) string { return num(get(z), dec) + " ± " + seNum(se(z), dec) },
			func(z *ZoneMetrics, name string) string {
				t := d(z, name)
				return signed(t.mean, dec) + " ± " + seNum(t.se, dec)
			}
	}
	var rows []row
	add := func(label string, v func(*ZoneMetrics) string, d func(*ZoneMetrics, string) string) {
		rows = append(rows, row{label, v, d})
	}
	v, d := plain(func(z *ZoneMetrics) float64 { return z.PeakDemandMW }, 0)
	add("Peak demand (MW)", v, d)
	v, d = plain(func(z *ZoneMetrics) float64 { return z.PeakSupplyMW }, 0)
	add("Peak available supply (MW)", v, d)
	v, d = plain(func(z *ZoneMetrics) float64 { return z.PeakShortfallMW }, 0)
	add("Peak shortfall (MW)", v, d)
	v, d = withSE(func(z *ZoneMetrics) float64 { return z.LOLE }, func(z *ZoneMetrics) float64 { return z.LOLESE }, 1,
		func(z *ZoneMetrics, _ string) textDiff {
			return textDiff{z.LOLE - base.LOLE, math.Hypot(z.LOLESE, base.LOLESE)}
		})
	add("Loss of load (h/yr)", v, d)
	v, d = withSE(func(z *ZoneMetrics) float64 { return z.EUE / 1000 }, func(z *ZoneMetrics) float64 { return z.EUESE / 1000 }, 0,
		func(z *ZoneMetrics, name string) textDiff {
			t := eueDiff(doc, base, z, name)
			return textDiff{t.mean / 1000, t.se / 1000}
		})
	add("Unserved energy (GWh/yr)", v, d)
	v, d = withSE(func(z *ZoneMetrics) float64 { return z.SupplyHoursPerDay }, func(z *ZoneMetrics) float64 { return z.SupplyHoursSE }, 2,
		func(z *ZoneMetrics, name string) textDiff { return hoursDiff(doc, base, z, name) })
	add("Supply (h/day)", v, d)
	v, d = plain(func(z *ZoneMetrics) float64 { return 100 * z.PDaysBelow12h }, 1)
	add("Days under 12 h supply (%)", v, d)

	for _, r := range rows {
		line := padRight(r.label, natLabelW)
		for i := range sc {
			line += padRight(r.val(&sc[i].System), natColW)
		}
		for i := 1; i < len(sc); i++ {
			line += padRight(r.diff(&sc[i].System, sc[i].Name), natColW)
		}
		fmt.Fprintln(b, strings.TrimRight(line, " "))
	}
	fmt.Fprintln(b)
}

const (
	zoneNameW = 14
	hoursW    = 13
	hoursDW   = 15
	eueW      = 13
	eueDW     = 16
	groupGap  = 2
)

func writeTextZones(b *bufio.Writer, doc *Document) {
	sc := doc.Scenarios
	base := sc[0].Zones
	if len(base) == 0 {
		return
	}
	// Index each later scenario's zones by code (scenarios may list zones
	// in a different order).
	later := make([]map[string]*ZoneMetrics, len(sc))
	for s := 1; s < len(sc); s++ {
		later[s] = make(map[string]*ZoneMetrics, len(sc[s].Zones))
		for i := range sc[s].Zones {
			later[s][sc[s].Zones[i].Code] = &sc[s].Zones[i]
		}
	}
	order := make([]int, len(base))
	loss := make([]float64, len(base))
	for i := range base {
		order[i] = i
		loss[i] = base[i].EUE
		if len(sc) > 1 {
			loss[i] = math.Inf(-1)
			if z := later[1][base[i].Code]; z != nil {
				loss[i] = eueDiff(doc, &base[i], z, sc[1].Name).mean
			}
		}
	}
	sort.SliceStable(order, func(a, c int) bool {
		i, j := order[a], order[c]
		if loss[i] != loss[j] {
			return loss[i] > loss[j]
		}
		return zoneLabel(&base[i]) < zoneLabel(&base[j])
	})

	nh := len(sc)*hoursW + (len(sc)-1)*hoursDW
	by := "unserved energy"
	if len(sc) > 1 {
		by = "loss of supply under " + sc[1].Name
	}
	fmt.Fprintf(b, "By governorate, largest %s first\n", by)
	head1 := padRight("", zoneNameW) + padRight("Supply (h/day)", nh) + strings.Repeat(" ", groupGap) + "Unserved energy (GWh/yr)"
	fmt.Fprintln(b, head1)
	head2 := padRight("Governorate", zoneNameW)
	for _, s := range sc {
		head2 += padLeft(clip(s.Name, hoursW-1), hoursW)
	}
	for range sc[1:] {
		head2 += padLeft("Δ ± SE", hoursDW)
	}
	head2 += strings.Repeat(" ", groupGap)
	for _, s := range sc {
		head2 += padLeft(clip(s.Name, eueW-1), eueW)
	}
	for range sc[1:] {
		head2 += padLeft("Δ ± SE", eueDW)
	}
	fmt.Fprintln(b, head2)

	zoneLine := func(label string, zs []*ZoneMetrics) string {
		line := padRight(clip(label, zoneNameW-1), zoneNameW)
		for _, z := range zs {
			line += padLeft(optNum(z, func(z *ZoneMetrics) float64 { return z.SupplyHoursPerDay }, 1), hoursW)
		}
		for s := 1; s < len(zs); s++ {
			cell := "-"
			if zs[s] != nil {
				t := hoursDiff(doc, zs[0], zs[s], sc[s].Name)
				cell = signed(t.mean, 2) + " ± " + seNum(t.se, 2)
			}
			line += padLeft(cell, hoursDW)
		}
		line += strings.Repeat(" ", groupGap)
		for _, z := range zs {
			line += padLeft(optNum(z, func(z *ZoneMetrics) float64 { return z.EUE / 1000 }, 0), eueW)
		}
		for s := 1; s < len(zs); s++ {
			cell := "-"
			if zs[s] != nil {
				t := eueDiff(doc, zs[0], zs[s], sc[s].Name)
				cell = signed(t.mean/1000, 0) + " ± " + seNum(t.se/1000, 0)
			}
			line += padLeft(cell, eueDW)
		}
		return strings.TrimRight(line, " ")
	}
	for _, i := range order {
		zs := []*ZoneMetrics{&base[i]}
		for s := 1; s < len(sc); s++ {
			zs = append(zs, later[s][base[i].Code])
		}
		fmt.Fprintln(b, zoneLine(zoneLabel(&base[i]), zs))
	}
	sys := make([]*ZoneMetrics, len(sc))
	for s := range sc {
		sys[s] = &sc[s].System
	}
	fmt.Fprintln(b, zoneLine("Iraq", sys))
	fmt.Fprintln(b)
	note := "± is one standard error."
	if len(doc.Comparisons) > 0 {
		note += " Differences pair samples drawn with common random numbers."
	}
	fmt.Fprintln(b, note)
	if n := sameHours(base); doc.Policy == "proportional" && n >= 3 {
		fmt.Fprintf(b, "%d governorates have the same supply hours: under the proportional policy, zones joined by\n"+
			"corridors that do not bind shed the same share. --policy local-first or priority shares differently.\n", n)
	}
}

// sameHours is the size of the largest set of zones whose supply hours
// agree to the printed 0.1 h.
func sameHours(zs []ZoneMetrics) int {
	count := map[string]int{}
	best := 0
	for i := range zs {
		k := fmt.Sprintf("%.1f", zs[i].SupplyHoursPerDay)
		count[k]++
		best = max(best, count[k])
	}
	return best
}

func zoneLabel(z *ZoneMetrics) string {
	if z.Name != "" {
		return z.Name
	}
	return z.Code
}

func optNum(z *ZoneMetrics, get func(*ZoneMetrics) float64, dec int) string {
	if z == nil {
		return "-"
	}
	return num(get(z), dec)
}

// num formats x with dec decimals and thousands separators.
func num(x float64, dec int) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return "n/a"
	}
	s := strconv.FormatFloat(math.Abs(x), 'f', dec, 64)
	intPart, frac, hasFrac := strings.Cut(s, ".")
	var g strings.Builder
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			g.WriteByte(',')
		}
		g.WriteRune(c)
	}
	out := g.String()
	if hasFrac {
		out += "." + frac
	}
	if x < 0 && strings.Trim(out, "0.,") != "" {
		out = "-" + out
	}
	return out
}

// seNum formats a standard error with dec decimals, or up to three more
// when it would otherwise round to zero, so a tight SE does not read as 0.
func seNum(se float64, dec int) string {
	for d := dec; d < dec+3; d++ {
		if se == 0 || math.Abs(se) >= 0.95*math.Pow(10, -float64(d)) {
			return num(se, d)
		}
	}
	return num(se, dec+3)
}

// signed is num with an explicit sign on non-zero values.
func signed(x float64, dec int) string {
	s := num(x, dec)
	if x > 0 && strings.Trim(s, "0.,") != "" {
		return "+" + s
	}
	return s
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

func padRight(s string, n int) string {
	if k := utf8.RuneCountInString(s); k < n {
		return s + strings.Repeat(" ", n-k)
	}
	return s + " "
}

func padLeft(s string, n int) string {
	if k := utf8.RuneCountInString(s); k < n {
		return strings.Repeat(" ", n-k) + s
	}
	return " " + s
}
