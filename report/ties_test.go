package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

func TestLeadersAndJoinNames(t *testing.T) {
	for _, c := range []struct {
		name  string
		items []rankItem
		dec   int
		want  int
	}{
		{"clear leader", []rankItem{{"A", -6.0, 0.03}, {"B", -4.6, 0.02}}, 2, 1},
		{"within two SE", []rankItem{{"A", -3.61, 0.01}, {"B", -3.59, 0.01}, {"C", -3.2, 0.01}}, 2, 2},
		{"equal as shown, no SE", []rankItem{{"A", 8.24, 0}, {"B", 8.16, 0}, {"C", 8.0, 0}}, 1, 2},
		{"stops at the first that differs", []rankItem{{"A", 10, 0.01}, {"B", 11, 0.01}, {"C", 10, 5}}, 1, 1},
		{"one item", []rankItem{{"A", 1, 0}}, 1, 1},
		{"none", nil, 1, 0},
	} {
		if got := leaders(c.items, c.dec); got != c.want {
			t.Errorf("%s: leaders = %d, want %d", c.name, got, c.want)
		}
	}
	for _, c := range []struct {
		names []string
		ar    bool
		want  string
	}{
		{[]string{"Basra"}, false, "Basra"},
		{[]string{"Babil", "Wasit"}, false, "Babil and Wasit"},
		{[]string{"Babil", "Wasit", "Qadisiyyah"}, false, "Babil, Wasit and Qadisiyyah"},
		{[]string{"A", "B", "C", "D", "E"}, false, "A, B, C and 2 others"},
		{[]string{"بابل", "واسط", "القادسية"}, true, "بابل وواسط والقادسية"},
	} {
		if got := joinNames(c.names, c.ar); got != c.want {
			t.Errorf("joinNames(%q) = %q, want %q", c.names, got, c.want)
		}
	}
}

// tieDocument is the fake document with Babil, Wasit and Qadisiyyah losing
// the same hours (within sampling error) and more than anyone else, or,
// with clear, Babil alone losing most.
func tieDocument(clear bool) *Document {
	doc := fakeDocument()
	cmp := &doc.Comparisons[0]
	for i := range cmp.Zones {
		z := &cmp.Zones[i]
		switch z.Code {
		case "IQ-BB":
			z.DeltaSupplyHours = -3.61
			if clear {
				z.DeltaSupplyHours = -4.5
			}
		case "IQ-WA":
			z.DeltaSupplyHours = -3.60
		case "IQ-QA":
			z.DeltaSupplyHours = -3.62
		default:
			z.DeltaSupplyHours = -1
		}
		z.DeltaSupplyHoursSE = 0.01
	}
	return doc
}

func TestTieWording(t *testing.T) {
	for _, c := range []struct {
		name          string
		clear         bool
		text, message string
	}{
		{"three tied", false, "Qadisiyyah, Babil and Wasit lose most (tied within sampling error): -3.62 h/day.",
			"Qadisiyyah, Babil and Wasit lose most, tied within sampling error (-3.6 h a day)."},
		{"clear leader", true, "Babil loses most: -4.50 h/day.", "Babil loses most (-4.5 h a day)."},
	} {
		doc := tieDocument(c.clear)
		var buf bytes.Buffer
		if err := WriteText(&buf, doc); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(strings.Join(strings.Fields(buf.String()), " "), "Under waiver-ended, "+c.text) {
			t.Errorf("%s: summary lacks %q:\n%s", c.name, c.text, buf.String())
		}
		w := &wb{doc: doc, lang: LangEnglish}
		if msg := w.keyMessage(); !strings.Contains(msg, c.message) {
			t.Errorf("%s: key message %q lacks %q", c.name, msg, c.message)
		}
	}
}

