package report

import (
	"fmt"
	"strings"
	"testing"
)

// codes renders runes as hex code points so failures are readable.
func codes(s string) string {
	var b strings.Builder
	for i, r := range []rune(s) {
		if i > 0 {
			b.WriteByte(' ')
		}
		fmt.Fprintf(&b, "%04X", r)
	}
	return b.String()
}

// The expected forms below were worked out by hand from the Unicode joining
// types: dual-joining letters take initial/medial/final forms, right-joining
// letters (alef, dal, reh, waw, teh marbuta…) never join to the next letter.
func TestShapeJoin(t *testing.T) {
	tests := []struct {
		word string
		want string // logical order
	}{
		// beh-initial, ghain-medial, dal-final, alef-isolated, dal-isolated
		{"بغداد", "FE91 FED0 FEAA FE8D FEA9"},
		// alef-isolated, lam-initial, beh-medial, sad-medial, reh-final, teh marbuta-isolated
		{"البصرة", "FE8D FEDF FE92 FEBC FEAE FE93"},
		// meem-initial, hah-medial, alef-final, feh-initial, zah-medial, teh marbuta-final
		{"محافظة", "FEE3 FEA4 FE8E FED3 FEC8 FE94"},
		// lam-alef ligature, isolated
		{"لا", "FEFB"},
		// kaf-initial + lam-alef final
		{"كلا", "FEDB FEFC"},
		// lam + alef with hamza below: الإعفاء
		{"الإعفاء", "FE8D FEF9 FECB FED4 FE8E FE80"},
		// hamza never joins; a lone letter is isolated
		{"ء", "FE80"},
		{"ب", "FE8F"},
		// Latin and digits pass through untouched
		{"Basra 20", "0042 0061 0073 0072 0061 0020 0032 0030"},
		// a mark (fatha) between beh and teh does not break the join
		{"بَت", "FE91 064E FE96"},
		// Kurdish/Persian gaf and farsi yeh: گی
		{"گی", "FB94 FBFD"},
	}
	for _, tt := range tests {
		got := codes(string(shapeJoin([]rune(tt.word))))
		if got != tt.want {
			t.Errorf("shapeJoin(%q) = %s, want %s", tt.word, got, tt.want)
		}
	}
}

func TestShapeArabic(t *testing.T) {
	baghdad := "FEA9 FE8D FEAA FED0 FE91" // بغداد shaped, visual order
	tests := []struct {
		in   string
		rtl  bool
		want string
	}{
		{"بغداد", true, baghdad},
		{"البصرة", true, "FE93 FEAE FEBC FE92 FEDF FE8D"},
		{"محافظة", true, "FE94 FEC8 FED3 FE8E FEA4 FEE3"},
		{"لا", true, "FEFB"},
		// Digits stay left to right and, following in logical order, sit to
		// the left of the Arabic word.
		{"بغداد 2025", true, "0032 0030 0032 0035 0020 " + baghdad},
		// A decimal number keeps its separator inside.
		{"بغداد 13.5", true, "0031 0033 002E 0035 0020 " + baghdad},
		// Arabic-Indic digits and percent sign stay together, left to right.
		{"بغداد ٣٤٪", true, "0663 0664 066A 0020 " + baghdad},
		// A Latin run inside Arabic keeps its own order.
		{"بغداد LNG", true, "004C 004E 0047 0020 " + baghdad},
		// Arabic inside an English line: only the Arabic run is reversed.
		{"Baghdad بغداد x", false, "0042 0061 0067 0068 0064 0061 0064 0020 " + baghdad + " 0020 0078"},
		// Brackets are mirrored inside right-to-left text.
		{"(بغداد)", true, "0028 " + baghdad + " 0029"},
		// Two Arabic words: the second is drawn to the left of the first.
		{"لا بغداد", true, baghdad + " 0020 FEFB"},
		// English text without Arabic is unchanged.
		{"Supply hours (h/day)", false, codes("Supply hours (h/day)")},
		// A range inside Arabic reads right to left: 2025 on the right.
		{"بغداد 2025–2030", true, "0032 0030 0033 0030 2013 0032 0030 0032 0035 0020 " + baghdad},
		// A line without Arabic keeps its order even in an Arabic chart.
		{"2025–2030", true, codes("2025–2030")},
		{"4 %/yr", true, codes("4 %/yr")},
		// Each line is shaped on its own.
		{"بغداد\nلا", true, baghdad + " 000A FEFB"},
	}
	for _, tt := range tests {
		got := codes(shapeArabic(tt.in, tt.rtl))
		if got != tt.want {
			t.Errorf("shapeArabic(%q, %v) =\n %s\nwant\n %s", tt.in, tt.rtl, got, tt.want)
		}
	}
}

// Every Arabic governorate name must shape to glyphs the embedded font has.
func TestShapedNamesHaveGlyphs(t *testing.T) {
	names := []string{"بغداد", "نينوى", "البصرة", "ذي قار", "بابل", "السليمانية", "أربيل", "الأنبار", "ديالى",
		"كركوك", "صلاح الدين", "النجف", "واسط", "دهوك", "القادسية", "كربلاء", "ميسان", "المثنى", "حلبجة"}
	for _, n := range names {
		s := shapeArabic(n, true)
		for _, r := range s {
			if r == ' ' {
				continue
			}
			if r < 0xFB50 {
				t.Errorf("%q: %U left unshaped", n, r)
			}
			if !fontHasGlyph(r) {
				t.Errorf("%q: font lacks %U", n, r)
			}
		}
	}
}
