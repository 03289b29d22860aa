// Package data holds gridrisk's input tables: the embedded Iraq dataset
// (go:embed CSV with a source id or assumption note on every row), the
// loaders for a user's CSV directory or XLSX workbook, their validation, and
// the export of the dataset as an editable template.
//
// Entry points:
//
//	Embedded() (*Dataset, error)        the Iraq dataset, demand synthesized for its base year
//	RTS79() (*Dataset, error)           the IEEE RTS-79 benchmark (1 zone, 32 units, 8,736 h)
//	Load(path string) (*Dataset, error) a CSV directory or .xlsx workbook; a Problems error lists every problem
//	Check(path string) ([]Problem, error)
//	Synthesize(ds *Dataset, year int) error   hourly demand, temperature, solar profiles from climate
//	Export(ds *Dataset, format, path string) error   "csv" (directory) or "xlsx"
//	(*Dataset).Hash() string            SHA-256 of the canonical content
//
// The embedded data and user data go through the same code (readDir/build),
// so the embedded dataset proves the loader and the loader proves the data:
// every source id must resolve to the sources table. The table schema
// (schema.go) is the user-data contract; the template's columns sheet and
// README are generated from it.
//
// Files: schema.go (contract), read_csv.go and load_xlsx.go (bytes to
// tables: BOM, Windows-1256, CRLF, zip-bomb limits), decode.go and hourly.go
// (tables to typed rows), check.go (rules across rows and tables),
// synth.go and solar.go (hourly synthesis), rows.go, export*.go, hash.go.
package data
