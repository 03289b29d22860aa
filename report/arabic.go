package report

import (
	"strings"
	"unicode"
)

// gonum/plot draws strings glyph by glyph, left to right, without OpenType
// shaping. Arabic therefore has to arrive already shaped: each letter
// replaced by its contextual presentation form (Unicode Arabic Presentation
// Forms-A/B) and each line in visual order. shapeArabic does both for the
// short, single-direction-per-run labels of a chart; it is not a full
// implementation of the Unicode Bidirectional Algorithm (no explicit
// embeddings or isolates), but it follows its weak, neutral and reordering
// rules for plain text.

// arabicForms maps a letter to its isolated, final, initial and medial
// presentation forms. A zero initial form marks a right-joining letter (it
// joins to the letter before it only); a letter with only an isolated form
// does not join at all.
var arabicForms = map[rune][4]rune{
	0x0621: {0xFE80, 0, 0, 0},                // hamza
	0x0622: {0xFE81, 0xFE82, 0, 0},           // alef with madda
	0x0623: {0xFE83, 0xFE84, 0, 0},           // alef with hamza above
	0x0624: {0xFE85, 0xFE86, 0, 0},           // waw with hamza
	0x0625: {0xFE87, 0xFE88, 0, 0},           // alef with hamza below
	0x0626: {0xFE89, 0xFE8A, 0xFE8B, 0xFE8C}, // yeh with hamza
	0x0627: {0xFE8D, 0xFE8E, 0, 0},           // alef
	0x0628: {0xFE8F, 0xFE90, 0xFE91, 0xFE92}, // beh
	0x0629: {0xFE93, 0xFE94, 0, 0},           // teh marbuta
	0x062A: {0xFE95, 0xFE96, 0xFE97, 0xFE98}, // teh
	0x062B: {0xFE99, 0xFE9A, 0xFE9B, 0xFE9C}, // theh
	0x062C: {0xFE9D, 0xFE9E, 0xFE9F, 0xFEA0}, // jeem
	0x062D: {0xFEA1, 0xFEA2, 0xFEA3, 0xFEA4}, // hah
	0x062E: {0xFEA5, 0xFEA6, 0xFEA7, 0xFEA8}, // khah
	0x062F: {0xFEA9, 0xFEAA, 0, 0},           // dal
	0x0630: {0xFEAB, 0xFEAC, 0, 0},           // thal
	0x0631: {0xFEAD, 0xFEAE, 0, 0},           // reh
	0x0632: {0xFEAF, 0xFEB0, 0, 0},           // zain
	0x0633: {0xFEB1, 0xFEB2, 0xFEB3, 0xFEB4}, // seen
	0x0634: {0xFEB5, 0xFEB6, 0xFEB7, 0xFEB8}, // sheen
	0x0635: {0xFEB9, 0xFEBA, 0xFEBB, 0xFEBC}, // sad
	0x0636: {0xFEBD, 0xFEBE, 0xFEBF, 0xFEC0}, // dad
	0x0637: {0xFEC1, 0xFEC2, 0xFEC3, 0xFEC4}, // tah
	0x0638: {0xFEC5, 0xFEC6, 0xFEC7, 0xFEC8}, // zah
	0x0639: {0xFEC9, 0xFECA, 0xFECB, 0xFECC}, // ain
	0x063A: {0xFECD, 0xFECE, 0xFECF, 0xFED0}, // ghain
	0x0640: {0x0640, 0x0640, 0x0640, 0x0640}, // tatweel (join-causing)
	0x0641: {0xFED1, 0xFED2, 0xFED3, 0xFED4}, // feh
	0x0642: {0xFED5, 0xFED6, 0xFED7, 0xFED8}, // qaf
	0x0643: {0xFED9, 0xFEDA, 0xFEDB, 0xFEDC}, // kaf
	0x0644: {0xFEDD, 0xFEDE, 0xFEDF, 0xFEE0}, // lam
	0x0645: {0xFEE1, 0xFEE2, 0xFEE3, 0xFEE4}, // meem
	0x0646: {0xFEE5, 0xFEE6, 0xFEE7, 0xFEE8}, // noon
	0x0647: {0xFEE9, 0xFEEA, 0xFEEB, 0xFEEC}, // heh
	0x0648: {0xFEED, 0xFEEE, 0, 0},           // waw
	0x0649: {0xFEEF, 0xFEF0, 0, 0},           // alef maksura
	0x064A: {0xFEF1, 0xFEF2, 0xFEF3, 0xFEF4}, // yeh
	// Persian and Kurdish letters (Presentation Forms-A), for place names.
	0x067E: {0xFB56, 0xFB57, 0xFB58, 0xFB59}, // peh
	0x0686: {0xFB7A, 0xFB7B, 0xFB7C, 0xFB7D}, // tcheh
	0x0698: {0xFB8A, 0xFB8B, 0, 0},           // jeh
	0x06A9: {0xFB8E, 0xFB8F, 0xFB90, 0xFB91}, // keheh
	0x06AF: {0xFB92, 0xFB93, 0xFB94, 0xFB95}, // gaf
	0x06CC: {0xFBFC, 0xFBFD, 0xFBFE, 0xFBFF}, // farsi yeh
}