func TestDependencyTitleTies(t *testing.T) {
	doc := fakeDocument()
	doc.Dependency = []DependencyRow{
		{Code: "IQ-DI", Name: "Diyala", IranGasShare: 0.20, IranGasShareSE: 0.01, IranPowerShare: 0.075, MWAtRiskPower: 248},
		{Code: "IQ-MA", Name: "Maysan", IranGasShare: 0.10, IranGasShareSE: 0.01, IranPowerShare: 0.17, MWAtRiskPower: 180},
		{Code: "IQ-BG", Name: "Baghdad", IranGasShare: 0.20, IranPowerShare: 0.03, MWAtRiskGas: 5665},
		{Code: "IQ-SU", Name: "Sulaymaniyah", IranGasShare: 0.04, IranPowerShare: 0.01},
	}
	l, _ := newChartLang("en")
	s, err := buildDependency(doc, l)
	if err != nil {
		t.Fatal(err)
	}
	if want := "Diyala and Maysan tie as most reliant on Iran: 28% of supply"; s.title != want {
		t.Errorf("tied title %q, want %q", s.title, want)
	}
	doc.Dependency[1].IranPowerShare = 0.10 // Maysan 20 %: Diyala leads
	if s, _ = buildDependency(doc, l); s.title != "Diyala relies most on Iran: 28% of its supply" {
		t.Errorf("clear title %q", s.title)
	}
	got := strings.Join(depSentences(doc.Dependency, LangEnglish, func(r DependencyRow) string { return r.Name }), " ")
	for _, want := range []string{"Iranian lines land in Diyala (248 MW) and Maysan (180 MW).",
		"Iranian-gas plants stand in Baghdad (5,665 MW).", "The other governorates rest on Iran"} {
		if !strings.Contains(got, want) {
			t.Errorf("dependency sentences %q lack %q", got, want)
		}
	}
}

// With no Iranian supply in the reference scenario every share is 0 %:
// the title and the sentence say nobody relies on Iran, not that all
// nineteen "rely most" at 0 %.
func TestDependencyNone(t *testing.T) {
	doc := fakeDocument()
	doc.Dependency = []DependencyRow{
		{Code: "IQ-DI", Name: "Diyala", IranGasShare: 0.001, IranGasShareSE: 0.001},
		{Code: "IQ-MA", Name: "Maysan"},
		{Code: "IQ-BG", Name: "Baghdad"},
	}
	l, _ := newChartLang("en")
	s, err := buildDependency(doc, l)
	if err != nil {
		t.Fatal(err)
	}
	if want := "No governorate relies on Iran in this scenario"; s.title != want {
		t.Errorf("title %q, want %q", s.title, want)
	}
	got := depSentences(doc.Dependency, LangEnglish, func(r DependencyRow) string { return r.Name })
	if len(got) == 0 || !strings.HasPrefix(got[0], "No governorate's served energy rests on Iranian gas or electricity") {
		t.Errorf("dependency sentences %q", got)
	}
}

func TestHeatmapAndSupplyTitleTies(t *testing.T) {
	doc := chartTestDoc()
	doc.Scenarios = doc.Scenarios[:1]
	doc.Comparisons = nil
	zs := doc.Scenarios[0].Zones
	for i := range zs {
		switch zs[i].Code {
		case "IQ-DI", "IQ-MA":
			zs[i].SupplyHoursPerDay, zs[i].SupplyHoursSE = 5.0, 0.05
			for m := range zs[i].MonthlySupplyHours {
				zs[i].MonthlySupplyHours[m] = 5.0
			}
			zs[i].MonthlySupplyHours[7] = 2.0
		}
	}
	l, _ := newChartLang("en")
	h, _ := buildHeatmap(doc, l)
	if !strings.Contains(h.title, "Diyala and Maysan get 2.0 supply hours a day") && !strings.Contains(h.title, "Maysan and Diyala get 2.0 supply hours a day") {
		t.Errorf("heatmap title %q", h.title)
	}
	s, _ := buildSupplyHours(doc, l)
	if !strings.Contains(s.title, "get fewest (tied), 5.0") {
		t.Errorf("supply title %q", s.title)
	}
}

func TestHouseholdAbsent(t *testing.T) {
	doc := fakeDocument()
	for s := range doc.Scenarios {
		sc := &doc.Scenarios[s]
		sc.System.HouseholdHoursPerDay, sc.System.HouseholdHoursSE, sc.System.MonthlyHouseholdHours = nil, nil, nil
		for i := range sc.Zones {
			z := &sc.Zones[i]
			z.HouseholdHoursPerDay, z.HouseholdHoursSE, z.MonthlyHouseholdHours = nil, nil, nil
		}
	}
	var buf bytes.Buffer
	if err := WriteJSON(&buf, doc); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), "household") {
		t.Error("JSON carries household keys the run did not measure")
	}
	if !strings.Contains(buf.String(), `"supply_hours_per_day"`) {
		t.Error("JSON lost supply_hours_per_day")
	}
	back, err := ReadJSON(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, ok := back.Scenarios[0].Zones[0].Household(); ok {
		t.Error("household hours appeared on reading back")
	}
	buf.Reset()
	if err := WriteText(&buf, doc); err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(buf.String(), "\n") {
		if strings.HasPrefix(line, "Basra ") && strings.Count(line, "n/a") != 2 {
			t.Errorf("Basra's household hours should read n/a twice: %q", line)
		}
	}
	f, err := buildWorkbook(doc, LangEnglish)
	if err != nil {
		t.Fatal(err)
	}
	gov := tr(LangEnglish, "sheet.governorates")
	r := findRow(t, f, gov, 1, "IQ-BA")
	head := tr(LangEnglish, "h.household", "waiver-ended")
	for c := 1; c < 30; c++ {
		if rawValue(t, f, gov, cellAt(c, headRow)) == head {
			if got := rawValue(t, f, gov, cellAt(c, r)); got != "n/a" {
				t.Errorf("workbook household cell %q, want n/a", got)
			}
			head = ""
			break
		}
	}
	if head != "" {
		t.Errorf("no %q column", head)
	}
	// Measured: the JSON carries them.
	raw, _ := json.Marshal(fakeDocument().Scenarios[0].Zones[0])
	if !strings.Contains(string(raw), `"household_hours_per_day":`) || !strings.Contains(string(raw), `"household_hours_se":`) {
		t.Errorf("measured household hours missing from JSON: %s", raw)
	}
}

