package report

import (
	"strings"

	"gridrisk/data"
)

// What a document describes: the system it names and the period its totals
// cover. Both come from the document (Run.Data, Scenario.Hours), so a
// result read back by `gridrisk chart --from` is labelled as it was run.

// systemName names the system in titles and the totals row: Iraq (العراق)
// for the embedded dataset, otherwise the user's dataset by its directory
// or workbook name (data.SystemName), never "Iraq".
func systemName(doc *Document, lang string) string {
	name := data.SystemName(doc.Run.Data)
	if name == "Iraq" {
		return trValue(lang, "iraq")
	}
	return name
}

// periodHours is the length of the simulated period in hours, or 0 when
// the document does not record it.
func periodHours(doc *Document) int {
	for _, s := range doc.Scenarios {
		if s.Hours > 0 {
			return s.Hours
		}
	}
	return 0
}

// A period of 8,736 h (52 weeks, the RTS-79 load model) to 8,784 h (a leap
// year) is a year, and its totals are labelled per year. Totals of any
// other period are not annualised: they are labelled with the hours
// simulated ("GWh/168 h" for a week), since scaling a July week to a year
// would claim a year of July.
const (
	minYearHours = 52 * 7 * 24
	maxYearHours = 366 * 24
)

// periodUnit is the suffix of a total's unit: "yr", or "168 h" for a period
// that is not a year.
func periodUnit(doc *Document) string {
	h := periodHours(doc)
	if h == 0 || (h >= minYearHours && h <= maxYearHours) {
		return "yr"
	}
	return num(float64(h), 0) + " h"
}

// perPeriod rewrites the yearly units of a label ("GWh/yr", "h/yr", "per
// year", and their Arabic forms) for the period the document simulated;
// a label of a year's run is returned as it is.
func perPeriod(doc *Document, lang, label string) string {
	u := periodUnit(doc)
	if u == "yr" {
		return label
	}
	if lang == LangArabic {
		ar := strings.NewReplacer(" h", " ساعة").Replace(u)
		return strings.NewReplacer("ساعة/سنة", "ساعة/"+ar, "سنوياً", "خلال "+ar, "سنويا", "خلال "+ar).Replace(label)
	}
	return strings.NewReplacer("/yr", "/"+u, "per year", "per "+u).Replace(label)
}

// zoneWord is what the text calls a zone: "Governorate" for the embedded
// Iraq dataset, "Zone" for a user's own system.
func zoneWord(doc *Document) string {
	if data.SystemName(doc.Run.Data) == "Iraq" {
		return "Governorate"
	}
	return "Zone"
}