// lamAlef maps the alef that follows a lam to the isolated form of their
// ligature; the final form is the next code point.
var lamAlef = map[rune]rune{
	0x0622: 0xFEF5,
	0x0623: 0xFEF7,
	0x0625: 0xFEF9,
	0x0627: 0xFEFB,
}

const (
	formIsolated = iota
	formFinal
	formInitial
	formMedial
)

// joinsForward reports whether r connects to the letter after it in logical
// order (dual-joining letters and tatweel).
func joinsForward(r rune) bool {
	f, ok := arabicForms[r]
	return ok && f[formInitial] != 0
}

// joinsBackward reports whether r connects to the letter before it.
func joinsBackward(r rune) bool {
	f, ok := arabicForms[r]
	return ok && f[formFinal] != 0
}

// isMark reports a non-spacing mark (harakat and the like), which is
// transparent to joining and travels with its base letter.
func isMark(r rune) bool { return unicode.Is(unicode.Mn, r) }

// shapeJoin replaces Arabic letters in logical order by their contextual
// presentation forms, forming lam-alef ligatures. Other runes pass through.
func shapeJoin(rs []rune) []rune {
	out := make([]rune, 0, len(rs))
	// prev is the nearest preceding non-mark rune, for joining.
	var prev rune
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if isMark(r) {
			out = append(out, r)
			continue
		}
		f, ok := arabicForms[r]
		if !ok {
			out = append(out, r)
			prev = r
			continue
		}
		joinPrev := joinsForward(prev) && joinsBackward(r)
		// next is the following non-mark rune.
		j := i + 1
		for j < len(rs) && isMark(rs[j]) {
			j++
		}
		var next rune
		if j < len(rs) {
			next = rs[j]
		}
		if r == 0x0644 {
			if lig, ok := lamAlef[next]; ok {
				if joinsForward(prev) {
					lig++ // final form
				}
				out = append(out, lig)
				out = append(out, rs[i+1:j]...) // marks on the lam
				i = j
				prev = next // the ligature ends in a right-joining alef
				continue
			}
		}
		joinNext := joinsForward(r) && joinsBackward(next)
		var form int
		switch {
		case joinPrev && joinNext:
			form = formMedial
		case joinPrev:
			form = formFinal
		case joinNext:
			form = formInitial
		default:
			form = formIsolated
		}
		out = append(out, f[form])
		prev = r
	}
	return out
}

// Bidirectional classes, reduced to what chart labels need.
type bidiClass uint8

const (
	bidiL    bidiClass = iota // strong left-to-right
	bidiR                     // strong right-to-left (Arabic, Hebrew)
	bidiNum                   // digits (European and Arabic-Indic)
	bidiSep                   // separators inside numbers: + - , . : /
	bidiTerm                  // number terminators: % ° $ ± #
	bidiN                     // neutral: spaces, punctuation, symbols
)

func classOf(r rune) bidiClass {
	switch {
	case r >= '0' && r <= '9', r >= 0x0660 && r <= 0x0669, r >= 0x06F0 && r <= 0x06F9:
		return bidiNum
	case r == 0x066B || r == 0x066C: // Arabic decimal and thousands separators
		return bidiSep
	case r == 0x066A: // Arabic percent sign
		return bidiTerm
	case r >= 0x0590 && r <= 0x08FF, r >= 0xFB1D && r <= 0xFDFF, r >= 0xFE70 && r <= 0xFEFF:
		if unicode.IsLetter(r) {
			return bidiR
		}
		return bidiN
	case strings.ContainsRune("+-−,.:/", r):
		return bidiSep
	case strings.ContainsRune("%°$±#‰€", r):
		return bidiTerm
	case unicode.IsLetter(r):
		return bidiL
	}
	return bidiN
}

// mirror swaps paired punctuation drawn inside a right-to-left run.
var mirror = map[rune]rune{'(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{', '<': '>', '>': '<', '«': '»', '»': '«'}

// cluster is a base rune and the marks that follow it.
type cluster struct {
	runes []rune
	class bidiClass
	level int
}

