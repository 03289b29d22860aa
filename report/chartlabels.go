package report

import (
	"fmt"
	"strconv"
	"strings"
)

// chartLang holds the language of a chart's text. All strings are built in
// logical order; sh shapes them for drawing.
type chartLang struct {
	ar     bool
	labels map[string]Label  // Document.Labels
	kinds  map[string]string // Document.SourceKinds
}

func newChartLang(lang string) (*chartLang, error) {
	switch lang {
	case "", "en":
		return &chartLang{}, nil
	case "ar":
		return &chartLang{ar: true}, nil
	}
	return nil, fmt.Errorf("report: chart language %q: want en or ar", lang)
}

// sh shapes s for a renderer without Arabic shaping (see arabic.go).
func (l *chartLang) sh(s string) string { return shapeArabic(s, l.ar) }

// t formats the message key in the chart's language.
func (l *chartLang) t(key string, args ...any) string {
	m, ok := chartText[key]
	if !ok {
		panic("report: missing chart text " + key)
	}
	f := m[0]
	if l.ar {
		f = m[1]
	}
	return fmt.Sprintf(f, args...)
}

// chartText holds each message in English and Arabic (Iraqi usage: تجهيز
// for supply, as the Ministry of Electricity writes it).
var chartText = map[string][2]string{
	"source":        {"Source: gridrisk %s model, data: %s, input %s", "المصدر: نموذج gridrisk %s، البيانات: %s، المدخلات %s"},
	"data.embedded": {"embedded Iraq dataset", "بيانات العراق المدمجة"},
	"samples":       {"%s Monte Carlo samples", "%s عينة مونت كارلو"},
	"exact":         {"exact convolution", "حساب دقيق بالالتفاف"},
	"sep":           {" · ", " · "},

	"supply.x":  {"Expected supply (hours per day)", "التجهيز المتوقع (ساعة/يوم)"},
	"hpd.unit":  {"hours/day", "ساعة/يوم"},
	"month":     {"Month", "الشهر"},
	"gw":        {"GW", "غيغاواط"},
	"scenario":  {"scenario %s", "سيناريو %s"},
	"unserved":  {"Unserved demand", "طلب غير مجهز"},
	"demand":    {"Demand", "الطلب"},
	"low":       {"Input at low value", "المدخل عند القيمة الدنيا"},
	"high":      {"Input at high value", "المدخل عند القيمة العليا"},
	"iran.gas":  {"Iranian gas", "الغاز الإيراني"},
	"iran.elec": {"Iranian electricity", "الكهرباء الإيرانية"},
	"other":     {"Other sources", "مصادر أخرى"},

	"supply.title.down":   {"Supply hours fall from %.1f to %.1f a day %s", "ساعات التجهيز تنخفض من %.1f إلى %.1f يوميا %s"},
	"supply.title.up":     {"Supply hours rise from %.1f to %.1f a day %s", "ساعات التجهيز ترتفع من %.1f إلى %.1f يوميا %s"},
	"supply.title.one":    {"Supply hours average %.1f a day; %s gets fewest, %.1f", "معدل التجهيز %.1f ساعة يوميا، والأدنى %s بواقع %.1f"},
	"supply.title.onetie": {"Supply hours average %.1f a day; %s get fewest (tied), %.1f", "معدل التجهيز %.1f ساعة يوميا، والأدنى بالتساوي %s بواقع %.1f"},
	"supply.sub":          {"Supply hours a day (24 × served ÷ demand) by governorate", "ساعات التجهيز يوميا (24 × المجهز ÷ الطلب) حسب المحافظة"},
	"supply.house":        {"households on rotated feeders %s h", "المنازل على المغذيات المبرمجة %s ساعة"},
	"whiskers":            {"whiskers: 95%% confidence interval", "خطوط الخطأ: فترة ثقة 95%%"},

	"heat.title":     {"Blackouts peak in %s: %s gets %.1f supply hours a day", "ذروة الانقطاع في %s: %s تحصل على %.1f ساعة تجهيز يوميا"},
	"heat.title.tie": {"Blackouts peak in %s: %s get %.1f supply hours a day", "ذروة الانقطاع في %s: %s تحصل كل منها على %.1f ساعة تجهيز يوميا"},
	"heat.sub":       {"Expected supply hours per day (24 × served ÷ demand) by governorate and month", "ساعات التجهيز المتوقعة يوميا حسب المحافظة والشهر"},

	"peak.title":    {"Peak week: up to %.1f GW of demand goes unserved", "أسبوع الذروة: ما يصل إلى %.1f غيغاواط من الطلب دون تجهيز"},
	"peak.title.ok": {"Peak week: supply meets demand", "أسبوع الذروة: التجهيز يلبي الطلب"},
	"peak.sub":      {"Expected national supply by source against demand, hourly", "التجهيز الوطني المتوقع حسب المصدر مقابل الطلب، لكل ساعة"},
	"peak.y":        {"Power (GW)", "القدرة (غيغاواط)"},
	"peak.x":        {"Day (Baghdad time)", "اليوم (توقيت بغداد)"},
	"day":           {"Day %d", "اليوم %d"},

	"short.title":    {"Shortfall peaks at %.1f GW in %s %s", "العجز يبلغ ذروته %.1f غيغاواط في %s %s"},
	"short.title.ok": {"No shortfall in any month", "لا عجز في أي شهر"},
	"short.sub":      {"Mean unserved power by month, national; bands: P10–P90 over samples", "متوسط القدرة غير المجهزة شهريا على المستوى الوطني؛ النطاق: P10–P90 عبر العينات"},
	"short.y":        {"Shortfall (GW)", "العجز (غيغاواط)"},

	"dep.title":      {"%s relies most on Iran: %.0f%% of its supply", "%s الأكثر اعتمادا على إيران: %.0f%% من تجهيزها"},
	"dep.title.tied": {"%s tie as most reliant on Iran: %.0f%% of supply", "%s الأكثر اعتمادا على إيران بالتساوي: %.0f%% من التجهيز"},
	"dep.sub.sites":  {"labels: Iranian lines and Iranian-gas plants in the governorate", "التسميات: الخطوط الإيرانية ومحطات الغاز الإيراني في المحافظة"},
	"dep.lines":      {"Iranian lines %s MW", "خطوط إيرانية %s ميغاواط"},
	"dep.plants":     {"Iranian-gas plants %s MW", "محطات على الغاز الإيراني %s ميغاواط"},
	"dep.sub":        {"Share of each governorate's served energy by origin", "حصة كل مصدر من الطاقة المجهزة لكل محافظة"},
	"dep.x":          {"Share of served energy (%%)", "الحصة من الطاقة المجهزة (%%)"},

	"tor.title": {"Unserved energy is most sensitive to %s", "الطاقة غير المجهزة أكثر حساسية لعامل: %s"},
	"tor.sub":   {"Unserved energy with each input at its low and high value; line: central case, %s %s", "الطاقة غير المجهزة عند القيمة الدنيا والعليا لكل مدخل؛ الخط: الحالة المركزية، %s %s"},
	"tor.x":     {"Expected unserved energy (%s per year)", "الطاقة غير المجهزة المتوقعة (%s سنويا)"},

	"out.title":    {"Peak shortfall reaches %.1[2]f GW by %[1]d %[3]s", "بحلول %d يبلغ عجز الذروة %.1f غيغاواط %s"},
	"out.title.ok": {"No peak shortfall through %d", "لا عجز في الذروة حتى %d"},
	"out.sub":      {"Shortfall at the peak-demand hour by study year", "العجز في ساعة ذروة الطلب حسب سنة الدراسة"},
	"out.y":        {"Peak shortfall (GW)", "عجز الذروة (غيغاواط)"},
	"out.x":        {"Study year", "سنة الدراسة"},

	"opt.title": {"%s buys back %.0f%% of the loss", "%s يعوض %.0f%% من الخسارة"},
	"opt.sub":   {"Share of the waiver's energy loss each option recovers", "نسبة خسارة الطاقة بعد انتهاء الإعفاء التي يستعيدها كل خيار"},
	"opt.x":     {"Share of the loss recovered (%%)", "نسبة الخسارة المستعادة (%%)"},
	"opt.from":  {"from %s", "من %s"},
	"opt.comma": {", ", "، "},
}

