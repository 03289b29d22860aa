package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/urfave/cli/v2"

	"gridrisk/data"
	"gridrisk/grid"
	"gridrisk/imports"
	"gridrisk/report"
)

func (e *runEnv) validateCommand() *cli.Command {
	return &cli.Command{
		Name:  "validate",
		Usage: "run the built-in benchmark suite (IEEE RTS-79, exactly enumerated multi-zone systems); exit 1 if a check fails",
		Description: "Each check prints the value gridrisk computes, the published or exactly enumerated\n" +
			"reference, the tolerance and the source. RTS-79 is read through the user-data loader.\n\n" +
			"Examples:\n  gridrisk validate\n  gridrisk validate --samples 4000 --seed 3",
		Flags: []cli.Flag{
			&cli.IntFlag{Name: "samples", Value: 2000, Usage: "Monte Carlo sample years for the checks"},
			&cli.Uint64Flag{Name: "seed", Value: 1, Usage: "random seed"},
			configFlag(),
		},
		Action: func(c *cli.Context) error {
			if err := applyConfig(c); err != nil {
				return cli.Exit(err.Error(), 2)
			}
			if n := c.Int("samples"); n < 2 {
				return usageError("--samples %d: want at least 2 (the checks compare within standard errors)", n)
			}
			// The largest checked system has three zones.
			if err := checkSamples("--samples", c.Int("samples"), 3); err != nil {
				return err
			}
			ctx, stop := signalContext(c.Context)
			defer stop()
			ds, err := data.RTS79()
			if err != nil {
				return err
			}
			sys, err := imports.Build(ds, mustLookup(imports.AsIs), 0)
			if err != nil {
				return err
			}
			checks := grid.ValidateRTS79(ctx, sys, c.Int("samples"), c.Uint64("seed"))
			checks = append(checks, grid.ValidateEnumerated(ctx, c.Int("samples"), c.Uint64("seed"))...)
			if ctx.Err() != nil {
				return cli.Exit("interrupted", interruptStatus(ctx))
			}
			tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "result\tcheck\tvalue\treference\ttolerance\tsource")
			failed := 0
			for _, k := range checks {
				mark := "PASS"
				if !k.Pass {
					mark, failed = "FAIL", failed+1
				}
				fmt.Fprintf(tw, "%s\t%s\t%.6g\t%.6g\t%.3g\t%s\n", mark, k.Name, k.Value, k.Reference, k.Tolerance, k.Source)
			}
			tw.Flush()
			if failed > 0 {
				return cli.Exit(fmt.Sprintf("%d of %d checks failed", failed, len(checks)), 1)
			}
			fmt.Fprintf(e.stdout, "all %d checks passed\n", len(checks))
			return nil
		},
	}
}

func (e *runEnv) scenariosCommand() *cli.Command {
	return &cli.Command{
		Name:  "scenarios",
		Usage: "list the built-in scenarios and mitigations, one per line",
		Description: "Base scenarios set the state of Iranian supply; mitigations combine with any of them\n" +
			"with '+', e.g. waiver-ended+gcc-link+fsru. A YAML file may start from any of them (base:).\n\n" +
			"Examples:\n  gridrisk scenarios\n  gridrisk scenarios show waiver-ended > my.yaml",
		Action: func(c *cli.Context) error {
			for _, sc := range imports.Builtins() {
				kind := sc.Kind
				if kind == "" {
					kind = "-"
				}
				fmt.Fprintf(e.stdout, "%-16s %-10s %s\n", sc.Name, kind, firstLine(sc.Description))
			}
			return nil
		},
		Subcommands: []*cli.Command{{
			Name:      "show",
			Usage:     "print one scenario as YAML (a starting point for your own file)",
			ArgsUsage: "NAME",
			Description: "Examples:\n  gridrisk scenarios show waiver-ended\n" +
				"  gridrisk scenarios show baseline > mine.yaml   # edit, then: gridrisk assess -s mine.yaml",
			Action: func(c *cli.Context) error {
				if c.NArg() != 1 {
					return usageError("scenarios show needs one NAME (see `gridrisk scenarios`)")
				}
				sc, err := imports.Lookup(c.Args().First())
				if err != nil {
					return cli.Exit(err.Error(), 2)
				}
				y, err := sc.YAML()
				if err != nil {
					return err
				}
				_, err = e.stdout.Write(y)
				return err
			},
		}},
	}
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

func (e *runEnv) chartCommand() *cli.Command {
	return &cli.Command{
		Name:        "chart",
		Usage:       "redraw the charts (and the workbook) from a saved result.json without simulating again",
		Description: "Examples:\n  gridrisk chart --from out/result.json\n  gridrisk chart --from out/result.json --lang ar --out out-ar",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "from", Usage: "a result.json written by assess (or assess --format json); required"},
			&cli.StringFlag{Name: "out", Value: "out", Usage: "output directory"},
			&cli.StringFlag{Name: "lang", Value: "en", Usage: "en | ar"},
			configFlag(),
		},
		Action: func(c *cli.Context) error {
			if err := applyConfig(c); err != nil {
				return cli.Exit(err.Error(), 2)
			}
			if c.String("from") == "" {
				return usageError("chart needs --from FILE, a result.json written by assess")
			}
			f, err := os.Open(c.String("from"))
			if err != nil {
				return cli.Exit(err.Error(), 2)
			}
			defer f.Close()
			doc, err := report.ReadJSON(f)
			if err != nil {
				return cli.Exit(fmt.Sprintf("%s: %v", c.String("from"), err), 2)
			}
			ctx, stop := signalContext(c.Context)
			defer stop()
			return e.writeReports(ctx, c.String("out"), fmt.Sprintf("gridrisk-%d.xlsx", doc.Year), doc, c.String("lang"))
		},
	}
}

