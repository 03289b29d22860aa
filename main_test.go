package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/urfave/cli/v2"
)

// runCLI runs the CLI in-process and returns its exit status, stdout and stderr.
func runCLI(t *testing.T, env map[string]string, args ...string) (int, string, string) {
	t.Helper()
	for k, v := range env {
		t.Setenv(k, v)
	}
	var so, se bytes.Buffer
	e := newRunEnv(&so, &se)
	code := e.run(append([]string{"gridrisk"}, args...))
	e.pending.Wait() // report writers an interrupt left running
	return code, so.String(), se.String()
}

// runExpect runs the CLI, fails the test unless it exits with code, and
// returns what it printed where that code prints: stdout for 0, stderr
// otherwise.
func runExpect(t *testing.T, code int, args ...string) string {
	t.Helper()
	got, stdout, stderr := runCLI(t, nil, args...)
	if got != code {
		t.Fatalf("exit %d, want %d; stderr %q", got, code, stderr)
	}
	if code == 0 {
		return stdout
	}
	return stderr
}

func TestExitStatus(t *testing.T) {
	cases := []struct {
		name string
		args []string
		code int
		msg  string // in stderr
	}{
		{"unknown flag", []string{"assess", "--bogus"}, 2, "bogus"},
		{"bad format", []string{"assess", "--format", "yaml", "--no-report"}, 2, "--format"},
		{"bad policy", []string{"assess", "--policy", "fair", "--no-report"}, 2, "--policy"},
		{"priority without zones", []string{"assess", "--policy", "priority", "--no-report"}, 2, "--protect"},
		{"unknown scenario", []string{"assess", "--scenario", "no-such-thing", "--no-report"}, 2, "no-such-thing"},
		{"missing data", []string{"assess", "--data", "/nonexistent/tables", "--no-report"}, 2, "/nonexistent/tables"},
		{"too few samples", []string{"assess", "--samples", "1", "--no-report"}, 2, "--samples"},
		{"data check on bad path", []string{"data", "check", "/nonexistent"}, 1, "nonexistent"},
		{"show needs a name", []string{"scenarios", "show"}, 2, "NAME"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, nil, c.args...)
			if code != c.code {
				t.Fatalf("exit %d, want %d; stderr: %s", code, c.code, stderr)
			}
			if !strings.Contains(stderr, c.msg) {
				t.Errorf("stderr %q does not mention %q", stderr, c.msg)
			}
			if strings.Contains(stderr, "goroutine ") || strings.Contains(stderr, "panic") {
				t.Errorf("stack trace in stderr: %s", stderr)
			}
			if n := strings.Count(strings.TrimSpace(stderr), "\n"); n > 3 {
				t.Errorf("error is %d lines, want one clear line: %s", n+1, stderr)
			}
		})
	}
}

func TestVersion(t *testing.T) {
	code, out, _ := runCLI(t, nil, "--version")
	if code != 0 || !strings.HasPrefix(out, "gridrisk "+version) {
		t.Fatalf("exit %d, output %q", code, out)
	}
}

// Flags beat environment beat config file beat defaults: the seed shows up
// in the JSON document.
func TestConfigPrecedence(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the simulation")
	}
	cfg := filepath.Join(t.TempDir(), "gridrisk.yaml")
	os.WriteFile(cfg, []byte("seed: 11\nsamples: 4\nscenario: [waiver-ended]\n"), 0o644)
	base := []string{"--config", cfg, "assess", "--no-report", "--format", "json", "--quiet"}
	seedOf := func(out string) string {
		i := strings.Index(out, `"seed": `)
		if i < 0 {
			t.Fatalf("no seed in output: %.300s", out)
		}
		return strings.Fields(out[i+8:])[0]
	}
	cases := []struct {
		name string
		env  map[string]string
		args []string
		want string
	}{
		{"file", nil, nil, "11,"},
		{"env beats file", map[string]string{"GRIDRISK_SEED": "12"}, nil, "12,"},
		{"flag beats env", map[string]string{"GRIDRISK_SEED": "12"}, []string{"--seed", "13"}, "13,"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, out, stderr := runCLI(t, c.env, append(base, c.args...)...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			if got := seedOf(out); got != c.want {
				t.Errorf("seed %s, want %s", got, c.want)
			}
		})
	}
}

