package main

import (
	"fmt"
	"math"

	"github.com/urfave/cli/v2"

	"gridrisk/imports"
)

// The analyses beyond assess: replacement requirement, outlook, sensitivity.

func (e *runEnv) replaceCommand() *cli.Command {
	return &cli.Command{
		Name:  "replace",
		Usage: "how much firm MW (or gas) brings the waiver-ended case back to the baseline, and what each mitigation buys back",
		Description: "Bisection with common random numbers: the smallest firm capacity in --zone (or gas\n" +
			"into --pool) that restores the baseline's unserved energy (or --target-hours of national\n" +
			"supply per day), within --tolerance. Then ranks each built-in mitigation by the share of\n" +
			"the loss it recovers in the study year.\n\n" +
			"Examples:\n  gridrisk replace\n  gridrisk replace --zone IQ-BA --year 2026\n" +
			"  gridrisk replace --pool domestic-south --tolerance 0.2\n  gridrisk replace --target-hours 16",
		Flags: append(simFlags(40),
			&cli.StringFlag{Name: "zone", Value: "IQ-BG", Usage: "zone code where the firm MW is added"},
			&cli.StringFlag{Name: "pool", Usage: "fuel pool id to add gas (mcm/d) to, instead of firm MW"},
			&cli.Float64Flag{Name: "target-hours", Usage: "restore national supply hours per day to this value instead of the baseline's EUE"},
			&cli.Float64Flag{Name: "tolerance", Usage: "bisection bracket width in MW or mcm/d (0: 1 % of the amount, at least 10 MW or 0.05 mcm/d)"},
		),
		Action: func(c *cli.Context) error {
			s, err := e.newSession(c)
			if err != nil {
				return err
			}
			scs, err := s.scenarios("baseline", "waiver-ended")
			if err != nil {
				return err
			}
			if len(scs) != 2 {
				return usageError("replace compares two scenarios: give --scenario twice (base, then the case to repair)")
			}
			if h := c.Float64("target-hours"); c.IsSet("target-hours") && !(h > 0 && h <= 24) {
				return usageError("--target-hours %g: want supply hours per day above 0 and at most 24", h)
			}
			if tol := c.Float64("tolerance"); !(tol >= 0 && tol < math.Inf(1)) {
				return usageError("--tolerance %g: want 0 (automatic) or a positive width in MW or mcm/d", tol)
			}
			spec := imports.ReplaceSpec{Base: scs[0], Alt: scs[1], Year: s.year, Pool: c.String("pool"),
				TargetHours: c.Float64("target-hours"), Tolerance: c.Float64("tolerance")}
			if spec.Pool == "" {
				spec.Zone = c.String("zone")
			}
			// The bisection's runs depend on the results: they join the
			// progress total as they start.
			runs := append(imports.ReplaceRuns(spec), imports.RankOptionsRuns(scs[0], scs[1], s.year)...)
			ctx, stop := s.start(scs, runs...)
			defer stop()
			doc := s.document("montecarlo")
			if err := s.assessScenarios(ctx, doc, s.mc, scs); err != nil {
				return err
			}
			rep, err := imports.Replace(ctx, s.ds, spec, s.mc)
			if err != nil {
				return simError(ctx, "replace", err)
			}
			doc.Replacement = fromReplacement(rep)
			opts, err := imports.RankOptions(ctx, s.ds, scs[0], scs[1], s.year, s.mc)
			if err != nil {
				return simError(ctx, "options", err)
			}
			doc.Options = fromOptions(opts)
			return s.emit(ctx, doc, fmt.Sprintf("gridrisk-replace-%d.xlsx", s.year))
		},
	}
}

func (e *runEnv) outlookCommand() *cli.Command {
	return &cli.Command{
		Name:  "outlook",
		Usage: "the years 2025–2030 under each scenario: demand growth and commissioning; when does the gap close?",
		Description: "Examples:\n  gridrisk outlook\n  gridrisk outlook -s waiver-ended -s waiver-ended+gcc-link+fsru+solar\n" +
			"  gridrisk outlook --from 2025 --to 2028 --samples 100",
		Flags: append(simFlags(40),
			&cli.IntFlag{Name: "from", Value: imports.DefaultOutlookYears[0], Usage: "first study year"},
			&cli.IntFlag{Name: "to", Value: imports.DefaultOutlookYears[1], Usage: "last study year"},
		),
		Action: func(c *cli.Context) error {
			s, err := e.newSession(c)
			if err != nil {
				return err
			}
			if c.Int("to") < c.Int("from") {
				return usageError("--to %d is before --from %d", c.Int("to"), c.Int("from"))
			}
			for _, f := range []string{"from", "to"} {
				if err := checkYear("--"+f, c.Int(f), s.ds); err != nil {
					return err
				}
			}
			scs, err := s.scenarios("baseline", "waiver-ended")
			if err != nil {
				return err
			}
			var runs []imports.RunSpec
			for _, sc := range scs {
				runs = append(runs, imports.OutlookRuns(sc, c.Int("from"), c.Int("to"))...)
			}
			ctx, stop := s.start(scs, runs...)
			defer stop()
			doc := s.document("montecarlo")
			if err := s.assessScenarios(ctx, doc, s.mc, scs); err != nil {
				return err
			}
			for _, sc := range scs {
				o, err := imports.Outlook(ctx, s.ds, sc, c.Int("from"), c.Int("to"), s.mc)
				if err != nil {
					return simError(ctx, "outlook "+sc.Name, err)
				}
				doc.Outlook = append(doc.Outlook, fromOutlook(o)...)
			}
			return s.emit(ctx, doc, "gridrisk-outlook.xlsx")
		},
	}
}

func (e *runEnv) sensitivityCommand() *cli.Command {
	return &cli.Command{
		Name:  "sensitivity",
		Usage: "tornado: which inputs move the national unserved energy most",
		Description: "Swings demand, gas volumes, outage rates, temperature, hydro water and availability\n" +
			"one at a time over stated ranges, with common random numbers.\n\n" +
			"Examples:\n  gridrisk sensitivity\n  gridrisk sensitivity -s baseline --samples 100",
		Flags: simFlags(40),
		Action: func(c *cli.Context) error {
			s, err := e.newSession(c)
			if err != nil {
				return err
			}
			scs, err := s.scenarios("waiver-ended")
			if err != nil {
				return err
			}
			if len(scs) != 1 {
				return usageError("sensitivity takes one --scenario")
			}
			ctx, stop := s.start(scs, imports.SensitivityRuns(scs[0], s.year)...)
			defer stop()
			doc := s.document("montecarlo")
			if err := s.assessScenarios(ctx, doc, s.mc, scs); err != nil {
				return err
			}
			t, err := imports.Sensitivity(ctx, s.ds, scs[0], s.year, s.mc)
			if err != nil {
				return simError(ctx, "sensitivity", err)
			}
			doc.Sensitivity = fromTornado(t)
			return s.emit(ctx, doc, fmt.Sprintf("gridrisk-sensitivity-%d.xlsx", s.year))
		},
	}
}
