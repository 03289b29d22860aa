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
)

func main() {
	os.Exit(run(os.Args, os.Stdout, os.Stderr))
}

// run executes the CLI and returns the exit status: 0 success, 1 a check
// that failed (validate, data check), 2 a usage or input error, 130 (Ctrl-C)
// or 143 (SIGTERM) interrupted.
func run(args []string, stdout, stderr *os.File) int {
	resetSignals()
	resultOut = &checkedWriter{w: os.Stdout}
	app := newApp(&checkedWriter{w: stdout}, stderr)
	if err := app.Run(args); err != nil {
		return reportError(stderr, err)
	}
	for _, w := range []io.Writer{resultOut, app.Writer} {
		if cw, ok := w.(*checkedWriter); ok && cw.err != nil {
			return reportError(stderr, fmt.Errorf("writing the output: %v", cw.err))
		}
	}
	return 0
}

// resultOut is where commands print their results (os.Stdout); it keeps the
// first write error so that a full disk or a closed pipe is reported, not
// ignored.
var resultOut = &checkedWriter{w: os.Stdout}

// checkedWriter remembers the first error writing to w and refuses further
// writes after it.
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
