package imports

// Label is a built-in name as people read it, in English and Arabic: the
// full name, a short one for table headings (empty: the name itself), and
// the phrase that ends a sentence about the scenario.
type Label struct {
	En, Ar             string
	ShortEn, ShortAr   string
	PhraseEn, PhraseAr string
}

// labels name the built-in scenarios, mitigation options and sensitivity
// inputs (DefaultSensitivityInputs).
var labels = map[string]Label{
	AsIs:       {En: "Tables as given", Ar: "الجداول كما هي"},
	"baseline": {En: "Baseline (waiver in force)", Ar: "الأساس (الإعفاء نافذ)", ShortAr: "الأساس", PhraseEn: "with the waiver", PhraseAr: "مع الإعفاء"},
	"waiver-ended": {En: "Waiver ended", Ar: "انتهاء الإعفاء", ShortAr: "انتهاء الإعفاء",
		PhraseEn: "without the waiver", PhraseAr: "دون الإعفاء"},
	"gas-only-cut":   {En: "Iranian gas cut only", Ar: "قطع الغاز الإيراني فقط"},
	"power-only-cut": {En: "Iranian electricity cut only", Ar: "قطع الكهرباء الإيرانية فقط"},
	"partial":        {En: "Partial Iranian gas (summer 2025)", Ar: "غاز إيراني جزئي (صيف 2025)"},
	"winter-halt":    {En: "Winter gas halt", Ar: "توقف الغاز في الشتاء"},
	"gcc-link":       {En: "GCC interconnector (Kuwait–Basra)", Ar: "الربط الخليجي (الكويت–البصرة)"},
	"turkey":         {En: "Turkey link (Nineveh)", Ar: "الربط مع تركيا (نينوى)"},
	"jordan":         {En: "Jordan link (Anbar)", Ar: "الربط مع الأردن (الأنبار)"},
	"saudi":          {En: "Saudi link (Baghdad)", Ar: "الربط مع السعودية (بغداد)"},
	"fsru":           {En: "Basra LNG import terminal", Ar: "منصة استيراد الغاز المسال في البصرة"},
	"solar":          {En: "Ratawi solar (4 × 250 MW)", Ar: "الطاقة الشمسية في الرطاوي"},
	"flare-gas":      {En: "Flared-gas capture", Ar: "استثمار الغاز المصاحب"},
	"demand-side":    {En: "Tariff reform (demand side)", Ar: "إصلاح التعرفة (جانب الطلب)"},

	"Demand level":                   {En: "Demand level", Ar: "مستوى الطلب"},
	"Iranian gas volume":             {En: "Iranian gas volume", Ar: "كمية الغاز الإيراني"},
	"Domestic gas volume":            {En: "Domestic gas volume", Ar: "كمية الغاز المحلي"},
	"Forced outage rates":            {En: "Forced outage rates", Ar: "معدلات العطل القسري"},
	"Temperature":                    {En: "Temperature", Ar: "درجة الحرارة"},
	"Hydro water":                    {En: "Hydro water", Ar: "مياه التوليد الكهرومائي"},
	"Availability (losses, derates)": {En: "Availability (losses, derates)", Ar: "الجاهزية (الضياعات وخفض القدرة)"},
}

// Labels returns the labels of the built-in names (a copy).
func Labels() map[string]Label {
	out := make(map[string]Label, len(labels))
	for k, v := range labels {
		out[k] = v
	}
	return out
}

// Source kinds of the supply categories Build uses, as the reports colour
// and name them.
var sourceKinds = map[string]string{
	SrcDomesticGas: "gas", SrcIranianGas: "iran-gas", SrcLNG: "lng", SrcOil: "liquid",
	SrcHydro: "hydro", SrcSolar: "solar", SrcIranianElec: "iran-elec", SrcOtherImport: "imports",
}

// SourceKinds returns each built-in supply category's kind: iran-gas,
// iran-elec, gas, lng, liquid, hydro, solar or imports (a copy).
func SourceKinds() map[string]string {
	out := make(map[string]string, len(sourceKinds))
	for k, v := range sourceKinds {
		out[k] = v
	}
	return out
}
