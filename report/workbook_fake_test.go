package report

import (
	"fmt"
	"math"
)

// fakeZone is a governorate of the synthetic test document.
type fakeZone struct {
	code, name, nameAr, region string
	peakMW                     float64 // unsuppressed peak
	supplyShare                float64 // share of peak met in the baseline
	iranGas, iranPower         float64 // dependency shares
}

var fakeZones = []fakeZone{
	{"IQ-BG", "Baghdad", "بغداد", "federal", 11200, 0.58, 0.35, 0.02},
	{"IQ-NI", "Nineveh", "نينوى", "federal", 4600, 0.55, 0.05, 0},
	{"IQ-BA", "Basra", "البصرة", "federal", 5100, 0.85, 0.20, 0.05},
	{"IQ-DQ", "Dhi Qar", "ذي قار", "federal", 2700, 0.60, 0.15, 0},
	{"IQ-BB", "Babil", "بابل", "federal", 2500, 0.55, 0.30, 0},
	{"IQ-SU", "Sulaymaniyah", "السليمانية", "kurdistan", 1900, 0.70, 0, 0},
	{"IQ-AR", "Erbil", "أربيل", "kurdistan", 2200, 0.55, 0, 0},
	{"IQ-AN", "Anbar", "الأنبار", "federal", 2100, 0.52, 0.10, 0},
	{"IQ-DI", "Diyala", "ديالى", "federal", 2400, 0.30, 0.25, 0.30},
	{"IQ-KI", "Kirkuk", "كركوك", "federal", 2000, 0.35, 0.05, 0},
	{"IQ-SD", "Salah ad-Din", "صلاح الدين", "federal", 1900, 0.40, 0.12, 0},
	{"IQ-NA", "Najaf", "النجف", "federal", 1900, 0.62, 0.28, 0},
	{"IQ-WA", "Wasit", "واسط", "federal", 1800, 0.60, 0.25, 0},
	{"IQ-DA", "Duhok", "دهوك", "kurdistan", 1300, 0.55, 0, 0},
	{"IQ-QA", "Qadisiyyah", "القادسية", "federal", 1700, 0.58, 0.22, 0},
	{"IQ-KA", "Karbala", "كربلاء", "federal", 1200, 0.65, 0.26, 0},
	{"IQ-MA", "Maysan", "ميسان", "federal", 1400, 0.62, 0.18, 0.03},
	{"IQ-MU", "Muthanna", "المثنى", "federal", 1000, 0.60, 0.15, 0},
	{"HALABJA", "Halabja", "حلبجة", "kurdistan", 150, 0.55, 0, 0},
}

