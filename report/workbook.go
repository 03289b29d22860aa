package report

import (
	"fmt"
	"io"
	"math"
	"path/filepath"
	"reflect"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/google/renameio/v2"
	"github.com/xuri/excelize/v2"
)

// WriteWorkbook writes the document as an Excel workbook in lang ("en" or
// "ar": Arabic, right to left). The workbook is built in memory, written to
// a temporary file in the same directory and renamed over path, so a
// failure never leaves a truncated file over one the user had.
func WriteWorkbook(path string, doc *Document, lang string) error {
	if lang != LangEnglish && lang != LangArabic {
		return fmt.Errorf("report: workbook language %q: want %q or %q", lang, LangEnglish, LangArabic)
	}
	if doc == nil || len(doc.Scenarios) == 0 {
		return fmt.Errorf("report: workbook %s: the document has no scenarios", path)
	}
	if p := nonFinite(reflect.ValueOf(doc).Elem(), ""); p != "" {
		return fmt.Errorf("report: workbook %s: %s is not a finite number", path, p)
	}
	f, err := buildWorkbook(doc, lang)
	if err != nil {
		return fmt.Errorf("report: workbook %s: %w", path, err)
	}
	defer f.Close()
	if err := writeAtomic(path, func(w io.Writer) error { return writeWorkbookTo(f, w) }); err != nil {
		return fmt.Errorf("report: workbook %s: %w", path, err)
	}
	return nil
}

// writeWorkbookTo is the final serialisation; tests replace it to simulate a
// failure half-way through the write.
var writeWorkbookTo = func(f *excelize.File, w io.Writer) error { return f.Write(w) }

// writeAtomic writes through a temporary file beside path (renameio:
// created 0600, set to 0644 since reports are for sharing, fsynced) and
// renames it over path only when everything succeeded; on any failure the
// temporary file is removed and path is left as it was. The workbook and
// the charts are both written through it.
func writeAtomic(path string, write func(io.Writer) error) error {
	f, err := renameio.NewPendingFile(path, renameio.WithTempDir(filepath.Dir(path)), renameio.WithStaticPermissions(0o644))
	if err != nil {
		return err
	}
	defer f.Cleanup() // no-op after the rename
	if err := write(f); err != nil {
		return err
	}
	return f.CloseAtomicallyReplace()
}

// wb is a workbook under construction.
type wb struct {
	f     *excelize.File
	doc   *Document
	lang  string
	st    styles
	width map[string]map[int]float64 // sheet → column → width (characters)
	order []string                   // sheets in creation order
	table int                        // tables added, for unique names

	// Cross-sheet references for the native charts.
	summarySheetName string
	summaryChartRow  int
	seriesName       []string // per scenario: a cell holding its label
	govSheet         string
	govFirst         int
	govLast          int
	govHoursCol      int
}

// t is the message for key in the workbook's language, its yearly units
// relabelled for the period simulated (perPeriod) and, in the titles, the
// system named as run (systemName: a user's own system is not Iraq).
func (w *wb) t(key string, args ...any) string {
	s := perPeriod(w.doc, w.lang, tr(w.lang, key, args...))
	if key == "title.main" || key == "doc.title" {
		s = strings.Replace(s, trValue(w.lang, "iraq"), systemName(w.doc, w.lang), 1)
	}
	return s
}

