package main

import (
	"gridrisk/imports"
	"gridrisk/report"
)

// Conversions from the study's analyses to report.Document sections: the
// report package draws only from the Document and knows nothing of
// scenarios or the imports package.

// fromComparison is alt − base as computed by imports.Compare (paired with
// common random numbers).
func fromComparison(base, alt string, c imports.Comparison) report.Comparison {
	out := report.Comparison{Name: alt, Base: base, System: fromDelta(c.System)}
	for _, d := range c.Zones {
		out.Zones = append(out.Zones, fromDelta(d))
	}
	return out
}

func fromDelta(d imports.Delta) report.ComparisonRow {
	return report.ComparisonRow{Code: d.Code, Name: d.Name, DeltaEUE: d.EUE, DeltaEUESE: d.EUESE,
		DeltaSupplyHours: d.SupplyHours, DeltaSupplyHoursSE: d.SupplyHoursSE, DeltaLOLE: d.LOLE, DeltaLOLESE: d.LOLESE,
		DeltaHouseholdHours: d.HouseholdHours, DeltaHouseholdHoursSE: d.HouseholdHoursSE, DeltaPeakSupplyMW: d.PeakSupplyMW}
}

// fromDependency lists each zone's reliance on Iranian supply; the other
// share is what rests on neither.
func fromDependency(r *imports.DependencyResult) []report.DependencyRow {
	var out []report.DependencyRow
	for _, z := range r.Zones {
		out = append(out, report.DependencyRow{Code: z.Code, Name: z.Name, IranGasShare: z.IranGasShare, IranGasShareSE: z.IranGasShareSE,
			IranPowerShare: z.IranPowerShare, IranPowerShareSE: z.IranPowerShareSE, OtherShare: max(0, 1-z.IranGasShare-z.IranPowerShare),
			MWAtRiskGas: z.MWAtRiskGas, MWAtRiskPower: z.MWAtRiskPower})
	}
	return out
}

// fromOutlook lists the years of one scenario's outlook.
func fromOutlook(o *imports.OutlookResult) []report.OutlookRow {
	var out []report.OutlookRow
	for _, y := range o.Years {
		out = append(out, report.OutlookRow{Scenario: o.Scenario, Year: y.Year, PeakDemandMW: y.PeakDemandMW,
			PeakSupplyMW: y.PeakSupplyMW, PeakShortfallMW: y.PeakShortfallMW, EUE: y.EUE, EUESE: y.EUESE,
			SupplyHoursPerDay: y.SupplyHours, SupplyHoursSE: y.SupplyHoursSE})
	}
	return out
}

// fromTornado lists the swings, largest first as imports sorted them.
func fromTornado(t *imports.Tornado) []report.SensitivityRow {
	var out []report.SensitivityRow
	for _, s := range t.Swings {
		out = append(out, report.SensitivityRow{Input: s.Input, LowLabel: s.LowLabel, HighLabel: s.HighLabel,
			LowEUE: s.LowEUE, HighEUE: s.HighEUE, BaseEUE: t.BaseEUE, LowSE: s.LowSE, HighSE: s.HighSE})
	}
	return out
}

// fromOptions lists the mitigation options in the order ranked.
func fromOptions(opts []imports.Option) []report.OptionRow {
	var out []report.OptionRow
	for _, o := range opts {
		out = append(out, report.OptionRow{Name: o.Name, Description: o.Description, InService: o.InService,
			RecoveredMWh: o.RecoveredMWh, RecoveredShare: o.RecoveredShare, SE: o.SE})
	}
	return out
}

// fromReplacement gives the replacement requirement (report's row is the
// same type, so the compiler keeps the two alike).
func fromReplacement(r *imports.Replacement) *report.ReplacementRow {
	row := report.ReplacementRow(r.Requirement)
	return &row
}

// fromBackTest gives the back-test rows (the same type in report).
func fromBackTest(rows []imports.BackTestRow) []report.BackTestRow {
	var out []report.BackTestRow
	for _, r := range rows {
		out = append(out, report.BackTestRow(r))
	}
	return out
}

// reportLabels gives the report the built-in names' labels.
func reportLabels() map[string]report.Label {
	out := map[string]report.Label{}
	for k, l := range imports.Labels() {
		out[k] = report.Label(l)
	}
	return out
}
