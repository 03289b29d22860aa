package data

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"
)

// TestEncodingFixtures loads Windows-1256 text and UTF-8 with a byte-order
// mark, CRLF line ends, odd header case and spacing, trailing empty cells and
// rows, and percentages written both ways.
func TestEncodingFixtures(t *testing.T) {
	for _, dir := range []string{"cp1256", "bom_crlf"} {
		t.Run(dir, func(t *testing.T) {
			ds, err := Load(filepath.Join("testdata", dir))
			if err != nil {
				t.Fatal(err)
			}
			if len(ds.Zones) != 2 || ds.Zones[0].NameAr != "بغداد" || ds.Zones[1].NameAr != "حلبجة" {
				t.Errorf("zones = %+v", ds.Zones)
			}
			if len(ds.Units) != 2 || ds.Units[0].FOR != 0.12 || ds.Units[1].FOR != 0.12 {
				t.Errorf("FOR of 12%% and 12 %% = %v, %v, want 0.12", ds.Units[0].FOR, ds.Units[1].FOR)
			}
			if got := ds.Demand.Columns; len(got) != 2 || got[0] != "IQ-BG" || got[1] != "HALABJA" {
				t.Errorf("demand columns %v, want zone codes in their canonical case", got)
			}
			if n := len(ds.Demand.Values[0]); n != 2 {
				t.Errorf("demand hours = %d, want 2 (empty trailing rows ignored)", n)
			}
		})
	}
	ds, err := Load(filepath.Join("testdata", "cp1256"))
	if err == nil && ds.Units[0].Note != "محطة" {
		t.Errorf("Windows-1256 note decoded as %q", ds.Units[0].Note)
	}
}

// tinyWorkbook builds a workbook from the base tables, with the FOR cells
// written as a percentage-formatted number and as text "5 %".
func tinyWorkbook(t testing.TB) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	pct, err := f.NewStyle(&excelize.Style{NumFmt: 9}) // 0%
	if err != nil {
		t.Fatal(err)
	}
	for name, body := range base {
		sheet := strings.TrimSuffix(name, ".csv")
		if _, err := f.NewSheet(sheet); err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(strings.TrimSpace(body), "\n") {
			for j, cell := range strings.Split(line, ",") {
				ref := cellName(j+1, i+1)
				if v, err := parseNumber(cell, false); err == nil && i > 0 {
					f.SetCellFloat(sheet, ref, v, -1, 64)
				} else {
					f.SetCellStr(sheet, ref, cell)
				}
			}
		}
	}
	f.SetCellFloat("units", "E2", 0.1, -1, 64)
	f.SetCellStyle("units", "E2", "E2", pct)
	f.SetCellStr("units", "E3", "5 %")
	f.DeleteSheet("Sheet1")
	var b bytes.Buffer
	if _, err := f.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestXLSXPercentCells(t *testing.T) {
	path := filepath.Join(t.TempDir(), "book.xlsx")
	if err := os.WriteFile(path, tinyWorkbook(t), 0o644); err != nil {
		t.Fatal(err)
	}
	ds, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if ds.Units[0].FOR != 0.1 || ds.Units[1].FOR != 0.05 {
		t.Errorf("FOR = %v, %v; want 0.1 (percent-formatted cell) and 0.05 (text 5 %%)", ds.Units[0].FOR, ds.Units[1].FOR)
	}
	// A problem in a workbook names the workbook and the sheet's row.
	f, _ := excelize.OpenFile(path)
	f.SetCellFloat("units", "C3", -7, -1, 64)
	f.Save()
	f.Close()
	probs, err := Check(path)
	if err != nil {
		t.Fatal(err)
	}
	want := "book.xlsx: table units, row 3, column capacity_mw: must be ≥ 0 (got -7)"
	if len(probs) != 1 || probs[0].Error() != want {
		t.Errorf("problems %v, want %q", probs, want)
	}
}

func TestZipBombRefused(t *testing.T) {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	w, _ := zw.Create("xl/worksheets/sheet1.xml")
	zeros := make([]byte, 1<<20)
	for i := 0; i < 24; i++ { // 24 MiB of zeros compress about 1000:1
		w.Write(zeros)
	}
	zw.Close()
	path := filepath.Join(t.TempDir(), "bomb.xlsx")
	os.WriteFile(path, b.Bytes(), 0o644)
	_, err := Load(path)
	if err == nil || !strings.Contains(err.Error(), "zip bomb") {
		t.Fatalf("err = %v, want a zip bomb refusal", err)
	}
	if _, err := Check(path); err == nil {
		t.Fatal("Check accepted a zip bomb")
	}
}

func TestNotAWorkbook(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.xlsx")
	os.WriteFile(path, []byte("hello"), 0o644)
	if _, err := Load(path); err == nil || !strings.Contains(err.Error(), "not a valid .xlsx") {
		t.Fatalf("err = %v", err)
	}
	if _, err := Load(filepath.Join(t.TempDir(), "missing")); err == nil {
		t.Fatal("no error for a missing path")
	}
}

