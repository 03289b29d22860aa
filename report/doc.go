// Package report turns assessment results into the terminal summary, the
// JSON document, the Excel workbook and the charts. It never simulates.
package report
