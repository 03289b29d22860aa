// Package imports models Iraq's import dependency: scenarios (the waiver in
// force or ended, cuts, mitigations, user YAML files) applied to the data
// tables for a study year, the grid.System they yield, dependency
// indicators, the replacement requirement, the outlook and sensitivities.
//
// Scenarios (scenario.go, builtin.go, lookup.go, yaml.go). A Scenario is a
// declarative change to the tables: pools, links and units set or scaled
// (selected by id, tag, origin, country, zone, region, technology or fuel),
// demand growth and scaling, whole-system adjustments, and additions with
// in-service years. It may start from a Base and add Mitigations; Lookup
// accepts a built-in name, a YAML path, or "base+mitigation+…". The built-in
// bases are as-is (tables as given; for user data and validation),
// baseline, waiver-ended, gas-only-cut, power-only-cut, partial and
// winter-halt; the mitigations are gcc-link, turkey, jordan, saudi, fsru,
// solar, flare-gas and demand-side. Every base except as-is excludes the
// table rows a mitigation provides that enter service after the base year,
// so planned links and plants count only in scenarios that add them.
//
// Build (build.go, apply.go) applies the layers for a year and converts the
// tables: zones in table order, demand grown by params demand_growth from
// base_year (and re-synthesized for the study year when the dataset
// synthesized it), units split into identical units with MTTF =
// MTTR(1−FOR)/FOR, links as import units, gas pools with their monthly
// factors, corridors, and the weather anomaly from params
// weather_anomaly_sd_c[_01…12] or anomaly_sd_jan…dec.
//
// Analyses, each taking a grid.MonteCarlo and using its seed for every run
// so scenarios share their random draws (common random numbers): Compare
// (compare.go), Dependency (dependency.go), Replace and RankOptions
// (replace.go), Outlook (outlook.go), Sensitivity (sensitivity.go) and
// BackTest (backtest.go). They return plain structs documented field by
// field for report/ to print and chart.
package imports
