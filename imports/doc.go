// Package imports models Iraq's import dependency: scenarios (the waiver in
// force or ended, cuts, mitigations, user YAML files) applied to the data
// tables for a study year, the grid.System they yield, dependency
// indicators, the replacement requirement, the outlook and sensitivities.
package imports
