package main

import (
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Issue 14 item 16: a flag on the command line beats the environment even
// when the environment's value is bad; every usage error is one line on
// stderr with nothing on stdout (no "Incorrect Usage", no help dump, no
// Go-internal parse message).
func TestEnvAndUsageErrors(t *testing.T) {
	cfg := filepath.Join(t.TempDir(), "bad.yaml")
	os.WriteFile(cfg, []byte("samples: lots\n"), 0o644)
	cases := []struct {
		name string
		env  map[string]string
		args []string
		code int
		want string // in stdout when code is 0, else in stderr
	}{
		{"flag beats a bad env value", map[string]string{"GRIDRISK_SAMPLES": "abc"},
			[]string{"assess", "-n", "2", "-s", "baseline", "--no-report", "-q", "--format", "json"}, 0, `"samples": 2,`},
		{"bad env value, no flag", map[string]string{"GRIDRISK_SAMPLES": "abc"},
			[]string{"assess", "--no-report", "-q"}, 2, "GRIDRISK_SAMPLES"},
		{"bad bool env value", map[string]string{"GRIDRISK_QUIET": "maybe"},
			[]string{"assess", "--no-report"}, 2, "GRIDRISK_QUIET"},
		{"bad env seed", map[string]string{"GRIDRISK_SEED": "-1"},
			[]string{"assess", "--no-report"}, 2, "GRIDRISK_SEED"},
		{"bad config value", nil, []string{"--config", cfg, "assess", "--no-report"}, 2, "line 1"},
		{"unknown flag", nil, []string{"assess", "--bogus"}, 2, "bogus"},
		{"flag without value", nil, []string{"assess", "--samples"}, 2, "samples"},
		{"non-number flag", nil, []string{"assess", "--samples", "many"}, 2, "samples"},
		{"chart without --from", nil, []string{"chart"}, 2, "--from"},
		{"export without --out", nil, []string{"data", "export"}, 2, "--out"},
		{"unknown command", nil, []string{"asess"}, 2, `unknown command "asess"`},
		{"unknown subcommand", nil, []string{"data", "exprt"}, 2, `data: unknown command "exprt"`},
		{"unknown top-level flag", nil, []string{"--bogus", "assess"}, 2, "bogus"},
		{"unknown subcommand flag", nil, []string{"data", "export", "--bogus"}, 2, "data export: flag provided but not defined"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, c.env, c.args...)
			if code != c.code {
				t.Fatalf("exit %d, want %d; stderr %q", code, c.code, stderr)
			}
			if c.code == 0 {
				if !strings.Contains(stdout, c.want) {
					t.Errorf("stdout does not contain %q: %.200s", c.want, stdout)
				}
				return
			}
			if stdout != "" {
				t.Errorf("stdout not empty on a usage error: %.200q", stdout)
			}
			if n := strings.Count(stderr, "\n"); n != 1 {
				t.Errorf("stderr is %d lines, want 1: %q", n, stderr)
			}
			if !strings.Contains(stderr, c.want) {
				t.Errorf("stderr %q does not mention %q", stderr, c.want)
			}
			for _, bad := range []string{"strconv", "Incorrect Usage", "ParseInt", "ParseBool"} {
				if strings.Contains(stderr, bad) {
					t.Errorf("stderr has a Go-internal message (%s): %q", bad, stderr)
				}
			}
		})
	}
}

