package imports

import (
	"math"
	"slices"
	"strings"
	"testing"

	"gridrisk/data"
	"gridrisk/grid"
)

func unitsWithPrefix(s *grid.System, prefix string) []grid.Unit {
	var out []grid.Unit
	for _, u := range s.Units {
		if strings.HasPrefix(u.ID, prefix) {
			out = append(out, u)
		}
	}
	return out
}

func poolByID(s *grid.System, id string) grid.FuelPool {
	for _, p := range s.Pools {
		if p.ID == id {
			return p
		}
	}
	return grid.FuelPool{ID: "missing", DailyMCMD: math.NaN()}
}

func near(a, b float64) bool { return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b)) }

func TestBuildAsIs(t *testing.T) {
	ds := testDataset()
	sys, err := Build(ds, mustLookup(AsIs), 2026)
	if err != nil {
		t.Fatal(err)
	}
	if sys.Hours != 48 || len(sys.Month) != 48 || sys.Month[47] != 0 || sys.HourOfDay[25] != 1 {
		t.Fatalf("calendar: hours %d month[47] %d hod[25] %d", sys.Hours, sys.Month[47], sys.HourOfDay[25])
	}
	for i, code := range []string{"IQ-BA", "IQ-BG", "IQ-AR"} {
		if sys.Zones[i].Code != code {
			t.Errorf("zone %d = %s, want %s (table order)", i, sys.Zones[i].Code, code)
		}
	}
	// Demand grows 5 %/yr from 2024 to 2026.
	if got, want := sys.Zones[1].Demand[10], ds.Demand.Values[1][10]*1.05*1.05; !near(got, want) {
		t.Errorf("Baghdad demand[10] = %g, want %g", got, want)
	}
	if sys.Zones[0].DemandPerDegC != 0.02 || sys.Zones[0].Temperature[3] != ds.Temperature.Values[0][3] {
		t.Errorf("temperature/demand_per_degc not carried")
	}
	ba := unitsWithPrefix(sys, "ba-iran")
	if len(ba) != 4 || ba[0].CapacityMW != 250 || ba[0].ID != "ba-iran#1" {
		t.Fatalf("ba-iran split: %+v", ba)
	}
	// MTTF = MTTR (1 − FOR) / FOR = 50 × 0.9 / 0.1 = 450 h.
	if !near(ba[0].MTTF, 450) || ba[0].MTTR != 50 {
		t.Errorf("MTTF = %g, want 450", ba[0].MTTF)
	}
	if sys.Sources[ba[0].Source] != SrcIranianGas || sys.Sources[ba[0].LiquidSource] != SrcOil || ba[0].LiquidFactor != 0.6 {
		t.Errorf("ba-iran sources: %s / %s", sys.Sources[ba[0].Source], sys.Sources[ba[0].LiquidSource])
	}
	if sys.Pools[ba[0].Pool].ID != "iran-south" || ba[0].MWPerMCMD != 125 || ba[0].TempDerate != 0.007 {
		t.Errorf("ba-iran pool %d mw/mcmd %g", ba[0].Pool, ba[0].MWPerMCMD)
	}
	hy := unitsWithPrefix(sys, "ar-hydro")
	if len(hy) != 2 || hy[0].MTTF != 0 || sys.Sources[hy[0].Source] != SrcHydro || hy[0].HydroBudgetMWh[5] != 50000 {
		t.Errorf("hydro: %+v", hy)
	}
	if st := unitsWithPrefix(sys, "bg-steam"); sys.Sources[st[0].Source] != SrcOil || st[0].Pool != -1 {
		t.Errorf("steam source %s", sys.Sources[st[0].Source])
	}
	link := unitsWithPrefix(sys, "link:iran-diyala")
	if len(link) != 1 || sys.Sources[link[0].Source] != SrcIranianElec || link[0].Zone != 1 || link[0].CapacityMW != 500 {
		t.Errorf("iran link: %+v", link)
	}
	if tl := unitsWithPrefix(sys, "link:turkey"); len(tl) != 1 || sys.Sources[tl[0].Source] != SrcOtherImport {
		t.Errorf("turkey link: %+v", tl)
	}
	if p := poolByID(sys, "iran-central"); p.DailyMCMD != 30 {
		t.Errorf("iran-central = %g mcm/d", p.DailyMCMD)
	}
	if len(sys.Corridors) != 4 || sys.Corridors[1].From != 1 || sys.Corridors[1].To != 2 {
		t.Errorf("corridors %+v", sys.Corridors)
	}
	if len(sys.Weather.AnomalySD) != 12 || sys.Weather.AnomalySD[6] != 1 {
		t.Errorf("weather %+v", sys.Weather)
	}
	ds.Params = append(ds.Params, data.Param{Name: "anomaly_sd_jul", Value: 1.5})
	if w := weather(ds); w.AnomalySD[6] != 1.5 || w.AnomalySD[5] != 1 {
		t.Errorf("monthly anomaly params: %v", w.AnomalySD)
	}
	for i, s := range baseSources {
		if sys.Sources[i] != s {
			t.Errorf("Sources[%d] = %q, want %q", i, sys.Sources[i], s)
		}
	}
}

