package report

import "golang.org/x/image/font/sfnt"

// fontHasGlyph reports whether the regular face maps r to a glyph.
func fontHasGlyph(r rune) bool {
	chartFonts()
	var buf sfnt.Buffer
	i, err := fontRegular.GlyphIndex(&buf, r)
	return err == nil && i != 0
}
