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
	writeTextDependency(b, doc)
	// The study sections' yearly units, relabelled for the period simulated.
	var studies strings.Builder
	sb := bufio.NewWriter(&studies)
	writeTextStudies(sb, doc)
	sb.Flush()
	b.WriteString(perPeriod(doc, LangEnglish, studies.String()))
	return b.Flush()
}

func writeTextHeader(b *bufio.Writer, doc *Document) {
	fmt.Fprintf(b, "gridrisk: %s electricity adequacy, study year %d\n", systemName(doc, LangEnglish), doc.Year)
	if u := periodUnit(doc); u != "yr" {
		fmt.Fprintf(b, "Period simulated: %s; energies and loss of load are totals over it, not per year\n", u)
	}
	if doc.Method == "convolution" {
		fmt.Fprintf(b, "Method convolution (exact: no samples, no standard errors), shedding policy %s\n", orDash(doc.Policy))
	} else {
		fmt.Fprintf(b, "Method %s, %d samples, seed %d, shedding policy %s\n", orDash(doc.Method), doc.Samples, doc.Seed, orDash(doc.Policy))
	}
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
		return func(z *ZoneMetrics) string { return numOrNA(get(z), dec) },
			func(z *ZoneMetrics, _ string) string {
				if d := get(z) - get(base); !math.IsNaN(d) {
					return signed(d, dec)
				}
				return "n/a"
			}
	}
	exact := doc.Method == "convolution" // no standard errors to show
	withSE := func(get, se func(*ZoneMetrics) float64, dec int, d func(z *ZoneMetrics, name string) textDiff) (func(*ZoneMetrics) string, func(*ZoneMetrics, string) string) {
		return func(z *ZoneMetrics) string {
				if exact {
					return num(get(z), dec)
				}
				return num(get(z), dec) + " ± " + seNum(se(z), dec)
			},
			func(z *ZoneMetrics, name string) string {
				t := d(z, name)
				if exact {
					return signed(t.mean, dec)
				}
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
		func(z *ZoneMetrics, name string) textDiff {
			if c, ok := findComparison(doc, name, base.Code); ok {
				return textDiff{c.DeltaLOLE, c.DeltaLOLESE} // paired
			}
			return textDiff{z.LOLE - base.LOLE, math.Hypot(z.LOLESE, base.LOLESE)}
		})
	add(perPeriod(doc, LangEnglish, "Loss of load (h/yr)"), v, d)
	v, d = withSE(func(z *ZoneMetrics) float64 { return z.EUE / 1000 }, func(z *ZoneMetrics) float64 { return z.EUESE / 1000 }, 0,
		func(z *ZoneMetrics, name string) textDiff {
			t := eueDiff(doc, base, z, name)
			return textDiff{t.mean / 1000, t.se / 1000}
		})
	add(perPeriod(doc, LangEnglish, "Unserved energy (GWh/yr)"), v, d)
	v, d = withSE(func(z *ZoneMetrics) float64 { return z.SupplyHoursPerDay }, func(z *ZoneMetrics) float64 { return z.SupplyHoursSE }, 2,
		func(z *ZoneMetrics, name string) textDiff { return hoursDiff(doc, base, z, name) })
	add("Supply (h/day)", v, d)
	if _, _, ok := base.Household(); ok {
		// Unpaired: the runs record no household hours per sample.
		add("Household (h/day)", func(z *ZoneMetrics) string {
			h, se, ok := z.Household()
			if !ok {
				return "n/a"
			}
			return num(h, 2) + " ± " + seNum(se, 2)
		}, func(z *ZoneMetrics, name string) string {
			if c, ok := findComparison(doc, name, base.Code); ok && c.DeltaHouseholdHours != nil {
				return signed(*c.DeltaHouseholdHours, 2) + " ± " + seNum(*c.DeltaHouseholdHoursSE, 2) // paired
			}
			h, se, ok := z.Household()
			if !ok {
				return "n/a"
			}
			h0, se0, _ := base.Household()
			return signed(h-h0, 2) + " ± " + seNum(math.Hypot(se, se0), 2)
		})
	}
	v, d = plain(func(z *ZoneMetrics) float64 {
		return 100 * z.sampled(func(s *SampleStats) float64 { return s.PDaysBelow12h })
	}, 1)
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
	zoneNameW = 13
	hoursW    = 13
	hoursDW   = 14
	eueW      = 13
	eueDW     = 16
	groupGap  = 2
)

