package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"
)

// progress draws a bar with an ETA on stderr, only on a terminal and only
// once a run has lasted a second; otherwise it stays silent.
type progress struct {
	mu    sync.Mutex
	w     io.Writer
	on    bool
	label string
	total int
	start time.Time
	drawn bool
}

func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

func newProgress(stderr *os.File, quiet bool) *progress {
	return &progress{w: stderr, on: !quiet && isTerminal(stderr)}
}

// begin starts a new bar for a task of total steps.
func (p *progress) begin(label string, total int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.label, p.total, p.start, p.drawn = label, total, time.Now(), false
}

// update is safe to call from worker goroutines.
func (p *progress) update(done int) {
	if !p.on {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	el := time.Since(p.start)
	if el < time.Second || p.total <= 0 {
		return
	}
	frac := float64(done) / float64(p.total)
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
