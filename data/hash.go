package data

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
)

// Hash is a stable SHA-256 over the tables' canonical content (the same text
// the CSV export writes, table by table), so two datasets with the same
// numbers and notes hash alike wherever they were loaded from. Origin and
// where each row came from do not enter it.
func (ds *Dataset) Hash() string {
	h := sha256.New()
	for _, t := range tablesOf(ds) {
		h.Write([]byte(t.name))
		h.Write([]byte{0x1d})
		for _, r := range t.rows {
			h.Write([]byte(strings.Join(r, "\x1f")))
			h.Write([]byte{0x1e})
		}
	}
	return hex.EncodeToString(h.Sum(nil))
}
