package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
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
	p.update(5)
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
	p.update(10)
	if buf.Len() != 0 {
		t.Fatalf("drew before a second had passed: %q", buf.String())
	}
	p.start = time.Now().Add(-10 * time.Second)
	p.update(50)
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
