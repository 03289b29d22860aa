package report

import (
	"image/color"
	"math"
)

// Colours. Categories use the Okabe–Ito palette, which stays distinct under
// the common colour-vision deficiencies; sequential values use viridis.
var (
	colInk   = color.RGBA{0x1a, 0x1a, 0x1a, 0xff}
	colMuted = color.RGBA{0x55, 0x55, 0x55, 0xff}
	colAxis  = color.RGBA{0x44, 0x44, 0x44, 0xff}
	colGrid  = color.RGBA{0xdd, 0xdd, 0xdd, 0xff}
	colOther = color.RGBA{0xc4, 0xc4, 0xc4, 0xff}

	okOrange    = color.RGBA{0xE6, 0x9F, 0x00, 0xff}
	okSkyBlue   = color.RGBA{0x56, 0xB4, 0xE9, 0xff}
	okGreen     = color.RGBA{0x00, 0x9E, 0x73, 0xff}
	okYellow    = color.RGBA{0xF0, 0xE4, 0x42, 0xff}
	okBlue      = color.RGBA{0x00, 0x72, 0xB2, 0xff}
	okVermilion = color.RGBA{0xD5, 0x5E, 0x00, 0xff}
	okPurple    = color.RGBA{0xCC, 0x79, 0xA7, 0xff}
	okBlack     = color.RGBA{0x00, 0x00, 0x00, 0xff}
)

// scenarioColors: the reference scenario blue, the first alternative
// vermilion, then the rest of the palette.
var scenarioColors = []color.Color{okBlue, okVermilion, okGreen, okOrange, okPurple, okSkyBlue, okBlack}

func scenarioColor(i int) color.Color { return scenarioColors[i%len(scenarioColors)] }

// sourceColors gives each supply category of a peak-week chart a colour:
// Iranian supply in the warm colours of the dependency chart, known
// categories fixed, the rest from what is left. Vermilion is kept for
// unserved demand and black for the demand line.
func sourceColors(names []string, l *chartLang) []color.Color {
	fixed := map[string]color.Color{
		SourceKindIranElec: okPurple, SourceKindIranGas: okOrange, SourceKindHydro: okSkyBlue, SourceKindSolar: okYellow,
		SourceKindGas: okBlue, SourceKindLiquid: colOther, SourceKindImports: okGreen,
	}
	spare := []color.Color{okGreen, okBlue, okSkyBlue, colOther, okYellow, color.RGBA{0x66, 0x66, 0x66, 0xff}}
	used := map[color.Color]bool{}
	out := make([]color.Color, len(names))
	for i, n := range names {
		if c, ok := fixed[l.sourceKind(n)]; ok && !used[c] {
			out[i], used[c] = c, true
		}
	}
	for i := range names {
		if out[i] != nil {
			continue
		}
		out[i] = spare[i%len(spare)]
		for _, c := range spare {
			if !used[c] {
				out[i] = c
				break
			}
		}
		used[out[i]] = true
	}
	return out
}

// withAlpha returns c at opacity a (0–1), premultiplied as image/color
// expects.
func withAlpha(c color.Color, a float64) color.Color {
	r, g, b, _ := c.RGBA()
	return color.NRGBA{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8), uint8(math.Round(a * 255))}
}

// viridisStops are matplotlib's viridis at nine evenly spaced points.
var viridisStops = []color.RGBA{
	{0x44, 0x01, 0x54, 0xff}, {0x47, 0x2c, 0x7a, 0xff}, {0x3b, 0x51, 0x8b, 0xff},
	{0x2c, 0x71, 0x8e, 0xff}, {0x21, 0x90, 0x8d, 0xff}, {0x27, 0xad, 0x81, 0xff},
	{0x5c, 0xc8, 0x63, 0xff}, {0xaa, 0xdc, 0x32, 0xff}, {0xfd, 0xe7, 0x25, 0xff},
}

// viridis maps t in [0, 1] (clamped) to a colour by linear interpolation
// between the stops.
func viridis(t float64) color.RGBA {
	if math.IsNaN(t) || t < 0 {
		t = 0
	}
	if t > 1 {
		t = 1
	}
	x := t * float64(len(viridisStops)-1)
	i := int(x)
	if i >= len(viridisStops)-1 {
		return viridisStops[len(viridisStops)-1]
	}
	f := x - float64(i)
	a, b := viridisStops[i], viridisStops[i+1]
	mix := func(p, q uint8) uint8 { return uint8(math.Round(float64(p) + f*(float64(q)-float64(p)))) }
	return color.RGBA{mix(a.R, b.R), mix(a.G, b.G), mix(a.B, b.B), 0xff}
}

// inkOn returns black or white text, whichever has the higher WCAG
// contrast ratio against background c.
func inkOn(c color.Color) color.Color {
	r, g, b, _ := c.RGBA()
	lin := func(v uint32) float64 {
		x := float64(v) / 0xffff
		if x <= 0.04045 {
			return x / 12.92
		}
		return math.Pow((x+0.055)/1.055, 2.4)
	}
	lum := 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
	if (lum+0.05)/0.05 > 1.05/(lum+0.05) {
		return colInk
	}
	return color.White
}
