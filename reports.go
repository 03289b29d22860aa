package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/urfave/cli/v2"

	"gridrisk/report"
)

// stagePrefix names the directory under --out where a run writes its
// reports before renaming them into place: .gridrisk-stage-PID-RANDOM.
const stagePrefix = ".gridrisk-stage-"

// writeReports writes result.json, the workbook and the charts under out.
// Everything is written into a stage directory inside out first; only when
// all of it is written, and no interrupt (Ctrl-C, SIGTERM) has arrived, is
// each file renamed into place. An interrupt while writing returns at once
// with exit status 130 (143 for SIGTERM), renames nothing, and removes the
// stage directory, so the earlier reports stay as they were. (An interrupt
// after the renames began lets them finish: they take milliseconds.)
func (e *runEnv) writeReports(ctx context.Context, out, workbook string, doc *report.Document, lang string) error {
	if err := checkReportTargets(out, workbook); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Join(out, "charts"), 0o755); err != nil {
		return fmt.Errorf("--out %s: %w", out, err)
	}
	removeStaleTemps(out)
	stage, err := os.MkdirTemp(out, stagePrefix+strconv.Itoa(os.Getpid())+"-")
	if err != nil {
		return fmt.Errorf("--out %s: %w", out, err)
	}
	busy := false // a writer still runs in stage after an interrupt
	defer func() {
		if !busy {
			os.RemoveAll(stage) // our own stage directory only
		}
	}()
	var files []string // written under stage, relative
	steps := []func() error{
		func() error {
			files = append(files, "result.json")
			return writeFileAtomic(filepath.Join(stage, "result.json"), func(f *os.File) error { return report.WriteJSON(f, doc) })
		},
		func() error {
			files = append(files, workbook)
			if err := report.WriteWorkbook(filepath.Join(stage, workbook), doc, lang); err != nil {
				return fmt.Errorf("workbook %s: %w", filepath.Join(out, workbook), err)
			}
			return nil
		},
		func() error {
			paths, err := report.WriteCharts(filepath.Join(stage, "charts"), doc, lang)
			if err != nil {
				return fmt.Errorf("charts: %w", err)
			}
			for _, p := range paths {
				files = append(files, filepath.Join("charts", filepath.Base(p)))
			}
			return nil
		},
	}
	for _, step := range steps {
		done := make(chan error, 1)
		go func() { done <- step() }()
		select {
		case err := <-done:
			if err != nil {
				// Name the files where the user will look for them, not
				// the stage directory's temporary name.
				return errors.New(strings.ReplaceAll(err.Error(), stage, out))
			}
		case <-ctx.Done():
			// The writer cannot be stopped. Remove the stage directory now
			// (the CLI exits next), and again once the writer has finished
			// in case it made something there meanwhile; a directory left
			// by a process that died first is removed by a later run.
			busy = true
			os.RemoveAll(stage)
			e.pending.Add(1)
			go func() {
				defer e.pending.Done()
				<-done
				os.RemoveAll(stage)
			}()
			return interrupted(ctx)
		}
		if ctx.Err() != nil {
			return interrupted(ctx)
		}
	}
	// Commit: recheck the targets (none may have become a link meanwhile),
	// then rename.
	if err := checkReportTargets(out, workbook); err != nil {
		return err
	}
	if ctx.Err() != nil {
		return interrupted(ctx)
	}
	for _, f := range files {
		if err := os.Rename(filepath.Join(stage, f), filepath.Join(out, f)); err != nil {
			return fmt.Errorf("--out %s: %w", out, err)
		}
	}
	var charts int
	for _, f := range files {
		if strings.HasPrefix(f, "charts"+string(filepath.Separator)) {
			charts++
		}
	}
	fmt.Fprintf(e.stderr, "wrote %s, %s and %d chart files under %s\n", filepath.Join(out, workbook),
		filepath.Join(out, "result.json"), charts, filepath.Join(out, "charts"))
	return nil
}

// interrupted is the error for a run stopped by a signal while writing.
func interrupted(ctx context.Context) error {
	return cli.Exit(fmt.Sprintf("interrupted (%v) while writing the reports: nothing replaced, earlier reports left as they were", context.Cause(ctx)), interruptStatus(ctx))
}

// removeStaleTemps removes what a killed run (SIGKILL, power loss) left
// under out: stage directories of processes that no longer run, and the
// temporary files of earlier versions' writers next to the reports. Only
// names matching gridrisk's own patterns are touched.
func removeStaleTemps(out string) {
	ents, err := os.ReadDir(out)
	if err != nil {
		return
	}
	for _, e := range ents {
		name := e.Name()
		if strings.HasPrefix(name, stagePrefix) && e.IsDir() {
			pid, err := strconv.Atoi(strings.SplitN(strings.TrimPrefix(name, stagePrefix), "-", 2)[0])
			if err == nil && pid > 0 && !processRuns(pid) {
				os.RemoveAll(filepath.Join(out, name))
			}
		}
	}
	// Writers before the stage directory left .result.json.tmp-*,
	// .gridrisk-*.xlsx.*.tmp and charts/.NAME.FORMAT.*.tmp; remove those
	// untouched for an hour (a run of an old version may still be writing).
	var old []string
	for _, pat := range []string{".result.json.tmp-*", ".gridrisk-*.xlsx.*.tmp"} {
		m, _ := filepath.Glob(filepath.Join(out, pat))
		old = append(old, m...)
	}
	for _, name := range report.ChartNames {
		for _, format := range chartFormats {
			m, _ := filepath.Glob(filepath.Join(out, "charts", "."+name+"."+format+".*.tmp"))
			old = append(old, m...)
		}
	}
	for _, p := range old {
		if st, err := os.Lstat(p); err == nil && st.Mode().IsRegular() && time.Since(st.ModTime()) > time.Hour {
			os.Remove(p)
		}
	}
}

// processRuns says whether a process with this id exists.
func processRuns(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}
