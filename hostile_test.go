package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
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
