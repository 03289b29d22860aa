package report

import (
	"bytes"
	"strings"
	"testing"
)

// A user's own system is named by its dataset, never "Iraq", and totals of
// a period that is not a year are labelled with the hours simulated, never
// "/yr", in the terminal summary and the workbook alike (issue 14 items 10
// and 19).
func TestSystemNameAndPeriod(t *testing.T) {
	for _, tc := range []struct {
		name, data string
		hours      int
		system     string // in the header and the totals row
		unit       string // of unserved energy
		notUnit    string
	}{
		{"embedded, a year", "embedded", 8760, "Iraq", "GWh/yr", "GWh/8"},
		{"old document without hours", "embedded", 0, "Iraq", "GWh/yr", "GWh/0"},
		{"RTS-79, 52 weeks", "data/rts79/", 8736, "rts79", "GWh/yr", "GWh/8"},
		{"a July week", "/home/me/july week.xlsx", 168, "july week", "GWh/168 h", "GWh/yr"},
		{"ten weather years", "tenyears", 87600, "tenyears", "GWh/87,600 h", "GWh/yr"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := fakeDocument()
			doc.Run.Data = tc.data
			if tc.system != "Iraq" {
				doc.BackTest = nil // the back-test compares with the Iraqi record: embedded data only
			}
			for i := range doc.Scenarios {
				doc.Scenarios[i].Hours = tc.hours
			}
			var buf bytes.Buffer
			if err := WriteText(&buf, doc); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			for _, want := range []string{"gridrisk: " + tc.system + " electricity adequacy", "\n" + tc.system + " ", "Unserved energy (" + tc.unit + ")", "Unserved (" + tc.unit + ")"} {
				if !strings.Contains(out, want) {
					t.Errorf("text lacks %q:\n%s", want, out)
				}
			}
			if tc.system != "Iraq" && strings.Contains(out, "Iraq") {
				t.Errorf("text for %s names Iraq", tc.system)
			}
			if strings.Contains(out, tc.notUnit) || (tc.unit != "GWh/yr" && strings.Contains(out, "/yr")) {
				t.Errorf("text has %q or /yr for a %d h period", tc.notUnit, tc.hours)
			}

			withoutImages(t)
			for _, lang := range []string{LangEnglish, LangArabic} {
				f, err := buildWorkbook(doc, lang)
				if err != nil {
					t.Fatal(err)
				}
				rows, err := f.GetRows(f.GetSheetName(0))
				if err != nil {
					t.Fatal(err)
				}
				var all strings.Builder
				for _, r := range rows {
					all.WriteString(strings.Join(r, "\t") + "\n")
				}
				cells := all.String()
				title := strings.Replace(tr(lang, "title.main", doc.Year), trValue(lang, "iraq"), systemName(doc, lang), 1)
				if !strings.Contains(cells, title) {
					t.Errorf("%s Summary sheet lacks the title %q", lang, title)
				}
				eue := perPeriod(doc, lang, tr(lang, "m.eue"))
				if !strings.Contains(cells, eue) {
					t.Errorf("%s Summary sheet lacks %q", lang, eue)
				}
				if tc.unit != "GWh/yr" && (strings.Contains(cells, "/yr") || strings.Contains(cells, "/سنة") || strings.Contains(cells, "سنوي")) {
					t.Errorf("%s Summary sheet labels a %d h period per year", lang, tc.hours)
				}
				if tc.system != "Iraq" && (strings.Contains(cells, "Iraq") || strings.Contains(cells, "العراق")) {
					t.Errorf("%s Summary sheet for %s names Iraq", lang, tc.system)
				}
				f.Close()
			}
		})
	}
}
