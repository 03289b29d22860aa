package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/urfave/cli/v2"

	"gridrisk/data"
	"gridrisk/grid"
	"gridrisk/imports"
	"gridrisk/report"
)

// session is what every simulating command shares: the flags read once, the
// dataset, the Monte Carlo settings and the progress bar.
type session struct {
	c        *cli.Context
	ds       *data.Dataset
	mc       grid.MonteCarlo
	year     int
	prog     *progress
	format   string
	lang     string
	out      string
	noReport bool
}

// usageError marks a bad flag value: exit status 2 like other input errors.
func usageError(format string, a ...any) error {
	return cli.Exit(fmt.Sprintf(format, a...), 2)
}

// newSession reads the common flags, the config file and the dataset.
func newSession(c *cli.Context) (*session, error) {
	if err := applyConfig(c); err != nil {
		return nil, cli.Exit(err.Error(), 2)
	}
	s := &session{c: c, year: c.Int("year"), format: c.String("format"), lang: c.String("lang"),
		out: c.String("out"), noReport: c.Bool("no-report")}
	if s.format != "text" && s.format != "json" {
		return nil, usageError("--format %q: want text or json", s.format)
	}
	if s.lang != report.LangEnglish && s.lang != report.LangArabic {
		return nil, usageError("--lang %q: want en or ar", s.lang)
	}
	if n := c.Int("samples"); n < 2 && !(n == 1 && c.String("method") == "convolution") {
		return nil, usageError("--samples %d: want at least 2 (standard errors need two samples; 1 is enough for --method convolution, which is exact)", n)
	}
	if c.Int("workers") < 0 {
		return nil, usageError("--workers %d: want 0 (one per CPU) or more", c.Int("workers"))
	}
	var err error
	if p := c.String("data"); p != "" {
		s.ds, err = data.Load(p)
	} else {
		s.ds, err = data.Embedded()
	}
	if err != nil {
		return nil, cli.Exit(err.Error(), 2)
	}
	if err := checkYear("--year", s.year, s.ds); err != nil {
		return nil, err
	}
	if err := checkSamples("--samples", c.Int("samples"), len(s.ds.Zones)); err != nil {
		return nil, err
	}
	if !s.noReport {
		if err := prepareOut(s.out, workbookName(c.Command.Name, s.year)); err != nil {
			return nil, cli.Exit(err.Error(), 2)
		}
	}
	policy, protected, err := parsePolicy(c.String("policy"), c.StringSlice("protect"), s.ds)
	if err != nil {
		return nil, err
	}
	s.prog = newProgress(os.Stderr, c.Bool("quiet") || s.format == "json" && !isTerminal(os.Stderr))
	s.mc = grid.MonteCarlo{Samples: c.Int("samples"), Seed: c.Uint64("seed"), Workers: c.Int("workers"),
		Policy: policy, Protected: protected, Progress: s.prog.update}
	return s, nil
}

// The Monte Carlo engine keeps, for every sample, each governorate's and
// the system's annual unserved energy, LOLE, supply and household hours,
// served energy and twelve monthly unserved energies: (zones+1) ×
// grid.PerSampleValues float64 per sample for each scenario run. --samples
// is refused when one run's arrays would pass maxSampleBytes, before
// anything is allocated: 512 MiB is 197,379 samples for the 19
// governorates. Measured on RTS-79 (50,000 and 200,000 samples) the process
// holds about twice the arrays (garbage-collector headroom), and each result
// kept for comparison holds its arrays too, so an assess run at the cap
// stays near 1.5–2 GiB.
const (
	valuesPerSample = grid.PerSampleValues
	maxSampleBytes  = 512 << 20
)

// maxSamples is the largest --samples for a system of zones zones.
func maxSamples(zones int) int {
	return maxSampleBytes / ((zones + 1) * valuesPerSample * 8)
}

