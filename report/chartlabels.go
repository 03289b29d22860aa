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

// lang is the chart's language, LangEnglish or LangArabic.
func (l *chartLang) lang() string {
	if l.ar {
		return LangArabic
	}
	return LangEnglish
}

// t formats the message key of the catalogue (messages) in the chart's
// language; chart messages are always formatted, so %% is a percent sign.
func (l *chartLang) t(key string, args ...any) string { return tr(l.lang(), key, args...) }

// month is month m (0-based) for a title.
func (l *chartLang) month(m int) string { return monthName(l.lang(), m, true) }

// monthTick is month m for an axis tick: short in English, the two-word
// Arabic names on two lines.
func (l *chartLang) monthTick(m int) string {
	return strings.Replace(monthName(l.lang(), m, false), " ", "\n", 1)
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
