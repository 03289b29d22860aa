package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"reflect"
)

// WriteJSON writes the document as indented JSON. Field order is the
// struct's, and the Document holds no maps, so identical inputs give
// identical bytes. A NaN or infinite number is an error naming its field,
// never a silent zero.
func WriteJSON(w io.Writer, doc *Document) error {
	if doc == nil {
		return fmt.Errorf("report: WriteJSON: nil document")
	}
	if path := nonFinite(reflect.ValueOf(doc).Elem(), ""); path != "" {
		return fmt.Errorf("report: WriteJSON: %s is not a finite number", path)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("report: WriteJSON: %w", err)
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// maxDocumentBytes bounds a document read back (an assess document of the
// embedded data is under 1 MiB).
const maxDocumentBytes = 256 << 20

// ReadJSON reads a document written by WriteJSON (for `gridrisk chart
// --from`). Unknown fields are an error, so a misspelt key is not ignored.
func ReadJSON(r io.Reader) (*Document, error) {
	raw, err := io.ReadAll(io.LimitReader(r, maxDocumentBytes+1))
	if err != nil {
		return nil, fmt.Errorf("report: reading JSON document: %w", err)
	}
	if len(raw) > maxDocumentBytes {
		return nil, fmt.Errorf("report: reading JSON document: larger than %d MiB", maxDocumentBytes>>20)
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	var doc Document
	if err := dec.Decode(&doc); err != nil {
		return nil, fmt.Errorf("report: reading JSON document: %w", err)
	}
	if dec.More() {
		return nil, fmt.Errorf("report: reading JSON document: trailing data after the document")
	}
	if len(doc.Scenarios) == 0 {
		return nil, fmt.Errorf("report: reading JSON document: no scenarios")
	}
	if err := checkDocument(raw, &doc); err != nil {
		return nil, fmt.Errorf("report: reading JSON document: %w", err)
	}
	return &doc, nil
}

// nonFinite returns the JSON path of the first NaN or ±Inf in v, or "".
func nonFinite(v reflect.Value, path string) string {
	var bad string
	walkNumbers(v, "", path, func(x float64, _, p string) error {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			bad = p
			return errStop
		}
		return nil
	})
	return bad
}
