package report

import (
	"bytes"
	"strings"
	"testing"

	"gridrisk/data"
	"gridrisk/grid"
)

func TestFromResult(t *testing.T) {
	r := &grid.Result{
		Method:  "montecarlo",
		Sources: []string{"gas", "imports"},
		System: grid.Metrics{Name: "Iraq", EUE: grid.Estimate{Mean: 1000, SE: 10}, LOLE: grid.Estimate{Mean: 50, SE: 2},
			SupplyHoursPerDay: grid.Estimate{Mean: 14.5, SE: 0.1}, PDaysBelow: [3]grid.Estimate{{Mean: 0.1}, {Mean: 0.2}, {Mean: 0.3}},
			PeakDemandMW: 500, PeakSupplyMW: 400, PeakShortfallMW: 100, LongestDuration: grid.Estimate{Mean: 12}, MeanDurationH: 4},
		Zones:    []grid.Metrics{{Code: "IQ-BA", Name: "Basra", EUE: grid.Estimate{Mean: 7}, ServedBySourceMWh: []float64{3, 4}}},
		PeakWeek: grid.PeakWeek{StartHour: 10, DemandMW: []float64{1, 2}, BySourceMW: [][]float64{{1}, {2}}, UnservedMW: []float64{0, 1}},
	}
	r.System.MonthlySupplyHours[6] = 9.5
	r.System.MonthlyPDaysBelow[7][2] = 0.8
	sc := FromResult("waiver-ended", "no Iranian supply", r)
	s := sc.System
	if sc.Name != "waiver-ended" || sc.Description != "no Iranian supply" || s.EUE != 1000 || s.EUESE != 10 || s.LOLE != 50 || s.LOLESE != 2 ||
		s.SupplyHoursPerDay != 14.5 || s.SupplyHoursSE != 0.1 || s.PDaysBelow4h != 0.1 || s.PDaysBelow8h != 0.2 || s.PDaysBelow12h != 0.3 ||
		s.PeakDemandMW != 500 || s.PeakSupplyMW != 400 || s.PeakShortfallMW != 100 || s.LongestEventH != 12 || s.MeanEventH != 4 ||
		s.MonthlySupplyHours[6] != 9.5 || s.MonthlyPDaysBelow[7][2] != 0.8 {
		t.Errorf("system metrics not carried over: %+v", s)
	}
	if len(sc.Zones) != 1 || sc.Zones[0].Code != "IQ-BA" || sc.Zones[0].EUE != 7 || len(sc.Zones[0].ServedBySourceMWh) != 2 {
		t.Errorf("zones: %+v", sc.Zones)
	}
	// The scenario owns its slices: changing the result afterwards does not
	// change the document.
	r.Zones[0].ServedBySourceMWh[0] = 99
	r.PeakWeek.BySourceMW[0][0] = 99
	if sc.Zones[0].ServedBySourceMWh[0] != 3 || sc.PeakWeek.BySourceMW[0][0] != 1 {
		t.Error("FromResult shares slices with the result")
	}
}

func TestFillZoneNamesAndTables(t *testing.T) {
	ds := &data.Dataset{
		Zones:   []data.Zone{{Code: "IQ-DI", Name: "Diyala", NameAr: "ديالى", Region: "federal"}, {Code: "HALABJA", Name: "Halabja", NameAr: "حلبجة", Region: "kurdistan"}},
		Units:   []data.Unit{{ID: "U1", Name: "Mansuriya", Zone: "IQ-DI", Technology: "ccgt", Fuel: "iran-central", NameplateMW: 730, CapacityMW: 500, FOR: 0.1, MTTR: 60, InService: 2017, Source: "S60"}},
		Links:   []data.Link{{ID: "L1", Country: "Iran", Zone: "IQ-DI", CapacityMW: 550, FOR: 0.05, MTTR: 24, Tags: []string{"iran", "waiver"}, Source: "S49"}},
		Sources: []data.Source{{ID: "S60", Kind: "source", Title: "Wasit output", URL: "https://example.org"}},
	}
	doc := &Document{Scenarios: []Scenario{{Zones: []ZoneMetrics{{Code: "IQ-DI"}, {Code: "HALABJA", Name: "kept"}, {Code: "XX", Name: "unknown"}}}},
		Dependency: []DependencyRow{{Code: "HALABJA"}}}
	FillZoneNames(doc, ds.Zones)
	z := doc.Scenarios[0].Zones
	if z[0].Name != "Diyala" || z[0].NameAr != "ديالى" || z[0].Region != "federal" || z[1].Name != "Halabja" || z[1].Region != "kurdistan" || z[2].Name != "unknown" {
		t.Errorf("zone names %+v", z)
	}
	if doc.Dependency[0].Name != "Halabja" {
		t.Errorf("dependency name %q", doc.Dependency[0].Name)
	}
	sup := SupplyRows(ds)
	if len(sup) != 2 || sup[0].ID != "U1" || sup[0].NameplateMW != 730 || sup[0].MTTRH != 60 || sup[0].InService != 2017 ||
		sup[1].ID != "L1" || sup[1].Technology != "import" || sup[1].CapacityMW != 550 || sup[1].Fuel != "iran;waiver" {
		t.Errorf("supply rows %+v", sup)
	}
	src := SourceRows(ds)
	if len(src) != 1 || src[0].ID != "S60" || src[0].URL != "https://example.org" {
		t.Errorf("source rows %+v", src)
	}
}

// An exact method measures no sample statistics: they are absent from the
// JSON and read n/a in the summary, never 0.
func TestExactMethodHasNoSampleStats(t *testing.T) {
	r := &grid.Result{Method: "convolution", System: grid.Metrics{Name: "system", EUE: grid.Estimate{Mean: 5}}}
	doc := &Document{Method: "convolution", Scenarios: []Scenario{FromResult("as-is", "", r)}}
	if doc.Scenarios[0].System.SampleStats != nil {
		t.Fatal("convolution result carries sample statistics")
	}
	var buf bytes.Buffer
	if err := WriteJSON(&buf, doc); err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"events_per_year", "eue_p90_mwh", "longest_event_h", "p_day_below_12h", "monthly_shortfall_gw_p90", "household_hours_per_day"} {
		if strings.Contains(buf.String(), `"`+key+`"`) {
			t.Errorf("JSON has %q for an exact method", key)
		}
	}
	buf.Reset()
	if err := WriteText(&buf, doc); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "Days under 12 h supply (%)  n/a") {
		t.Errorf("summary does not say n/a:\n%s", buf.String())
	}
}