func buildWorkbook(doc *Document, lang string) (*excelize.File, error) {
	w := &wb{f: excelize.NewFile(), doc: doc, lang: lang, width: map[string]map[int]float64{}}
	if lang == LangArabic {
		// Arial carries Arabic glyphs in Excel, LibreOffice and WPS alike.
		if err := w.f.SetDefaultFont("Arial"); err != nil {
			return nil, err
		}
	}
	var err error
	if w.st, err = newStyles(w.f, lang); err != nil {
		return nil, err
	}
	steps := []func() error{
		w.summarySheet, w.governoratesSheet, w.monthlySheet, w.rollingSheet, w.importsSheet,
	}
	if len(doc.Outlook) > 0 {
		steps = append(steps, w.outlookSheet)
	}
	if len(doc.Sensitivity) > 0 {
		steps = append(steps, w.sensitivitySheet)
	}
	if len(doc.Options) > 0 {
		steps = append(steps, w.optionsSheet)
	}
	if doc.Replacement != nil {
		steps = append(steps, w.replacementSheet)
	}
	if len(doc.Allocation) > 0 {
		steps = append(steps, w.allocationSheet)
	}
	steps = append(steps, w.supplySheet, w.scenariosSheet, w.backtestSheet, w.sourcesSheet, w.runSheet)
	for _, step := range steps {
		if err := step(); err != nil {
			return nil, err
		}
	}
	if err := w.finish(); err != nil {
		return nil, err
	}
	return w.f, nil
}

// sheet creates (or, for the first, renames the default) sheet.
func (w *wb) sheet(key string) (string, error) {
	name := w.t(key)
	if len(w.order) == 0 {
		if err := w.f.SetSheetName("Sheet1", name); err != nil {
			return "", err
		}
	} else if _, err := w.f.NewSheet(name); err != nil {
		return "", err
	}
	w.order = append(w.order, name)
	w.width[name] = map[int]float64{}
	rtl := w.lang == LangArabic
	show := false
	if err := w.f.SetSheetView(name, 0, &excelize.ViewOptions{RightToLeft: &rtl, ShowGridLines: &show}); err != nil {
		return "", err
	}
	return name, nil
}

// heading writes the sheet title in row 1 and a note in row 2.
func (w *wb) heading(sheet, title, note string) error {
	if err := w.str(sheet, 1, 1, title, w.st.title); err != nil {
		return err
	}
	if err := w.f.SetRowHeight(sheet, 1, 24); err != nil {
		return err
	}
	if note != "" {
		return w.str(sheet, 1, 2, note, w.st.note)
	}
	return nil
}

// page holds the message keys of a sheet's scaffolding: its name, title,
// note under the title ("": none) and the note shown instead of the
// content when the section is empty.
type page struct{ sheet, title, note, empty string }

// open creates the sheet and writes its title and note. An empty section
// keeps its sheet, with the empty note saying why under the title; open
// then returns "" and the caller stops there (sh == "" also on error).
func (w *wb) open(p page, empty bool) (sh string, err error) {
	if sh, err = w.sheet(p.sheet); err != nil {
		return "", err
	}
	if empty {
		if err := w.heading(sh, w.t(p.title), ""); err != nil {
			return "", err
		}
		return "", w.str(sh, 1, 3, w.t(p.empty), w.st.note)
	}
	note := ""
	if p.note != "" {
		note = w.t(p.note)
	}
	if err := w.heading(sh, w.t(p.title), note); err != nil {
		return "", err
	}
	return sh, nil
}

// section starts a second block lower on a sheet: a page break and a
// section title in row.
func (w *wb) section(sheet string, row int, titleKey string) error {
	if err := w.f.InsertPageBreak(sheet, cellAt(1, row)); err != nil {
		return err
	}
	return w.str(sheet, 1, row, w.t(titleKey), w.st.section)
}

// str writes user or UI text as a shared string: never a formula, whatever
// it starts with.
func (w *wb) str(sheet string, col, row int, s string, style int) error {
	cell, err := excelize.CoordinatesToCellName(col, row)
	if err != nil {
		return err
	}
	if err := w.f.SetCellStr(sheet, cell, s); err != nil {
		return err
	}
	if style != 0 {
		return w.f.SetCellStyle(sheet, cell, cell, style)
	}
	return nil
}

// col describes a table column: header, width in characters (0: fit the
// content) and the style of its data cells.
type col struct {
	head  string
	width float64
	style int
}

