package report

import (
	"bufio"
	"bytes"
	"errors"
	"gridrisk/imports"
	"html"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// chartTestZones are the 19 governorates with illustrative annual supply
// hours (baseline, waiver ended) and Iranian shares (gas, electricity).
var chartTestZones = []struct {
	code, name, nameAr, region string
	base, ended                float64
	gas, power                 float64
}{
	{"IQ-BG", "Baghdad", "بغداد", "central", 14.0, 10.6, 0.38, 0.10},
	{"IQ-NI", "Nineveh", "نينوى", "north", 13.0, 11.9, 0.05, 0.00},
	{"IQ-BA", "Basra", "البصرة", "south", 20.0, 17.2, 0.22, 0.08},
	{"IQ-DQ", "Dhi Qar", "ذي قار", "south", 12.5, 10.8, 0.12, 0.02},
	{"IQ-BB", "Babil", "بابل", "central", 12.0, 9.4, 0.30, 0.04},
	{"IQ-SU", "Sulaymaniyah", "السليمانية", "krg", 12.8, 12.6, 0.00, 0.01},
	{"IQ-AR", "Erbil", "أربيل", "krg", 13.1, 12.9, 0.00, 0.00},
	{"IQ-AN", "Anbar", "الأنبار", "west", 11.0, 9.9, 0.10, 0.00},
	{"IQ-DI", "Diyala", "ديالى", "central", 6.0, 3.5, 0.48, 0.12},
	{"IQ-KI", "Kirkuk", "كركوك", "north", 12.2, 11.6, 0.04, 0.00},
	{"IQ-SD", "Salah ad-Din", "صلاح الدين", "north", 11.5, 10.2, 0.15, 0.00},
	{"IQ-NA", "Najaf", "النجف", "south", 13.5, 11.7, 0.20, 0.03},
	{"IQ-WA", "Wasit", "واسط", "central", 11.8, 8.9, 0.33, 0.09},
	{"IQ-DA", "Duhok", "دهوك", "krg", 12.4, 12.3, 0.00, 0.00},
	{"IQ-QA", "Qadisiyyah", "القادسية", "south", 12.1, 10.1, 0.21, 0.03},
	{"IQ-KA", "Karbala", "كربلاء", "south", 14.2, 12.3, 0.19, 0.02},
	{"IQ-MA", "Maysan", "ميسان", "south", 10.4, 7.9, 0.28, 0.10},
	{"IQ-MU", "Muthanna", "المثنى", "south", 11.9, 10.3, 0.16, 0.01},
	{"HALABJA", "Halabja", "حلبجة", "krg", 12.0, 11.8, 0.00, 0.02},
}

// monthShape is each month's relative deviation of supply hours (summer
// and midwinter worst); it sums to zero.
var monthShape = [12]float64{-1, 0.5, 2, 3, 1.5, -1.5, -3.5, -4, -2, 1.5, 2, 1.5}

// chartTestSources are the categories imports.Build uses, and
// chartTestKinds their kinds as the main package passes them.
var chartTestSources = []string{"domestic gas", "iranian gas", "lng", "oil", "hydro", "solar", "iranian electricity", "other imports"}

var chartTestKinds = imports.SourceKinds()

// testLabels are the labels the main package passes (imports.Labels): a
// test may use the imports package, the report package itself never does.
func testLabels() map[string]Label {
	out := map[string]Label{}
	for k, l := range imports.Labels() {
		out[k] = Label{En: l.En, Ar: l.Ar, ShortEn: l.ShortEn, ShortAr: l.ShortAr, PhraseEn: l.PhraseEn, PhraseAr: l.PhraseAr}
	}
	return out
}

// chartTestDoc builds a realistic Document: two scenarios over 19
// governorates, peak week, dependency, sensitivity, outlook and options.
// Headline figures are set so the chart titles can be checked by hand:
// national hours 14.6 → 11.9; worst cell Diyala in August 3.5 × (1 − 0.24)
// = 2.66; peak-week unserved at most 25.2 GW; shortfall peaks at 11.2 GW in
// August; Diyala 60 % Iranian; the demand level has the widest swing; 31.0
// GW peak shortfall in 2030; the Basra LNG terminal buys back 38 %.
func chartTestDoc() *Document {
	doc := &Document{
		Samples: 2000, Seed: 1, Method: "montecarlo", Policy: "proportional", Year: 2025,
		Run:    Run{Version: "0.3.0", Command: "gridrisk assess", InputHash: "3fa9c2e1d04b77aa90", Data: "embedded", Date: "2026-11-24T20:00:00Z"},
		Labels: testLabels(), SourceKinds: chartTestKinds,
	}
	for k, name := range []string{"baseline", "waiver-ended"} {
		sc := Scenario{Name: name, Sources: chartTestSources}
		for _, z := range chartTestZones {
			h := z.base
			if k == 1 {
				h = z.ended
			}
			m := ZoneMetrics{Code: z.code, Name: z.name, NameAr: z.nameAr, Region: z.region,
				SupplyHoursPerDay: h, SupplyHoursSE: 0.08 + 0.01*h}
			for i := range 12 {
				m.MonthlySupplyHours[i] = h * (1 + 0.06*monthShape[i])
			}
			sc.Zones = append(sc.Zones, m)
		}
		sys := ZoneMetrics{Code: "IQ", Name: "Iraq", SupplyHoursPerDay: 14.6, SupplyHoursSE: 0.05, SampleStats: &SampleStats{}}
		short := [12]float64{2.1, 1.2, 0.6, 0.4, 1.5, 5.1, 8.0, 9.4, 5.6, 1.4, 0.7, 1.9}
		if k == 1 {
			sys.SupplyHoursPerDay = 11.9
			short = [12]float64{3, 2, 1, 0.5, 2, 6, 9.5, 11.2, 7, 2, 1, 2.5}
		}
		sys.MonthlyShortfallGW = short
		for i, v := range short {
			sys.MonthlyShortfallGWP10[i] = 0.75 * v
			sys.MonthlyShortfallGWP90[i] = 1.25 * v
		}
		sc.System = sys
		sc.PeakWeek = chartTestPeakWeek(k == 1)
		doc.Scenarios = append(doc.Scenarios, sc)
	}
	for _, z := range chartTestZones {
		doc.Dependency = append(doc.Dependency, DependencyRow{Code: z.code, Name: z.name,
			IranGasShare: z.gas, IranPowerShare: z.power, OtherShare: 1 - z.gas - z.power})
	}
	// The inputs of imports.DefaultSensitivityInputs.
	doc.Sensitivity = []SensitivityRow{
		{"Demand level", "−5 %", "+5 %", 78e6, 114e6, 95e6, 0.3e6, 0.3e6},
		{"Iranian gas volume", "−20 %", "+20 %", 101e6, 88e6, 95e6, 0.3e6, 0.3e6},
		{"Temperature", "−2 °C", "+2 °C", 89e6, 102e6, 95e6, 0.3e6, 0.3e6},
		{"Forced outage rates", "× 0.5", "× 1.5", 91e6, 99e6, 95e6, 0.3e6, 0.3e6},
		{"Hydro water", "−50 %", "+50 %", 97.5e6, 93e6, 95e6, 0.3e6, 0.3e6},
		{"Domestic gas volume", "−20 %", "+20 %", 96e6, 94.5e6, 95e6, 0.3e6, 0.3e6},
	}
	base := []float64{20.1, 21.5, 22.6, 23.9, 25.0, 26.4}
	ended := []float64{24.8, 25.5, 26.9, 28.2, 29.6, 31.0}
	for i := range base {
		y := 2025 + i
		doc.Outlook = append(doc.Outlook,
			OutlookRow{Scenario: "baseline", Year: y, PeakDemandMW: 50000 + 3500*float64(i), PeakShortfallMW: 1000 * base[i]},
			OutlookRow{Scenario: "waiver-ended", Year: y, PeakDemandMW: 50000 + 3500*float64(i), PeakShortfallMW: 1000 * ended[i]})
	}
	// Options named as imports' built-in mitigations.
	doc.Options = []OptionRow{
		{Name: "gcc-link", InService: "2026", RecoveredMWh: 2.2e6, RecoveredShare: 0.11, SE: 2.0e5},
		{Name: "fsru", InService: "2026", RecoveredMWh: 7.6e6, RecoveredShare: 0.38, SE: 4.0e5},
		{Name: "flare-gas", InService: "2026", RecoveredMWh: 5.0e6, RecoveredShare: 0.25, SE: 3.0e5},
		{Name: "solar", InService: "2026", RecoveredMWh: 1.4e6, RecoveredShare: 0.07, SE: 1.2e5},
		{Name: "saudi", InService: "2026", RecoveredMWh: 1.0e6, RecoveredShare: 0.05, SE: 1.0e5},
		{Name: "jordan", InService: "2026", RecoveredMWh: 0.4e6, RecoveredShare: 0.02, SE: 6.0e4},
	}
	return doc
}

// chartTestPeakWeek is a 168-hour dispatch starting Monday 14 July 2025.
// Unserved demand is 20 GW plus a daytime hump of up to 5.2 GW.
func chartTestPeakWeek(ended bool) PeakWeek {
	const h = 168
	pw := PeakWeek{StartHour: 194 * 24, DemandMW: make([]float64, h), UnservedMW: make([]float64, h)}
	iranGas, iranPower := 4500.0, 1200.0
	if ended {
		iranGas, iranPower = 1500, 0
	}
	levels := []float64{14000, iranGas, 0, 6000, 1200, 0, iranPower, 700}
	for range levels {
		pw.BySourceMW = append(pw.BySourceMW, make([]float64, h))
	}
	for i := range h {
		day := math.Max(0, math.Sin(2*math.Pi*float64(i%24-6)/24))
		total := 0.0
		for s, v := range levels {
			switch chartTestSources[s] {
			case "solar":
				v = 800 * day
			case "hydro":
				v = 900 + 500*day
			}
			pw.BySourceMW[s][i] = v
			total += v
		}
		u := 20000 + 5200*day
		if !ended {
			u -= 3300
		}
		pw.UnservedMW[i] = u
		pw.DemandMW[i] = total + u
	}
	return pw
}

func TestRenderPNGSize(t *testing.T) {
	doc := chartTestDoc()
	names := ChartNames
	if testing.Short() {
		names = []string{"blackout-heatmap"}
	}
	for _, lang := range []string{"en", "ar"} {
		for _, name := range names {
			b, err := RenderPNG(doc, name, lang)
			if err != nil {
				t.Fatalf("%s/%s: %v", name, lang, err)
			}
			img, err := png.Decode(bytes.NewReader(b))
			if err != nil {
				t.Fatalf("%s/%s: decode: %v", name, lang, err)
			}
			if got := img.Bounds().Size(); got.X != 4000 || got.Y != 2250 {
				t.Errorf("%s/%s: size %v, want 4000×2250", name, lang, got)
			}
			// pHYs: 11811 px/m = 300 dpi, right after IHDR.
			if i := bytes.Index(b, []byte("pHYs")); i != 37 || !bytes.Equal(b[i+4:i+12], []byte{0, 0, 0x2e, 0x23, 0, 0, 0x2e, 0x23}) {
				t.Errorf("%s/%s: no 300 dpi pHYs chunk after IHDR", name, lang)
			}
			if dir := os.Getenv("GRIDRISK_CHART_DIR"); dir != "" {
				os.WriteFile(filepath.Join(dir, name+"-"+lang+".png"), b, 0o644)
			}
		}
	}
}

// TestWriteCharts checks files, formats and the text each SVG must carry:
// testdata/chart-<name>.txt lists, one per line, strings (in logical order)
// that the English SVG must contain; testdata/chart-<name>-ar.txt the same
// for the Arabic SVG, which must contain them shaped.
func TestWriteCharts(t *testing.T) {
	if testing.Short() {
		t.Skip("renders every chart in three formats")
	}
	doc := chartTestDoc()
	for _, lang := range []string{"en", "ar"} {
		dir := t.TempDir()
		paths, err := WriteCharts(dir, doc, lang)
		if err != nil {
			t.Fatal(err)
		}
		if len(paths) != 3*len(ChartNames) {
			t.Errorf("%s: wrote %d files, want %d", lang, len(paths), 3*len(ChartNames))
		}
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if strings.HasPrefix(e.Name(), ".") {
				t.Errorf("%s: temporary file %s left behind", lang, e.Name())
			}
		}
		for _, name := range ChartNames {
			pdf, err := os.ReadFile(filepath.Join(dir, name+".pdf"))
			if err != nil || !bytes.HasPrefix(pdf, []byte("%PDF")) {
				t.Errorf("%s/%s: not a PDF (err %v)", name, lang, err)
			}
			// Text is drawn as outlines: an embedded code-page font would
			// garble Arabic (see pdfCanvas).
			if bytes.Contains(pdf, []byte("/FontFile")) {
				t.Errorf("%s/%s: PDF embeds a font; text should be outlines", name, lang)
			}
			svg, err := os.ReadFile(filepath.Join(dir, name+".svg"))
			if err != nil {
				t.Fatal(err)
			}
			golden := "testdata/chart-" + name + ".txt"
			if lang == "ar" {
				golden = "testdata/chart-" + name + "-ar.txt"
			}
			for _, want := range readLines(t, golden) {
				// ">x<" asks for a whole text element.
				whole := len(want) > 2 && want[0] == '>' && want[len(want)-1] == '<'
				if whole {
					want = want[1 : len(want)-1]
				}
				if lang == "ar" {
					want = shapeArabic(want, true)
				}
				frag := html.EscapeString(want)
				if whole {
					frag = ">" + frag + "</text>"
				}
				if !bytes.Contains(svg, []byte(frag)) {
					t.Errorf("%s/%s: SVG lacks %q", name, lang, frag)
				}
			}
		}
	}
}