// zoneOrder ranks the reference scenario's zones for the governorate
// table: with a compared scenario, by the change in supply hours under the
// first one, in the direction of the national change (largest loss first,
// or largest gain first for a mitigation); alone, fewest hours first. Ties
// go by name.
func zoneOrder(doc *Document) (order []int, deltas []textDiff, gain bool) {
	sc := doc.Scenarios
	base := sc[0].Zones
	order = make([]int, len(base))
	deltas = make([]textDiff, len(base))
	key := make([]float64, len(base))
	if len(sc) > 1 {
		gain = hoursDiff(doc, &sc[0].System, &sc[1].System, sc[1].Name).mean > 0
	}
	for i := range base {
		order[i] = i
		key[i] = base[i].SupplyHoursPerDay
		if len(sc) > 1 {
			key[i] = math.Inf(1)
			if z := zoneIn(&sc[1], base[i].Code); z != nil {
				deltas[i] = hoursDiff(doc, &base[i], z, sc[1].Name)
				key[i] = deltas[i].mean
				if gain {
					key[i] = -key[i]
				}
			}
		}
	}
	sort.SliceStable(order, func(a, c int) bool {
		i, j := order[a], order[c]
		if key[i] != key[j] {
			return key[i] < key[j]
		}
		return zoneLabel(&base[i]) < zoneLabel(&base[j])
	})
	return order, deltas, gain
}

// zoneIn finds the zone with code in s (nil if absent).
func zoneIn(s *Scenario, code string) *ZoneMetrics {
	for i := range s.Zones {
		if s.Zones[i].Code == code {
			return &s.Zones[i]
		}
	}
	return nil
}

// householdText is a zone's household hours, or "n/a" where the run did
// not measure them ("-" for a zone missing from a scenario).
func householdText(z *ZoneMetrics, dec int) string {
	if z == nil {
		return "-"
	}
	if h, _, ok := z.Household(); ok {
		return num(h, dec)
	}
	return "n/a"
}

func writeTextZones(b *bufio.Writer, doc *Document) {
	sc := doc.Scenarios
	base := sc[0].Zones
	if len(base) == 0 {
		return
	}
	order, deltas, gain := zoneOrder(doc)
	many := len(sc) > 1

	nh := len(sc)*hoursW + (len(sc)-1)*hoursDW
	by := "fewest supply hours"
	if many {
		by = "largest loss of supply hours under " + sc[1].Name
		if gain {
			by = "largest gain in supply hours under " + sc[1].Name
		}
	}
	gap := strings.Repeat(" ", groupGap)
	fmt.Fprintf(b, "By %s, %s first\n", strings.ToLower(zoneWord(doc)), by)
	head1 := padRight("", zoneNameW) + padRight("Supply (h/day)", nh) + gap + padRight("Household (h/day)", len(sc)*hoursW) + gap +
		perPeriod(doc, LangEnglish, "Unserved (GWh/yr)")
	fmt.Fprintln(b, strings.TrimRight(head1, " "))
	head2 := padRight(zoneWord(doc), zoneNameW)
	names := ""
	for _, s := range sc {
		names += padLeft(clip(s.Name, hoursW-1), hoursW)
	}
	head2 += names
	for range sc[1:] {
		head2 += padLeft("Δ ± SE", hoursDW)
	}
	head2 += gap + names + gap
	if many {
		for range sc[1:] {
			head2 += padLeft("Δ ± SE", eueDW)
		}
	} else {
		head2 += padLeft(clip(sc[0].Name, eueW-1), eueW)
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
		line += gap
		for _, z := range zs {
			line += padLeft(householdText(z, 1), hoursW)
		}
		line += gap
		if len(zs) == 1 {
			line += padLeft(optNum(zs[0], func(z *ZoneMetrics) float64 { return z.EUE / 1000 }, 0), eueW)
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
			zs = append(zs, zoneIn(&sc[s], base[i].Code))
		}
		fmt.Fprintln(b, zoneLine(zoneLabel(&base[i]), zs))
	}
	sys := make([]*ZoneMetrics, len(sc))
	for s := range sc {
		sys[s] = &sc[s].System
	}
	fmt.Fprintln(b, zoneLine(systemName(doc, LangEnglish), sys))
	fmt.Fprintln(b)
	note := "± is one standard error."
	if doc.Method == "convolution" {
		note = "Exact method: no standard errors."
	}
	if len(doc.Comparisons) > 0 {
		note += " Differences pair samples drawn with common random numbers."
	}
	fmt.Fprintln(b, note)
	fmt.Fprintln(b, "Supply hours: 24 × served ÷ demand. Household hours: what a household on a rotated feeder")
	fmt.Fprintln(b, "gets once emergency feeders (hospitals, water, government) are served; n/a: not measured.")
	for _, f := range textFindings(doc, order, deltas, gain) {
		for _, line := range wrapWords(f, 100) {
			fmt.Fprintln(b, line)
		}
	}
	if msg := policyNote(doc); msg != "" {
		fmt.Fprintln(b, msg)
	}
}

