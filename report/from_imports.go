package report

import "gridrisk/imports"

// Conversions from the imports package's analyses to Document sections.

// FromComparison is alt − base as computed by imports.Compare (paired with
// common random numbers).
func FromComparison(base, alt string, c imports.Comparison) Comparison {
	out := Comparison{Name: alt, Base: base, System: fromDelta(c.System)}
	for _, d := range c.Zones {
		out.Zones = append(out.Zones, fromDelta(d))
	}
	return out
}

func fromDelta(d imports.Delta) ComparisonRow {
	return ComparisonRow{Code: d.Code, Name: d.Name, DeltaEUE: d.EUE, DeltaEUESE: d.EUESE,
		DeltaSupplyHours: d.SupplyHours, DeltaSupplyHoursSE: d.SupplyHoursSE, DeltaPeakSupplyMW: d.PeakSupplyMW}
}

// FromDependency lists each zone's reliance on Iranian supply; the other
// share is what rests on neither.
func FromDependency(r *imports.DependencyResult) []DependencyRow {
	var out []DependencyRow
	for _, z := range r.Zones {
		out = append(out, DependencyRow{Code: z.Code, Name: z.Name, IranGasShare: z.IranGasShare, IranGasShareSE: z.IranGasShareSE,
			IranPowerShare: z.IranPowerShare, IranPowerShareSE: z.IranPowerShareSE, OtherShare: max(0, 1-z.IranGasShare-z.IranPowerShare),
			MWAtRiskGas: z.MWAtRiskGas, MWAtRiskPower: z.MWAtRiskPower})
	}
	return out
}

// FromOutlook lists the years of one scenario's outlook.
func FromOutlook(o *imports.OutlookResult) []OutlookRow {
	var out []OutlookRow
	for _, y := range o.Years {
		out = append(out, OutlookRow{Scenario: o.Scenario, Year: y.Year, PeakDemandMW: y.PeakDemandMW,
			PeakSupplyMW: y.PeakSupplyMW, PeakShortfallMW: y.PeakShortfallMW, EUE: y.EUE, EUESE: y.EUESE,
			SupplyHoursPerDay: y.SupplyHours})
	}
	return out
}

// FromTornado lists the swings, largest first as imports sorted them.
func FromTornado(t *imports.Tornado) []SensitivityRow {
	var out []SensitivityRow
	for _, s := range t.Swings {
		out = append(out, SensitivityRow{Input: s.Input, LowLabel: s.LowLabel, HighLabel: s.HighLabel,
			LowEUE: s.LowEUE, HighEUE: s.HighEUE, BaseEUE: t.BaseEUE})
	}
	return out
}

// FromOptions lists the mitigation options in the order ranked.
func FromOptions(opts []imports.Option) []OptionRow {
	var out []OptionRow
	for _, o := range opts {
		out = append(out, OptionRow{Name: o.Name, Description: o.Description, InService: o.InService,
			RecoveredMWh: o.RecoveredMWh, RecoveredShare: o.RecoveredShare, SE: o.SE})
	}
	return out
}

// FromReplacement copies the replacement requirement.
func FromReplacement(r *imports.Replacement) *ReplacementRow {
	c := *r
	return &c
}