// The Arabic SVG carries presentation forms, wrapped in a left-to-right
// override so viewers do not reorder the already visual-order text.
func TestArabicSVGShaped(t *testing.T) {
	s, err := spec(chartTestDoc(), "blackout-heatmap", "ar")
	if err != nil {
		t.Fatal(err)
	}
	svg, err := render(s, "svg")
	if err != nil {
		t.Fatal(err)
	}
	// ديالى shaped: dal-isolated… in visual order.
	want := "\u202D" + shapeArabic("ديالى", true) + "\u202C"
	if !bytes.Contains(svg, []byte(want)) {
		t.Errorf("Arabic SVG lacks shaped %q", want)
	}
	if bytes.Contains(svg, []byte("ديالى")) {
		t.Errorf("Arabic SVG still holds unshaped letters")
	}
	if !bytes.Contains(svg, []byte("font-family:'DejaVu Sans','Noto Sans'")) {
		t.Errorf("SVG names no fallback fonts")
	}
}

func TestChartsSkipMissingSections(t *testing.T) {
	doc := chartTestDoc()
	doc.Sensitivity, doc.Options, doc.Outlook, doc.Dependency = nil, nil, nil, nil
	for _, name := range []string{"tornado", "options", "outlook", "dependency"} {
		if _, err := RenderPNG(doc, name, "en"); !errors.Is(err, ErrNoChartData) {
			t.Errorf("%s without data: err %v, want ErrNoChartData", name, err)
		}
	}
	if _, err := RenderPNG(doc, "pie", "en"); err == nil {
		t.Error("unknown chart accepted")
	}
	if _, err := RenderPNG(doc, "tornado", "fr"); err == nil {
		t.Error("unknown language accepted")
	}
	if testing.Short() {
		return
	}
	paths, err := WriteCharts(t.TempDir(), doc, "en")
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) != 3*4 {
		t.Errorf("wrote %d files, want 12 (four charts with data)", len(paths))
	}
	for _, p := range paths {
		for _, skip := range []string{"tornado", "options", "outlook", "dependency"} {
			if strings.HasPrefix(filepath.Base(p), skip+".") {
				t.Errorf("wrote %s for an empty section", p)
			}
		}
	}
}