// tableSpec is a block of data written as an Excel table with a filter.
type tableSpec struct {
	sheet string
	row   int // header row
	col   int // first column (1-based)
	cols  []col
	rows  [][]any // string, float64, int or nil per cell

	// cellStyle, when set, overrides the column style of data cell (i, j)
	// (0-based) where it returns non-zero: for tables whose number format
	// follows the row, not the column.
	cellStyle func(i, j int) int

	shades     []shade // conditional formats over the data rows
	freezeCol  int     // first column that scrolls, below the header; 0: no frozen panes
	repeatHead bool    // repeat the header row on every printed page
}

// field is a column of a record table: its header's message key, the
// style of its cells, its width (0: fit the content) and its cell for one
// record. Each header stands beside its value, so the two cannot drift.
type field[T any] struct {
	key   string
	style int
	width float64
	val   func(r *T) any
}

// recordTable lays out one row per record at headRow on sheet.
func recordTable[T any](w *wb, sheet string, recs []T, fields []field[T]) tableSpec {
	t := tableSpec{sheet: sheet, row: headRow}
	for _, f := range fields {
		t.cols = append(t.cols, col{head: w.t(f.key), width: f.width, style: f.style})
	}
	for i := range recs {
		row := make([]any, len(fields))
		for j, f := range fields {
			row[j] = f.val(&recs[i])
		}
		t.rows = append(t.rows, row)
	}
	return t
}

// shade is a conditional format over the data rows of columns from..to
// (1-based, inclusive); an empty range (to < from) is skipped.
type shade struct {
	from, to int
	opts     []excelize.ConditionalFormatOptions
}

// writeTable writes the table (see writeCells), then its conditional
// formats, frozen header and print titles. It returns the first and last
// data rows.
func (w *wb) writeTable(t tableSpec) (first, last int, err error) {
	if first, last, err = w.writeCells(t); err != nil {
		return 0, 0, err
	}
	for _, s := range t.shades {
		if s.to < s.from {
			continue
		}
		if err := w.f.SetConditionalFormat(t.sheet, rangeA1(s.from, first, s.to, last), s.opts); err != nil {
			return 0, 0, err
		}
	}
	if t.freezeCol > 0 {
		if err := w.freeze(t.sheet, t.row+1, t.freezeCol); err != nil {
			return 0, 0, err
		}
	}
	if t.repeatHead {
		if err := w.printTitles(t.sheet, t.row); err != nil {
			return 0, 0, err
		}
	}
	return first, last, nil
}

