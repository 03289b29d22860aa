package data

import (
	"archive/zip"
	"bytes"
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"
)

// Limits that refuse a zip bomb before excelize inflates anything.
const (
	maxUnzipBytes = 256 << 20 // total uncompressed size of the workbook
	maxZipRatio   = 200       // uncompressed/compressed for a large entry
	ratioFloor    = 1 << 20   // entries below 1 MiB may compress as well as they like
)

// checkZip inspects the zip central directory of an XLSX file.
func checkZip(b []byte) error {
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return fmt.Errorf("not a valid .xlsx workbook (zip): %v", err)
	}
	var total uint64
	for _, f := range zr.File {
		total += f.UncompressedSize64
		if total > maxUnzipBytes {
			return fmt.Errorf("workbook refused: it would inflate to more than %d MiB", maxUnzipBytes>>20)
		}
		if f.UncompressedSize64 > ratioFloor && f.UncompressedSize64 > maxZipRatio*(f.CompressedSize64+1) {
			return fmt.Errorf("workbook refused: entry %s compresses %d:1 (limit %d:1), a zip bomb", f.Name, f.UncompressedSize64/(f.CompressedSize64+1), maxZipRatio)
		}
	}
	return nil
}

// readXLSX reads every sheet named like a known table. Cells are read raw
// (a percentage-formatted cell gives its fraction, a date its serial
// number), so no precision is lost to display formats.
func readXLSX(file string, b []byte, c *collector) ([]*table, error) {
	if len(b) > maxFileBytes {
		return nil, fmt.Errorf("%s: file is larger than %d MiB", file, maxFileBytes>>20)
	}
	if err := checkZip(b); err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(b), excelize.Options{
		RawCellValue:      true,
		UnzipSizeLimit:    maxUnzipBytes,
		UnzipXMLSizeLimit: maxUnzipBytes,
	})
	if err != nil {
		return nil, fmt.Errorf("%s: cannot open workbook: %v", file, err)
	}
	defer f.Close()
	var out []*table
	for _, sheet := range f.GetSheetList() {
		name := strings.ToLower(strings.TrimSpace(sheet))
		if docSheets[name] {
			continue // the template's documentation
		}
		if !knownTable(name) {
			// As for a CSV file of an unknown name: a misspelt optional
			// table ("corridor") would otherwise vanish without a word.
			c.add(file, "", 0, "", "unknown sheet %q (tables: %s; README and columns are the template's documentation)", sheet, tableList())
			continue
		}
		rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
		if err != nil {
			c.add(file, name, 0, "", "cannot read sheet %q: %v", sheet, err)
			continue
		}
		t := &table{Name: name, File: file}
		for i, rec := range rows {
			t.addRecord(rec, i+1)
		}
		if t.Header == nil {
			c.add(file, name, 0, "", "the sheet is empty (no header row)")
			continue
		}
		out = append(out, t)
	}
	return out, nil
}

// docSheets are the sheets an exported workbook carries besides the tables.
var docSheets = map[string]bool{"readme": true, "columns": true}

// tableList names the tables a CSV directory or a workbook may hold.
func tableList() string {
	var names []string
	for _, sp := range specs {
		names = append(names, sp.Name)
	}
	return strings.Join(append(names, hourlyTables...), ", ")
}

func knownTable(name string) bool {
	if spec(name) != nil {
		return true
	}
	for _, h := range hourlyTables {
		if h == name {
			return true
		}
	}
	return false
}
