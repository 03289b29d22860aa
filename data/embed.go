package data

import (
	"embed"
	"io/fs"
	"sync"
)

//go:embed iraq/*.csv
var iraqFS embed.FS

//go:embed rts79/*.csv
var rts79FS embed.FS

var (
	embeddedOnce sync.Once
	embeddedDS   *Dataset
	embeddedErr  error
)

// Embedded returns the embedded Iraq dataset, loaded through the same code
// as user data, with Demand and Temperature synthesized for the base year.
// Each call returns a fresh copy the caller may change.
func Embedded() (*Dataset, error) {
	embeddedOnce.Do(func() {
		embeddedDS, embeddedErr = loadFS(iraqFS, "iraq", "embedded")
	})
	if embeddedErr != nil {
		return nil, embeddedErr
	}
	return embeddedDS.Clone(), nil
}

// RTS79 returns the IEEE Reliability Test System 1979 as a single-zone
// dataset: 32 units and the 8,736-hour load of the published tables.
func RTS79() (*Dataset, error) {
	return loadFS(rts79FS, "rts79", "rts79")
}

// loadFS loads a directory of CSV files from an fs.FS.
func loadFS(fsys fs.FS, dir, origin string) (*Dataset, error) {
	c := &collector{}
	tables, err := readDir(fsys, dir, c)
	if err != nil {
		return nil, err
	}
	ds := build(tables, c, origin)
	if len(c.probs) > 0 {
		return nil, sortProblems(c.probs)
	}
	return ds, nil
}

var (
	paramsOnce sync.Once
	paramsEmb  []Param
)

// embeddedParams are the embedded params table (defaults for user data that
// lacks a parameter the synthesis needs).
func embeddedParams() []Param {
	paramsOnce.Do(func() {
		b, err := iraqFS.ReadFile("iraq/params.csv")
		if err != nil {
			panic("data: embedded params.csv missing: " + err.Error())
		}
		c := &collector{}
		t := readCSV("params", "params.csv", b, c)
		ds := decodeTables(map[string]*table{"params": t}, c)
		if len(c.probs) > 0 {
			panic("data: embedded params.csv is invalid: " + c.probs.Error())
		}
		paramsEmb = ds.Params
	})
	return paramsEmb
}
