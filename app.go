package main

import (
	"strings"

	"github.com/urfave/cli/v2"
)

// Flags shared by the commands that simulate.
// samples is the command's default number of sample years: the analysis
// commands run many scenarios, and their paired differences stay tight.
func simFlags(samples int) []cli.Flag {
	return []cli.Flag{
		&cli.StringSliceFlag{Name: "scenario", Aliases: []string{"s"},
			Usage: "`NAME`: a built-in scenario (list: gridrisk scenarios), BASE+MITIGATION+... combinations, or a YAML file; repeatable (default: baseline and waiver-ended)"},
		&cli.IntFlag{Name: "year", Value: 2025, Usage: "study `YEAR` (2024–2030)"},
		&cli.IntFlag{Name: "samples", Aliases: []string{"n"}, Value: samples, Usage: "`N` Monte Carlo sample years"},
		&cli.Uint64Flag{Name: "seed", Value: 1, Usage: "random `SEED`; the same seed gives the same numbers for any --workers"},
		&cli.IntFlag{Name: "workers", Value: 0, Usage: "`N` parallel workers (0: one per CPU)"},
		&cli.StringFlag{Name: "policy", Value: "shares", Usage: "`POLICY` sharing shortage between governorates: shares (the Ministry's allocation: local credit and landed imports, emergency feeders, then each governorate's share; the allocation table) | proportional | local-first | priority"},
		&cli.StringSliceFlag{Name: "protect", Usage: "`ZONE` code served first under --policy priority (repeatable), e.g. IQ-BA"},
		&cli.StringFlag{Name: "data", Usage: "your own tables at `PATH`: a directory of CSV files or one .xlsx workbook (default: the embedded Iraq dataset)"},
		&cli.StringFlag{Name: "out", Value: "out", Usage: "output `DIR` for the workbook, charts and result.json (created when missing)"},
		&cli.BoolFlag{Name: "no-report", Usage: "skip the workbook and charts"},
		&cli.StringFlag{Name: "format", Value: "text", Usage: "stdout `FORMAT`: text | json"},
		&cli.StringFlag{Name: "lang", Value: "en", Usage: "report language `LANG`: en | ar (Arabic, right to left)"},
		&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "no progress bar"},
		configFlag(),
	}
}

// envVars maps flag names to the environment variables that set them when
// the flag is not given. They are read by applyEnv, not by the flag library,
// so a flag on the command line always wins and a bad value is reported in
// one line naming the variable.
var envVars = map[string]string{
	"scenario": "GRIDRISK_SCENARIO",
	"year":     "GRIDRISK_YEAR",
	"samples":  "GRIDRISK_SAMPLES",
	"seed":     "GRIDRISK_SEED",
	"workers":  "GRIDRISK_WORKERS",
	"policy":   "GRIDRISK_POLICY",
	"data":     "GRIDRISK_DATA",
	"out":      "GRIDRISK_OUT",
	"format":   "GRIDRISK_FORMAT",
	"lang":     "GRIDRISK_LANG",
	"quiet":    "GRIDRISK_QUIET",
}

// urfave/cli prints --version through its package variable VersionPrinter;
// an App has no field for it. It is set once here, before main runs, to a
// function that writes to the running App's own Writer, so it holds no
// state of any run.
func init() {
	cli.VersionPrinter = func(c *cli.Context) { c.App.Writer.Write([]byte(buildInfo() + "\n")) }
}

// newApp builds the command line of one run: results to e.stdout, errors
// and progress to e.stderr.
func (e *runEnv) newApp() *cli.App {
	app := &cli.App{
		Name:    "gridrisk",
		Usage:   "Iraq's electricity shortfall and rolling-blackout risk by governorate, with and without Iranian gas and power",
		Version: version,
		Description: "gridrisk simulates supply and demand in each of Iraq's 19 governorates hour by hour\n" +
			"(sequential Monte Carlo), quantifies the shortfall when Iranian gas and electricity stop,\n" +
			"estimates the hours of power each governorate gets, and writes an Excel workbook and charts.\n\n" +
			"Start with:  gridrisk assess",
		Writer:    e.stdout,
		ErrWriter: e.stderr,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "config", EnvVars: []string{"GRIDRISK_CONFIG"}, Usage: "YAML file of flag defaults (flags beat environment beat file)"},
		},
		Commands: []*cli.Command{
			e.assessCommand(),
			e.validateCommand(),
			e.scenariosCommand(),
			e.replaceCommand(),
			e.outlookCommand(),
			e.sensitivityCommand(),
			e.chartCommand(),
			e.dataCommand(),
		},
		ExitErrHandler: func(*cli.Context, error) {}, // main prints errors and exits
		OnUsageError:   onUsageError,
		Action:         unknownCommand,
	}
	var walk func([]*cli.Command)
	walk = func(cmds []*cli.Command) {
		for _, cmd := range cmds {
			cmd.OnUsageError = onUsageError
			if cmd.Action == nil && len(cmd.Subcommands) > 0 {
				cmd.Action = unknownCommand
			}
			for _, f := range cmd.Flags {
				if env := envVars[f.Names()[0]]; env != "" {
					if df, ok := f.(interface{ GetUsage() string }); ok {
						setUsage(f, df.GetUsage()+" (env "+env+")")
					}
				}
			}
			walk(cmd.Subcommands)
		}
	}
	walk(app.Commands)
	return app
}

// onUsageError turns a bad command line into one line on stderr (exit 2)
// with a pointer to the help, instead of the library's "Incorrect Usage"
// and the whole help text on stdout.
func onUsageError(c *cli.Context, err error, _ bool) error {
	return usageError("%s%s (%s lists the flags)", prefix(c), strings.TrimSpace(err.Error()), helpHint(c))
}

// commandPath is the command's name after "gridrisk" ("data export"), or
// "" at the top level.
func commandPath(c *cli.Context) string {
	var names []string
	for _, ctx := range c.Lineage() {
		if ctx.Command != nil && ctx.Command.Name != "" && ctx.Command.Name != c.App.Name {
			names = append([]string{ctx.Command.Name}, names...)
		}
	}
	return strings.Join(names, " ")
}

// unknownCommand is the action of gridrisk and of commands that only group
// others (data): with no argument it shows the help, with one it refuses
// the unknown command in one line (exit 2) instead of "No help topic" (3).
func unknownCommand(c *cli.Context) error {
	if c.NArg() == 0 {
		if commandPath(c) == "" {
			return cli.ShowAppHelp(c)
		}
		return cli.ShowCommandHelp(c.Lineage()[1], c.Command.Name)
	}
	return usageError("%sunknown command %q (%s lists the commands)", prefix(c), c.Args().First(), helpHint(c))
}

// prefix names the command in a message ("data export: "), or nothing at
// the top level; helpHint is how to get its help.
func prefix(c *cli.Context) string {
	if p := commandPath(c); p != "" {
		return p + ": "
	}
	return ""
}

func helpHint(c *cli.Context) string {
	if p := commandPath(c); p != "" {
		return "gridrisk " + p + " --help"
	}
	return "gridrisk --help"
}

// setUsage sets a flag's usage line (the flag types keep it in a field).
func setUsage(f cli.Flag, u string) {
	switch f := f.(type) {
	case *cli.StringFlag:
		f.Usage = u
	case *cli.StringSliceFlag:
		f.Usage = u
	case *cli.IntFlag:
		f.Usage = u
	case *cli.Uint64Flag:
		f.Usage = u
	case *cli.BoolFlag:
		f.Usage = u
	case *cli.Float64Flag:
		f.Usage = u
	}
}
