// Command gridrisk estimates Iraq's electricity shortfall and rolling-blackout
// risk by governorate, with and without Iranian gas and electricity.
//
// main wires the command line to the packages data → imports → grid →
// report; it holds no model logic.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"

	"gridrisk/imports"
)

func main() {
	os.Exit(run(os.Args, os.Stdout, os.Stderr))
}

// run executes the CLI and returns the exit status: 0 success, 1 a check
// that failed (validate, data check), 2 a usage or input error, 130 (Ctrl-C)
// or 143 (SIGTERM) interrupted. Results go to stdout; errors, progress and
// notes to stderr. Each call is independent: it keeps its state in its own
// runEnv, none in package variables.
func run(args []string, stdout, stderr io.Writer) int {
	return newRunEnv(stdout, stderr).run(args)
}

// runEnv is one invocation of the CLI: where it writes, its command line,
// and the report writers an interrupt left running.
type runEnv struct {
	stdout *checkedWriter // results; keeps the first write error
	stderr io.Writer      // errors, progress, notes
	args   []string
	// pending counts report writers still running after an interrupt
	// returned early, and the removal of their stage directory (tests wait
	// for it; the CLI exits and a later run removes what is left).
	pending sync.WaitGroup
	// watchStudy, if set, is given each command's Study before it runs
	// anything (tests follow its progress).
	watchStudy func(*imports.Study)
}

func newRunEnv(stdout, stderr io.Writer) *runEnv {
	if stdout == nil {
		stdout = io.Discard
	}
	if stderr == nil {
		stderr = io.Discard
	}
	return &runEnv{stdout: &checkedWriter{w: stdout}, stderr: stderr}
}

func (e *runEnv) run(args []string) int {
	e.args = args
	app := e.newApp()
	if err := app.Run(args); err != nil {
		return reportError(e.stderr, err)
	}
	if e.stdout.err != nil {
		return reportError(e.stderr, fmt.Errorf("writing the output: %v", e.stdout.err))
	}
	return 0
}

// commandLine is the command as run, for the report's provenance.
func (e *runEnv) commandLine() string { return strings.Join(e.args, " ") }

// checkedWriter remembers the first error writing to w and refuses further
// writes after it, so that a full disk or a closed pipe is reported, not
// ignored.
type checkedWriter struct {
	w   io.Writer
	err error
}

func (c *checkedWriter) Write(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.w.Write(p)
	if err != nil {
		c.err = err
	}
	return n, err
}

// reportError prints err in one line and returns its exit status (2 unless
// it carries another: 1 a failed check, 130 or 143 an interrupt).
func reportError(stderr io.Writer, err error) int {
	code := 2
	if ce, ok := err.(interface{ ExitCode() int }); ok {
		code = ce.ExitCode()
	}
	if msg := err.Error(); msg != "" {
		fmt.Fprintf(stderr, "gridrisk: %s\n", msg)
	}
	return code
}
