package main

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"

	"github.com/google/renameio/v2"

	"gridrisk/data"
	"gridrisk/report"
)

// writeFileAtomic writes through a temporary file in the same directory and
// renames it into place, so a failed or interrupted run never leaves a
// truncated file over a good one. renameio does the work: the temporary
// file is created 0600, set to 0644 (reports are for sharing), fsynced and
// renamed; on failure it is removed.
func writeFileAtomic(path string, write func(*os.File) error) error {
	f, err := renameio.NewPendingFile(path, renameio.WithTempDir(filepath.Dir(path)), renameio.WithStaticPermissions(0o644))
	if err != nil {
		return err
	}
	defer f.Cleanup() // no-op after the rename
	if err := write(f.File); err != nil {
		return err
	}
	return f.CloseAtomicallyReplace()
}

func hashStrings(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}

// reportTargets are the files writeReports may replace under out: the JSON,
// the workbook (when its name is known) and every chart in every format.
func reportTargets(out, workbook string) []string {
	t := []string{filepath.Join(out, "result.json")}
	if workbook != "" {
		t = append(t, filepath.Join(out, workbook))
	}
	for _, name := range report.ChartNames {
		for _, format := range chartFormats {
			t = append(t, filepath.Join(out, "charts", name+"."+format))
		}
	}
	return t
}

// chartFormats are the formats report.WriteCharts writes each chart in.
var chartFormats = []string{"png", "svg", "pdf"}

// checkReportTargets refuses an --out that cannot take the reports before
// anything is simulated or written: out and out/charts must be directories
// (or not exist yet, under a directory), and every file a report would
// replace must be a regular file or absent. A symbolic link, FIFO or device
// there is refused, never replaced.
func checkReportTargets(out, workbook string) error {
	for _, d := range []string{out, filepath.Join(out, "charts")} {
		st, err := os.Stat(d)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return fmt.Errorf("--out %s: %w", out, err)
		}
		if !st.IsDir() {
			return fmt.Errorf("--out %s: %s exists and is not a directory", out, d)
		}
	}
	for _, t := range reportTargets(out, workbook) {
		if err := data.CheckOutputFile("--out", t); err != nil {
			return err
		}
	}
	return nil
}

// prepareOut checks --out before a run: the targets as checkReportTargets,
// then that the directories can be created and written, by creating out and
// out/charts and a stage directory in out, then removing what it created,
// so the check leaves no trace.
func prepareOut(out, workbook string) error {
	if err := checkReportTargets(out, workbook); err != nil {
		return err
	}
	var created []string // directories this check makes, deepest last
	for d := filepath.Join(out, "charts"); ; d = filepath.Dir(d) {
		if _, err := os.Lstat(d); err == nil || filepath.Dir(d) == d {
			break
		}
		created = append([]string{d}, created...)
	}
	defer func() {
		for i := len(created) - 1; i >= 0; i-- {
			os.Remove(created[i]) // only if still empty
		}
	}()
	if err := os.MkdirAll(filepath.Join(out, "charts"), 0o755); err != nil {
		return fmt.Errorf("--out %s: %w", out, err)
	}
	probe, err := os.MkdirTemp(out, stagePrefix+strconv.Itoa(os.Getpid())+"-")
	if err != nil {
		return fmt.Errorf("--out %s: cannot write there: %w", out, err)
	}
	return os.Remove(probe)
}
