package data

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Export writes the dataset as an editable template: format "csv" writes a
// directory of CSV files (one per table, plus README.md), "xlsx" one workbook
// (a README sheet, a columns sheet describing every column, then one sheet
// per table with drop-down lists). Output is written under a temporary name
// and renamed into place. Loading the result gives back the same dataset.
func Export(ds *Dataset, format, path string) error {
	switch strings.ToLower(format) {
	case "csv":
		return exportCSV(ds, path)
	case "xlsx":
		return exportXLSX(ds, path)
	}
	return fmt.Errorf("export: unknown format %q (csv or xlsx)", format)
}

func exportCSV(ds *Dataset, path string) error {
	parent := filepath.Dir(path)
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(path)+".tmp-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	for _, t := range tablesOf(ds) {
		var b bytes.Buffer
		w := csv.NewWriter(&b)
		if err := w.WriteAll(t.rows); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(tmp, t.name+".csv"), b.Bytes(), 0o644); err != nil {
			return err
		}
	}
	if err := os.WriteFile(filepath.Join(tmp, "README.md"), []byte(readmeText(ds, "md")), 0o644); err != nil {
		return err
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		return err
	}
	return replaceDir(tmp, path)
}

// replaceDir moves dir to path, replacing an existing directory there only
// once the new one is complete.
func replaceDir(dir, path string) error {
	if st, err := os.Stat(path); err == nil {
		if !st.IsDir() {
			return fmt.Errorf("export: %s exists and is not a directory", path)
		}
		old := dir + ".old"
		if err := os.Rename(path, old); err != nil {
			return err
		}
		if err := os.Rename(dir, path); err != nil {
			os.Rename(old, path)
			return err
		}
		return os.RemoveAll(old)
	}
	return os.Rename(dir, path)
}

// readmeText explains the template: where the data came from and what
// every column means.
func readmeText(ds *Dataset, style string) string {
	var b strings.Builder
	h := func(s string) {
		if style == "md" {
			b.WriteString("## " + s + "\n\n")
		} else {
			b.WriteString(s + "\n")
		}
	}
	if style == "md" {
		b.WriteString("# gridrisk input data\n\n")
	}
	fmt.Fprintf(&b, "Dataset: %s. Content hash (SHA-256): %s\n\n", ds.Origin, ds.Hash())
	b.WriteString("Edit the tables and load them with `gridrisk assess --data PATH` (a directory of these CSV files, or the .xlsx workbook); `gridrisk data check PATH` lists every problem with its table, row and column. Header names are case-insensitive; percentages such as 12% are accepted in fraction columns; UTF-8 (with or without a byte-order mark) and Windows-1256 text are read. Every number carries source ids resolving to the sources table; ids starting with A are assumptions whose reasoning is in sources.note.\n\n")
	h("Tables")
	for _, sp := range specs {
		req := "optional"
		if sp.Required {
			req = "required"
		}
		fmt.Fprintf(&b, "- %s (%s): %s\n", sp.Name, req, sp.Desc)
	}
	for _, name := range hourlyTables {
		fmt.Fprintf(&b, "- %s: %s\n", name, hourlyDesc[name])
	}
	b.WriteString("\n")
	if style == "md" {
		h("Columns")
		for _, sp := range specs {
			fmt.Fprintf(&b, "### %s\n\n| column | required | unit | meaning |\n|---|---|---|---|\n", sp.Name)
			for _, c := range sp.Columns {
				req := ""
				if c.Required {
					req = "yes"
				}
				fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", c.Name, req, c.Unit, strings.ReplaceAll(c.Desc, "|", "/"))
			}
			b.WriteString("\n")
		}
	}
	return b.String()
}
