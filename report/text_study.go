package report

import (
	"bufio"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// writeTextStudies prints the sections the analysis commands add: the
// replacement requirement, mitigation options, outlook and sensitivity.
func writeTextStudies(b *bufio.Writer, doc *Document) {
	if len(doc.BackTest) > 0 {
		fmt.Fprintf(b, "\nBack-test against the Iraqi record, each row run as its own period\n")
		fmt.Fprintf(b, "  %-46s %7s %13s  %-7s %s\n", "measure", "model", "reported", "", "source")
		for _, r := range doc.BackTest {
			mark := "inside"
			if !r.Inside {
				mark = "OUTSIDE"
			}
			dec := r.decimals()
			fmt.Fprintf(b, "  %-46s %7s %13s  %-7s %s\n", clip(r.Measure+" ("+r.Unit+")", 46), num(r.Model, dec),
				num(r.Low, dec)+"–"+num(r.High, dec), mark, r.Source)
			if run := backTestRun(r); run != "" {
				fmt.Fprintf(b, "      %s\n", run)
			}
			if !r.Inside && r.Gap != "" {
				for _, line := range wrapWords("gap: "+r.Gap, 100-6) {
					fmt.Fprintf(b, "      %s\n", line)
				}
			}
		}
	}
	if r := doc.Replacement; r != nil {
		fmt.Fprintf(b, "\nReplacement requirement: %s\n", r.What)
		target := fmt.Sprintf("the baseline's unserved energy, %s GWh/yr", num(r.TargetEUE/1e3, 0))
		if r.Target == "hours" {
			target = fmt.Sprintf("%s supply hours per day nationally", num(r.TargetHours, 1))
		}
		fmt.Fprintf(b, "  %s %s restores %s\n", num(r.Amount, 1), r.Unit, target)
		fmt.Fprintf(b, "  (the requirement lies between %s and %s %s; tolerance %s; %d runs with common random numbers)\n",
			num(r.Lower, 1), num(r.Amount, 1), r.Unit, num(r.Tolerance, 2), r.Runs)
		fmt.Fprintf(b, "  unserved energy (GWh/yr): baseline %s; the case to repair %s; with the replacement %s ± %s\n",
			num(r.BaseEUE/1e3, 0), num(r.AltEUE/1e3, 0), num(r.AchievedEUE/1e3, 0), seNum(r.AchievedEUESE/1e3, 0))
	}
	if len(doc.Options) > 0 {
		fmt.Fprintf(b, "\nMitigation options, by the share of the waiver loss each buys back\n")
		fmt.Fprintf(b, "  %-14s %-22s %16s %9s\n", "option", "in service", "recovered GWh/yr", "share")
		for _, o := range doc.Options {
			fmt.Fprintf(b, "  %-14s %-22s %16s %8s%%\n", clip(o.Name, 14), clip(o.InService, 22),
				num(o.RecoveredMWh/1e3, 0), num(100*o.RecoveredShare, 1))
		}
	}
	if len(doc.Outlook) > 0 {
		fmt.Fprintf(b, "\nOutlook (national)\n")
		fmt.Fprintf(b, "  %-28s %5s %12s %12s %14s %16s %8s\n", "scenario", "year", "peak dem MW", "peak sup MW",
			"shortfall MW", "unserved GWh/yr", "h/day")
		for _, o := range doc.Outlook {
			fmt.Fprintf(b, "  %-28s %5d %12s %12s %14s %16s %8s\n", clip(o.Scenario, 28), o.Year, num(o.PeakDemandMW, 0),
				num(o.PeakSupplyMW, 0), num(o.PeakShortfallMW, 0), num(o.EUE/1e3, 0), num(o.SupplyHoursPerDay, 1))
		}
	}
	if len(doc.Sensitivity) > 0 {
		fmt.Fprintf(b, "\nSensitivity of national unserved energy (GWh/yr; base %s), largest swing first\n", num(doc.Sensitivity[0].BaseEUE/1e3, 0))
		fmt.Fprintf(b, "  %-28s %-14s %10s  %-14s %10s\n", "input", "low", "GWh/yr", "high", "GWh/yr")
		for _, s := range doc.Sensitivity {
			fmt.Fprintf(b, "  %-28s %-14s %10s  %-14s %10s\n", clip(s.Input, 28), clip(s.LowLabel, 14), num(s.LowEUE/1e3, 0),
				clip(s.HighLabel, 14), num(s.HighEUE/1e3, 0))
		}
	}
}

// decimals is how a back-test row's figures are shown: MW with none, GW
// and hours with two, or three when an outside value would print as the
// bound it passes (Dhi Qar's 17.702 h against a range ending at 17.7).
func (r BackTestRow) decimals() int {
	if max(r.High, r.Model) >= 100 {
		return 0
	}
	same := func(dec int) bool {
		m := strconv.FormatFloat(r.Model, 'f', dec, 64)
		return m == strconv.FormatFloat(r.Low, 'f', dec, 64) || m == strconv.FormatFloat(r.High, 'f', dec, 64)
	}
	if !r.Inside && same(2) {
		return 3
	}
	return 2
}

// backTestRun says which run stands for a back-test row and when the
// record was made: "modelled: partial 2025 · record: Jun–Aug 2025".
func backTestRun(r BackTestRow) string {
	var parts []string
	if r.Scenario != "" || r.Year != 0 {
		m := "modelled: " + r.Scenario
		if r.Year != 0 {
			m = strings.TrimSpace(m + " " + strconv.Itoa(r.Year))
		}
		parts = append(parts, m)
	}
	if r.Period != "" {
		parts = append(parts, "record: "+r.Period)
	}
	return strings.Join(parts, " · ")
}

// wrapWords breaks s between words into lines of at most width runes (a
// longer word stands alone).
func wrapWords(s string, width int) []string {
	var lines []string
	cur := ""
	for _, w := range strings.Fields(s) {
		switch {
		case cur == "":
			cur = w
		case utf8.RuneCountInString(cur)+1+utf8.RuneCountInString(w) <= width:
			cur += " " + w
		default:
			lines = append(lines, cur)
			cur = w
		}
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	return lines
}