var monthsEN = [12]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// Iraqi (Syriac-derived) month names, as used in Iraqi official writing.
var monthsAR = [12]string{"كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"}

var monthsFullEN = [12]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

// month is month m (0-based) for a title.
func (l *chartLang) month(m int) string {
	if l.ar {
		return monthsAR[m]
	}
	return monthsFullEN[m]
}

// monthTick is month m for an axis tick: short in English, the two-word
// Arabic names on two lines.
func (l *chartLang) monthTick(m int) string {
	if l.ar {
		return strings.Replace(monthsAR[m], " ", "\n", 1)
	}
	return monthsEN[m]
}

// zone names a governorate: its Arabic name in an Arabic chart when known.
func (l *chartLang) zone(z ZoneMetrics) string {
	if l.ar && z.NameAr != "" {
		return z.NameAr
	}
	if z.Name != "" {
		return z.Name
	}
	return z.Code
}

// named gives a name its label in the chart's language (Document.Labels);
// other names are shown as given. Combined scenarios ("waiver-ended+fsru")
// are named part by part.
func (l *chartLang) named(name string) string {
	if parts := strings.Split(name, "+"); len(parts) > 1 {
		for i, p := range parts {
			parts[i] = l.named(p)
		}
		return strings.Join(parts, " + ")
	}
	if n, ok := l.labels[name]; ok {
		if l.ar && n.Ar != "" {
			return n.Ar
		}
		if !l.ar && n.En != "" {
			return n.En
		}
	}
	return name
}