func readLines(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if s := strings.TrimSpace(sc.Text()); s != "" && !strings.HasPrefix(s, "#") {
			out = append(out, s)
		}
	}
	if len(out) == 0 {
		t.Fatalf("%s: no expected strings", path)
	}
	return out
}

// chartEdgeDocs are unusual documents (user data: few or many zones, one
// scenario, no Arabic names, no peak-week sources, zero shortfall) and the
// charts each must draw.
func chartEdgeDocs() []struct {
	name string
	doc  *Document
	want map[string]bool
} {
	small := &Document{Samples: 10, Year: 2026, Scenarios: []Scenario{{Name: "mine",
		Zones:  []ZoneMetrics{{Code: "A", Name: "North", SupplyHoursPerDay: 24}, {Code: "B", Name: "South", SupplyHoursPerDay: 23.5}},
		System: ZoneMetrics{SupplyHoursPerDay: 23.8}}}}
	many := chartTestDoc()
	for k := range many.Scenarios {
		zs := many.Scenarios[k].Zones
		for i := 0; i < 30; i++ {
			z := zs[i%len(zs)]
			z.Code += string(rune('a' + i))
			many.Scenarios[k].Zones = append(many.Scenarios[k].Zones, z)
		}
	}
	return []struct {
		name string
		doc  *Document
		want map[string]bool
	}{
		{"small", small, map[string]bool{"supply-hours": true, "blackout-heatmap": true, "monthly-shortfall": true}},
		{"many", many, map[string]bool{"supply-hours": true, "blackout-heatmap": true}},
	}
}