func (e *runEnv) dataCommand() *cli.Command {
	return &cli.Command{
		Name:  "data",
		Usage: "export the embedded dataset as an editable template, or check your own tables",
		Subcommands: []*cli.Command{
			{
				Name:  "export",
				Usage: "write the embedded Iraq dataset as CSV files or one XLSX workbook to edit",
				Description: "An existing --out is replaced only when it is an unchanged earlier export (or with --force);\n" +
					"files gridrisk did not write are never removed, and links, FIFOs and devices are refused.\n\n" +
					"Examples:\n  gridrisk data export --format xlsx --out iraq.xlsx\n" +
					"  gridrisk data export --format csv --out iraq-tables/\n  gridrisk assess --data iraq.xlsx",
				Flags: []cli.Flag{
					&cli.StringFlag{Name: "format", Value: "xlsx", Usage: "csv (a directory) | xlsx (one workbook)"},
					&cli.StringFlag{Name: "out", Usage: "the directory (csv) or .xlsx file to write; required"},
					&cli.BoolFlag{Name: "force", Usage: "replace what is at --out even if it is not an unchanged earlier export; only the files an export writes are replaced (tables and gridrisk's README), nothing else is removed"},
				},
				Action: func(c *cli.Context) error {
					if c.String("out") == "" {
						return usageError("data export needs --out PATH (a directory for csv, a .xlsx file for xlsx)")
					}
					ds, err := data.Embedded()
					if err != nil {
						return err
					}
					if err := data.ExportWith(ds, c.String("format"), c.String("out"), data.ExportOptions{Force: c.Bool("force")}); err != nil {
						return cli.Exit(err.Error(), 2)
					}
					fmt.Fprintf(e.stderr, "wrote %s\n", filepath.Clean(c.String("out")))
					return nil
				},
			},
			{
				Name:      "check",
				Usage:     "report every problem in your tables (table, row, column, rule); exit 1 if there is any",
				ArgsUsage: "PATH (a directory of CSV files or an .xlsx workbook)",
				Description: "Lists every problem at once: file, table, row as you see it, column and the rule broken.\n\n" +
					"Examples:\n  gridrisk data check mytables/\n  gridrisk data check mytables.xlsx",
				Action: func(c *cli.Context) error {
					if c.NArg() != 1 {
						return usageError("data check needs one PATH")
					}
					probs, err := data.Check(c.Args().First())
					if err != nil {
						// A path that cannot be read is a problem found like
						// any other: exit 1, as the README says.
						return cli.Exit(err.Error(), 1)
					}
					for _, p := range probs {
						fmt.Fprintln(e.stdout, p.Error())
					}
					if len(probs) > 0 {
						return cli.Exit(fmt.Sprintf("%d problem(s) found", len(probs)), 1)
					}
					fmt.Fprintln(e.stdout, "no problems found")
					return nil
				},
			},
		},
	}
}
