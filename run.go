package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
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
	if c.Int("samples") < 2 {
		return nil, usageError("--samples %d: want at least 2 (standard errors need two samples)", c.Int("samples"))
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
		if err := checkReportTargets(s.out, workbookName(c.Command.Name, s.year)); err != nil {
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
// the system's annual unserved energy, supply hours and served energy and
// twelve monthly unserved energies: (zones+1) × 15 float64 per sample for
// each scenario run (grid/accumulate.go perSample). --samples is refused when
// one run's arrays would pass maxSampleBytes, before anything is allocated:
// 512 MiB is 223,696 samples for the 19 governorates. Measured on RTS-79
// (50,000 and 200,000 samples) the process holds about twice the arrays
// (480 bytes a sample against 240: garbage-collector headroom), and each
// result kept for comparison holds a fifth of a run's arrays (3 of the 15
// values), so an assess run at the cap stays near 1.5–2 GiB.
const (
	valuesPerSample = 3 + 12
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
// signalContext is a command's context: cancelled on an interrupt, and
// carrying a fresh imports.Study so that the command simulates no
// (system, settings) twice.
func signalContext() (context.Context, context.CancelFunc) {
	return signal.NotifyContext(imports.NewStudy().Context(context.Background()), os.Interrupt, syscall.SIGTERM)
}

// document starts a Document with the run's provenance.
func (s *session) document(method string) *report.Document {
	origin := "embedded"
	if p := s.c.String("data"); p != "" {
		origin = p
	}
	return &report.Document{
		Samples: s.mc.Samples, Seed: s.mc.Seed, Method: method, Policy: s.c.String("policy"), Year: s.year,
		Sources: report.SourceRows(s.ds), Supply: report.SupplyRows(s.ds),
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
		if err := report.WriteJSON(os.Stdout, doc); err != nil {
			return err
		}
	} else if err := report.WriteText(os.Stdout, doc); err != nil {
		return err
	}
	if s.noReport {
		return nil
	}
	return writeReports(s.out, workbook, doc, s.lang)
}

// writeReports writes the JSON, the workbook and the charts. Each file goes
// to a temporary name and is renamed into place by the writers.
func writeReports(out, workbook string, doc *report.Document, lang string) error {
	if err := checkReportTargets(out, workbook); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Join(out, "charts"), 0o755); err != nil {
		return fmt.Errorf("--out %s: %w", out, err)
	}
	if err := writeFileAtomic(filepath.Join(out, "result.json"), func(f *os.File) error { return report.WriteJSON(f, doc) }); err != nil {
		return err
	}
	wb := filepath.Join(out, workbook)
	if err := report.WriteWorkbook(wb, doc, lang); err != nil {
		return fmt.Errorf("workbook %s: %w", wb, err)
	}
	paths, err := report.WriteCharts(filepath.Join(out, "charts"), doc, lang)
	if err != nil {
		return fmt.Errorf("charts: %w", err)
	}
	fmt.Fprintf(os.Stderr, "wrote %s, %s and %d chart files under %s\n", wb, filepath.Join(out, "result.json"), len(paths), filepath.Join(out, "charts"))
	return nil
}