// fakeDocument is a realistic, deterministic document with 19 governorates
// and two scenarios (baseline, waiver-ended), their paired comparison, the
// dependency, back-test, supply and sources tables.
func fakeDocument() *Document {
	doc := &Document{
		Samples: 2000, Seed: 20250308, Method: "montecarlo", Policy: "proportional", Year: 2026,
		Run: Run{
			Version: "0.1.0-test", Command: "gridrisk assess --samples 2000 --seed 20250308",
			InputHash: "sha256:3f1a9c0d5e7b2a4c", Data: "embedded", Date: "2026-06-01T08:00:00Z",
		},
		Labels: testLabels(), SourceKinds: chartTestKinds,
	}
	// The waiver's end removes the Iranian share of each zone's supply.
	for s, name := range []string{"baseline", "waiver-ended"} {
		sc := Scenario{Name: name, Sources: []string{"gas", "oil", "hydro", "imports"}}
		if s == 0 {
			sc.Description = "Waiver in force: Iranian gas and electricity flow as in 2024."
		} else {
			sc.Description = "US waiver ended March 2025: Iranian gas and electricity imports stop."
		}
		var sys ZoneMetrics
		sys.Name = "Iraq"
		sys.SampleStats = &SampleStats{}
		for i, fz := range fakeZones {
			share := fz.supplyShare
			if s == 1 {
				share *= 1 - 0.6*(fz.iranGas+fz.iranPower)
			}
			z := fakeMetrics(fz, share, i, s)
			served := z.DemandMWh - z.EUE
			gas := served * (1 - fz.iranPower) * 0.7
			z.ServedBySourceMWh = []float64{gas, served*(1-fz.iranPower) - gas, 0, served * fz.iranPower}
			sc.Zones = append(sc.Zones, z)
			sys.PeakDemandMW += z.PeakDemandMW
			sys.PeakSupplyMW += z.PeakSupplyMW
			sys.PeakShortfallMW += z.PeakShortfallMW
			sys.EUE += z.EUE
			sys.DemandMWh += z.DemandMWh
			for m := 0; m < 12; m++ {
				sys.MonthlyEUE[m] += z.MonthlyEUE[m]
				sys.MonthlyShortfallGW[m] += z.MonthlyShortfallGW[m]
				sys.MonthlyShortfallGWP10[m] += 0.8 * z.MonthlyShortfallGW[m]
				sys.MonthlyShortfallGWP90[m] += 1.25 * z.MonthlyShortfallGW[m]
			}
		}
		sys.EUESE = 0.004 * sys.EUE
		sys.LOLE, sys.LOLESE = 8100+120*float64(s), 3.5
		sys.NEUEPPM = 1e6 * sys.EUE / sys.DemandMWh
		sys.SupplyHoursPerDay = 24 * (1 - sys.EUE/sys.DemandMWh)
		sys.SupplyHoursSE = 0.01
		hh, hse := fakeHousehold(sys.SupplyHoursPerDay), 0.012
		sys.HouseholdHoursPerDay, sys.HouseholdHoursSE = &hh, &hse
		sys.PDaysBelow12h, sys.PDaysBelow8h, sys.PDaysBelow4h = 0.31+0.2*float64(s), 0.08+0.1*float64(s), 0.01
		for m := 0; m < 12; m++ {
			sys.MonthlySupplyHours[m] = 24 * (1 - sys.MonthlyEUE[m]/(sys.DemandMWh/12))
		}
		sys.EventsPerYear, sys.MeanEventH, sys.LongestEventH = 210, 38, 410
		sys.EUEP90, sys.EUECVaR90 = 1.03*sys.EUE, 1.05*sys.EUE
		sc.System = sys
		sc.PeakWeek = PeakWeek{StartHour: 4800}
		for h := 0; h < 168; h++ {
			d := sys.PeakDemandMW * (0.8 + 0.2*math.Sin(float64(h)*2*math.Pi/24))
			sc.PeakWeek.DemandMW = append(sc.PeakWeek.DemandMW, d)
			sc.PeakWeek.UnservedMW = append(sc.PeakWeek.UnservedMW, d-sys.PeakSupplyMW*0.95)
		}
		doc.Scenarios = append(doc.Scenarios, sc)
	}
	base, alt := &doc.Scenarios[0], &doc.Scenarios[1]
	cmp := Comparison{Name: alt.Name, Base: base.Name}
	cmp.System = ComparisonRow{Name: "Iraq",
		DeltaEUE: alt.System.EUE - base.System.EUE, DeltaEUESE: 0.0015 * alt.System.EUE,
		DeltaSupplyHours: alt.System.SupplyHoursPerDay - base.System.SupplyHoursPerDay, DeltaSupplyHoursSE: 0.004,
		DeltaLOLE: alt.System.LOLE - base.System.LOLE, DeltaLOLESE: 1.2,
		DeltaPeakSupplyMW: alt.System.PeakSupplyMW - base.System.PeakSupplyMW}
	for i := range base.Zones {
		b, a := &base.Zones[i], &alt.Zones[i]
		cmp.Zones = append(cmp.Zones, ComparisonRow{Code: b.Code, Name: b.Name,
			DeltaEUE: a.EUE - b.EUE, DeltaEUESE: 0.002*a.EUE + 10,
			DeltaSupplyHours: a.SupplyHoursPerDay - b.SupplyHoursPerDay, DeltaSupplyHoursSE: 0.02,
			DeltaLOLE: a.LOLE - b.LOLE, DeltaLOLESE: 2,
			DeltaPeakSupplyMW: a.PeakSupplyMW - b.PeakSupplyMW})
	}
	doc.Comparisons = []Comparison{cmp}
	for _, fz := range fakeZones {
		doc.Dependency = append(doc.Dependency, DependencyRow{Code: fz.code, Name: fz.name,
			IranGasShare: fz.iranGas, IranPowerShare: fz.iranPower, OtherShare: 1 - fz.iranGas - fz.iranPower,
			MWAtRiskGas: math.Round(fz.iranGas * fz.peakMW * fz.supplyShare), MWAtRiskPower: math.Round(fz.iranPower * fz.peakMW * fz.supplyShare)})
	}
	doc.BackTest = []BackTestRow{
		{Measure: "Peak available supply, baseline", Model: base.System.PeakSupplyMW, Low: 25000, High: 28000, Unit: "MW", Source: "S23b;S89g"},
		{Measure: "Unsuppressed peak demand", Model: base.System.PeakDemandMW, Low: 48000, High: 55000, Unit: "MW", Source: "S22;S24"},
		{Measure: "Loss of supply after the waiver's end", Model: -cmp.System.DeltaPeakSupplyMW, Low: 4000, High: 6000, Unit: "MW", Source: "S25", Note: "peak hour"},
		{Measure: "Basra supply hours", Model: base.Zones[2].SupplyHoursPerDay, Low: 19, High: 22, Unit: "h/day", Source: "S48",
			Scenario: "baseline", Year: 2024, Period: "2024–25"},
		{Measure: "Diyala supply hours", Model: base.Zones[8].SupplyHoursPerDay, Low: 0, High: 6, Unit: "h/day", Source: "S44",
			Scenario: "winter-halt", Year: 2025, Period: "Jan 2026",
			Gap: "Diyala's winter demand and its share of a pool without Iranian gas; the record is of its worst-served areas on the coldest days, against the governorate's mean over December and January"},
	}
	for i := range doc.BackTest {
		r := &doc.BackTest[i]
		r.Inside = r.Model >= r.Low && r.Model <= r.High
	}
	for i, fz := range fakeZones {
		doc.Supply = append(doc.Supply, SupplyRow{ID: fmt.Sprintf("U%02d", i+1), Name: fz.name + " power station",
			Zone: fz.code, Technology: []string{"ccgt", "ocgt", "steam"}[i%3], Fuel: []string{"iran-central", "domestic-south", "oil"}[i%3],
			NameplateMW: math.Round(fz.peakMW * 0.7), CapacityMW: math.Round(fz.peakMW * 0.5), FOR: 0.08 + 0.01*float64(i%5), MTTRH: 50,
			InService: 2010 + i%10, Source: "S60"})
	}
	doc.Allocation = []AllocationRow{
		{Code: "IQ-BG", Region: "federal", Share: 0.27, Basis: "population × climate", EmergencyFrac: 0.236, IntakeMW: 4500, Source: "S101i;A47;G24;G17"},
		{Code: "IQ-BA", Region: "federal", Share: 0.09, Basis: "population × climate", LocalCredit: 1, EmergencyFrac: 0.2, Source: "G3;S48;A48",
			Note: "no fixed quota, exempt from scheduled cuts"},
		{Code: "IQ-KI", Region: "federal", Share: 0.0408, Basis: "published", EmergencyFrac: 0.2, Source: "G26;A48"},
	}
	doc.Sources = []SourceRow{
		{ID: "S22", Kind: "source", Title: "Iraq's power demand hits 48,000 MW", Publisher: "Shafaq News", Date: "2024-06-21", URL: "https://shafaq.com/en"},
		{ID: "S44", Kind: "source", Title: "Diyala supply cut to six hours", Publisher: "964media", Date: "2026-01-27"},
		{ID: "A1", Kind: "assumption", Title: "Uniform growth of governorate population", Note: "No per-governorate 2024 census figures were published."},
	}
	return doc
}