// checkSamples refuses a sample count whose per-sample arrays would not fit
// the memory cap.
func checkSamples(flag string, n, zones int) error {
	if lim := maxSamples(zones); n > lim {
		bytes := float64(n) * float64((zones+1)*valuesPerSample*8)
		need := fmt.Sprintf("%.0f GiB", bytes/(1<<30))
		if bytes < 10<<30 {
			need = fmt.Sprintf("%.1f MiB", bytes/(1<<20))
		}
		return usageError("%s %d: the per-sample results would need %s of memory ((%d zones + 1) × %d values × 8 bytes × samples); the limit is 512 MiB, %d samples for this data",
			flag, n, need, zones, valuesPerSample, lim)
	}
	return nil
}

// Study years a dataset supports: with params base_year B (the year its
// demand describes, from which demand_growth compounds), B−1 to B+5, which
// is 2024–2030 for the embedded data; without base_year, where demand is
// used as given and the year only sets the calendar and which units are in
// service, 1900–2100.
const (
	yearsBack, yearsAhead = 1, 5
	minYear, maxYear      = 1900, 2100
)

// yearRange is the range of study years ds supports and why.
func yearRange(ds *data.Dataset) (lo, hi int, why string) {
	for _, p := range ds.Params {
		if p.Name == imports.ParamBaseYear {
			b := int(p.Value)
			return b - yearsBack, b + yearsAhead, fmt.Sprintf("params base_year %d, %d year back to %d ahead", b, yearsBack, yearsAhead)
		}
	}
	return minYear, maxYear, "the data has no params base_year"
}

// checkYear refuses a study year outside what the data supports.
func checkYear(flag string, y int, ds *data.Dataset) error {
	lo, hi, why := yearRange(ds)
	if y < lo || y > hi {
		return usageError("%s %d: want a study year from %d to %d (%s)", flag, y, lo, hi, why)
	}
	return nil
}

// workbookName is the workbook a command writes under --out, so that the
// target can be checked before simulating ("" when unknown; writeReports
// checks again whatever it is given).
func workbookName(command string, year int) string {
	switch command {
	case "assess":
		return fmt.Sprintf("gridrisk-%d.xlsx", year)
	case "replace":
		return fmt.Sprintf("gridrisk-replace-%d.xlsx", year)
	case "outlook":
		return "gridrisk-outlook.xlsx"
	case "sensitivity":
		return fmt.Sprintf("gridrisk-sensitivity-%d.xlsx", year)
	}
	return ""
}

func parsePolicy(name string, protect []string, ds *data.Dataset) (grid.Policy, []int, error) {
	var p grid.Policy
	switch name {
	case "shares":
		p = grid.Shares
	case "proportional":
		p = grid.Proportional
	case "local-first":
		p = grid.LocalFirst
	case "priority":
		p = grid.Priority
	default:
		return 0, nil, usageError("--policy %q: want shares, proportional, local-first or priority", name)
	}
	if p != grid.Priority && len(protect) > 0 {
		return 0, nil, usageError("--protect needs --policy priority")
	}
	if p == grid.Priority && len(protect) == 0 {
		return 0, nil, usageError("--policy priority needs --protect ZONE (repeatable), e.g. --protect IQ-BA")
	}
	var idx []int
	for _, code := range protect {
		found := -1
		for i, z := range ds.Zones {
			if strings.EqualFold(z.Code, code) {
				found = i
			}
		}
		if found < 0 {
			return 0, nil, usageError("--protect %q: no such zone code in the zones table", code)
		}
		idx = append(idx, found)
	}
	return p, idx, nil
}

// scenarios resolves --scenario values, or the defaults for the dataset.
func (s *session) scenarios(defaults ...string) ([]imports.Scenario, error) {
	names := s.c.StringSlice("scenario")
	if len(names) == 0 {
		names = defaults
		if len(s.ds.Fuels) == 0 && len(s.ds.Links) == 0 {
			names = []string{imports.AsIs} // user tables without imports
		}
	}
	var out []imports.Scenario
	for _, n := range names {
		sc, err := imports.Lookup(n)
		if err != nil {
			return nil, cli.Exit(err.Error(), 2)
		}
		out = append(out, sc)
	}
	return out, nil
}

