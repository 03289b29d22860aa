package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gridrisk/imports"
)

func TestProgressSilentWhenNotATerminal(t *testing.T) {
	f, err := os.Create(filepath.Join(t.TempDir(), "stderr"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p := newProgress(f, false)
	if p.on {
		t.Fatal("progress is on for a regular file")
	}
	p.begin("x", 10)
	p.start = time.Now().Add(-time.Hour)
	p.show(imports.Progress{Done: 5, Total: 10})
	p.end()
	if fi, _ := f.Stat(); fi.Size() != 0 {
		t.Errorf("wrote %d bytes to a non-terminal", fi.Size())
	}
}

// On a terminal the bar appears only after a second, shows an ETA, and is
// cleared at the end.
func TestProgressBarAndETA(t *testing.T) {
	var buf bytes.Buffer
	p := &progress{w: &buf, on: true}
	p.begin("baseline", 100)
	p.show(imports.Progress{Done: 10, Total: 100})
	if buf.Len() != 0 {
		t.Fatalf("drew before a second had passed: %q", buf.String())
	}
	p.start = time.Now().Add(-10 * time.Second)
	p.show(imports.Progress{Done: 50, Total: 100})
	out := buf.String()
	if !strings.Contains(out, "baseline") || !strings.Contains(out, " 50%") || !strings.Contains(out, "ETA 10s") {
		t.Errorf("bar %q: want label, 50%% and ETA 10s", out)
	}
	p.end()
	if !strings.HasSuffix(buf.String(), "\r") {
		t.Error("bar not cleared at the end")
	}
}

func TestQuietSilencesProgress(t *testing.T) {
	if newProgress(os.Stderr, true).on {
		t.Error("--quiet left the progress bar on")
	}
}

// A simulating command shows one progress bar: the total declared before
// its first run is the sample years it then simulates (runs served from the
// Study's memory are not counted), Done never goes back, and the bar ends
// at the total. replace's bisection steps are not known up front; they join
// the total as they start, so for replace only the end is checked.
func TestProgressTotalIsSamplesSimulated(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the simulation")
	}
	const samples = 3
	for _, c := range []struct {
		name  string
		args  []string
		fixed bool // the total is known before the first run
	}{
		{"assess", []string{"assess"}, true},
		{"sensitivity", []string{"sensitivity", "-s", "baseline"}, true},
		{"outlook", []string{"outlook", "-s", "baseline", "--from", "2025", "--to", "2026"}, true},
		{"replace", []string{"replace", "--tolerance", "2000"}, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			var stderr bytes.Buffer
			e := newRunEnv(io.Discard, &stderr)
			var st *imports.Study
			var events []imports.Progress
			e.watchStudy = func(s *imports.Study) {
				st = s
				show := s.OnProgress
				s.OnProgress = func(p imports.Progress) {
					events = append(events, p)
					show(p)
				}
			}
			args := append([]string{"gridrisk"}, c.args...)
			args = append(args, "--no-report", "-q", "--samples", fmt.Sprint(samples), "--seed", "2")
			if code := e.run(args); code != 0 {
				t.Fatalf("exit %d: %s", code, stderr.String())
			}
			if st == nil || len(events) == 0 {
				t.Fatal("no progress reported")
			}
			want := st.SimulatedSamples
			if want != st.Simulated*samples || st.Simulated == 0 {
				t.Fatalf("%d runs simulated, %d sample years", st.Simulated, want)
			}
			last := events[len(events)-1]
			if last.Total != want || last.Done != want {
				t.Errorf("progress ends at %d of %d, want %d of %d (the sample years simulated)", last.Done, last.Total, want, want)
			}
			for i, p := range events {
				if c.fixed && p.Total != want {
					t.Fatalf("event %d: total %d, want %d from the start", i, p.Total, want)
				}
				if i > 0 && p.Done < events[i-1].Done {
					t.Fatalf("event %d: done went back from %d to %d", i, events[i-1].Done, p.Done)
				}
			}
			t.Logf("%d runs simulated (%d reused), %d sample years, %d events", st.Simulated, st.Reused, want, len(events))
		})
	}
}