// fakeMetrics builds a zone's metrics from the share of its peak it meets.
func fakeMetrics(fz fakeZone, share float64, i, s int) ZoneMetrics {
	demand := fz.peakMW * 8760 * 0.62
	z := ZoneMetrics{Code: fz.code, Name: fz.name, NameAr: fz.nameAr, Region: fz.region,
		DemandMWh: demand, PeakDemandMW: fz.peakMW, PeakSupplyMW: math.Round(fz.peakMW * share),
		PeakShortfallMW: math.Round(fz.peakMW * (1 - share)), SampleStats: &SampleStats{}}
	for m := 0; m < 12; m++ {
		// Summer months (Jun–Sep) are short, spring and autumn much less so.
		heat := 0.35 + 0.65*math.Max(0, math.Sin(float64(m-2)*math.Pi/8))
		frac := math.Min(0.95, (1-share)*heat*1.3)
		z.MonthlySupplyHours[m] = 24 * (1 - frac)
		z.MonthlyEUE[m] = demand / 12 * frac
		z.EUE += z.MonthlyEUE[m]
		z.MonthlyShortfallGW[m] = z.MonthlyEUE[m] / 730 / 1000
		z.MonthlyPDaysBelow[m] = [3]float64{clamp01(frac - 0.6), clamp01(frac - 0.35), clamp01(frac*1.4 - 0.1)}
		z.MonthlyLOLE[m] = 730 * clamp01(frac*2)
	}
	z.EUESE = 0.01*z.EUE + float64(i)
	z.LOLE = 0
	for _, v := range z.MonthlyLOLE {
		z.LOLE += v
	}
	z.LOLESE = 4
	z.NEUEPPM = 1e6 * z.EUE / demand
	z.SupplyHoursPerDay = 24 * (1 - z.EUE/demand)
	z.SupplyHoursSE = 0.03
	// A fifth of demand on emergency feeders: households get the rest of
	// what is served.
	hh, hse := fakeHousehold(z.SupplyHoursPerDay), 0.04
	z.HouseholdHoursPerDay, z.HouseholdHoursSE = &hh, &hse
	for m := 0; m < 12; m++ {
		z.MonthlyHouseholdHours = append(z.MonthlyHouseholdHours, fakeHousehold(z.MonthlySupplyHours[m]))
	}
	z.PDaysBelow4h, z.PDaysBelow8h, z.PDaysBelow12h = clamp01(0.5-share), clamp01(0.7-share), clamp01(1-share)
	z.EventsPerYear, z.MeanEventH, z.LongestEventH = 120+float64(s*20), 20, 300
	z.EUEP90, z.EUECVaR90 = 1.04*z.EUE, 1.06*z.EUE
	return z
}

// fakeHousehold is the household hours of a zone with supply hours h and a
// fifth of its demand on emergency feeders.
func fakeHousehold(h float64) float64 { return math.Max(0, (h-4.8)/0.8) }

func clamp01(x float64) float64 { return math.Max(0, math.Min(1, x)) }
