package data

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/google/renameio/v2"
)

// ExportOptions changes how ExportWith treats what is already at the path.
type ExportOptions struct {
	// Force replaces the files an export writes even when the target is not
	// an unchanged earlier export. Other files are still left alone.
	Force bool
}

// ExportWith writes the dataset as an editable template: format "csv" writes a
// directory of CSV files (one per table, plus README.md), "xlsx" one workbook
// (a README sheet, a columns sheet describing every column, then one sheet
// per table with drop-down lists). Output is written under a temporary name
// and renamed into place. Loading the result gives back the same dataset.
//
// Nothing the user had is lost: an existing workbook, or an existing
// non-empty directory, is replaced only when it is an earlier export that
// was not edited since (its README records the content hash of the tables,
// and loading it gives that hash), unless opt.Force. Even then only the files
// an export writes are replaced: the table files and gridrisk's own README;
// other files and subdirectories are never touched, and a symbolic link,
// FIFO, device or directory where a file would go is always refused.
func ExportWith(ds *Dataset, format, path string, opt ExportOptions) error {
	switch strings.ToLower(format) {
	case "csv":
		return exportCSV(ds, path, opt)
	case "xlsx":
		return exportXLSX(ds, path, opt)
	}
	return fmt.Errorf("export: unknown format %q (csv or xlsx)", format)
}

// readmeMarker starts the README.md of a CSV export; a README.md that does
// not start with it is the user's and is never replaced.
const readmeMarker = "# gridrisk input data\n"

// CheckOutputFile refuses to write over anything at path but a regular file
// (or nothing): a symbolic link, FIFO, device node, socket or directory
// would be replaced, or written through, by the rename into place. It uses
// Lstat, so a link is refused whatever it points to. what names the file
// in the message ("export", "--out", ...).
func CheckOutputFile(what, path string) error {
	st, err := os.Lstat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("%s %s: %w", what, path, err)
	}
	if !st.Mode().IsRegular() {
		return fmt.Errorf("%s %s: exists and is %s, not a regular file; gridrisk only replaces regular files it can rename over (remove it or choose another name)", what, path, describeMode(st.Mode()))
	}
	return nil
}

func describeMode(m fs.FileMode) string {
	switch {
	case m&fs.ModeSymlink != 0:
		return "a symbolic link"
	case m.IsDir():
		return "a directory"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case m&fs.ModeDevice != 0:
		return "a device node"
	case m&fs.ModeSocket != 0:
		return "a socket"
	}
	return "not a regular file (" + m.Type().String() + ")"
}

// checkParent refuses a path whose directory does not exist (or is not a
// directory): export creates the file or directory itself, not its parents.
func checkParent(path string) error {
	dir := filepath.Dir(path)
	st, err := os.Stat(dir)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return fmt.Errorf("export: %s: the directory %s does not exist or cannot be read (%v)", path, dir, err)
	}
	if !st.IsDir() {
		return fmt.Errorf("export: %s: %s is not a directory", path, dir)
	}
	return nil
}

// exportError is a failure writing path, without the temporary file names
// the operating system's message would carry.
type exportError struct {
	path string
	err  error
}

func (e *exportError) Error() string { return "export: cannot write " + e.path + ": " + e.err.Error() }
func (e *exportError) Unwrap() error { return e.err }

func writeError(path string, err error) error {
	var pe *fs.PathError
	var le *os.LinkError
	switch {
	case errors.As(err, &pe):
		err = pe.Err
	case errors.As(err, &le):
		err = le.Err
	}
	return &exportError{path: path, err: err}
}

// exportFiles is what a CSV export writes: name → content.
func exportFiles(ds *Dataset) ([]string, map[string][]byte, error) {
	files := map[string][]byte{}
	var names []string
	for _, t := range tablesOf(ds) {
		var b bytes.Buffer
		w := csv.NewWriter(&b)
		if err := w.WriteAll(t.rows); err != nil {
			return nil, nil, err
		}
		names = append(names, t.name+".csv")
		files[t.name+".csv"] = b.Bytes()
	}
	names = append(names, "README.md")
	files["README.md"] = []byte(readmeText(ds, "md"))
	return names, files, nil
}

func exportCSV(ds *Dataset, path string, opt ExportOptions) error {
	if err := checkParent(path); err != nil {
		return err
	}
	names, files, err := exportFiles(ds)
	if err != nil {
		return err
	}
	st, err := os.Lstat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return exportNewDir(path, names, files)
	}
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if !st.IsDir() {
		return fmt.Errorf("export: %s exists and is %s, not a directory (give a new or earlier export directory for --format csv)", path, describeMode(st.Mode()))
	}
	ents, err := os.ReadDir(path)
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	// Every target must be a regular file or absent, even with --force.
	var write []string
	for _, n := range names {
		p := filepath.Join(path, n)
		if err := CheckOutputFile("export", p); err != nil {
			return err
		}
		if n == "README.md" && !ownReadme(p) {
			continue // the user's own README.md stays
		}
		write = append(write, n)
	}
	if len(ents) > 0 && !opt.Force {
		if why := changedExport(path, true); why != "" {
			return fmt.Errorf("export: %s is not empty and %s; choose a new directory, or add --force to replace only the files an export writes (the table .csv files and gridrisk's README.md), leaving everything else", path, why)
		}
	}
	return replaceFiles(path, write, files)
}

