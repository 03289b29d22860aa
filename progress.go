package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"sync"
	"time"

	"gridrisk/imports"
)

// progress draws a bar with an ETA on stderr, only on a terminal and only
// once a command has lasted a second; otherwise it stays silent. A command
// has one bar: its Study reports the sample years simulated against the
// total planned (show).
type progress struct {
	mu    sync.Mutex
	w     io.Writer
	on    bool
	label string
	total int
	start time.Time
	drawn bool
}

// isTerminal says whether w is a terminal: a file (such as *os.File) that
// is a character device. Any other writer (a buffer, a pipe wrapper) is not.
func isTerminal(w io.Writer) bool {
	f, ok := w.(interface{ Stat() (fs.FileInfo, error) })
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

func newProgress(stderr io.Writer, quiet bool) *progress {
	return &progress{w: stderr, on: !quiet && isTerminal(stderr)}
}

// begin starts a new bar for a task of total steps.
func (p *progress) begin(label string, total int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.label, p.total, p.start, p.drawn = label, total, time.Now(), false
}

// show draws a Study's progress: its total may grow as runs that were not
// planned start.
func (p *progress) show(sp imports.Progress) {
	if !p.on {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.total = sp.Total
	p.draw(sp.Done)
}

// draw draws the bar at done of p.total; p.mu is held.
func (p *progress) draw(done int) {
	el := time.Since(p.start)
	if el < time.Second || p.total <= 0 {
		return
	}
	frac := min(float64(done)/float64(p.total), 1)
	const width = 30
	n := int(frac * width)
	eta := "?"
	if done > 0 {
		eta = (time.Duration(float64(el) / frac * (1 - frac))).Round(time.Second).String()
	}
	fmt.Fprintf(p.w, "\r%-22s [%s%s] %3.0f%%  ETA %s   ", p.label,
		strings.Repeat("=", n), strings.Repeat(" ", width-n), 100*frac, eta)
	p.drawn = true
}

// end clears the bar.
func (p *progress) end() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.drawn {
		fmt.Fprintf(p.w, "\r%s\r", strings.Repeat(" ", 78))
		p.drawn = false
	}
}
