package data

import (
	"fmt"
	"strings"
)

// Problem is one broken rule in the input data. Row is the row number the
// user sees in the file or sheet (the header is row 1); 0 means the problem
// concerns the whole table or column.
type Problem struct {
	File, Table string
	Row         int
	Column      string
	Rule        string
}

// Error reads like
// "units.csv: table units, row 7, column for: must be in [0,1) (got 1.2)".
func (p Problem) Error() string {
	var b strings.Builder
	if p.File != "" {
		b.WriteString(p.File)
		b.WriteString(": ")
	}
	var parts []string
	if p.Table != "" {
		parts = append(parts, "table "+p.Table)
	}
	if p.Row > 0 {
		parts = append(parts, fmt.Sprintf("row %d", p.Row))
	}
	if p.Column != "" {
		parts = append(parts, "column "+p.Column)
	}
	b.WriteString(strings.Join(parts, ", "))
	if len(parts) > 0 {
		b.WriteString(": ")
	}
	b.WriteString(p.Rule)
	return b.String()
}

// Problems is every problem found in a dataset; as an error it lists them
// one per line.
type Problems []Problem

func (ps Problems) Error() string {
	lines := make([]string, 0, len(ps)+1)
	lines = append(lines, fmt.Sprintf("%d problem(s) in the data:", len(ps)))
	for _, p := range ps {
		lines = append(lines, "  "+p.Error())
	}
	return strings.Join(lines, "\n")
}

// collector gathers problems, at most one per cell.
type collector struct {
	probs Problems
	seen  map[string]bool
}

func (c *collector) add(file, table string, row int, col, format string, args ...any) {
	key := fmt.Sprintf("%s\x00%d\x00%s", table, row, col)
	if row > 0 && col != "" {
		if c.seen == nil {
			c.seen = map[string]bool{}
		}
		if c.seen[key] {
			return
		}
		c.seen[key] = true
	}
	c.probs = append(c.probs, Problem{File: file, Table: table, Row: row, Column: col, Rule: fmt.Sprintf(format, args...)})
}

// bad reports whether a cell already has a problem.
func (c *collector) bad(table string, row int, col string) bool {
	return c.seen[fmt.Sprintf("%s\x00%d\x00%s", table, row, col)]
}
