package report

import (
	"os"
	"testing"
)

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
}