// FuzzLoadCSV feeds arbitrary bytes as one table of an otherwise valid
// dataset: loading must never panic. Seeds run in every go test; fuzz by
// hand with go test ./data -fuzz FuzzLoadCSV -fuzztime 60s.
func FuzzLoadCSV(f *testing.F) {
	for _, s := range base {
		f.Add(byte(0), []byte(s))
	}
	for _, tc := range ruleCases {
		for _, s := range tc.changes {
			f.Add(byte(1), []byte(s))
		}
	}
	f.Add(byte(2), []byte("\xef\xbb\xbfhour,A,B\r\n1,\"9\n0\",1\r\n"))
	f.Add(byte(3), []byte("id,zone,capacity_mw,for,mttr_h\nu1,A,1e308,99%,1\n"))
	names := []string{"zones.csv", "units.csv", "demand.csv", "profiles.csv", "fuels.csv", "corridors.csv", "climate.csv", "hydro.csv", "links.csv", "sources.csv", "params.csv", "temperature.csv"}
	f.Fuzz(func(t *testing.T, which byte, body []byte) {
		m := fstest.MapFS{}
		for k, v := range base {
			m["d/"+k] = &fstest.MapFile{Data: []byte(v)}
		}
		m["d/"+names[int(which)%len(names)]] = &fstest.MapFile{Data: body}
		ds, err := loadFS(m, "d", "fuzz")
		if err == nil && ds == nil {
			t.Fatal("nil dataset without an error")
		}
	})
}

// FuzzLoadXLSX feeds arbitrary bytes as a workbook: never a panic.
func FuzzLoadXLSX(f *testing.F) {
	f.Add(tinyWorkbook(f))
	f.Add([]byte("PK\x03\x04"))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		c := &collector{}
		tables, err := readXLSX("fuzz.xlsx", b, c)
		if err != nil {
			return
		}
		build(tables, c, "fuzz")
	})
}

// A misspelt sheet name is an error, as a misspelt CSV file name is: the
// corridors would otherwise vanish and every zone become an island. The
// template's README and columns sheets are documentation.
func TestXLSXUnknownSheet(t *testing.T) {
	f, err := excelize.OpenReader(bytes.NewReader(tinyWorkbook(t)))
	if err != nil {
		t.Fatal(err)
	}
	if err := f.SetSheetName("corridors", "corridor"); err != nil {
		t.Fatal(err)
	}
	for _, doc := range []string{"README", "columns"} {
		if _, err := f.NewSheet(doc); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(t.TempDir(), "book.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	f.Close()
	probs, err := Check(path)
	if err != nil {
		t.Fatal(err)
	}
	want := `book.xlsx: unknown sheet "corridor" (tables: zones, units,`
	if len(probs) != 1 || !strings.HasPrefix(probs[0].Error(), want) {
		t.Errorf("problems %v, want one starting %q", probs, want)
	}
	// The same typo in a CSV directory gives the same kind of problem.
	dir := writeDir(t, with(map[string]string{"corridors.csv": "", "corridor.csv": base["corridors.csv"]}))
	probs, err = Check(dir)
	if err != nil || len(probs) != 1 || !strings.Contains(probs[0].Error(), `unknown table "corridor"`) {
		t.Errorf("CSV: problems %v (%v), want one unknown table", probs, err)
	}
}

// UTF-16 files (Excel's "Unicode text", Notepad's "Unicode"), either byte
// order, are recognised by their byte-order mark and read like UTF-8.
func TestUTF16CSV(t *testing.T) {
	enc := func(s string, big bool) string {
		var b []byte
		if big {
			b = append(b, 0xfe, 0xff)
		} else {
			b = append(b, 0xff, 0xfe)
		}
		for _, r := range s {
			for _, u := range utf16.Encode([]rune{r}) {
				if big {
					b = append(b, byte(u>>8), byte(u))
				} else {
					b = append(b, byte(u), byte(u>>8))
				}
			}
		}
		return string(b)
	}
	for _, big := range []bool{false, true} {
		files := map[string]string{}
		for name, body := range with(map[string]string{"zones.csv": "code,name,name_ar,region,peak_mw\nA,Alpha,بغداد,federal,100\nB,Beta,حلبجة,kurdistan,50\n"}) {
			files[name] = enc(strings.ReplaceAll(body, "\n", "\r\n"), big)
		}
		ds, err := Load(writeDir(t, files))
		if err != nil {
			t.Fatalf("big endian %v: %v", big, err)
		}
		if ds.Zones[0].NameAr != "بغداد" || ds.Units[1].FOR != 0.05 || len(ds.Demand.Values[0]) != 3 {
			t.Errorf("big endian %v: zones %+v, units %+v", big, ds.Zones, ds.Units)
		}
	}
	// A byte-order mark on bytes that are not UTF-16 says what to do.
	probs, err := Check(writeDir(t, with(map[string]string{"zones.csv": "\xff\xfe\x00\xd8"})))
	if err != nil {
		t.Fatal(err)
	}
	if len(probs) == 0 {
		t.Error("a broken UTF-16 file passed")
	}
}