func TestConfigUnknownKey(t *testing.T) {
	cfg := filepath.Join(t.TempDir(), "bad.yaml")
	os.WriteFile(cfg, []byte("samples: 4\nsaples: 5\n"), 0o644)
	code, _, stderr := runCLI(t, nil, "--config", cfg, "assess", "--no-report")
	if code != 2 || !strings.Contains(stderr, "line 2") || !strings.Contains(stderr, "saples") {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
}

// A failed write leaves an existing report untouched and no temporary files.
func TestWriteFileAtomicKeepsOldOnFailure(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "result.json")
	os.WriteFile(p, []byte("old"), 0o644)
	err := writeFileAtomic(p, func(f *os.File) error {
		f.WriteString("partial")
		return os.ErrDeadlineExceeded
	})
	if err == nil {
		t.Fatal("want the writer's error")
	}
	if b, _ := os.ReadFile(p); string(b) != "old" {
		t.Errorf("file now %q, want the old content", b)
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 1 {
		t.Errorf("left %d files, want 1", len(ents))
	}
}

// The scenarios part of the JSON is byte-identical for any --workers. 20
// samples are three chunks of the engine's 8, so workers really share them.
func TestJSONIdenticalAcrossWorkers(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the simulation")
	}
	var got []string
	for _, w := range []string{"1", "2", "3", "8"} {
		code, out, stderr := runCLI(t, nil, "assess", "--no-report", "--format", "json", "--quiet",
			"--samples", "20", "--seed", "5", "--workers", w)
		if code != 0 {
			t.Fatalf("workers %s: exit %d: %s", w, code, stderr)
		}
		i, j := strings.Index(out, `"scenarios"`), strings.Index(out, `"run"`)
		if i < 0 || j < i {
			t.Fatalf("no scenarios/run in output")
		}
		got = append(got, out[i:j])
	}
	for k := 1; k < len(got); k++ {
		if got[k] != got[0] {
			t.Errorf("scenarios differ between worker counts (run %d)", k)
		}
	}
}

// Ctrl-C stops the workers promptly, writes nothing and keeps the previous
// report.
func TestInterruptLeavesNoPartialFile(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the simulation")
	}
	out := filepath.Join(t.TempDir(), "out")
	os.MkdirAll(out, 0o755)
	old := filepath.Join(out, "result.json")
	os.WriteFile(old, []byte("previous"), 0o644)
	go func() {
		time.Sleep(1500 * time.Millisecond)
		syscall.Kill(os.Getpid(), syscall.SIGINT)
	}()
	start := time.Now()
	code, _, stderr := runCLI(t, nil, "assess", "--samples", "100000", "--out", out, "--quiet")
	if code != 130 {
		t.Fatalf("exit %d, want 130; stderr %s", code, stderr)
	}
	if el := time.Since(start); el > 10*time.Second {
		t.Errorf("took %v to stop", el)
	}
	ents, _ := os.ReadDir(out)
	if len(ents) != 1 {
		t.Errorf("out has %d entries, want only the previous result.json", len(ents))
	}
	if b, _ := os.ReadFile(old); string(b) != "previous" {
		t.Errorf("previous report changed")
	}
}

// Every command says what it is for and shows an example; every flag has a
// usage line.
func TestHelpTeaches(t *testing.T) {
	app := newRunEnv(io.Discard, io.Discard).newApp()
	var walk func(prefix string, cmds []*cli.Command)
	walk = func(prefix string, cmds []*cli.Command) {
		for _, c := range cmds {
			name := prefix + c.Name
			if c.Usage == "" {
				t.Errorf("%s: no one-line purpose", name)
			}
			if len(c.Subcommands) == 0 && !strings.Contains(c.Description, "Examples:") {
				t.Errorf("%s: no example", name)
			}
			for _, f := range c.Flags {
				if df, ok := f.(cli.DocGenerationFlag); ok && df.GetUsage() == "" {
					t.Errorf("%s --%s: no usage", name, f.Names()[0])
				}
			}
			walk(name+" ", c.Subcommands)
		}
	}
	walk("", app.Commands)
}
