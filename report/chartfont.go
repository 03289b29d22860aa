package report

import (
	_ "embed"
	"sync"

	xfont "golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
)

// The charts use DejaVu Sans (Bitstream Vera licence with DejaVu changes in
// the public domain; see fonts/LICENSE), taken from Debian's
// fonts-dejavu-core 2.37. Unlike gonum/plot's default Liberation fonts it
// has the Arabic presentation forms the shaper produces, so English and
// Arabic charts share one typeface.
var (
	//go:embed fonts/DejaVuSans.ttf
	dejavuRegular []byte
	//go:embed fonts/DejaVuSans-Bold.ttf
	dejavuBold []byte
)

const chartTypeface = font.Typeface("DejaVuSans")

var (
	fontOnce    sync.Once
	fontRegular *opentype.Font
)

// chartFonts registers the embedded faces with gonum/plot's font cache, once.
// Adding a new typeface to the shared cache leaves other users' fonts alone.
func chartFonts() {
	fontOnce.Do(func() {
		reg, err := opentype.Parse(dejavuRegular)
		if err != nil {
			panic("report: embedded DejaVuSans.ttf: " + err.Error())
		}
		bold, err := opentype.Parse(dejavuBold)
		if err != nil {
			panic("report: embedded DejaVuSans-Bold.ttf: " + err.Error())
		}
		fontRegular = reg
		font.DefaultCache.Add(font.Collection{
			{Font: font.Font{Typeface: chartTypeface}, Face: reg},
			{Font: font.Font{Typeface: chartTypeface, Weight: xfont.WeightBold}, Face: bold},
		})
	})
}

// chartFont is the chart typeface at size pt, bold or not.
func chartFont(size vg.Length, bold bool) font.Font {
	chartFonts()
	f := font.Font{Typeface: chartTypeface, Size: size}
	if bold {
		f.Weight = xfont.WeightBold
	}
	return f
}