// writeCells writes the header and the rows, styles them, records column
// widths and adds an Excel table (header filter buttons, banded rows).
func (w *wb) writeCells(t tableSpec) (first, last int, err error) {
	if t.col == 0 {
		t.col = 1
	}
	seen := map[string]int{}
	for j, c := range t.cols {
		// Excel table column names must be unique (case-insensitive) and
		// at most 255 characters.
		head := clip(c.head, 240)
		if k := seen[strings.ToLower(head)]; k > 0 {
			head = fmt.Sprintf("%s (%d)", head, k+1)
		}
		seen[strings.ToLower(clip(c.head, 240))]++
		if err := w.str(t.sheet, t.col+j, t.row, head, w.st.header); err != nil {
			return 0, 0, err
		}
	}
	first, last = t.row+1, t.row+len(t.rows)
	for i, r := range t.rows {
		for j, v := range r {
			cell, _ := excelize.CoordinatesToCellName(t.col+j, first+i)
			switch v := v.(type) {
			case string:
				err = w.f.SetCellStr(t.sheet, cell, v)
			case float64:
				if !math.IsNaN(v) && !math.IsInf(v, 0) {
					err = w.f.SetCellFloat(t.sheet, cell, v, -1, 64)
				}
			case int:
				err = w.f.SetCellInt(t.sheet, cell, int64(v))
			case nil:
			default:
				err = fmt.Errorf("table cell %s: unsupported %T", cell, v)
			}
			if err != nil {
				return 0, 0, err
			}
		}
	}
	for j, c := range t.cols {
		if len(t.rows) > 0 {
			a, _ := excelize.CoordinatesToCellName(t.col+j, first)
			b, _ := excelize.CoordinatesToCellName(t.col+j, last)
			if err := w.f.SetCellStyle(t.sheet, a, b, c.style); err != nil {
				return 0, 0, err
			}
		}
		wd := c.width
		if wd == 0 {
			wd = fitWidth(c.head, t.rows, j, c.style == w.st.text)
			if w.lang == LangArabic {
				wd *= 1.15 // Arabic glyphs run wider than the Latin digits widths are counted in
			}
		}
		w.setWidth(t.sheet, t.col+j, wd)
	}
	if t.cellStyle != nil {
		for i, r := range t.rows {
			for j := range r {
				if st := t.cellStyle(i, j); st != 0 {
					cell := cellAt(t.col+j, first+i)
					if err := w.f.SetCellStyle(t.sheet, cell, cell, st); err != nil {
						return 0, 0, err
					}
				}
			}
		}
	}
	// Not every application fits row heights to wrapped text on opening,
	// so set them from the text length.
	for i, r := range t.rows {
		lines := 1.0
		for j, v := range r {
			s, ok := v.(string)
			if !ok || (t.cols[j].style != w.st.wrap && t.cols[j].style != w.st.label) {
				continue
			}
			wd := w.width[t.sheet][t.col+j] - 2
			if w.lang == LangArabic {
				wd /= 1.15
			}
			lines = math.Max(lines, math.Ceil(0.95*float64(utf8.RuneCountInString(s))/math.Max(wd, 4)))
		}
		if lines > 1 {
			if err := w.f.SetRowHeight(t.sheet, first+i, math.Min(409, 14.5*lines+3)); err != nil {
				return 0, 0, err
			}
		}
	}
	if err := w.f.SetRowHeight(t.sheet, t.row, headerHeight(t.cols, w)); err != nil {
		return 0, 0, err
	}
	if len(t.rows) == 0 {
		return first, last, nil
	}
	w.table++
	a, _ := excelize.CoordinatesToCellName(t.col, t.row)
	b, _ := excelize.CoordinatesToCellName(t.col+len(t.cols)-1, last)
	stripes := true
	err = w.f.AddTable(t.sheet, &excelize.Table{
		Range: a + ":" + b, Name: fmt.Sprintf("Table%d", w.table),
		StyleName: "TableStyleLight15", ShowRowStripes: &stripes,
	})
	return first, last, err
}

// fitWidth estimates a column width from its header (which wraps onto up
// to three lines) and its widest value.
func fitWidth(head string, rows [][]any, j int, text bool) float64 {
	w := float64(utf8.RuneCountInString(head))/2.6 + 2
	for _, word := range strings.Fields(head) {
		w = math.Max(w, float64(utf8.RuneCountInString(word))+2)
	}
	for _, r := range rows {
		if j >= len(r) {
			continue
		}
		var n int
		switch v := r[j].(type) {
		case string:
			n = utf8.RuneCountInString(v)
		case float64:
			n = len(num(v, 1)) + 1
		case int:
			n = len(fmt.Sprint(v)) + 1
		}
		w = math.Max(w, 1.1*float64(n)+3)
	}
	limit := 16.0
	if text {
		limit = 60
	}
	return math.Min(math.Max(w, 8), math.Max(limit, float64(utf8.RuneCountInString(head))/3+2))
}

func headerHeight(cols []col, w *wb) float64 {
	lines := 1.0
	for _, c := range cols {
		wd := c.width
		if wd == 0 {
			wd = 12
		}
		lines = math.Max(lines, math.Ceil(float64(utf8.RuneCountInString(c.head))*1.1/wd))
	}
	return math.Min(15*lines+6, 66)
}

// setWidth widens a column to at least width characters. It applies at
// once, so charts and images placed later are anchored to the final grid.
func (w *wb) setWidth(sheet string, col int, width float64) {
	if width > w.width[sheet][col] {
		w.width[sheet][col] = width
		name, _ := excelize.ColumnNumberToName(col)
		_ = w.f.SetColWidth(sheet, name, name, width) // col and width are in range by construction
	}
}

