// Package data holds gridrisk's input tables: the embedded Iraq dataset
// (go:embed CSV with a source id or assumption note on every row), the
// loaders for a user's CSV directory or XLSX workbook, their validation, and
// the export of the dataset as an editable template.
package data