func TestChartsEdgeDocuments(t *testing.T) {
	for _, tc := range chartEdgeDocs() {
		for _, lang := range []string{"en", "ar"} {
			for _, name := range ChartNames {
				s, err := spec(tc.doc, name, lang)
				if errors.Is(err, ErrNoChartData) {
					if tc.want[name] {
						t.Errorf("%s: %s/%s skipped", tc.name, name, lang)
					}
					continue
				}
				if err != nil {
					t.Errorf("%s: %s/%s: %v", tc.name, name, lang, err)
					continue
				}
				if _, err := render(s, "svg"); err != nil {
					t.Errorf("%s: %s/%s: %v", tc.name, name, lang, err)
				}
			}
		}
	}
}

// A source with nothing in the peak week (Iranian electricity after the
// cut) gets no band and no legend entry; one with supply does.
func TestPeakWeekSkipsEmptySources(t *testing.T) {
	s, err := spec(chartTestDoc(), "peak-week", "en")
	if err != nil {
		t.Fatal(err)
	}
	svg, err := render(s, "svg")
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(svg, []byte("Iranian electricity")) {
		t.Error("legend lists Iranian electricity, which is zero all week")
	}
	if !bytes.Contains(svg, []byte("Iranian gas")) {
		t.Error("legend lacks Iranian gas, which is 1.5 GW all week")
	}
}

// The kinds the main package passes are the ones the charts colour.
func TestSourceKindsKnown(t *testing.T) {
	known := map[string]bool{SourceKindIranGas: true, SourceKindIranElec: true, SourceKindGas: true, SourceKindLNG: true,
		SourceKindLiquid: true, SourceKindHydro: true, SourceKindSolar: true, SourceKindImports: true}
	for src, k := range imports.SourceKinds() {
		if !known[k] {
			t.Errorf("source %q has kind %q, which the charts do not know", src, k)
		}
	}
}
