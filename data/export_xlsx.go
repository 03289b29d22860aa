package data

import (
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// exportXLSX writes one workbook: README, columns, then a sheet per table.
// An existing file is replaced only when it is a regular file and an
// unchanged earlier export, or with opt.Force.
func exportXLSX(ds *Dataset, path string, opt ExportOptions) error {
	if err := checkParent(path); err != nil {
		return err
	}
	if err := CheckOutputFile("export", path); err != nil {
		return err
	}
	if _, err := os.Lstat(path); err == nil && !opt.Force {
		if why := changedExport(path, false); why != "" {
			return fmt.Errorf("export: %s exists and %s; choose another name, or add --force to replace it", path, why)
		}
	}
	f := excelize.NewFile()
	defer f.Close()
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}, Fill: excelize.Fill{Type: "pattern", Color: []string{"DDEBF7"}, Pattern: 1}})
	if err != nil {
		return err
	}
	if err := f.SetSheetName("Sheet1", "README"); err != nil {
		return err
	}
	for i, line := range strings.Split(readmeText(ds, "text"), "\n") {
		if err := f.SetCellStr("README", cellName(1, i+1), line); err != nil {
			return err
		}
	}
	f.SetColWidth("README", "A", "A", 160)
	if err := writeColumnsSheet(f, bold); err != nil {
		return err
	}
	tables := tablesOf(ds)
	lengths := map[string]int{}
	for _, t := range tables {
		lengths[t.name] = len(t.rows)
		if err := writeSheet(f, t, bold); err != nil {
			return fmt.Errorf("export: sheet %s: %w", t.name, err)
		}
	}
	if err := addDropDowns(f, ds, lengths); err != nil {
		return err
	}
	f.SetActiveSheet(0)
	out, err := newPendingFile(path)
	if err != nil {
		return writeError(path, err)
	}
	defer out.Cleanup() // no-op after the rename
	if _, err := f.WriteTo(out); err != nil {
		return writeError(path, err)
	}
	if err := out.CloseAtomicallyReplace(); err != nil {
		return writeError(path, err)
	}
	return nil
}

func cellName(col, row int) string {
	n, err := excelize.CoordinatesToCellName(col, row)
	if err != nil {
		panic("data: cell name: " + err.Error())
	}
	return n
}

// writeColumnsSheet documents every column: table, name, required, unit,
// meaning and default.
func writeColumnsSheet(f *excelize.File, style int) error {
	const sh = "columns"
	if _, err := f.NewSheet(sh); err != nil {
		return err
	}
	rows := [][]any{{"table", "column", "required", "unit", "meaning (and default when absent)"}}
	for _, sp := range specs {
		for _, c := range sp.Columns {
			req := "no"
			if c.Required {
				req = "yes"
			}
			rows = append(rows, []any{sp.Name, c.Name, req, c.Unit, c.Desc})
		}
	}
	for _, name := range hourlyTables {
		rows = append(rows, []any{name, "hour | time, then one column per id", "", "", hourlyDesc[name]})
	}
	for i, r := range rows {
		if err := f.SetSheetRow(sh, cellName(1, i+1), &r); err != nil {
			return err
		}
	}
	f.SetCellStyle(sh, "A1", "E1", style)
	f.SetColWidth(sh, "A", "B", 18)
	f.SetColWidth(sh, "E", "E", 110)
	return f.SetPanes(sh, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"})
}

// numericColumn reports whether a column of a table holds numbers.
func numericColumn(table, col string) bool {
	sp := spec(table)
	if sp == nil { // hourly: every column but the first
		return col != "time" && col != "hour"
	}
	for _, c := range sp.Columns {
		if c.Name == col {
			return c.Kind == kNum || c.Kind == kFrac || c.Kind == kInt
		}
	}
	return false
}

// writeSheet writes a table with a stream writer (the hourly sheets have
// ~175,000 cells), numbers as numbers and text as text.
func writeSheet(f *excelize.File, t cells, style int) error {
	if _, err := f.NewSheet(t.name); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(t.name)
	if err != nil {
		return err
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	hdr := t.rows[0]
	numeric := make([]bool, len(hdr))
	for j, h := range hdr {
		numeric[j] = numericColumn(t.name, h)
	}
	for i, r := range t.rows {
		vals := make([]any, len(r))
		for j, s := range r {
			switch {
			case i == 0:
				vals[j] = excelize.Cell{StyleID: style, Value: s}
			case numeric[j] && s != "":
				v, err := strconv.ParseFloat(s, 64)
				if err != nil {
					return fmt.Errorf("row %d column %s: %v", i+1, hdr[j], err)
				}
				vals[j] = v
			default:
				vals[j] = s
			}
		}
		if err := sw.SetRow(cellName(1, i+1), vals); err != nil {
			return err
		}
	}
	return sw.Flush()
}

// addDropDowns restricts coded columns to their lists: zone codes (from the
// zones sheet), fuel pools, technologies, regions.
func addDropDowns(f *excelize.File, ds *Dataset, lengths map[string]int) error {
	const maxRows = 5000 // room for rows the user adds
	zoneRef := ""
	if n := lengths["zones"]; n > 1 {
		zoneRef = fmt.Sprintf("zones!$A$2:$A$%d", n)
	}
	fuels := slices.Clone(reservedFuels)
	for _, x := range ds.Fuels {
		fuels = append(fuels, x.ID)
	}
	type dd struct {
		table, col string
		ref        string   // a range of another sheet
		list       []string // or an explicit list
	}
	dds := []dd{
		{"zones", "region", "", Regions},
		{"units", "zone", zoneRef, nil},
		{"units", "technology", "", Technologies},
		{"units", "fuel", "", fuels},
		{"links", "zone", zoneRef, nil},
		{"corridors", "from", zoneRef, nil},
		{"corridors", "to", zoneRef, nil},
		{"climate", "zone", zoneRef, nil},
		{"sources", "kind", "", []string{"source", "assumption"}},
	}
	for _, d := range dds {
		if lengths[d.table] == 0 || (d.ref == "" && d.list == nil) {
			continue
		}
		j := slices.Index(header(d.table), d.col)
		if j < 0 {
			continue
		}
		col, _ := excelize.ColumnNumberToName(j + 1)
		v := excelize.NewDataValidation(true)
		v.SetSqref(fmt.Sprintf("%s2:%s%d", col, col, maxRows))
		if d.ref != "" {
			v.SetSqrefDropList(d.ref)
		} else if err := v.SetDropList(d.list); err != nil {
			return fmt.Errorf("export: drop-down %s.%s: %w", d.table, d.col, err)
		}
		v.SetError(excelize.DataValidationErrorStyleStop, "gridrisk", "Choose a value from the list ("+d.table+"."+d.col+").")
		if err := f.AddDataValidation(d.table, v); err != nil {
			return fmt.Errorf("export: drop-down %s.%s: %w", d.table, d.col, err)
		}
	}
	return nil
}

// xlsxReadme is the text of an existing workbook's README sheet (column A,
// one line per row), or "" when it has none.
func xlsxReadme(path string) string {
	f, err := excelize.OpenFile(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	rows, err := f.GetRows("README")
	if err != nil {
		return ""
	}
	var b strings.Builder
	for _, r := range rows {
		if len(r) > 0 {
			b.WriteString(r[0])
		}
		b.WriteString("\n")
	}
	return b.String()
}
