package report

import (
	"os"
	"testing"
)

// TestDumpSVG writes every chart's SVG and PDF, and PNGs of the edge
// documents, to $GRIDRISK_CHART_DIR for looking at.
func TestDumpSVG(t *testing.T) {
	dir := os.Getenv("GRIDRISK_CHART_DIR")
	if dir == "" {
		t.Skip()
	}
	for _, lang := range []string{"en", "ar"} {
		for _, name := range ChartNames {
			s, _ := spec(chartTestDoc(), name, lang)
			for _, f := range []string{"svg", "pdf"} {
				b, err := render(s, f)
				if err != nil {
					t.Fatal(err)
				}
				os.WriteFile(dir+"/"+name+"-"+lang+"."+f, b, 0o644)
			}
		}
	}
	for _, tc := range chartEdgeDocs() {
		for name := range tc.want {
			b, err := RenderPNG(tc.doc, name, "en")
			if err != nil {
				t.Fatal(err)
			}
			os.WriteFile(dir+"/edge-"+tc.name+"-"+name+".png", b, 0o644)
		}
	}
}