func TestStudyYearHoldsOnlyWhatExists(t *testing.T) {
	ds := testDataset()
	sc := mustLookup("waiver-ended+gcc-link+solar+saudi")
	cases := []struct {
		year           int
		new, old       bool
		gccMW, solarMW float64
		saudi          bool
	}{
		{2024, false, true, 0, 0, false},
		{2025, false, false, 0, 0, false},
		{2026, false, false, 500, 250, false},
		{2027, true, false, 500, 500, true},
		{2028, true, false, 1800, 1000, true},
	}
	for _, c := range cases {
		sys, err := Build(ds, sc, c.year)
		if err != nil {
			t.Fatal(err)
		}
		sum := func(prefix string) float64 {
			s := 0.0
			for _, u := range unitsWithPrefix(sys, prefix) {
				s += u.CapacityMW
			}
			return s
		}
		if got := len(unitsWithPrefix(sys, "bg-new")) > 0; got != c.new {
			t.Errorf("%d: bg-new present = %v", c.year, got)
		}
		if got := len(unitsWithPrefix(sys, "bg-old")) > 0; got != c.old {
			t.Errorf("%d: bg-old present = %v", c.year, got)
		}
		if got := sum("link:gcc"); got != c.gccMW {
			t.Errorf("%d: GCC link %g MW, want %g", c.year, got, c.gccMW)
		}
		if got := sum("tte-solar"); got != c.solarMW {
			t.Errorf("%d: solar %g MW, want %g", c.year, got, c.solarMW)
		}
		if got := len(unitsWithPrefix(sys, "link:saudi")) > 0; got != c.saudi {
			t.Errorf("%d: saudi present = %v", c.year, got)
		}
	}
}

func TestBaseScenariosIranianSupply(t *testing.T) {
	ds := testDataset()
	type want struct {
		central, south float64 // mcm/d
		link           float64 // MW of Iranian links
		decFactor      float64 // iran-central monthly factor in December
	}
	cases := map[string]want{
		"as-is":          {30, 15, 500, 1},
		"baseline":       {50 * 35.0 / 55, 50 * 20.0 / 55, 500, 1},
		"waiver-ended":   {0, 0, 0, 0},
		"gas-only-cut":   {0, 0, 500, 0},
		"power-only-cut": {50 * 35.0 / 55, 50 * 20.0 / 55, 0, 1},
		// 23.5 mcm/d shared by contract 35:20.
		"partial":     {23.5 * 35 / 55, 23.5 * 20 / 55, 0, 1},
		"winter-halt": {50 * 35.0 / 55, 50 * 20.0 / 55, 0, 0},
	}
	for name, w := range cases {
		sys, err := Build(ds, mustLookup(name), 2025)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		c, s := poolByID(sys, "iran-central"), poolByID(sys, "iran-south")
		if !near(c.DailyMCMD, w.central) || !near(s.DailyMCMD, w.south) {
			t.Errorf("%s: iranian pools %g, %g mcm/d, want %g, %g", name, c.DailyMCMD, s.DailyMCMD, w.central, w.south)
		}
		if c.DailyMCMD > 0 && !near(c.Monthly[11], w.decFactor) {
			t.Errorf("%s: December factor %g, want %g", name, c.Monthly[11], w.decFactor)
		}
		iranMW := 0.0
		for _, u := range sys.Units {
			if sys.Sources[u.Source] == SrcIranianElec {
				iranMW += u.CapacityMW
			}
		}
		if iranMW != w.link {
			t.Errorf("%s: Iranian electricity %g MW, want %g", name, iranMW, w.link)
		}
		// Non-Iranian supply is untouched.
		if p := poolByID(sys, "dom-south"); p.DailyMCMD != 10 {
			t.Errorf("%s: domestic pool changed to %g", name, p.DailyMCMD)
		}
	}
}

