package data

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"syscall"
	"testing"
)

// stripOrigin clears the fields that say where a dataset came from, leaving
// its content.
func stripOrigin(ds *Dataset) *Dataset {
	c := ds.Clone()
	c.Origin, c.Year, c.rows, c.files = "", 0, nil, nil
	return c
}

func TestExportRoundTrip(t *testing.T) {
	emb, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"csv", "xlsx"} {
		t.Run(format, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "template")
			if format == "xlsx" {
				path += ".xlsx"
			}
			if err := Export(emb, format, path); err != nil {
				t.Fatal(err)
			}
			// Export again over the first: replaced in place.
			if err := Export(emb, format, path); err != nil {
				t.Fatal(err)
			}
			back, err := Load(path)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(stripOrigin(back), stripOrigin(emb)) {
				a, b := stripOrigin(back), stripOrigin(emb)
				for _, x := range []struct {
					n    string
					p, q any
				}{{"zones", a.Zones, b.Zones}, {"units", a.Units, b.Units}, {"fuels", a.Fuels, b.Fuels}, {"links", a.Links, b.Links},
					{"corridors", a.Corridors, b.Corridors}, {"hydro", a.Hydro, b.Hydro}, {"climate", a.Climate, b.Climate},
					{"params", a.Params, b.Params}, {"sources", a.Sources, b.Sources}, {"demand", a.Demand, b.Demand},
					{"temperature", a.Temperature, b.Temperature}, {"profiles", a.Profiles, b.Profiles}} {
					if !reflect.DeepEqual(x.p, x.q) {
						t.Errorf("%s differs after the %s round trip", x.n, format)
					}
				}
			}
			if back.Hash() != emb.Hash() {
				t.Errorf("hash changed: %s vs %s", back.Hash(), emb.Hash())
			}
			ents, _ := os.ReadDir(dir)
			if len(ents) != 1 {
				t.Errorf("temporary files left behind: %v", ents)
			}
		})
	}
}

// The template documents the optional planned-maintenance column and its
// default (absence means no planned maintenance).
func TestReadmeDocumentsMaintenance(t *testing.T) {
	emb, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	md := readmeText(emb, "md")
	if !strings.Contains(md, "| maintenance_weeks |  | weeks per year |") || !strings.Contains(md, "default 0 = no planned maintenance") {
		t.Error("README does not document units.maintenance_weeks as optional with its default")
	}
}

// Issue 14 item 1: exporting CSV into an existing directory never deletes
// or replaces what the user had. A directory that is not an unchanged
// earlier export is refused without Force; with Force only the table files
// (and gridrisk's own README.md) are replaced; links and other non-regular
// files where a table would go are refused even with Force.
func TestExportCSVExistingDirectory(t *testing.T) {
	emb, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	type setup func(t *testing.T, dir string)
	write := func(name, content string) setup {
		return func(t *testing.T, dir string) {
			p := filepath.Join(dir, name)
			os.MkdirAll(filepath.Dir(p), 0o755)
			if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	exported := func(t *testing.T, dir string) {
		if err := Export(emb, "csv", dir); err != nil {
			t.Fatal(err)
		}
	}
	edit := func(t *testing.T, dir string) {
		p := filepath.Join(dir, "units.csv")
		b, _ := os.ReadFile(p)
		os.WriteFile(p, []byte(strings.Replace(string(b), "S51;", "S52;", 1)), 0o644)
	}
	cases := []struct {
		name    string
		setup   []setup
		force   bool
		wantErr string            // "" for success
		keep    map[string]string // files that must keep their content afterwards
		written bool              // zones.csv was written by this export
	}{
		{"foreign files, no force", []setup{write("notes.txt", "mine"), write("sub/x.txt", "deep")}, false, "--force",
			map[string]string{"notes.txt": "mine", "sub/x.txt": "deep"}, false},
		{"foreign files, force", []setup{write("notes.txt", "mine"), write("sub/x.txt", "deep")}, true, "",
			map[string]string{"notes.txt": "mine", "sub/x.txt": "deep"}, true},
		{"the user's README.md, force", []setup{write("README.md", "my notes")}, true, "",
			map[string]string{"README.md": "my notes"}, true},
		{"a user's zones.csv, no force", []setup{write("zones.csv", "code\nX\n")}, false, "not an earlier gridrisk export",
			map[string]string{"zones.csv": "code\nX\n"}, false},
		{"an unchanged earlier export plus notes", []setup{exported, write("notes.txt", "mine")}, false, "",
			map[string]string{"notes.txt": "mine"}, true},
		{"an edited earlier export, no force", []setup{exported, edit}, false, "edited since", nil, false},
		{"an edited earlier export, force", []setup{exported, edit}, true, "", nil, true},
		{"an empty directory", nil, false, "", nil, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "tpl")
			os.Mkdir(dir, 0o755)
			for _, s := range c.setup {
				s(t, dir)
			}
			var before []byte
			if c.name == "an edited earlier export, no force" {
				before, _ = os.ReadFile(filepath.Join(dir, "units.csv"))
			}
			err := ExportWith(emb, "csv", dir, ExportOptions{Force: c.force})
			if c.wantErr == "" && err != nil {
				t.Fatal(err)
			}
			if c.wantErr != "" && (err == nil || !strings.Contains(err.Error(), c.wantErr)) {
				t.Fatalf("err = %v, want one mentioning %q", err, c.wantErr)
			}
			for name, want := range c.keep {
				if b, err := os.ReadFile(filepath.Join(dir, name)); err != nil || string(b) != want {
					t.Errorf("%s: now %q (%v), want %q kept", name, b, err, want)
				}
			}
			if before != nil {
				if b, _ := os.ReadFile(filepath.Join(dir, "units.csv")); string(b) != string(before) {
					t.Error("the edited units.csv was replaced without --force")
				}
			}
			_, zerr := os.Stat(filepath.Join(dir, "zones.csv"))
			if c.written && zerr != nil {
				t.Errorf("zones.csv not written: %v", zerr)
			}
			if c.written {
				if _, err := Load(dir); err != nil && c.keep["zones.csv"] == "" {
					t.Errorf("the export does not load: %v", err)
				}
			}
			ents, _ := os.ReadDir(filepath.Dir(dir))
			if len(ents) != 1 {
				t.Errorf("left beside the directory: %v", ents)
			}
			inner, _ := os.ReadDir(dir)
			for _, e := range inner {
				if strings.HasPrefix(e.Name(), ".") { // renameio names its temporaries ".NAME<digits>"
					t.Errorf("temporary file left: %s", e.Name())
				}
			}
		})
	}
}

