package report

import (
	"strings"

	"gridrisk/data"
	"gridrisk/grid"
)

// FromResult flattens an assessment result into a Document scenario. Zone
// Arabic names and regions are not in a grid.Result; FillZoneNames adds them.
func FromResult(name, description string, r *grid.Result) Scenario {
	sc := Scenario{
		Name:        name,
		Description: description,
		System:      fromMetrics(&r.System, r.Sampled()),
		Zones:       make([]ZoneMetrics, len(r.Zones)),
		Sources:     append([]string(nil), r.Sources...),
		Hours:       r.Hours,
		MonthDays:   &r.MonthDays,
		PeakWeek: PeakWeek{
			StartHour:  r.PeakWeek.StartHour,
			DemandMW:   append([]float64(nil), r.PeakWeek.DemandMW...),
			UnservedMW: append([]float64(nil), r.PeakWeek.UnservedMW...),
		},
	}
	for i := range r.Zones {
		sc.Zones[i] = fromMetrics(&r.Zones[i], r.Sampled())
	}
	for _, s := range r.PeakWeek.BySourceMW {
		sc.PeakWeek.BySourceMW = append(sc.PeakWeek.BySourceMW, append([]float64(nil), s...))
	}
	return sc
}

func fromMetrics(m *grid.Metrics, sampled bool) ZoneMetrics {
	z := ZoneMetrics{
		Code:               m.Code,
		Name:               m.Name,
		LOLE:               m.LOLE.Mean,
		LOLESE:             m.LOLE.SE,
		EUE:                m.EUE.Mean,
		EUESE:              m.EUE.SE,
		NEUEPPM:            m.NEUEPPM.Mean,
		DemandMWh:          m.DemandMWh.Mean,
		SupplyHoursPerDay:  m.SupplyHoursPerDay.Mean,
		SupplyHoursSE:      m.SupplyHoursPerDay.SE,
		PeakDemandMW:       m.PeakDemandMW,
		PeakSupplyMW:       m.PeakSupplyMW,
		PeakShortfallMW:    m.PeakShortfallMW,
		MonthlySupplyHours: m.MonthlySupplyHours,
		MonthlyEUE:         m.MonthlyEUE,
		MonthlyLOLE:        m.MonthlyLOLE,
		MonthlyShortfallGW: m.MonthlyShortfallGW,
		ServedBySourceMWh:  append([]float64(nil), m.ServedBySourceMWh...),
	}
	if sampled {
		z.SampleStats = &SampleStats{
			PDaysBelow4h: m.PDaysBelow[0].Mean, PDaysBelow8h: m.PDaysBelow[1].Mean, PDaysBelow12h: m.PDaysBelow[2].Mean,
			EventsPerYear: m.Events.Mean, MeanEventH: m.MeanDurationH, LongestEventH: m.LongestDuration.Mean,
			EUEP90: m.EUEP90, EUECVaR90: m.EUECVaR90, MonthlyPDaysBelow: m.MonthlyPDaysBelow,
			MonthlyShortfallGWP10: m.MonthlyShortfallGWP10, MonthlyShortfallGWP90: m.MonthlyShortfallGWP90,
		}
	}
	if h := m.HouseholdHoursPerDay; h != nil {
		mean, se := h.Mean, h.SE
		z.HouseholdHoursPerDay, z.HouseholdHoursSE = &mean, &se
		z.MonthlyHouseholdHours = append([]float64(nil), m.MonthlyHouseholdHours...)
	}
	return z
}

// Household returns the zone's household hours per day and their standard
// error; ok is false where the result has none.
func (z *ZoneMetrics) Household() (mean, se float64, ok bool) {
	if z == nil || z.HouseholdHoursPerDay == nil {
		return 0, 0, false
	}
	if z.HouseholdHoursSE != nil {
		se = *z.HouseholdHoursSE
	}
	return *z.HouseholdHoursPerDay, se, true
}

// FillZoneNames sets the English and Arabic names and the region of every
// zone row in the document from the zones table, matched by code. Names the
// simulation already carried are kept when the table has none.
func FillZoneNames(doc *Document, zones []data.Zone) {
	byCode := make(map[string]*data.Zone, len(zones))
	for i := range zones {
		byCode[zones[i].Code] = &zones[i]
	}
	for s := range doc.Scenarios {
		for i := range doc.Scenarios[s].Zones {
			z := &doc.Scenarios[s].Zones[i]
			if d, ok := byCode[z.Code]; ok {
				z.Name = pick(d.Name, z.Name)
				z.NameAr = pick(d.NameAr, z.NameAr)
				z.Region = pick(d.Region, z.Region)
			}
		}
	}
	for c := range doc.Comparisons {
		for i := range doc.Comparisons[c].Zones {
			z := &doc.Comparisons[c].Zones[i]
			if d, ok := byCode[z.Code]; ok {
				z.Name = pick(d.Name, z.Name)
			}
		}
	}
	for i := range doc.Dependency {
		if d, ok := byCode[doc.Dependency[i].Code]; ok {
			doc.Dependency[i].Name = pick(d.Name, doc.Dependency[i].Name)
		}
	}
}

func pick(preferred, fallback string) string {
	if strings.TrimSpace(preferred) != "" {
		return preferred
	}
	return fallback
}

// SupplyRows lists the generating units, then the import links, as modelled.
func SupplyRows(ds *data.Dataset) []SupplyRow {
	rows := make([]SupplyRow, 0, len(ds.Units)+len(ds.Links))
	for _, u := range ds.Units {
		rows = append(rows, SupplyRow{
			ID: u.ID, Name: u.Name, Zone: u.Zone, Technology: u.Technology, Fuel: u.Fuel,
			NameplateMW: u.NameplateMW, CapacityMW: u.CapacityMW, FOR: u.FOR, MTTRH: u.MTTR,
			InService: u.InService, Source: u.Source, Note: u.Note,
		})
	}
	for _, l := range ds.Links {
		rows = append(rows, SupplyRow{
			ID: l.ID, Name: "Import from " + l.Country, Zone: l.Zone, Technology: "import",
			Fuel: strings.Join(l.Tags, ";"), NameplateMW: l.CapacityMW, CapacityMW: l.CapacityMW,
			FOR: l.FOR, MTTRH: l.MTTR, InService: l.InService, Source: l.Source, Note: l.Note,
		})
	}
	return rows
}

// SourceRows copies the sources table.
func SourceRows(ds *data.Dataset) []SourceRow {
	rows := make([]SourceRow, len(ds.Sources))
	for i, s := range ds.Sources {
		rows[i] = SourceRow{ID: s.ID, Kind: s.Kind, Title: s.Title, Publisher: s.Publisher, Date: s.Date, URL: s.URL, Note: s.Note}
	}
	return rows
}
