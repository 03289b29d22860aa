package report

import (
	"bytes"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"io"

	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/vgpdf"
	"gonum.org/v1/plot/vg/vgsvg"
)

// svgCanvas wraps the SVG canvas so that shaped Arabic, which is already in
// visual order, is not reordered a second time by the viewer's bidi
// algorithm: such strings are wrapped in LEFT-TO-RIGHT OVERRIDE … POP
// DIRECTIONAL FORMATTING.
type svgCanvas struct{ *vgsvg.Canvas }

func (c svgCanvas) FillString(f font.Face, pt vg.Point, s string) {
	if hasRTL(s) {
		s = "\u202D" + s + "\u202C"
	}
	c.Canvas.FillString(f, pt, s)
}

// WriteTo names fallback fonts after DejaVu Sans, which the SVG does not
// embed (it would add 2 MB): viewers without it pick a common sans-serif
// that also has the Arabic presentation forms.
func (c svgCanvas) WriteTo(w io.Writer) (int64, error) {
	var buf bytes.Buffer
	if _, err := c.Canvas.WriteTo(&buf); err != nil {
		return 0, err
	}
	out := bytes.ReplaceAll(buf.Bytes(), []byte("font-family:DejaVu Sans;"),
		[]byte("font-family:'DejaVu Sans','Noto Sans','Segoe UI',Arial,sans-serif;"))
	n, err := w.Write(out)
	return int64(n), err
}

// pdfCanvas wraps the PDF canvas to draw all text as glyph outlines from
// the embedded font. vgpdf encodes text as code page 1252, which has no
// Arabic (nor − or ≥), and when a document uses two faces it embeds one
// font file for both (MakeFont names every file font.z), so bold titles
// come out in the regular face. Outlines render exactly as the PNG does, at
// the cost of text that cannot be selected in the PDF.
type pdfCanvas struct{ *vgpdf.Canvas }

func (c pdfCanvas) FillString(f font.Face, pt vg.Point, s string) {
	if f.Face == nil {
		c.Canvas.FillString(f, pt, s)
		return
	}
	fillOutlines(c.Canvas, f, pt, s)
}

// fillOutlines fills the glyph outlines of s, with its baseline origin at
// pt, using the canvas's current colour. It advances and kerns exactly as
// font.Face.Width measures.
func fillOutlines(c vg.Canvas, f font.Face, pt vg.Point, s string) {
	var (
		buf     sfnt.Buffer
		upem    = fixed.Int26_6(f.Face.UnitsPerEm())
		scale   = f.Font.Size / vg.Length(upem) // font units → points
		x       = pt.X
		prev    sfnt.GlyphIndex
		hasPrev bool
	)
	at := func(p fixed.Point26_6) vg.Point {
		// With ppem = units per em, 26.6 values are font units; sfnt's y
		// grows downward.
		return vg.Point{X: x + vg.Length(p.X)*scale, Y: pt.Y - vg.Length(p.Y)*scale}
	}
	for _, r := range s {
		idx, err := f.Face.GlyphIndex(&buf, r)
		if err != nil {
			continue
		}
		if hasPrev {
			if k, err := f.Face.Kern(&buf, prev, idx, upem, 0); err == nil {
				x += vg.Length(k) * scale
			}
		}
		segs, err := f.Face.LoadGlyph(&buf, idx, upem, nil)
		if err == nil && len(segs) > 0 {
			var p vg.Path
			for i, sg := range segs {
				switch sg.Op {
				case sfnt.SegmentOpMoveTo:
					if i > 0 {
						p.Close()
					}
					p.Move(at(sg.Args[0]))
				case sfnt.SegmentOpLineTo:
					p.Line(at(sg.Args[0]))
				case sfnt.SegmentOpQuadTo:
					p.QuadTo(at(sg.Args[0]), at(sg.Args[1]))
				case sfnt.SegmentOpCubeTo:
					p.CubeTo(at(sg.Args[0]), at(sg.Args[1]), at(sg.Args[2]))
				}
			}
			p.Close()
			c.Fill(p)
		}
		if adv, err := f.Face.GlyphAdvance(&buf, idx, upem, 0); err == nil {
			x += vg.Length(adv) * scale
		}
		prev, hasPrev = idx, true
	}
}

// pngWithDPI inserts a pHYs chunk after IHDR so that slide software places
// the 4000 × 2250 px image at its intended 13.333 × 7.5 in.
func pngWithDPI(png []byte, dpi float64) ([]byte, error) {
	const ihdrEnd = 8 + 8 + 13 + 4 // signature, IHDR length+type, data, CRC
	if len(png) < ihdrEnd || string(png[12:16]) != "IHDR" {
		return nil, errors.New("png: no IHDR chunk")
	}
	ppm := uint32(dpi/0.0254 + 0.5)
	chunk := make([]byte, 0, 21)
	chunk = binary.BigEndian.AppendUint32(chunk, 9)
	chunk = append(chunk, "pHYs"...)
	chunk = binary.BigEndian.AppendUint32(chunk, ppm)
	chunk = binary.BigEndian.AppendUint32(chunk, ppm)
	chunk = append(chunk, 1) // unit: metre
	chunk = binary.BigEndian.AppendUint32(chunk, crc32.ChecksumIEEE(chunk[4:]))
	var out bytes.Buffer
	out.Grow(len(png) + len(chunk))
	out.Write(png[:ihdrEnd])
	out.Write(chunk)
	out.Write(png[ihdrEnd:])
	return out.Bytes(), nil
}