// Issue 14 items 1 and 2: what is at the path is never replaced unless it
// is a regular file (or, for csv, a directory); a symbolic link, a FIFO, a
// device node, a file where a directory is wanted, or a link where a table
// goes are refused even with Force, and left as they were.
func TestExportRefusesNonRegularTargets(t *testing.T) {
	emb, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, format string
		make         func(t *testing.T, path, other string) // other: a file outside
		want         string
	}{
		{"xlsx over a symlink", "xlsx", func(t *testing.T, p, o string) { os.Symlink(o, p) }, "symbolic link"},
		{"xlsx over a dangling symlink", "xlsx", func(t *testing.T, p, o string) { os.Symlink(o+".missing", p) }, "symbolic link"},
		{"xlsx over a FIFO", "xlsx", func(t *testing.T, p, o string) {
			if err := syscall.Mkfifo(p, 0o644); err != nil {
				t.Skip("no FIFOs here:", err)
			}
		}, "FIFO"},
		{"xlsx over a directory", "xlsx", func(t *testing.T, p, o string) { os.Mkdir(p, 0o755) }, "directory"},
		{"xlsx over a device node", "xlsx", func(t *testing.T, p, o string) {
			if err := syscall.Mknod(p, syscall.S_IFCHR|0o644, 0x103); err != nil { // 1,3 = /dev/null
				t.Skip("mknod needs root:", err)
			}
		}, "device"},
		{"csv over a regular file", "csv", func(t *testing.T, p, o string) { os.WriteFile(p, []byte("mine"), 0o644) }, "not a directory"},
		{"csv over a symlink to a directory", "csv", func(t *testing.T, p, o string) {
			os.Remove(o)
			os.Mkdir(o, 0o755)
			os.Symlink(o, p)
		}, "symbolic link"},
		{"csv with a table that is a symlink", "csv", func(t *testing.T, p, o string) {
			if err := Export(emb, "csv", p); err != nil {
				t.Fatal(err)
			}
			os.Remove(filepath.Join(p, "zones.csv"))
			os.Symlink(o, filepath.Join(p, "zones.csv"))
		}, "symbolic link"},
	}
	for _, c := range cases {
		for _, force := range []bool{false, true} {
			name := c.name
			if force {
				name += ", force"
			}
			t.Run(name, func(t *testing.T) {
				dir := t.TempDir()
				other := filepath.Join(dir, "other.txt")
				os.WriteFile(other, []byte("precious"), 0o644)
				path := filepath.Join(dir, "target")
				c.make(t, path, other)
				before, _ := os.Lstat(path)
				err := ExportWith(emb, c.format, path, ExportOptions{Force: force})
				if err == nil || !strings.Contains(err.Error(), c.want) {
					t.Fatalf("err = %v, want one mentioning %q", err, c.want)
				}
				after, lerr := os.Lstat(path)
				if lerr != nil || after.Mode() != before.Mode() || !os.SameFile(before, after) {
					t.Errorf("the target was replaced (%v)", lerr)
				}
				if st, _ := os.Stat(other); st != nil && st.Mode().IsRegular() {
					if b, _ := os.ReadFile(other); string(b) != "precious" {
						t.Errorf("the link's target was written: %q", b)
					}
				}
				ents, _ := os.ReadDir(dir)
				for _, e := range ents {
					if strings.HasPrefix(e.Name(), ".") { // renameio names its temporaries ".NAME<digits>"
						t.Errorf("temporary file left: %s", e.Name())
					}
				}
			})
		}
	}
}