func TestAllocationSheet(t *testing.T) {
	for _, lang := range []string{LangEnglish, LangArabic} {
		f, err := buildWorkbook(fakeDocument(), lang)
		if err != nil {
			t.Fatal(err)
		}
		sh := tr(lang, "sheet.allocation")
		r := findRow(t, f, sh, 1, "IQ-KI")
		want := map[int]string{4: trValue(lang, "federal"), 5: "0.0408", 6: tr(lang, "v.published"), 8: "0.2", 9: tr(lang, "v.nolimit")}
		for c, w := range want {
			if got := rawValue(t, f, sh, cellAt(c, r)); got != w {
				t.Errorf("%s: Kirkuk column %d = %q, want %q", lang, c, got, w)
			}
		}
		r = findRow(t, f, sh, 1, "IQ-BG")
		if got := rawValue(t, f, sh, cellAt(9, r)); got != "4500" {
			t.Errorf("%s: Baghdad intake %q", lang, got)
		}
		if got := rawValue(t, f, sh, cellAt(6, r)); got != tr(lang, "v.popclimate") {
			t.Errorf("%s: Baghdad basis %q", lang, got)
		}
	}
	// Without allocation rows (other policies) there is no such sheet.
	doc := fakeDocument()
	doc.Allocation = nil
	f, err := buildWorkbook(doc, LangEnglish)
	if err != nil {
		t.Fatal(err)
	}
	if i, _ := f.GetSheetIndex(tr(LangEnglish, "sheet.allocation")); i >= 0 {
		t.Error("an Allocation sheet without allocation rows")
	}
}

func TestMonthlyHouseholdTable(t *testing.T) {
	doc := fakeDocument()
	f, err := buildWorkbook(doc, LangEnglish)
	if err != nil {
		t.Fatal(err)
	}
	sh := tr(LangEnglish, "sheet.monthly")
	title := findRow(t, f, sh, 1, tr(LangEnglish, "title.monthlyhh"))
	rows, _ := f.GetRows(sh, excelize.Options{RawCellValue: true})
	found := false
	for r := title + 2; r <= len(rows); r++ {
		if rawValue(t, f, sh, cellAt(2, r)) == "IQ-DI" {
			near(t, "Diyala July household hours", rawValue(t, f, sh, cellAt(5+6, r)), doc.Scenarios[0].Zones[8].MonthlyHouseholdHours[6])
			found = true
			break
		}
	}
	if !found {
		t.Error("no Diyala row in the household table")
	}
}

func TestPolicyNote(t *testing.T) {
	for _, c := range []struct {
		policy, want, not string
	}{
		{"shares", "Under the shares policy governorates differ by their share", "proportional policy"},
		{"proportional", "under the proportional policy, zones joined by corridors", "Under the shares policy"},
		{"local-first", "", "same supply hours"},
	} {
		doc := fakeDocument()
		doc.Policy = c.policy
		var buf bytes.Buffer
		if err := WriteText(&buf, doc); err != nil {
			t.Fatal(err)
		}
		out := strings.Join(strings.Fields(buf.String()), " ") // lines wrap anywhere
		if c.want != "" && !strings.Contains(out, c.want) {
			t.Errorf("%s: summary lacks %q", c.policy, c.want)
		}
		if strings.Contains(out, c.not) {
			t.Errorf("%s: summary says %q", c.policy, c.not)
		}
		if c.policy != "local-first" && !strings.Contains(out, "Nineveh, Babil, Erbil, Duhok and Halabja get the same supply hours under baseline (15.3 h/day)") {
			t.Errorf("%s: the equal governorates are not named:\n%s", c.policy, out)
		}
	}
}