// textFindings are the sentences under the governorate table: who loses
// (or gains) most and who is served least, naming every governorate that
// ties with the leader within sampling error (tied: two standard errors of
// the difference, or equal as shown).
func textFindings(doc *Document, order []int, deltas []textDiff, gain bool) []string {
	sc := doc.Scenarios
	base := sc[0].Zones
	var out []string
	if len(sc) > 1 {
		var items []rankItem
		for _, i := range order {
			if zoneIn(&sc[1], base[i].Code) != nil {
				items = append(items, rankItem{zoneLabel(&base[i]), deltas[i].mean, deltas[i].se})
			}
		}
		if len(items) > 0 {
			names := leaderNames(items, 2)
			verb := "loses most"
			if gain {
				verb = "gains most"
			}
			if len(names) > 1 {
				verb = strings.Replace(verb, "s most", " most (tied within sampling error)", 1)
			}
			out = append(out, fmt.Sprintf("Under %s, %s %s: %s h/day.", sc[1].Name, joinNames(names, false), verb, signed(items[0].v, 2)))
		}
	}
	last := &sc[len(sc)-1]
	var items []rankItem
	for _, z := range zonesByHours(*last) {
		items = append(items, rankItem{zoneLabel(&z), z.SupplyHoursPerDay, z.SupplyHoursSE})
	}
	if len(items) > 1 {
		names := leaderNames(items, 1)
		verb := "gets"
		if len(names) > 1 {
			verb = "get (tied)"
		}
		msg := fmt.Sprintf("Under %s, %s %s the fewest supply hours: %s h/day", last.Name, joinNames(names, false), verb, num(items[0].v, 1))
		if len(names) == 1 {
			if h, _, ok := zonesByHours(*last)[0].Household(); ok {
				msg += fmt.Sprintf(" (households on rotated feeders %s h)", num(h, 1))
			}
		}
		out = append(out, msg+".")
	}
	return out
}

// policyNote says why governorates differ, or why they do not, under the
// shedding policy used.
func policyNote(doc *Document) string {
	names, hours := sameHours(doc.Scenarios[0].Zones)
	same := ""
	if len(names) >= 3 {
		same = fmt.Sprintf("%s get the same supply hours under %s (%s h/day)", joinList(names, false, 0), doc.Scenarios[0].Name, hours)
	}
	var msg string
	switch doc.Policy {
	case "shares":
		msg = "Under the shares policy governorates differ by their share of the pooled supply, the local " +
			"generation credited to them, the imports landing in them, their emergency feeders and the " +
			"corridors that bind (workbook: Allocation sheet)."
		if same != "" {
			msg += " " + same + ": nothing in their allocation rows or corridors sets them apart."
		}
	case "proportional":
		if same != "" {
			msg = same + ": under the proportional policy, zones joined by corridors that do not bind shed " +
				"the same share. --policy shares (the Ministry's allocation), local-first or priority share differently."
		}
	}
	return strings.Join(wrapWords(msg, 100), "\n")
}

// writeTextDependency names who relies most on Iran and where Iranian
// lines and Iranian-gas plants are.
func writeTextDependency(b *bufio.Writer, doc *Document) {
	msgs := depSentences(doc.Dependency, LangEnglish, func(r DependencyRow) string { return pick(r.Name, r.Code) })
	if len(msgs) == 0 {
		return
	}
	fmt.Fprintf(b, "\nDependency on Iran (share of served energy resting on Iranian gas or electricity, %s)\n", doc.Scenarios[0].Name)
	for _, m := range msgs {
		for i, line := range wrapWords(m, 100-4) {
			if i == 0 {
				fmt.Fprintf(b, "  %s\n", line)
			} else {
				fmt.Fprintf(b, "    %s\n", line)
			}
		}
	}
}

// sameHours is the largest set of zones whose supply hours agree to the
// printed 0.1 h (in table order; the first such set on a tie of sizes), and
// those hours as printed.
func sameHours(zs []ZoneMetrics) (names []string, hours string) {
	groups := map[string][]string{}
	for i := range zs {
		k := fmt.Sprintf("%.1f", zs[i].SupplyHoursPerDay)
		groups[k] = append(groups[k], zoneLabel(&zs[i]))
		if len(groups[k]) > len(names) {
			names, hours = groups[k], k
		}
	}
	return names, hours
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

// numOrNA is num, or n/a for a figure the run did not measure (NaN).
func numOrNA(v float64, dec int) string {
	if math.IsNaN(v) {
		return "n/a"
	}
	return num(v, dec)
}