// Issue 14 item 17: a study year outside what the data supports is refused
// before anything runs: base_year 2025 −1/+5 for the embedded data, 1900–2100
// for tables without base_year.
func TestYearRange(t *testing.T) {
	cases := []struct {
		name string
		env  map[string]string
		args []string
		code int
		want string // in stderr when refused
	}{
		{"far future", nil, []string{"assess", "--year", "2200", "--no-report", "-n", "2", "-s", "baseline", "-q"}, 2, "--year 2200: want a study year from 2024 to 2030"},
		{"year zero", nil, []string{"assess", "--year", "0", "--no-report", "-n", "2", "-s", "baseline", "-q"}, 2, "--year 0"},
		{"one before the range", nil, []string{"assess", "--year", "2023", "--no-report", "-n", "2", "-s", "baseline", "-q"}, 2, "2024 to 2030"},
		{"negative", nil, []string{"assess", "--year", "-5", "--no-report", "-n", "2", "-s", "baseline", "-q"}, 2, "--year -5"},
		{"from the environment", map[string]string{"GRIDRISK_YEAR": "1999"}, []string{"assess", "--no-report", "-n", "2", "-s", "baseline", "-q"}, 2, "--year 1999"},
		{"outlook --to", nil, []string{"outlook", "--to", "2040", "--no-report", "-n", "2", "-s", "baseline", "-q"}, 2, "--to 2040"},
		{"outlook --from", nil, []string{"outlook", "--from", "1990", "--no-report", "-n", "2", "-s", "baseline", "-q"}, 2, "--from 1990"},
		{"replace", nil, []string{"replace", "--year", "3000", "--no-report", "-n", "2", "-s", "baseline", "-q"}, 2, "--year 3000"},
		{"no base_year, far future", nil, []string{"assess", "--data", "data/rts79", "--year", "2200", "--no-report", "-n", "2", "-s", "baseline", "-q"}, 2, "1900 to 2100"},
		{"last supported year", nil, []string{"assess", "--year", "2030", "-n", "2", "-s", "baseline", "--no-report", "-q"}, 0, ""},
		{"no base_year, 2031", nil, []string{"assess", "--data", "data/rts79", "--year", "2031", "-n", "2", "--no-report", "-q"}, 0, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, c.env, c.args...)
			if code != c.code {
				t.Fatalf("exit %d, want %d; stderr %q", code, c.code, stderr)
			}
			if c.code != 0 && (!strings.Contains(stderr, c.want) || strings.Count(stderr, "\n") != 1) {
				t.Errorf("stderr %q: want one line containing %q", stderr, c.want)
			}
		})
	}
}

// Issue 14 item 4 (and validate --samples 0): a sample count whose
// per-sample arrays would not fit the 512 MiB cap is refused in one line
// before anything is allocated, never "fatal error: out of memory".
func TestSamplesCap(t *testing.T) {
	if got := maxSamples(19); got != 197379 {
		t.Errorf("maxSamples(19) = %d, want 197379 (512 MiB / (20 × 17 × 8 B))", got)
	}
	if err := checkSamples("--samples", 197379, 19); err != nil {
		t.Errorf("the cap itself is refused: %v", err)
	}
	cases := []struct {
		name string
		env  map[string]string
		args []string
		want string
	}{
		{"a billion", nil, []string{"assess", "--samples", "1000000000", "--no-report"}, "--samples 1000000000"},
		{"one over the cap", nil, []string{"assess", "--samples", "197380", "--no-report"}, "197379 samples"},
		{"max int", nil, []string{"assess", "--samples", "9223372036854775807", "--no-report"}, "512 MiB"},
		{"from the environment", map[string]string{"GRIDRISK_SAMPLES": "1000000000"}, []string{"replace", "--no-report"}, "--samples 1000000000"},
		{"validate, too many", nil, []string{"validate", "--samples", "100000000"}, "512 MiB"},
		{"validate, zero", nil, []string{"validate", "--samples", "0"}, "--samples 0"},
		{"validate, one", nil, []string{"validate", "--samples", "1"}, "at least 2"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, c.env, c.args...)
			if code != 2 {
				t.Fatalf("exit %d, want 2; stderr %q", code, stderr)
			}
			if !strings.Contains(stderr, c.want) || strings.Count(stderr, "\n") != 1 {
				t.Errorf("stderr %q: want one line containing %q", stderr, c.want)
			}
		})
	}
}

