package main

import (
	"github.com/urfave/cli/v2"
)

func (e *runEnv) assessCommand() *cli.Command {
	return &cli.Command{
		Name:  "assess",
		Usage: "simulate the study year under each scenario and report the shortfall by governorate",
		Description: "Compares the built-in scenarios baseline (waiver in force) and waiver-ended\n" +
			"(no Iranian gas or electricity) unless --scenario says otherwise, prints the\n" +
			"per-governorate result, and writes out/gridrisk-YEAR.xlsx, out/result.json and out/charts/\n" +
			"(PNG at 300 dpi 16:9, SVG and PDF).\n\n" +
			"Examples:\n" +
			"  gridrisk assess\n" +
			"  gridrisk assess --year 2026 --samples 1000 --seed 7\n" +
			"  gridrisk assess -s baseline -s waiver-ended+gcc-link+fsru --format json --no-report\n" +
			"  gridrisk assess --data mytables.xlsx --method convolution",
		Flags: append(simFlags(100),
			&cli.StringFlag{Name: "method", Value: "montecarlo", Usage: "`METHOD`: montecarlo | convolution (exact; single-zone systems only)"},
		),
		Action: e.runAssess,
	}
}