// visualOrder reorders one line from logical to visual (left-to-right
// display) order. rtl sets the paragraph direction. It applies the UBA's
// weak rules W4–W7, neutral rules N1–N2, implicit levels I1–I2 and
// reordering L2 and mirroring L4.
func visualOrder(rs []rune, rtl bool) []rune {
	var cs []cluster
	for _, r := range rs {
		if isMark(r) && len(cs) > 0 {
			cs[len(cs)-1].runes = append(cs[len(cs)-1].runes, r)
			continue
		}
		cs = append(cs, cluster{runes: []rune{r}, class: classOf(r)})
	}
	n := len(cs)
	if n == 0 {
		return rs
	}
	base := bidiL
	if rtl {
		base = bidiR
	}
	cls := func(i int) bidiClass {
		if i < 0 || i >= n {
			return bidiN
		}
		return cs[i].class
	}
	// W4: a single separator between two digits belongs to the number.
	for i := 1; i < n-1; i++ {
		if cs[i].class == bidiSep && cls(i-1) == bidiNum && cls(i+1) == bidiNum {
			cs[i].class = bidiNum
		}
	}
	// W5: terminators next to a number belong to it; a sign right before
	// a number too.
	for i := 0; i < n; i++ {
		if cs[i].class != bidiNum {
			continue
		}
		for j := i - 1; j >= 0 && (cs[j].class == bidiTerm || (j == i-1 && cs[j].class == bidiSep && strings.ContainsRune("+-−", cs[j].runes[0]))); j-- {
			cs[j].class = bidiNum
		}
		for j := i + 1; j < n && cs[j].class == bidiTerm; j++ {
			cs[j].class = bidiNum
		}
	}
	// W6: remaining separators and terminators are neutral.
	for i := range cs {
		if cs[i].class == bidiSep || cs[i].class == bidiTerm {
			cs[i].class = bidiN
		}
	}
	// W7: numbers after left-to-right text (or at the start of an LTR
	// paragraph) are left-to-right.
	last := base
	for i := range cs {
		switch cs[i].class {
		case bidiL, bidiR:
			last = cs[i].class
		case bidiNum:
			if last == bidiL {
				cs[i].class = bidiL
			}
		}
	}
	// N1/N2: neutrals take the direction of the strong text on both sides
	// (numbers count as right-to-left), otherwise the paragraph's.
	strong := func(c bidiClass) bidiClass {
		if c == bidiNum {
			return bidiR
		}
		return c
	}
	for i := 0; i < n; {
		if cs[i].class != bidiN {
			i++
			continue
		}
		j := i
		for j < n && cs[j].class == bidiN {
			j++
		}
		before, after := base, base
		if i > 0 {
			before = strong(cs[i-1].class)
		}
		if j < n {
			after = strong(cs[j].class)
		}
		dir := base
		if before == after {
			dir = before
		}
		for k := i; k < j; k++ {
			cs[k].class = dir
		}
		i = j
	}
	// I1/I2: embedding levels.
	maxLevel := 0
	for i := range cs {
		lvl := 0
		switch {
		case !rtl && cs[i].class == bidiR:
			lvl = 1
		case !rtl && cs[i].class == bidiNum:
			lvl = 2
		case rtl && cs[i].class == bidiR:
			lvl = 1
		case rtl:
			lvl = 2 // L or number inside an RTL paragraph
		}
		cs[i].level = lvl
		maxLevel = max(maxLevel, lvl)
	}
	// L2: from the highest level down to the lowest odd one, reverse every
	// run at that level or above.
	for lvl := maxLevel; lvl >= 1; lvl-- {
		for i := 0; i < n; {
			if cs[i].level < lvl {
				i++
				continue
			}
			j := i
			for j < n && cs[j].level >= lvl {
				j++
			}
			for a, b := i, j-1; a < b; a, b = a+1, b-1 {
				cs[a], cs[b] = cs[b], cs[a]
			}
			i = j
		}
	}
	out := make([]rune, 0, len(rs))
	for _, c := range cs {
		if c.level%2 == 1 {
			if m, ok := mirror[c.runes[0]]; ok {
				out = append(out, m)
				out = append(out, c.runes[1:]...)
				continue
			}
		}
		out = append(out, c.runes...)
	}
	return out
}

// hasRTL reports whether s contains right-to-left letters.
func hasRTL(s string) bool {
	for _, r := range s {
		if classOf(r) == bidiR {
			return true
		}
	}
	return false
}

// shapeArabic returns s shaped and in visual order, line by line, for a
// renderer that draws glyphs left to right without shaping. rtl asks for a
// right-to-left paragraph (an Arabic chart); a line with no right-to-left
// letters at all (a number, a unit, "+5 %") is laid out left to right
// regardless, as the Unicode first-strong rule would. Text without Arabic
// is returned unchanged.
func shapeArabic(s string, rtl bool) string {
	if !hasRTL(s) {
		return s
	}
	lines := strings.Split(s, "\n")
	for i, line := range lines {
		lines[i] = string(visualOrder(shapeJoin([]rune(line)), rtl && hasRTL(line)))
	}
	return strings.Join(lines, "\n")
}
