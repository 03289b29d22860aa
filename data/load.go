package data

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// Load reads a user dataset: a directory of CSV files named after the tables
// (units.csv, ...) or one .xlsx workbook whose sheet names are the table
// names. Every problem found is returned at once as a Problems error. If the
// data has no demand table but has climate and zones.peak_mw, hourly demand
// is synthesized for the base year.
func Load(p string) (*Dataset, error) {
	ds, probs, err := loadPath(p)
	if err != nil {
		return nil, err
	}
	if len(probs) > 0 {
		return nil, probs
	}
	return ds, nil
}

// Check reads a dataset like Load and returns every problem found; the error
// is for a path that cannot be read at all (or a refused workbook).
func Check(p string) ([]Problem, error) {
	_, probs, err := loadPath(p)
	return probs, err
}

func loadPath(p string) (*Dataset, Problems, error) {
	st, err := os.Stat(p)
	if err != nil {
		return nil, nil, err
	}
	c := &collector{}
	var tables []*table
	switch {
	case st.IsDir():
		tables, err = readDir(os.DirFS(p), ".", c)
		if err != nil {
			return nil, nil, err
		}
	case strings.EqualFold(filepath.Ext(p), ".xlsx"):
		if st.Size() > maxFileBytes {
			return nil, nil, fmt.Errorf("%s: file is larger than %d MiB", p, maxFileBytes>>20)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, nil, err
		}
		tables, err = readXLSX(filepath.Base(p), b, c)
		if err != nil {
			return nil, nil, err
		}
	default:
		return nil, nil, fmt.Errorf("%s: give a directory of CSV files or an .xlsx workbook", p)
	}
	ds := build(tables, c, p)
	return ds, sortProblems(c.probs), nil
}

// readDir reads every .csv file of a directory in an fs.FS.
func readDir(fsys fs.FS, dir string, c *collector) ([]*table, error) {
	ents, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, err
	}
	var tables []*table
	for _, e := range ents {
		if e.IsDir() || !strings.EqualFold(path.Ext(e.Name()), ".csv") {
			continue
		}
		name := strings.ToLower(strings.TrimSuffix(e.Name(), path.Ext(e.Name())))
		if !knownTable(name) {
			c.add(e.Name(), "", 0, "", "unknown table %q (tables: %s)", name, tableList())
			continue
		}
		info, err := e.Info()
		if err != nil {
			return nil, err
		}
		if info.Size() > maxFileBytes {
			c.add(e.Name(), name, 0, "", "file is larger than %d MiB", maxFileBytes>>20)
			continue
		}
		b, err := fs.ReadFile(fsys, path.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		if t := readCSV(name, e.Name(), b, c); t != nil {
			tables = append(tables, t)
		}
	}
	return tables, nil
}

// build decodes and validates the tables, then synthesizes demand when the
// data asks for it. origin is recorded in Dataset.Origin.
func build(list []*table, c *collector, origin string) *Dataset {
	tables := map[string]*table{}
	for _, t := range list {
		if prev := tables[t.Name]; prev != nil {
			c.add(t.File, t.Name, 0, "", "table given twice (also in %s)", prev.File)
			continue
		}
		tables[t.Name] = t
	}
	for _, sp := range specs {
		if sp.Required && tables[sp.Name] == nil {
			c.add(sp.Name+".csv", sp.Name, 0, "", "required table is missing")
		}
	}
	ds := decodeTables(tables, c)
	ds.Origin = origin
	codes := make([]string, len(ds.Zones))
	for i, z := range ds.Zones {
		codes[i] = z.Code
	}
	if t := tables["demand"]; t != nil {
		ds.Demand = decodeHourly(t, codes, true, c)
	}
	if t := tables["temperature"]; t != nil {
		ds.Temperature = decodeHourly(t, codes, true, c)
	}
	if t := tables["profiles"]; t != nil {
		ds.Profiles = decodeHourly(t, nil, false, c)
	}
	if tables["demand"] == nil && tables["climate"] == nil && tables["zones"] != nil {
		c.add("demand.csv", "demand", 0, "", "no demand table, and no climate table to synthesize demand from")
	}
	validate(ds, c)
	if len(c.probs) > 0 || ds.Demand != nil {
		return ds
	}
	year := int(ds.Param("base_year", paramValue(embeddedParams(), "base_year")))
	if year == 0 {
		c.add("params.csv", "params", 0, "base_year", "needed to synthesize demand (no demand table was given)")
		return ds
	}
	if err := Synthesize(ds, year); err != nil {
		var ps Problems
		if errors.As(err, &ps) {
			c.probs = append(c.probs, ps...)
		} else {
			c.add("", "demand", 0, "", "cannot synthesize demand: %v", err)
		}
	}
	return ds
}

// Param returns the value of a named parameter, or def when absent.
func (ds *Dataset) Param(name string, def float64) float64 {
	for _, p := range ds.Params {
		if p.Name == name {
			return p.Value
		}
	}
	return def
}

func paramValue(ps []Param, name string) float64 {
	for _, p := range ps {
		if p.Name == name {
			return p.Value
		}
	}
	return 0
}