// scenario names a scenario for people.
func (l *chartLang) scenario(name string) string { return l.named(name) }

// scenarioPhrase ends a title sentence with the scenario: its label's
// phrase ("without the waiver"), else "under <name>".
func (l *chartLang) scenarioPhrase(name string) string {
	n := l.labels[name]
	if l.ar {
		if n.PhraseAr != "" {
			return n.PhraseAr
		}
		return "في سيناريو " + l.named(name)
	}
	if n.PhraseEn != "" {
		return n.PhraseEn
	}
	return "under " + l.named(name)
}

// sourceKind is a supply category's kind (Document.SourceKinds), "" when
// the document gives none.
func (l *chartLang) sourceKind(id string) string { return l.kinds[id] }

// sourceLabel names a supply category from its id (e.g. "iran_gas").
func (l *chartLang) sourceLabel(id string) string {
	type pair struct{ en, ar string }
	var p pair
	switch l.sourceKind(id) {
	case SourceKindIranElec:
		p = pair{"Iranian electricity", "الكهرباء الإيرانية"}
	case SourceKindIranGas:
		p = pair{"Iranian gas", "الغاز الإيراني"}
	case SourceKindLNG:
		p = pair{"LNG", "الغاز المسال"}
	case SourceKindHydro:
		p = pair{"Hydro", "الطاقة الكهرومائية"}
	case SourceKindSolar:
		p = pair{"Solar", "الطاقة الشمسية"}
	case SourceKindGas:
		p = pair{"Domestic gas", "الغاز المحلي"}
	case SourceKindLiquid:
		p = pair{"Liquid fuel", "الوقود السائل"}
	case SourceKindImports:
		p = pair{"Other imports", "استيرادات أخرى"}
	default:
		s := strings.NewReplacer("_", " ", "-", " ").Replace(id)
		if s != "" {
			s = strings.ToUpper(s[:1]) + s[1:]
		}
		return s
	}
	if l.ar {
		return p.ar
	}
	return p.en
}

// runLine is the subtitle tail: scenario(s), year, method and samples.
func (l *chartLang) runLine(doc *Document, scenarios ...string) string {
	return l.runLineYear(doc, true, scenarios...)
}

// runLineYear is runLine, with the study year only if withYear.
func (l *chartLang) runLineYear(doc *Document, withYear bool, scenarios ...string) string {
	var parts []string
	for _, s := range scenarios {
		parts = append(parts, l.scenario(s))
	}
	if withYear && doc.Year != 0 {
		parts = append(parts, strconv.Itoa(doc.Year))
	}
	if doc.Method == "convolution" {
		parts = append(parts, l.t("exact"))
	} else if doc.Samples > 0 {
		parts = append(parts, l.t("samples", thousands(doc.Samples)))
	}
	// Commas, not " · ", so that wrapping keeps the run details together.
	sep := ", "
	if l.ar {
		sep = "، "
	}
	return strings.Join(parts, sep)
}

// sourceLine is the provenance footer.
func (l *chartLang) sourceLine(doc *Document) string {
	data := doc.Run.Data
	switch data {
	case "embedded":
		data = l.t("data.embedded")
	case "":
		data = "–"
	}
	hash := doc.Run.InputHash
	if len(hash) > 12 {
		hash = hash[:12]
	}
	if hash == "" {
		hash = "–"
	}
	// Run.Version may be "0.1.0", "v0.1.0" or "gridrisk 0.1.0 go1.26".
	v := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(doc.Run.Version), "gridrisk"))
	if f := strings.Fields(v); len(f) > 0 {
		v = f[0]
	} else {
		v = "dev"
	}
	if v[0] >= '0' && v[0] <= '9' {
		v = "v" + v
	}
	return l.t("source", v, data, hash)
}

// thousands formats n with comma separators.
func thousands(n int) string {
	s := strconv.Itoa(n)
	if n < 0 {
		return "-" + thousands(-n)
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