// context is cancelled by Ctrl-C or SIGTERM so workers stop promptly.
// signalContext is a command's context: cancelled on an interrupt
// (Ctrl-C) or SIGTERM, so workers stop promptly and no report is renamed
// into place, and carrying a fresh imports.Study so that the command
// simulates no (system, settings) twice. After the first signal the default
// action is restored, so a second Ctrl-C ends the process at once. The
// context is also remembered for emit, which writes the reports after the
// command's simulation.
func signalContext() (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithCancelCause(imports.NewStudy().Context(context.Background()))
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	go func() {
		select {
		case sig := <-ch:
			signal.Stop(ch)
			sigState.Lock()
			sigState.last = sig
			sigState.Unlock()
			cancel(fmt.Errorf("%v signal received", sig))
		case <-ctx.Done():
		}
	}()
	sigState.Lock()
	sigState.ctx = ctx
	sigState.Unlock()
	return ctx, func() {
		signal.Stop(ch)
		cancel(context.Canceled)
	}
}

// sigState is the context of the running command and the signal that
// cancelled it, if any.
var sigState struct {
	sync.Mutex
	ctx  context.Context
	last os.Signal
}

// commandContext is the running command's signal context, or a fresh one
// (with its stop function) when the command made none.
func commandContext() (context.Context, context.CancelFunc) {
	sigState.Lock()
	ctx := sigState.ctx
	sigState.Unlock()
	if ctx != nil && !errors.Is(context.Cause(ctx), context.Canceled) {
		return ctx, func() {}
	}
	return signalContext()
}

// resetSignals forgets the previous command's context and signal (the CLI
// runs once per process; tests run it many times).
func resetSignals() {
	sigState.Lock()
	sigState.ctx, sigState.last = nil, nil
	sigState.Unlock()
}

// interruptStatus is the exit status for an interrupted run: 128 + the
// signal number, as shells report it: 130 for Ctrl-C, 143 for SIGTERM.
func interruptStatus() int {
	sigState.Lock()
	defer sigState.Unlock()
	if sigState.last == syscall.SIGTERM {
		return 143
	}
	return 130
}

// document starts a Document with the run's provenance.
func (s *session) document(method string) *report.Document {
	origin := "embedded"
	if p := s.c.String("data"); p != "" {
		origin = p
	}
	samples := s.mc.Samples
	if method == "convolution" {
		samples = 0 // exact: nothing is sampled
	}
	return &report.Document{
		Samples: samples, Seed: s.mc.Seed, Method: method, Policy: s.c.String("policy"), Year: s.year,
		Sources: report.SourceRows(s.ds), Supply: report.SupplyRows(s.ds),
		Labels: reportLabels(), SourceKinds: imports.SourceKinds(),
		Run: report.Run{Version: buildInfo(), Command: strings.Join(os.Args, " "), InputHash: s.inputHash(),
			Data: origin, Date: time.Now().UTC().Format(time.RFC3339), Workers: s.mc.Workers},
	}
}

// inputHash covers the tables and every scenario file named on the command line.
func (s *session) inputHash() string {
	h := s.ds.Hash()
	for _, n := range s.c.StringSlice("scenario") {
		if raw, err := os.ReadFile(n); err == nil {
			h = hashStrings(h, string(raw))
		}
	}
	return h
}

// emit prints the document and, unless --no-report, writes the workbook,
// charts and result.json under --out.
func (s *session) emit(doc *report.Document, workbook string) error {
	if s.format == "json" {
		if err := report.WriteJSON(resultOut, doc); err != nil {
			return err
		}
	} else if err := report.WriteText(resultOut, doc); err != nil {
		return err
	}
	if s.noReport {
		return nil
	}
	ctx, stop := commandContext()
	defer stop()
	return writeReports(ctx, s.out, workbook, doc, s.lang)
}