// exportNewDir writes the files into a temporary directory beside path and
// renames it into place once complete.
func exportNewDir(path string, names []string, files map[string][]byte) error {
	tmp, err := os.MkdirTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-")
	if err != nil {
		return writeError(path, err)
	}
	defer os.RemoveAll(tmp) // only our own temporary directory; gone after the rename
	for _, n := range names {
		if err := writeFile(filepath.Join(tmp, n), files[n]); err != nil {
			return writeError(filepath.Join(path, n), err)
		}
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		return writeError(path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return writeError(path, err)
	}
	return nil
}

// newPendingFile starts the atomic write of path, with renameio: a
// temporary file beside path, created 0600 and set to 0644 (exports are for
// sharing), that CloseAtomicallyReplace fsyncs and renames over path and
// Cleanup removes (a no-op after the rename).
func newPendingFile(path string) (*renameio.PendingFile, error) {
	return renameio.NewPendingFile(path, renameio.WithTempDir(filepath.Dir(path)), renameio.WithStaticPermissions(0o644))
}

// writeFile writes b to path atomically (newPendingFile).
func writeFile(path string, b []byte) error {
	f, err := newPendingFile(path)
	if err != nil {
		return err
	}
	defer f.Cleanup()
	if _, err := f.Write(b); err != nil {
		return err
	}
	return f.CloseAtomicallyReplace()
}

// replaceFiles writes each named file to a temporary file in dir and
// fsyncs it, then, once all are written, renames each over its target.
// Nothing else in dir is touched; a failure before the renames leaves dir
// as it was.
func replaceFiles(dir string, names []string, files map[string][]byte) error {
	var pending []*renameio.PendingFile
	defer func() {
		for _, f := range pending {
			f.Cleanup() // our temporaries only; no-op once renamed
		}
	}()
	for _, n := range names {
		f, err := newPendingFile(filepath.Join(dir, n))
		if err != nil {
			return writeError(filepath.Join(dir, n), err)
		}
		pending = append(pending, f)
		if _, err := f.Write(files[n]); err != nil {
			return writeError(filepath.Join(dir, n), err)
		}
		if err := f.Sync(); err != nil {
			return writeError(filepath.Join(dir, n), err)
		}
	}
	for i, n := range names {
		if err := pending[i].CloseAtomicallyReplace(); err != nil {
			return writeError(filepath.Join(dir, n), err)
		}
	}
	return nil
}

// ownReadme says whether a README.md is absent or one gridrisk wrote.
func ownReadme(p string) bool {
	f, err := os.Open(p)
	if errors.Is(err, fs.ErrNotExist) {
		return true
	}
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, len(readmeMarker))
	n, _ := io.ReadFull(f, head)
	return string(head[:n]) == readmeMarker
}

// changedExport returns "" when path (a CSV directory, or an .xlsx
// workbook) is an earlier gridrisk export left as written: its README
// records the content hash of the tables, and loading them gives that
// hash. Otherwise it says why not, for the error message.
func changedExport(path string, dir bool) string {
	const notExport = "is not an earlier gridrisk export"
	if _, err := os.Lstat(filepath.Join(path, "README.md")); dir && (err != nil || !ownReadme(filepath.Join(path, "README.md"))) {
		return notExport + " (it has no README.md written by gridrisk)"
	}
	// Load first: it refuses oversized or malformed workbooks before
	// anything else opens them.
	ds, err := Load(path)
	if err != nil {
		return notExport + ", or was edited since (its tables do not load as exported)"
	}
	var readme string
	if dir {
		b, err := os.ReadFile(filepath.Join(path, "README.md"))
		if err != nil {
			return notExport + " (its README.md cannot be read)"
		}
		readme = string(b)
	} else {
		readme = xlsxReadme(path)
	}
	const key = "Content hash (SHA-256): "
	i := strings.Index(readme, key)
	if i < 0 {
		return notExport + " (no README recording the content hash of its tables)"
	}
	want := strings.Fields(readme[i+len(key):])
	if len(want) == 0 || ds.Hash() != strings.TrimSuffix(want[0], ".") {
		return "its tables were edited since gridrisk exported them (they no longer give the content hash its README records)"
	}
	return ""
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