// Issue 14 item 2, for the reports: a symbolic link, FIFO or directory where
// result.json, the workbook or a chart would go, or a file where --out or
// charts/ should be a directory, is refused before simulating and left as
// it was; the file a link points to is never written.
func TestReportTargetsRefused(t *testing.T) {
	type mk func(t *testing.T, out, precious string)
	link := func(rel string) mk {
		return func(t *testing.T, out, precious string) {
			os.MkdirAll(filepath.Join(out, "charts"), 0o755)
			if err := os.Symlink(precious, filepath.Join(out, rel)); err != nil {
				t.Fatal(err)
			}
		}
	}
	cases := []struct {
		name string
		make mk
		args []string
		want string
	}{
		{"result.json is a symlink", link("result.json"), nil, "result.json: exists and is a symbolic link"},
		{"the workbook is a symlink", link("gridrisk-2025.xlsx"), nil, "gridrisk-2025.xlsx: exists and is a symbolic link"},
		{"a chart is a symlink", link("charts/supply-hours.png"), nil, "supply-hours.png"},
		{"a chart is a FIFO", func(t *testing.T, out, _ string) {
			os.MkdirAll(filepath.Join(out, "charts"), 0o755)
			if err := syscall.Mkfifo(filepath.Join(out, "charts", "tornado.svg"), 0o644); err != nil {
				t.Skip("no FIFOs:", err)
			}
		}, nil, "FIFO"},
		{"result.json is a directory", func(t *testing.T, out, _ string) {
			os.MkdirAll(filepath.Join(out, "result.json"), 0o755)
		}, nil, "a directory"},
		{"--out is a file", func(t *testing.T, out, _ string) {
			os.WriteFile(out, []byte("mine"), 0o644)
		}, nil, "not a directory"},
		{"charts is a file", func(t *testing.T, out, _ string) {
			os.MkdirAll(out, 0o755)
			os.WriteFile(filepath.Join(out, "charts"), []byte("mine"), 0o644)
		}, nil, "not a directory"},
		{"replace's workbook is a symlink", link("gridrisk-replace-2025.xlsx"), []string{"replace"}, "gridrisk-replace-2025.xlsx"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			precious := filepath.Join(dir, "precious.txt")
			os.WriteFile(precious, []byte("keep me"), 0o644)
			out := filepath.Join(dir, "out")
			c.make(t, out, precious)
			before := snapshot(t, dir)
			args := c.args
			if args == nil {
				args = []string{"assess"}
			}
			args = append(args, "-n", "2", "-s", "baseline", "-s", "waiver-ended", "-q", "--out", out)
			code, _, stderr := runCLI(t, nil, args...)
			if code != 2 || !strings.Contains(stderr, c.want) || strings.Count(stderr, "\n") != 1 {
				t.Fatalf("exit %d, stderr %q: want 2 and one line containing %q", code, stderr, c.want)
			}
			if after := snapshot(t, dir); after != before {
				t.Errorf("the output directory changed:\nbefore %s\nafter  %s", before, after)
			}
		})
	}
}

// snapshot lists every entry under dir with its type, size and, for links,
// target: enough to see that nothing was replaced, written or left behind.
func snapshot(t *testing.T, dir string) string {
	var b strings.Builder
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		fi, _ := os.Lstat(p)
		tgt, _ := os.Readlink(p)
		content := ""
		if fi.Mode().IsRegular() {
			c, _ := os.ReadFile(p)
			content = string(c)
		}
		b.WriteString(strings.TrimPrefix(p, dir) + " " + fi.Mode().String() + " " + tgt + " " + content + "; ")
		return nil
	})
	return b.String()
}