// An existing regular workbook is replaced only when it is an unchanged
// earlier export, or with Force.
func TestExportXLSXExistingFile(t *testing.T) {
	emb, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	mine := filepath.Join(dir, "mine.xlsx")
	os.WriteFile(mine, []byte("my own workbook"), 0o644)
	if err := Export(emb, "xlsx", mine); err == nil || !strings.Contains(err.Error(), "--force") {
		t.Fatalf("err = %v, want a refusal naming --force", err)
	}
	if b, _ := os.ReadFile(mine); string(b) != "my own workbook" {
		t.Fatal("the user's file was replaced")
	}
	if err := ExportWith(emb, "xlsx", mine, ExportOptions{Force: true}); err != nil {
		t.Fatalf("with force: %v", err)
	}
	// Replacing an unchanged earlier export without Force: TestExportRoundTrip.
}

// Export errors name the path the user gave, never a temporary name.
func TestExportErrorsNameThePath(t *testing.T) {
	emb, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	file := filepath.Join(dir, "file")
	os.WriteFile(file, []byte("mine"), 0o644)
	for _, c := range []struct{ format, path, want string }{
		{"csv", filepath.Join(dir, "missing", "tpl"), "does not exist"},
		{"xlsx", filepath.Join(dir, "missing", "tpl.xlsx"), "does not exist"},
		{"csv", filepath.Join(file, "tpl"), "is not a directory"},
		{"xlsx", filepath.Join(file, "tpl.xlsx"), "is not a directory"},
		{"csv", "/proc/gridrisk-tpl", "/proc/gridrisk-tpl"},
		{"xlsx", "/proc/gridrisk-tpl.xlsx", "/proc/gridrisk-tpl.xlsx"},
	} {
		err := Export(emb, c.format, c.path)
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), c.path) || strings.Contains(err.Error(), ".tmp-") {
			t.Errorf("%s %s: err = %v, want one naming the path and %q, no temporary name", c.format, c.path, err, c.want)
		}
	}
}

// Export is ExportWith without options, as the tests call it.
func Export(ds *Dataset, format, path string) error {
	return ExportWith(ds, format, path, ExportOptions{})
}

// Every file an export writes is 0644 (the atomic writer creates its
// temporary file 0600, then opens it up: exports are for sharing), whether
// it is new or replaces a file of the user's that was 0600.
func TestExportFilePermissions(t *testing.T) {
	emb, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	check := func(p string) {
		t.Helper()
		st, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if st.Mode().Perm() != 0o644 {
			t.Errorf("%s: mode %v, want 0644", p, st.Mode().Perm())
		}
	}
	xlsx := filepath.Join(dir, "tpl.xlsx")
	if err := Export(emb, "xlsx", xlsx); err != nil {
		t.Fatal(err)
	}
	check(xlsx)
	os.Chmod(xlsx, 0o600)
	if err := ExportWith(emb, "xlsx", xlsx, ExportOptions{Force: true}); err != nil {
		t.Fatal(err)
	}
	check(xlsx)
	csvDir := filepath.Join(dir, "tpl")
	if err := Export(emb, "csv", csvDir); err != nil {
		t.Fatal(err)
	}
	check(filepath.Join(csvDir, "zones.csv"))
	os.Chmod(filepath.Join(csvDir, "zones.csv"), 0o600)
	if err := ExportWith(emb, "csv", csvDir, ExportOptions{Force: true}); err != nil {
		t.Fatal(err)
	}
	check(filepath.Join(csvDir, "zones.csv"))
	check(filepath.Join(csvDir, "README.md"))
}
