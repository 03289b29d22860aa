package imports

// Built-in scenarios. Base scenarios describe the Iranian supply; the
// mitigations add supply or cut demand and combine with any base
// ("waiver-ended+gcc-link+fsru"). Numbers cite the data brief's source ids
// (resolved in the sources table); dates the brief does not give are marked
// as assumptions in the description.

func f64(v float64) *float64 { return &v }

// MMscf/d → mcm/d (brief §0: 1 MMscf/d = 0.0283 mcm/d).
const mmscfd = 0.0283

var iranGasOff = PoolChange{Match: Match{Tag: "iran"}, DeliveredMCMD: f64(0)}
var iranPowerOff = LinkChange{Match: Match{Tag: "iran"}, CapacityMW: f64(0)}

// Builtins returns the built-in scenarios: as-is, the base scenarios, then
// the mitigations, in a stable order.
func Builtins() []Scenario {
	return []Scenario{
		{
			Name: AsIs, Kind: "base",
			Description: "The tables as given, with no change: for user data and the validation benchmarks.",
		},
		{
			Name: "baseline", Kind: "base",
			Description: "Waiver in force: Iranian gas at its pre-cut level, 50 mcm/d in total (the Mar 2024 contract; Iraq's " +
				"stated need 50–55, flows ~45 before the Jul 2023 halving; 55 is the 'agreed' figure Iran cut to 25 from " +
				"in Jul 2025), shared across the Iranian pools by contract; the Iranian lines at their rated capacity and " +
				"monthly factors as the tables give them. Planned mitigations excluded.",
			Sources: []string{"S88m", "S86i", "S20", "S87c", "S86g", "S84d", "S89a"},
			Exclude: []string{"all"},
			Pools:   []PoolChange{{Match: Match{Tag: "iran"}, TotalMCMD: f64(50)}},
		},
		{
			Name: "waiver-ended", Kind: "base",
			Description: "No Iranian electricity or gas: every Iran-tagged fuel pool and link at zero (electricity waiver " +
				"lapsed 8 Mar 2025; imports at zero Jan 2026; gas halted 23 Dec 2025).",
			Sources: []string{"S88i", "S88l", "S44", "S26"},
			Exclude: []string{"all"},
			Pools:   []PoolChange{iranGasOff},
			Links:   []LinkChange{iranPowerOff},
		},
		{
			Name: "gas-only-cut", Kind: "base", Base: "baseline",
			Description: "Iranian gas stops; Iranian electricity continues at rated capacity.",
			Sources:     []string{"S26", "S86g"},
			Exclude:     []string{"all"},
			Pools:       []PoolChange{iranGasOff},
		},
		{
			Name: "power-only-cut", Kind: "base", Base: "baseline",
			Description: "Iranian electricity stops (the waiver for power purchases lapsed 8 Mar 2025); Iranian gas continues.",
			Sources:     []string{"S88i", "S89e", "S44"},
			Exclude:     []string{"all"},
			Links:       []LinkChange{iranPowerOff},
		},
		{
			Name: "partial", Kind: "base",
			Description: "Summer 2025: Iranian gas at 23.5 mcm/d in total (22–25 of 55 mcm/d delivered), shared across " +
				"the Iranian pools by contract; Iranian electricity exports ceased.",
			Sources: []string{"S86g", "S89e"},
			Exclude: []string{"all"},
			Pools:   []PoolChange{{Match: Match{Tag: "iran"}, TotalMCMD: f64(23.5)}},
			Links:   []LinkChange{iranPowerOff},
		},
		{
			Name: "winter-halt", Kind: "base", Base: "baseline",
			Description: "The winter cuts: baseline, then Iranian gas stopped in December and January (halt of 23 Dec 2025, " +
				"−4,000 to −4,500 MW; multiplies the tables' monthly factors, which already hold the November " +
				"maintenance cut) and Iranian electricity at zero.",
			Sources: []string{"S89c", "S101l", "S26", "S27", "S44"},
			Exclude: []string{"all"},
			Pools:   []PoolChange{{Match: Match{Tag: "iran"}, Monthly: []float64{0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0}}},
			Links:   []LinkChange{iranPowerOff},
		},
		{
			Name: "gcc-link", Kind: "mitigation",
			Description: "GCCIA Kuwait (Wafra)–Basra (Faw) interconnector: 500 MW phase 1 from 2026 (completion expected " +
				"end-2025), 1,800 MW in total from 2028 (assumption: phase 2 date not found).",
			Sources: []string{"S90"},
			AddLinks: []NewLink{
				{ID: "gcc-1", Country: "gcc", Zone: "IQ-BA", CapacityMW: 500, FOR: 0.02, MTTR: 24, InService: 2026, Tags: []string{"gcc"}, Sources: []string{"S90"}},
				{ID: "gcc-2", Country: "gcc", Zone: "IQ-BA", CapacityMW: 1300, FOR: 0.02, MTTR: 24, InService: 2028, Tags: []string{"gcc"}, Sources: []string{"S90"}},
			},
		},
		{
			Name: "turkey", Kind: "mitigation",
			Description: "Turkey (Kisik)–Nineveh 400 kV line, 300 MW, in service 21 Jul 2024 (already in the base tables from 2024 on).",
			Sources:     []string{"S93"},
			AddLinks: []NewLink{
				{ID: "turkey-kisik", Country: "turkey", Zone: "IQ-NI", CapacityMW: 300, FOR: 0.02, MTTR: 24, InService: 2024, Sources: []string{"S93"}},
			},
		},
		{
			Name: "jordan", Kind: "mitigation",
			Description: "Jordan (Risha)–Anbar (Rutba–Qaim): ~40 MW at 132 kV since 30 Mar 2024, 150 MW in total from 2026 " +
				"(phase 2 of 150–200 MW at 400 kV was targeted for Nov 2024; status not found, so 2026 is an assumption).",
			Sources: []string{"S92"},
			AddLinks: []NewLink{
				{ID: "jordan-1", Country: "jordan", Zone: "IQ-AN", CapacityMW: 40, FOR: 0.02, MTTR: 24, InService: 2024, Sources: []string{"S92"}},
				{ID: "jordan-2", Country: "jordan", Zone: "IQ-AN", CapacityMW: 110, FOR: 0.02, MTTR: 24, InService: 2026, Sources: []string{"S92"}},
			},
		},
		{
			Name: "saudi", Kind: "mitigation",
			Description: "Saudi (Arar)–Baghdad (Yusufiya) 400 kV, 1,000 MW; works began Jun 2023 for 24–36 months, so in " +
				"service from 2027 (assumption: first full year after the 36-month end).",
			Sources: []string{"S91"},
			AddLinks: []NewLink{
				{ID: "saudi-arar-yusufiya", Country: "saudi", Zone: "IQ-BG", CapacityMW: 1000, FOR: 0.02, MTTR: 24, InService: 2027, Sources: []string{"S91"}},
			},
		},
		{
			Name: "fsru", Kind: "mitigation",
			Description: "Basra FSRU (Excelerate, Khor al-Zubair): 250 MMscf/d (7.1 mcm/d) of LNG from 2026, 500 MMscf/d " +
				"(14.2 mcm/d) from 2027 (assumption: expansion a year later), into the pools that fed Basra's plants with Iranian gas.",
			Sources: []string{"S95"},
			AddGas: []NewGas{
				{ID: "lng-fsru-basra-1", Origin: "lng", MCMD: 250 * mmscfd, Into: Match{Tag: "iran", Zone: "IQ-BA"}, InService: 2026, Sources: []string{"S95"}},
				{ID: "lng-fsru-basra-2", Origin: "lng", MCMD: 250 * mmscfd, Into: Match{Tag: "iran", Zone: "IQ-BA"}, InService: 2027, Sources: []string{"S95"}},
			},
		},
		{
			Name: "solar", Kind: "mitigation",
			Description: "TotalEnergies GGIP solar at Ratawi (Basra), 4 × 250 MW: 250 MW from 2026 (first unit before end-2025), " +
				"500 MW from 2027, 1 GW from 2028 (full by 2028; the 2027 step is an assumption). The tables' rows " +
				"tte-solar-1…4 (and their hourly profile) are used when present; otherwise these units with the " +
				"solar profile synthesized at Basra as for the tables' own (A26).",
			Sources: []string{"S96"},
			AddUnits: []NewUnit{
				{ID: "tte-solar-1", Name: "TotalEnergies GGIP solar unit 1", Zone: "IQ-BA", Technology: "solar", Fuel: "sun", CapacityMW: 250, Profile: "solar", InService: 2026, Sources: []string{"S96"}},
				{ID: "tte-solar-2", Name: "TotalEnergies GGIP solar unit 2", Zone: "IQ-BA", Technology: "solar", Fuel: "sun", CapacityMW: 250, Profile: "solar", InService: 2027, Sources: []string{"S96"}},
				{ID: "tte-solar-3", Name: "TotalEnergies GGIP solar unit 3", Zone: "IQ-BA", Technology: "solar", Fuel: "sun", CapacityMW: 250, Profile: "solar", InService: 2028, Sources: []string{"S96"}},
				{ID: "tte-solar-4", Name: "TotalEnergies GGIP solar unit 4", Zone: "IQ-BA", Technology: "solar", Fuel: "sun", CapacityMW: 250, Profile: "solar", InService: 2028, Sources: []string{"S96"}},
			},
		},
		{
			Name: "flare-gas", Kind: "mitigation",
			Description: "Flared-gas capture in the south: TotalEnergies ArtawiGas25, 50 MMscf/d (1.4 mcm/d) from 2026, and " +
				"Basrah Gas Company's expansion to 1.4 bcf/d capacity, +400 MMscf/d (11.3 mcm/d) from 2027, both into " +
				"the domestic pools feeding Basra's plants (dates are assumptions; flaring-end target 2027–2029).",
			Sources: []string{"S96", "S97"},
			AddGas: []NewGas{
				{ID: "flare-artawi", Origin: "domestic", MCMD: 50 * mmscfd, Into: Match{Origin: "domestic", Zone: "IQ-BA"}, InService: 2026, Sources: []string{"S96"}},
				{ID: "flare-bgc", Origin: "domestic", MCMD: 400 * mmscfd, Into: Match{Origin: "domestic", Zone: "IQ-BA"}, InService: 2027, Sources: []string{"S97"}},
			},
		},
		{
			Name: "demand-side", Kind: "mitigation",
			Description: "Tariff reform as in the KRG's Runaki programme (24 h supply with progressive tariffs cut demand " +
				"25–30 %, Sulaymaniyah 800 → 600 MW): Kurdistan Region demand × 0.725 from 2025.",
			Sources: []string{"S37", "S39"},
			Demand:  &DemandChange{Years: Years{From: 2025}, Regions: map[string]float64{"kurdistan": 0.725}},
		},
	}
}

// Mitigations returns the built-ins of kind "mitigation".
func Mitigations() []Scenario {
	var out []Scenario
	for _, s := range Builtins() {
		if s.Kind == "mitigation" {
			out = append(out, s)
		}
	}
	return out
}