// Issue 14 item 5: Ctrl-C (or SIGTERM) while the reports are being written
// stops the run with 130 (143), renames nothing into place, leaves the
// earlier reports as they were and removes its own temporary files.
// Without a signal the reports are replaced, and what a killed run left
// (a stage directory of a dead process, an old writer's temporary file) is
// removed, while the user's own files stay.
func TestInterruptWhileWritingReports(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the simulation and writes reports")
	}
	hold := make(chan os.Signal, 4) // no signal may end the test process
	signal.Notify(hold, syscall.SIGINT, syscall.SIGTERM)
	defer signal.Stop(hold)
	started := func(out string) bool { // a file in a stage directory, or an old writer's temporary file
		a, _ := filepath.Glob(filepath.Join(out, ".*", "*"))
		b, _ := filepath.Glob(filepath.Join(out, ".*tmp*"))
		return len(a)+len(b) > 0
	}
	charting := func(out string) bool { // the charts are being written
		a, _ := filepath.Glob(filepath.Join(out, ".*", "charts"))
		b, _ := filepath.Glob(filepath.Join(out, "charts", ".*"))
		return len(a)+len(b) > 0
	}
	earlier := []string{"result.json", "gridrisk-2025.xlsx", "charts/supply-hours.png"}
	cases := []struct {
		name string
		sig  syscall.Signal
		when func(string) bool
		code int
	}{
		{"Ctrl-C as the reports start", syscall.SIGINT, started, 130},
		{"Ctrl-C during the charts", syscall.SIGINT, charting, 130},
		{"SIGTERM during the charts", syscall.SIGTERM, charting, 143},
		{"no signal", 0, nil, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "out")
			os.MkdirAll(filepath.Join(out, "charts"), 0o755)
			for _, f := range earlier {
				os.WriteFile(filepath.Join(out, f), []byte("previous"), 0o644)
			}
			os.WriteFile(filepath.Join(out, "notes.txt"), []byte("mine"), 0o644)
			if c.sig == 0 { // leftovers of a killed run, and a user's look-alike
				os.MkdirAll(filepath.Join(out, ".gridrisk-stage-999999999-1", "charts"), 0o755)
				old := filepath.Join(out, ".result.json.tmp-123")
				os.WriteFile(old, []byte("{"), 0o644)
				os.Chtimes(old, time.Now().Add(-2*time.Hour), time.Now().Add(-2*time.Hour))
				os.WriteFile(filepath.Join(out, ".gridrisk-notes"), []byte("mine"), 0o644)
			}
			done := make(chan struct{})
			sent := make(chan bool, 1)
			go func() {
				for {
					select {
					case <-done:
						sent <- false
						return
					case <-time.After(2 * time.Millisecond):
					}
					if c.when != nil && c.when(out) {
						syscall.Kill(os.Getpid(), c.sig)
						sent <- true
						return
					}
				}
			}()
			code, _, stderr := runCLI(t, nil, "assess", "-n", "2", "-s", "baseline", "-q", "--out", out)
			close(done)
			wasSent := <-sent
			if c.sig != 0 && !wasSent {
				t.Fatal("the reports were written before the signal could be sent")
			}
			if code != c.code {
				t.Fatalf("exit %d, want %d; stderr %q", code, c.code, stderr)
			}
			for _, f := range earlier {
				b, _ := os.ReadFile(filepath.Join(out, f))
				if (string(b) == "previous") != (c.sig != 0) {
					t.Errorf("%s: %.20q after the run (replaced: %v, want %v)", f, b, string(b) != "previous", c.sig == 0)
				}
			}
			var left []string
			for _, pat := range []string{".*", "charts/.*"} {
				m, _ := filepath.Glob(filepath.Join(out, pat))
				for _, p := range m {
					if filepath.Base(p) != ".gridrisk-notes" {
						left = append(left, p)
					}
				}
			}
			if len(left) > 0 {
				t.Errorf("temporary files left: %v", left)
			}
			if b, _ := os.ReadFile(filepath.Join(out, "notes.txt")); string(b) != "mine" {
				t.Error("notes.txt changed")
			}
			if c.sig == 0 {
				if b, _ := os.ReadFile(filepath.Join(out, ".gridrisk-notes")); string(b) != "mine" {
					t.Error("a file that only looks like gridrisk's was removed")
				}
			}
		})
	}
}

// Issue 14 polish: a write error on standard output (a full disk) is
// reported in one line with exit 2, never ignored.
func TestStdoutWriteErrors(t *testing.T) {
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skip("no /dev/full:", err)
	}
	defer full.Close()
	for _, args := range [][]string{
		{"scenarios"},
		{"scenarios", "show", "baseline"},
		{"data", "check", "data/rts79"},
		{"--version"},
		{"help"},
		{"assess", "--help"},
		{"assess", "-n", "2", "-s", "baseline", "--no-report", "-q"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			se, _ := os.Create(filepath.Join(t.TempDir(), "stderr"))
			code := run(append([]string{"gridrisk"}, args...), full, se)
			se.Close()
			stderr, _ := os.ReadFile(se.Name())
			if code != 2 || !strings.Contains(string(stderr), "no space left") || strings.Count(string(stderr), "\n") != 1 {
				t.Errorf("exit %d, stderr %q: want 2 and one line naming the write error", code, stderr)
			}
		})
	}
}

// Issue 14 polish: --config is accepted after the command as the README
// shows (the nearest --config wins), and validate and chart read it too.
func TestConfigAfterCommand(t *testing.T) {
	dir := t.TempDir()
	cfg := func(name, body string) string {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(body), 0o644)
		return p
	}
	c11 := cfg("c11.yaml", "seed: 11\nsamples: 2\nscenario: [baseline]\n")
	c3 := cfg("c3.yaml", "seed: 3\nsamples: 2\nscenario: [baseline]\n")
	cases := []struct {
		name string
		args []string
		code int
		want string // in stdout (code 0) or stderr
	}{
		{"after the command", []string{"assess", "--config", c11, "--no-report", "--format", "json"}, 0, `"seed": 11,`},
		{"before the command", []string{"--config", c3, "assess", "--no-report", "--format", "json"}, 0, `"seed": 3,`},
		{"both: the nearer wins", []string{"--config", c3, "assess", "--config", c11, "--no-report", "--format", "json"}, 0, `"seed": 11,`},
		{"validate reads it", []string{"validate", "--config", cfg("v.yaml", "samples: 0\n")}, 2, "--samples 0"},
		{"chart reads it", []string{"chart", "--config", cfg("ch.yaml", "from: no-such-result.json\n")}, 2, "no-such-result.json"},
		{"a duplicate key", []string{"assess", "--config", cfg("dup.yaml", "seed: 1\nseed: 2\n"), "--no-report"}, 2, "seed is given twice"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := runExpect(t, c.code, c.args...)
			if !strings.Contains(got, c.want) {
				t.Errorf("output does not contain %q: %.300q", c.want, got)
			}
		})
	}
}

