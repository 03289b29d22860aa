package main

import (
	"os"

	"github.com/urfave/cli/v2"
)

// Flags shared by the commands that simulate.
// samples is the command's default number of sample years: the analysis
// commands run many scenarios, and their paired differences stay tight.
func simFlags(samples int) []cli.Flag {
	return []cli.Flag{
		&cli.StringSliceFlag{Name: "scenario", Aliases: []string{"s"}, EnvVars: []string{"GRIDRISK_SCENARIO"},
			Usage: "`NAME`: a built-in scenario (list: gridrisk scenarios), BASE+MITIGATION+... combinations, or a YAML file; repeatable (default: baseline and waiver-ended)"},
		&cli.IntFlag{Name: "year", Value: 2025, EnvVars: []string{"GRIDRISK_YEAR"}, Usage: "study `YEAR` (2024–2030)"},
		&cli.IntFlag{Name: "samples", Aliases: []string{"n"}, Value: samples, EnvVars: []string{"GRIDRISK_SAMPLES"}, Usage: "`N` Monte Carlo sample years"},
		&cli.Uint64Flag{Name: "seed", Value: 1, EnvVars: []string{"GRIDRISK_SEED"}, Usage: "random `SEED`; the same seed gives the same numbers for any --workers"},
		&cli.IntFlag{Name: "workers", Value: 0, EnvVars: []string{"GRIDRISK_WORKERS"}, Usage: "`N` parallel workers (0: one per CPU)"},
		&cli.StringFlag{Name: "policy", Value: "proportional", EnvVars: []string{"GRIDRISK_POLICY"}, Usage: "`POLICY` sharing shortage between governorates: proportional | local-first | priority"},
		&cli.StringSliceFlag{Name: "protect", Usage: "`ZONE` code served first under --policy priority (repeatable), e.g. IQ-BA"},
		&cli.StringFlag{Name: "data", EnvVars: []string{"GRIDRISK_DATA"}, Usage: "your own tables at `PATH`: a directory of CSV files or one .xlsx workbook (default: the embedded Iraq dataset)"},
		&cli.StringFlag{Name: "out", Value: "out", EnvVars: []string{"GRIDRISK_OUT"}, Usage: "output `DIR` for the workbook, charts and result.json (created when missing)"},
		&cli.BoolFlag{Name: "no-report", Usage: "skip the workbook and charts"},
		&cli.StringFlag{Name: "format", Value: "text", EnvVars: []string{"GRIDRISK_FORMAT"}, Usage: "stdout `FORMAT`: text | json"},
		&cli.StringFlag{Name: "lang", Value: "en", EnvVars: []string{"GRIDRISK_LANG"}, Usage: "report language `LANG`: en | ar (Arabic, right to left)"},
		&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, EnvVars: []string{"GRIDRISK_QUIET"}, Usage: "no progress bar"},
	}
}

func newApp(stdout, stderr *os.File) *cli.App {
	cli.VersionPrinter = func(c *cli.Context) { c.App.Writer.Write([]byte(buildInfo() + "\n")) }
	app := &cli.App{
		Name:    "gridrisk",
		Usage:   "Iraq's electricity shortfall and rolling-blackout risk by governorate, with and without Iranian gas and power",
		Version: version,
		Description: "gridrisk simulates supply and demand in each of Iraq's 19 governorates hour by hour\n" +
			"(sequential Monte Carlo), quantifies the shortfall when Iranian gas and electricity stop,\n" +
			"estimates the hours of power each governorate gets, and writes an Excel workbook and charts.\n\n" +
			"Start with:  gridrisk assess",
		Writer:    stdout,
		ErrWriter: stderr,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "config", EnvVars: []string{"GRIDRISK_CONFIG"}, Usage: "YAML file of flag defaults (flags beat environment beat file)"},
		},
		Commands: []*cli.Command{
			assessCommand(),
			validateCommand(),
			scenariosCommand(),
			replaceCommand(),
			outlookCommand(),
			sensitivityCommand(),
			chartCommand(),
			dataCommand(),
		},
		ExitErrHandler: func(*cli.Context, error) {}, // main prints errors and exits
	}
	var walk func([]*cli.Command)
	walk = func(cmds []*cli.Command) {
		for _, cmd := range cmds {
			for _, f := range cmd.Flags {
				for _, n := range f.Names() {
					allFlagNames[n] = true
				}
			}
			walk(cmd.Subcommands)
		}
	}
	walk(app.Commands)
	return app
}
