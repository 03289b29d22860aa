package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/urfave/cli/v2"

	"gridrisk/data"
	"gridrisk/grid"
	"gridrisk/imports"
	"gridrisk/report"
)

// session is what every simulating command shares: the flags read once, the
// dataset, the Monte Carlo settings, the Study that runs and counts its
// simulations, and the progress bar.
type session struct {
	e        *runEnv
	c        *cli.Context
	ds       *data.Dataset
	study    *imports.Study
	mc       grid.MonteCarlo
	year     int
	prog     *progress
	format   string
	lang     string
	out      string
	noReport bool
	iranian  *bool // hasIranianSupply's answer, once known
}

// usageError marks a bad flag value: exit status 2 like other input errors.
func usageError(format string, a ...any) error {
	return cli.Exit(fmt.Sprintf(format, a...), 2)
}

// newSession reads the common flags, the config file and the dataset.
func (e *runEnv) newSession(c *cli.Context) (*session, error) {
	if err := applyConfig(c); err != nil {
		return nil, cli.Exit(err.Error(), 2)
	}
	s := &session{e: e, c: c, year: c.Int("year"), format: c.String("format"), lang: c.String("lang"),
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
	s.prog = newProgress(e.stderr, c.Bool("quiet") || s.format == "json" && !isTerminal(e.stderr))
	s.mc = grid.MonteCarlo{Samples: c.Int("samples"), Seed: c.Uint64("seed"), Workers: c.Int("workers"),
		Policy: policy, Protected: protected}
	s.study = imports.NewStudy()
	s.study.OnProgress = s.prog.show
	if e.watchStudy != nil {
		e.watchStudy(s.study)
	}
	return s, nil
}

// start begins the command's simulations: the context (cancelled by Ctrl-C
// or SIGTERM, carrying the session's Study, so that the command simulates
// no (system, settings) twice), and one progress bar for the whole
// command, whose total is the sample years of the distinct runs planned:
// those assessScenarios asks for with the Monte Carlo method for the
// scenarios scs (none for an exact method: pass nil), then more.
// stop clears the bar and ends the signal handling.
func (s *session) start(scs []imports.Scenario, more ...imports.RunSpec) (context.Context, context.CancelFunc) {
	ctx, cancel := signalContext(s.study.Context(s.c.Context))
	s.prog.begin(s.c.Command.Name, 0)
	if scs != nil {
		var runs []imports.RunSpec
		for _, sc := range scs {
			runs = append(runs, imports.RunSpec{Scenario: sc, Year: s.year})
		}
		s.study.Plan(s.ds, s.documentMC(), runs...)
		more = append(s.analysisRuns(scs), more...)
	}
	s.study.Plan(s.ds, s.mc, more...)
	s.prog.show(s.study.Progress())
	return ctx, func() {
		s.prog.end()
		cancel()
	}
}

// documentMC is the Monte Carlo settings of the document's scenarios:
// served energy by source is simulated only when the output shows it (the
// workbook, its charts and the JSON document do; the text summary does
// not).
func (s *session) documentMC() grid.MonteCarlo {
	mc := s.mc
	mc.BySource = !s.noReport || s.format == "json"
	return mc
}

// analysisRuns are the runs assessScenarios asks for beyond the
// scenarios: (when the data models Iranian supply) the dependency
// counterfactuals of the first and, when baseline and waiver-ended are
// both run, the back-test's periods.
func (s *session) analysisRuns(scs []imports.Scenario) []imports.RunSpec {
	var runs []imports.RunSpec
	if hasIranianSupply(s) {
		runs = append(runs, imports.DependencyRuns(scs[0], s.year)...)
		if backTestWanted(scs) {
			runs = append(runs, imports.BackTestRuns(s.ds, s.year)...)
		}
	}
	return runs
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
const minYear, maxYear = 1900, 2100

// yearRange is the range of study years ds supports and why.
func yearRange(ds *data.Dataset) (lo, hi int, why string) {
	for _, p := range ds.Params {
		if p.Name == imports.ParamBaseYear {
			b := int(p.Value)
			return b - imports.YearsBack, b + imports.YearsAhead, fmt.Sprintf("params base_year %d, %d year back to %d ahead", b, imports.YearsBack, imports.YearsAhead)
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

// signalContext is a command's context: cancelled on an interrupt
// (Ctrl-C) or SIGTERM, so workers stop promptly and no report is renamed
// into place. The cause of the cancellation names the signal
// (interruptStatus). After the first signal the default action is
// restored, so a second Ctrl-C ends the process at once. Signals are
// caught only from here to stop, so a command that never asks for them
// (data export) ends at the first Ctrl-C as usual.
func signalContext(parent context.Context) (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithCancelCause(parent)
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	go func() {
		select {
		case sig := <-ch:
			signal.Stop(ch)
			cancel(signalCause{sig})
		case <-ctx.Done():
		}
	}()
	return ctx, func() {
		signal.Stop(ch)
		cancel(context.Canceled)
	}
}

// signalCause is why a signal context was cancelled.
type signalCause struct{ sig os.Signal }

func (s signalCause) Error() string { return fmt.Sprintf("%v signal received", s.sig) }

// interruptStatus is the exit status for a run interrupted through ctx:
// 128 + the signal number, as shells report it: 130 for Ctrl-C, 143 for
// SIGTERM.
func interruptStatus(ctx context.Context) int {
	var sc signalCause
	if errors.As(context.Cause(ctx), &sc) && sc.sig == syscall.SIGTERM {
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
		Run: report.Run{Version: buildInfo(), Command: s.e.commandLine(), InputHash: s.inputHash(),
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

// emit clears the progress bar, prints the document and, unless
// --no-report, writes the workbook, charts and result.json under --out
// (ctx is the command's signal context).
func (s *session) emit(ctx context.Context, doc *report.Document, workbook string) error {
	s.prog.end()
	if s.format == "json" {
		if err := report.WriteJSON(s.e.stdout, doc); err != nil {
			return err
		}
	} else if err := report.WriteText(s.e.stdout, doc); err != nil {
		return err
	}
	if s.noReport {
		return nil
	}
	return s.e.writeReports(ctx, s.out, workbook, doc, s.lang)
}