func TestWaiverEndedEveryIranianSourceZero(t *testing.T) {
	ds := testDataset()
	// A second Iranian line found by country only, and a pool by origin only.
	ds.Links = append(ds.Links, ds.Links[0])
	ds.Links[2].ID, ds.Links[2].Tags = "iran-basra", nil
	ds.Fuels = append(ds.Fuels, ds.Fuels[0])
	ds.Fuels[4].ID, ds.Fuels[4].Tags = "iran-extra", nil
	for _, year := range []int{2025, 2030} {
		sys, err := Build(ds, mustLookup("waiver-ended+gcc-link+fsru+solar"), year)
		if err != nil {
			t.Fatal(err)
		}
		// Units left on an Iranian pool have no gas to burn.
		for _, u := range sys.Units {
			if sys.Sources[u.Source] == SrcIranianGas && sys.Pools[u.Pool].DailyMCMD != 0 {
				t.Errorf("%d: unit %s has %g mcm/d of Iranian gas", year, u.ID, sys.Pools[u.Pool].DailyMCMD)
			}
		}
		for _, u := range sys.Units {
			if sys.Sources[u.Source] == SrcIranianElec && u.CapacityMW > 0 {
				t.Errorf("%d: Iranian link %s at %g MW", year, u.ID, u.CapacityMW)
			}
		}
		b, _ := build(ds, mustLookup("waiver-ended"), year)
		for j, v := range b.poolIranMCMD {
			if v != 0 {
				t.Errorf("%d: pool %s has %g mcm/d of Iranian gas", year, b.sys.Pools[j].ID, v)
			}
		}
	}
}

func TestFSRUAddsLNGToBasraPool(t *testing.T) {
	ds := testDataset()
	sys, err := Build(ds, mustLookup("waiver-ended+fsru"), 2027)
	if err != nil {
		t.Fatal(err)
	}
	p := poolByID(sys, "iran-south")
	if !near(p.DailyMCMD, 500*mmscfd) {
		t.Errorf("Basra pool %g mcm/d, want %g of LNG", p.DailyMCMD, 500*mmscfd)
	}
	if u := unitsWithPrefix(sys, "ba-iran"); sys.Sources[u[0].Source] != SrcLNG {
		t.Errorf("Basra units report %s, want lng", sys.Sources[u[0].Source])
	}
	if c := poolByID(sys, "iran-central"); c.DailyMCMD != 0 {
		t.Errorf("central pool got %g", c.DailyMCMD)
	}
	// With the waiver in force the Iranian gas stays attributable.
	b, err := build(ds, mustLookup("baseline+fsru"), 2026)
	if err != nil {
		t.Fatal(err)
	}
	j := 1
	if b.sys.Pools[j].ID != "iran-south" || !near(b.sys.Pools[j].DailyMCMD, 50*20.0/55+250*mmscfd) || !near(b.poolIranMCMD[j], 50*20.0/55) {
		t.Errorf("baseline+fsru Basra pool %+v iran %g", b.sys.Pools[j], b.poolIranMCMD[j])
	}
}