// colPixels is a column's width in pixels as excelize lays out drawings.
func (w *wb) colPixels(sheet string, col int) int {
	wd, ok := w.width[sheet][col]
	if !ok {
		wd = 9.140625 // the default column width
	}
	return int(wd*8 + 0.5)
}

// cellRightOf returns the cell in row at which a drawing starting at
// column col and px pixels wide ends, plus a small gap.
func (w *wb) cellRightOf(sheet string, col, row, px int) string {
	for x := 0; x < px+16; col++ {
		x += w.colPixels(sheet, col)
	}
	return cellAt(col, row)
}

// freeze keeps the rows above row and the columns before col in view.
func (w *wb) freeze(sheet string, row, col int) error {
	cell, _ := excelize.CoordinatesToCellName(col, row)
	return w.f.SetPanes(sheet, &excelize.Panes{Freeze: true, XSplit: col - 1, YSplit: row - 1,
		TopLeftCell: cell, ActivePane: "bottomRight",
		Selection: []excelize.Selection{{SQRef: cell, ActiveCell: cell, Pane: "bottomRight"}}})
}

// printTitles repeats the header row on every printed page.
func (w *wb) printTitles(sheet string, row int) error {
	return w.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", Scope: sheet,
		RefersTo: fmt.Sprintf("%s!$%d:$%d", quoteSheet(sheet), row, row)})
}

func quoteSheet(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

// finish applies column widths, page setup and document properties.
func (w *wb) finish() error {
	landscape, a4, one, zero := "landscape", 9, 1, 0
	fit := true
	margin, hmargin := 0.4, 0.25
	footer := "&L&8" + escapeHF(versionLabel(w.doc.Run.Version)) + "&C&8" + escapeHF(w.t("title.main", w.doc.Year)) + "&R&8" + w.t("doc.page")
	for _, s := range w.order {
		for c, wd := range w.width[s] {
			name, _ := excelize.ColumnNumberToName(c)
			if err := w.f.SetColWidth(s, name, name, wd); err != nil {
				return err
			}
		}
		if err := w.f.SetPageLayout(s, &excelize.PageLayoutOptions{Size: &a4, Orientation: &landscape, FitToWidth: &one, FitToHeight: &zero}); err != nil {
			return err
		}
		if err := w.f.SetSheetProps(s, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
			return err
		}
		if err := w.f.SetPageMargins(s, &excelize.PageLayoutMarginsOptions{Left: &margin, Right: &margin, Top: &margin, Bottom: &margin, Header: &hmargin, Footer: &hmargin}); err != nil {
			return err
		}
		if err := w.f.SetHeaderFooter(s, &excelize.HeaderFooterOptions{OddFooter: footer}); err != nil {
			return err
		}
	}
	w.f.SetActiveSheet(0)
	r := w.doc.Run
	props := &excelize.DocProperties{
		Title:   w.t("doc.title", w.doc.Year),
		Subject: w.t("doc.subject"),
		Creator: "gridrisk", LastModifiedBy: "gridrisk",
		Description: fmt.Sprintf("%s; seed %d; samples %d; method %s; input hash %s; data %s",
			versionLabel(r.Version), w.doc.Seed, w.doc.Samples, w.doc.Method, r.InputHash, r.Data),
		Keywords: "Iraq; electricity; adequacy; rolling blackouts; Iran waiver",
		Language: map[string]string{LangEnglish: "en-GB", LangArabic: "ar-IQ"}[w.lang],
		Version:  r.Version,
	}
	if _, err := time.Parse(time.RFC3339, r.Date); err == nil {
		props.Created, props.Modified = r.Date, r.Date
	}
	return w.f.SetDocProps(props)
}

// versionLabel is "gridrisk <version>" whether or not the version string
// already names the program.
func versionLabel(v string) string {
	if strings.HasPrefix(v, "gridrisk") {
		return v
	}
	return strings.TrimSpace("gridrisk " + v)
}

// escapeHF doubles the & that starts header/footer codes.
func escapeHF(s string) string { return strings.ReplaceAll(s, "&", "&&") }
