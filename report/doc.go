// Package report turns a Document into what people read: the terminal
// summary (WriteText), the JSON document (WriteJSON, and ReadJSON for
// `gridrisk chart --from`), the Excel workbook (WriteWorkbook) and the
// slide-ready charts (RenderPNG, WriteCharts). It never simulates and never
// decides anything about the model: every number it shows is in the
// Document, which the command that ran the study fills.
//
// The Document (document.go) is plain data: run provenance (version, seed,
// samples, input hash), one Scenario per assessed scenario with system and
// per-governorate ZoneMetrics, paired Comparisons, and the optional
// sections of the analyses (dependency, back-test, allocation, outlook,
// sensitivity, options, replacement) plus the sources and supply tables.
// FromResult and the other From… functions flatten engine and study
// results into it. A metric a method did not measure is absent (a nil
// pointer, an omitted JSON key) and reads "n/a"; it is never 0.
//
// Files:
//   - text.go, text_study.go: the terminal summary, within 100 columns; a
//     governorate ranking names a leader only when it leads beyond its
//     standard errors (ties.go), otherwise it names the tied group.
//   - workbook*.go: the workbook, built with excelize, in English or Arabic
//     (right to left); sheets Summary, Governorates, Scenarios, Back-test,
//     Allocation, Sources and the analyses' sheets, with native charts
//     (workbook_charts.go) and shared styles (workbook_styles.go).
//   - chart*.go: PNG, SVG and PDF charts with gonum/plot at 300 dpi in 16:9:
//     one builder per chart (supply hours, blackout heatmap, shortfall,
//     dependency, peak week, outlook, tornado, options), a common frame and
//     canvas, and the labels and titles (chartlabels.go) in both languages.
//   - arabic.go: Arabic shaping (joining forms) and the bidirectional
//     reordering the chart fonts need, since gonum/plot draws runes left to
//     right; i18n.go: the English and Arabic messages and month names.
//   - json.go: the JSON contract, byte-identical for the same inputs and
//     seed whatever the worker count.
package report