// Cutting or shaping a pool's own gas leaves gas added by a mitigation alone:
// the Basra FSRU's LNG flows in December under winter-halt, and the
// dependency counterfactual (Iranian gas cut) keeps it.
func TestPoolChangesSpareAddedGas(t *testing.T) {
	ds := testDataset()
	b, err := build(ds, mustLookup("winter-halt+fsru"), 2027)
	if err != nil {
		t.Fatal(err)
	}
	p := b.sys.Pools[1]
	lng := 500 * mmscfd
	iran := 50 * 20.0 / 55
	if p.ID != "iran-south" || !near(p.DailyMCMD, iran+lng) || !near(p.DailyMCMD*p.Monthly[11], lng) || !near(p.DailyMCMD*p.Monthly[5], iran+lng) {
		t.Errorf("winter-halt+fsru Basra pool: %g mcm/d, December %g, June %g", p.DailyMCMD, p.DailyMCMD*p.Monthly[11], p.DailyMCMD*p.Monthly[5])
	}
	b, err = build(ds, mustLookup("baseline+fsru").With(cutGas), 2027)
	if err != nil {
		t.Fatal(err)
	}
	if p := b.sys.Pools[1]; !near(p.DailyMCMD, lng) || b.poolIranMCMD[1] != 0 {
		t.Errorf("Iranian gas cut dropped the LNG: %g mcm/d", p.DailyMCMD)
	}
}

func TestDemandSideAndGrowth(t *testing.T) {
	ds := testDataset()
	plain, _ := Build(ds, mustLookup("baseline"), 2025)
	ds2 := testDataset()
	cut, err := Build(ds2, mustLookup("baseline+demand-side"), 2025)
	if err != nil {
		t.Fatal(err)
	}
	if !near(cut.Zones[2].Demand[7], plain.Zones[2].Demand[7]*0.725) || cut.Zones[1].Demand[7] != plain.Zones[1].Demand[7] {
		t.Errorf("demand-side: Erbil %g vs %g; Baghdad %g vs %g", cut.Zones[2].Demand[7], plain.Zones[2].Demand[7], cut.Zones[1].Demand[7], plain.Zones[1].Demand[7])
	}
	g := 0.1
	sc := Scenario{Name: "fast", Demand: &DemandChange{Growth: &g}}
	fast, err := Build(ds, sc, 2027)
	if err != nil {
		t.Fatal(err)
	}
	if want := ds.Demand.Values[0][5] * math.Pow(1.1, 3); !near(fast.Zones[0].Demand[5], want) {
		t.Errorf("growth override: %g, want %g", fast.Zones[0].Demand[5], want)
	}
}

func TestUserDataWithoutFuelsOrLinks(t *testing.T) {
	ds := flatDataset()
	ds.Fuels, ds.Links = nil, nil
	ds.Units[0].Fuel = "coal"
	for _, name := range []string{AsIs, "none", "baseline", "waiver-ended"} {
		sys, err := Build(ds, mustLookup(name), 2024)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(sys.Units) != 2 || sys.Sources[sys.Units[0].Source] != "coal" || sys.Zones[0].Demand[0] != 1200 {
			t.Errorf("%s: %+v", name, sys.Units)
		}
	}
	_, err := Build(ds, mustLookup("waiver-ended+gcc-link"), 2026)
	if err == nil || !strings.Contains(err.Error(), `zone "IQ-BA" is not in the zones table`) {
		t.Errorf("gcc-link on user data: %v", err)
	}
}