// Issue 14 polish: replace's targets are range-checked before anything runs.
func TestReplaceFlagRanges(t *testing.T) {
	for _, c := range []struct{ flag, value string }{
		{"--target-hours", "-5"}, {"--target-hours", "0"}, {"--target-hours", "25"}, {"--target-hours", "NaN"},
		{"--tolerance", "-1"}, {"--tolerance", "NaN"}, {"--tolerance", "Inf"},
	} {
		t.Run(c.flag+" "+c.value, func(t *testing.T) {
			code, _, stderr := runCLI(t, nil, "replace", c.flag, c.value, "-n", "2", "--no-report", "-q")
			if code != 2 || !strings.Contains(stderr, c.flag) || strings.Count(stderr, "\n") != 1 {
				t.Errorf("exit %d, stderr %q: want 2 and one line naming %s", code, stderr, c.flag)
			}
		})
	}
}

// Issue 14 polish: an --out that cannot be written is refused before the
// simulation, not after it (2,000 samples would take minutes).
func TestOutCheckedBeforeSimulating(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file")
	os.WriteFile(file, []byte("mine"), 0o644)
	for _, out := range []string{filepath.Join(file, "out"), "/proc/self/no-such-dir/out", file} {
		t.Run(out, func(t *testing.T) {
			start := time.Now()
			code, _, stderr := runCLI(t, nil, "assess", "-n", "2000", "-q", "--out", out)
			if code != 2 || !strings.Contains(stderr, "--out") {
				t.Fatalf("exit %d, stderr %q: want 2 naming --out", code, stderr)
			}
			if el := time.Since(start); el > 10*time.Second {
				t.Errorf("took %v: the run simulated before checking --out", el)
			}
		})
	}
	if b, _ := os.ReadFile(file); string(b) != "mine" {
		t.Error("the file given as --out changed")
	}
	// The check leaves no trace: a run refused later creates no --out.
	fresh := filepath.Join(t.TempDir(), "a", "b")
	if code, _, _ := runCLI(t, nil, "assess", "-s", "no-such-scenario", "-q", "--out", fresh); code != 2 {
		t.Fatalf("exit %d, want 2", code)
	}
	if _, err := os.Stat(filepath.Dir(fresh)); err == nil {
		t.Error("the refused run left the --out directories it checked")
	}
}

// Issue 14 item 18: differences are paired, as the summary's footer says,
// LOLE and household hours included: a scenario compared with itself
// differs by 0 ± 0, not by √2 × its standard error. RTS-79 has a LOLE that
// varies between samples; the embedded data has household hours.
func TestPairedDifferences(t *testing.T) {
	for _, c := range []struct {
		args   []string
		labels []string
	}{
		{[]string{"assess", "--data", "data/rts79", "-s", "as-is", "-s", "as-is", "-n", "50", "--no-report", "-q"},
			[]string{"Loss of load (h/yr)", "Unserved energy (GWh/yr)"}},
		{[]string{"assess", "-s", "baseline", "-s", "baseline", "-n", "4", "--no-report", "-q"},
			[]string{"Unserved energy (GWh/yr)", "Supply (h/day)", "Household (h/day)"}},
	} {
		code, out, errOut := runCLI(t, nil, c.args...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", c.args, code, errOut)
		}
		for _, label := range c.labels {
			var line string
			for _, l := range strings.Split(out, "\n") {
				if strings.HasPrefix(l, label) {
					line = strings.TrimSpace(l)
				}
			}
			zero := false
			for _, z := range []string{" 0 ± 0", " 0.0 ± 0.0", " 0.00 ± 0.00"} {
				zero = zero || strings.HasSuffix(line, z)
			}
			if !zero {
				t.Errorf("%s: a scenario against itself does not differ by 0 ± 0: %q", label, line)
			}
		}
	}
}
