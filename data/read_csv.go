package data

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// maxFileBytes caps any single input file (CSV or XLSX).
const maxFileBytes = 64 << 20

// table is a table as read from a file: a normalized header, the data rows
// and the row number the user sees for each (header = row 1).
type table struct {
	Name   string
	File   string
	Header []string // lower-case, trimmed
	Raw    []string // header as written
	Rows   [][]string
	Line   []int
}

// col returns the index of a column, or -1.
func (t *table) col(name string) int {
	for i, h := range t.Header {
		if h == name {
			return i
		}
	}
	return -1
}

// decodeText turns file bytes into UTF-8: a UTF-16 file (Excel's "Unicode
// text", Notepad's "Unicode") is recognised by its byte-order mark and
// decoded, a UTF-8 byte-order mark is dropped, and bytes that are not valid
// UTF-8 are read as Windows-1256 (the code page of older Arabic Excel).
func decodeText(b []byte) (string, error) {
	if bytes.HasPrefix(b, []byte("\xff\xfe")) || bytes.HasPrefix(b, []byte("\xfe\xff")) {
		out, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(b)
		if err != nil || !utf8.Valid(out) {
			return "", fmt.Errorf("text starts with a UTF-16 byte-order mark but is not valid UTF-16; save it as CSV UTF-8")
		}
		return string(out), nil
	}
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	if utf8.Valid(b) {
		return string(b), nil
	}
	out, err := charmap.Windows1256.NewDecoder().Bytes(b)
	if err != nil {
		return "", fmt.Errorf("text is neither UTF-8 nor Windows-1256: %w", err)
	}
	return string(out), nil
}

// readCSV parses one CSV file into a table. Empty rows are skipped, trailing
// empty cells dropped; a malformed file is a Problem, not an error. Row
// numbers count records as a spreadsheet shows them (a cell with a line
// break inside quotes is still one row).
func readCSV(name, file string, b []byte, c *collector) *table {
	t := &table{Name: name, File: file}
	if len(b) > maxFileBytes {
		c.add(file, name, 0, "", "file is larger than %d MiB", maxFileBytes>>20)
		return nil
	}
	text, err := decodeText(b)
	if err != nil {
		c.add(file, name, 0, "", "%v", err)
		return nil
	}
	r := csv.NewReader(strings.NewReader(text))
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	extra := 0 // line breaks inside quoted cells so far: rows, not lines, are what a spreadsheet shows
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			line := 0
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				line = pe.Line
			}
			c.add(file, name, line, "", "malformed CSV: %v", err)
			return nil
		}
		line, _ := r.FieldPos(0)
		line -= extra
		for _, f := range rec {
			extra += strings.Count(f, "\n")
		}
		t.addRecord(rec, line)
	}
	if t.Header == nil {
		c.add(file, name, 0, "", "the table is empty (no header row)")
		return nil
	}
	return t
}

// addRecord takes the first non-empty record as the header and the later
// ones as rows, remembering the line the user sees each on.
func (t *table) addRecord(rec []string, line int) {
	rec = trimTrailingEmpty(rec)
	switch {
	case len(rec) == 0:
	case t.Header == nil:
		setHeader(t, rec)
	default:
		t.Rows = append(t.Rows, rec)
		t.Line = append(t.Line, line)
	}
}

func setHeader(t *table, rec []string) {
	t.Raw = rec
	t.Header = make([]string, len(rec))
	for i, h := range rec {
		t.Header[i] = strings.ToLower(strings.TrimSpace(h))
	}
}

func trimTrailingEmpty(rec []string) []string {
	n := len(rec)
	for n > 0 && strings.TrimSpace(rec[n-1]) == "" {
		n--
	}
	return rec[:n]
}