func TestBuildErrors(t *testing.T) {
	check := func(label string, want string, f func(ds *data.Dataset)) {
		t.Helper()
		ds := testDataset()
		f(ds)
		_, err := Build(ds, mustLookup(AsIs), 2025)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: error %v, want it to contain %q", label, err, want)
		}
	}
	check("unknown zone", `units ba-dom: zone "IQ-XX"`, func(d *data.Dataset) { d.Units[1].Zone = "IQ-XX" })
	check("FOR without MTTR", "column mttr_h: is required when for > 0", func(d *data.Dataset) { d.Units[1].MTTR = 0 })
	check("FOR ≥ 1", "must be in [0,1)", func(d *data.Dataset) { d.Units[1].FOR = 1 })
	check("missing demand column", "no column for zone IQ-AR", func(d *data.Dataset) { d.Demand.Columns[2] = "X" })
	check("short demand column", "has 47 rows, want 48", func(d *data.Dataset) { d.Demand.Values[3] = d.Demand.Values[3][:47] })
	check("unknown profile", `profile "wind" is not a column`, func(d *data.Dataset) { d.Units[3].Profile = "wind" })
	check("pooled without MW/mcm/d", "mw_per_mcmd is not set", func(d *data.Dataset) { d.Units[1].MWPerMCMD = 0 })
	check("corridor zone", "corridors row 2 (IQ-BG→nowhere)", func(d *data.Dataset) { d.Corridors[1].To = "nowhere" })
	check("growth without base year", "has no base_year", func(d *data.Dataset) { d.Params = d.Params[1:] })
	check("negative capacity", "capacity_mw -5 must be", func(d *data.Dataset) { d.Units[0].CapacityMW = -5 })
	if _, err := Build(nil, mustLookup(AsIs), 2025); err == nil {
		t.Error("nil dataset accepted")
	}
}

func TestPlannedRowsCountOnlyWithTheirMitigation(t *testing.T) {
	ds := testDataset()
	// The tables already hold the planned GCC line (as the embedded data does)
	// with their own numbers; an operating Turkish line stays in the base.
	ds.Params = append(ds.Params, data.Param{Name: "base_year", Value: 2024})
	ds.Params = ds.Params[1:]
	ds.Links = append(ds.Links, data.Link{ID: "gcc-1", Country: "gcc", Zone: "IQ-BA", CapacityMW: 450, InService: 2026})
	ds.Links[1].ID = "turkey-kisik"
	count := func(sc string, prefix string) float64 {
		sys, err := Build(ds, mustLookup(sc), 2027)
		if err != nil {
			t.Fatal(err)
		}
		mw := 0.0
		for _, u := range unitsWithPrefix(sys, prefix) {
			mw += u.CapacityMW
		}
		return mw
	}
	if got := count("as-is", "link:gcc"); got != 450 {
		t.Errorf("as-is keeps the table's gcc-1: %g MW", got)
	}
	if got := count("baseline", "link:gcc"); got != 0 {
		t.Errorf("baseline holds %g MW of a planned mitigation", got)
	}
	// The table's 450 MW row is used, not the built-in fallback of 500.
	if got := count("waiver-ended+gcc-link", "link:gcc"); got != 450 {
		t.Errorf("waiver-ended+gcc-link: %g MW, want the table's 450", got)
	}
	if got := count("waiver-ended", "link:turkey-kisik"); got != 100 {
		t.Errorf("operating link dropped: %g MW", got)
	}
}

// One solar model (issue 13): a unit naming a "solar" profile the tables
// lack gets the profile data synthesizes for the tables' own solar units
// at its zone. Without the tables' tte-solar rows, the built-in "solar"
// scenario's units have the same hourly values as those rows' solar-ba.
func TestSolarFallbackIsTheTablesModel(t *testing.T) {
	emb, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	profileOf := func(s *grid.System, id string) []float64 {
		t.Helper()
		for _, u := range s.Units {
			if u.ID == id && u.Profile >= 0 {
				return s.Profiles[u.Profile].Values
			}
		}
		t.Fatalf("no unit %s with a profile", id)
		return nil
	}
	tables, err := Build(emb, mustLookup("solar"), 2026)
	if err != nil {
		t.Fatal(err)
	}
	want := profileOf(tables, "tte-solar-1")
	bare := emb.Clone()
	bare.Units = slices.DeleteFunc(bare.Units, func(u data.Unit) bool { return strings.HasPrefix(u.ID, "tte-solar") })
	fallback, err := Build(bare, mustLookup("solar"), 2026)
	if err != nil {
		t.Fatal(err)
	}
	got := profileOf(fallback, "tte-solar-1")
	if !slices.Equal(got, want) {
		t.Errorf("the synthesized \"solar\" profile differs from the tables' solar-ba (sums %.1f vs %.1f)", sum(got), sum(want))
	}
}

func sum(v []float64) float64 {
	s := 0.0
	for _, x := range v {
		s += x
	}
	return s
}
