// Command gridrisk estimates Iraq's electricity shortfall and rolling-blackout
// risk by governorate, with and without Iranian gas and electricity.
//
// main wires the command line to the packages data → imports → grid →
// report; it holds no model logic.
package main

import (
	"fmt"
	"os"
)

func main() {
	os.Exit(run(os.Args, os.Stdout, os.Stderr))
}

// run executes the CLI and returns the exit status: 0 success, 1 a check
// that failed (validate, data check), 2 a usage or input error, 130 (Ctrl-C)
// or 143 (SIGTERM) interrupted.
func run(args []string, stdout, stderr *os.File) int {
	resetSignals()
	app := newApp(stdout, stderr)
	if err := app.Run(args); err != nil {
		return reportError(stderr, err)
	}
	return 0
}

func reportError(stderr *os.File, err error) int {
	code := 2
	if ce, ok := err.(interface{ ExitCode() int }); ok {
		code = ce.ExitCode()
	}
	if code == 130 {
		code = interruptStatus() // 143 when SIGTERM stopped the run
	}
	if msg := err.Error(); msg != "" {
		fmt.Fprintf(stderr, "gridrisk: %s\n", msg)
	}
	return code
}
