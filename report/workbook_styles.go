package report

import "github.com/xuri/excelize/v2"

// Palette: a restrained navy for headers, greys for notes.
const (
	colNavy    = "1F3864"
	colHeader  = "DCE6F1"
	colRule    = "8EA9C1"
	colNote    = "595959"
	colMessage = "F2F6FA"
	colGood    = "E2EFDA"
	colBad     = "FCE4D6"
)

// styles are the cell styles of the workbook, created once.
type styles struct {
	title, note, message, section int
	noteWrap                      int
	header                        int
	text, wrap, label             int
	int0, dec1, dec2, dec3, pct   int
	sint0, sdec2                  int
	good, bad                     int
}

func newStyles(f *excelize.File, lang string) (styles, error) {
	// Text starts at the reading side, one indent in from the rule.
	start := "left"
	if lang == LangArabic {
		start = "right"
	}
	var s styles
	var err error
	mk := func(dst *int, st *excelize.Style) {
		if err != nil {
			return
		}
		*dst, err = f.NewStyle(st)
	}
	num := func(format string) *excelize.Style {
		return &excelize.Style{CustomNumFmt: &format, Alignment: &excelize.Alignment{Vertical: "top"}}
	}
	thin := []excelize.Border{{Type: "bottom", Color: colRule, Style: 1}}
	mk(&s.title, &excelize.Style{Font: &excelize.Font{Bold: true, Size: 15, Color: colNavy}})
	mk(&s.section, &excelize.Style{Font: &excelize.Font{Bold: true, Size: 12, Color: colNavy}})
	mk(&s.note, &excelize.Style{Font: &excelize.Font{Italic: true, Size: 9, Color: colNote}})
	mk(&s.noteWrap, &excelize.Style{Font: &excelize.Font{Italic: true, Size: 9, Color: colNote},
		Alignment: &excelize.Alignment{Vertical: "top", Horizontal: start, WrapText: true}})
	mk(&s.message, &excelize.Style{Font: &excelize.Font{Bold: true, Size: 11, Color: colNavy},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{colMessage}},
		Border:    []excelize.Border{{Type: "left", Color: colNavy, Style: 5}},
		Alignment: &excelize.Alignment{WrapText: true, Vertical: "center", Indent: 1}})
	mk(&s.header, &excelize.Style{Font: &excelize.Font{Bold: true, Size: 10, Color: "FFFFFF"},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{colNavy}},
		Alignment: &excelize.Alignment{WrapText: true, Vertical: "center", Horizontal: "center"}})
	mk(&s.text, &excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", Horizontal: start, Indent: 1}, Border: thin})
	mk(&s.wrap, &excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", Horizontal: start, Indent: 1, WrapText: true}, Border: thin})
	mk(&s.label, &excelize.Style{Font: &excelize.Font{Bold: true}, Alignment: &excelize.Alignment{Vertical: "top", Horizontal: start, Indent: 1, WrapText: true}, Border: thin})
	mk(&s.int0, withBorder(num("#,##0"), thin))
	mk(&s.dec1, withBorder(num("#,##0.0"), thin))
	mk(&s.dec2, withBorder(num("#,##0.00"), thin))
	mk(&s.dec3, withBorder(num("0.000"), thin))
	mk(&s.pct, withBorder(num("0.0%"), thin))
	mk(&s.sint0, withBorder(num("+#,##0;-#,##0;0"), thin))
	mk(&s.sdec2, withBorder(num("+0.00;-0.00;0.00"), thin))
	mk(&s.good, &excelize.Style{Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{colGood}}, Border: thin, Alignment: &excelize.Alignment{Vertical: "top"}})
	mk(&s.bad, &excelize.Style{Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{colBad}}, Border: thin, Alignment: &excelize.Alignment{Vertical: "top"}})
	return s, err
}

func withBorder(st *excelize.Style, b []excelize.Border) *excelize.Style {
	st.Border = b
	return st
}

// Conditional formats.

// colorScale3 shades low values red, middle yellow, high green (or the
// reverse when lowIsGood).
func colorScale3(lowIsGood bool) []excelize.ConditionalFormatOptions {
	lo, hi := "F8696B", "63BE7B"
	if lowIsGood {
		lo, hi = hi, lo
	}
	return []excelize.ConditionalFormatOptions{{Type: "3_color_scale", Criteria: "=",
		MinType: "min", MidType: "percentile", MidValue: "50", MaxType: "max",
		MinColor: "#" + lo, MidColor: "#FFEB84", MaxColor: "#" + hi}}
}

// riskScale shades probabilities from white (0) to red (1).
func riskScale() []excelize.ConditionalFormatOptions {
	return []excelize.ConditionalFormatOptions{{Type: "2_color_scale", Criteria: "=",
		MinType: "num", MinValue: "0", MaxType: "num", MaxValue: "1",
		MinColor: "#FFFFFF", MaxColor: "#E0403A"}}
}

// dataBar draws bars from zero (not from the column's minimum, which would
// show the smallest value as no bar at all).
func dataBar(color string) []excelize.ConditionalFormatOptions {
	return []excelize.ConditionalFormatOptions{{Type: "data_bar", Criteria: "=",
		MinType: "num", MinValue: "0", MaxType: "max", BarColor: "#" + color, BarSolid: true}}
}
