package report

import "fmt"

// Languages of the workbook.
const (
	LangEnglish = "en"
	LangArabic  = "ar"
)

// messages is the catalogue of every user-facing string of the workbook
// and the charts: [English, Arabic] (Modern Standard Arabic, Iraqi usage:
// ساعات التجهيز, القطع المبرمج, تجهيز for supply as the Ministry of
// Electricity writes it). Strings with verbs take fmt arguments. The month
// names are in months below.
var messages = map[string][2]string{
	// Sheet names (at most 31 characters, none of []:*?/\).
	"sheet.summary":      {"Summary", "الملخص"},
	"sheet.governorates": {"Governorates", "المحافظات"},
	"sheet.monthly":      {"Monthly", "التجهيز الشهري"},
	"sheet.rolling":      {"Rolling blackouts", "القطع المبرمج"},
	"sheet.imports":      {"Imports", "الاعتماد على الاستيراد"},
	"sheet.allocation":   {"Allocation", "توزيع الحصص"},
	"sheet.supply":       {"Supply", "وحدات التوليد"},
	"sheet.scenarios":    {"Scenarios", "السيناريوهات"},
	"sheet.backtest":     {"Back-test", "الاختبار الرجعي"},
	"sheet.sources":      {"Sources", "المصادر"},
	"sheet.run":          {"Run", "معلومات التشغيل"},
	"sheet.outlook":      {"Outlook", "التوقعات"},
	"sheet.sensitivity":  {"Sensitivity", "الحساسية"},
	"sheet.options":      {"Options", "خيارات المعالجة"},
	"sheet.replacement":  {"Replacement", "التعويض المطلوب"},

	// Titles and notes.
	"title.main":        {"Iraq electricity adequacy, study year %d", "كفاية منظومة الكهرباء في العراق، سنة الدراسة %d"},
	"title.sub":         {"Method: %s · %s samples · seed %d · load-shedding policy: %s", "الطريقة: %s · عدد العينات %s · البذرة %d · سياسة تخفيف الأحمال: %s"},
	"title.key":         {"Key message", "الخلاصة"},
	"title.headline":    {"National figures", "المؤشرات الوطنية"},
	"title.govs":        {"Adequacy by governorate", "كفاية التجهيز حسب المحافظة"},
	"note.govs":         {"Sorted by supply hours under the reference scenario, fewest first. Supply hours = 24 × served ÷ demand energy of each day: the share of demand served, as hours. Household hours = the hours a household on a rotated feeder gets once the emergency feeders (hospitals, water, government) are served, the \"1 h on / 3 h off\" figure; n/a where the method does not measure them. Shares are of served energy.", "مرتبة حسب ساعات التجهيز في السيناريو المرجعي، الأقل أولاً. ساعات التجهيز = 24 × الطاقة المجهزة ÷ الطلب لكل يوم: نسبة الطلب المجهز معبراً عنها بالساعات. ساعات تجهيز المنازل = الساعات التي يحصل عليها منزل على مغذٍّ مشمول بالقطع المبرمج بعد تجهيز المغذيات الطارئة (المستشفيات والماء والدوائر الحكومية)، أي رقم \"ساعة تشغيل / 3 ساعات قطع\"؛ غير متاح حيث لا تقيسها الطريقة. النسب من الطاقة المجهزة."},
	"title.monthly":     {"Supply hours per day by governorate and month", "ساعات التجهيز يومياً حسب المحافظة والشهر"},
	"note.monthly":      {"Expected hours of grid supply per day; red is fewer hours, green more.", "متوسط ساعات تجهيز الشبكة يومياً؛ الأحمر ساعات أقل والأخضر ساعات أكثر."},
	"title.monthlyhh":   {"Household hours per day by governorate and month: a household on a rotated feeder, once emergency feeders are served", "ساعات تجهيز المنازل يومياً حسب المحافظة والشهر: منزل على مغذٍّ مشمول بالقطع المبرمج بعد تجهيز المغذيات الطارئة"},
	"title.national":    {"National mean shortfall by month (GW)", "متوسط العجز الوطني حسب الشهر (غيغاواط)"},
	"title.rolling":     {"Rolling-blackout risk: probability that a day gets fewer than 12, 8 or 4 hours of supply", "خطر القطع المبرمج: احتمال أن يحصل اليوم على أقل من 12 أو 8 أو 4 ساعات تجهيز"},
	"note.rolling":      {"Probability by month; the Year column is the probability for a day of the whole year.", "الاحتمال لكل شهر؛ عمود السنة هو الاحتمال ليوم من أيام السنة كلها."},
	"title.imports":     {"Dependency on Iranian gas and electricity, by governorate", "الاعتماد على الغاز والكهرباء الإيرانيين حسب المحافظة"},
	"note.imports":      {"Share of each governorate's served energy that rests on Iranian gas or electricity, and the capacity at risk.", "حصة الطاقة المجهزة لكل محافظة المعتمدة على الغاز أو الكهرباء الإيرانية، والقدرة المعرضة للخطر."},
	"title.allocation":  {"How a shortage is shared between governorates: the shares policy's inputs", "كيف يُوزَّع العجز بين المحافظات: مدخلات سياسة الحصص"},
	"note.allocation":   {"Share: the governorate's fraction of its region's pooled supply (federal grid or Kurdistan Region), published where a source gives it, otherwise derived by population × climate factor from what the published shares leave. Local credit: the fraction of its own generation it keeps before the rest is pooled (100 %% = no fixed quota). Emergency feeders: the fraction of demand (hospitals, water, government) served first and never rotated. Intake limit: the most it can take in over all its corridors. Imports count for the governorate they land in. Edit the allocation table (gridrisk data export) and re-run.", "الحصة: نسبة المحافظة من التجهيز المشترك لمنظومتها (الاتحادية أو إقليم كردستان)، منشورة حيث يذكرها مصدر، وإلا فهي مشتقة من السكان × معامل المناخ مما تتركه الحصص المنشورة. الاحتساب المحلي: نسبة توليدها الذاتي التي تحتفظ بها قبل ضم الباقي إلى التجهيز المشترك (100%% = بلا حصة ثابتة). المغذيات الطارئة: نسبة الطلب (المستشفيات والماء والدوائر الحكومية) التي تُجهَّز أولاً ولا يشملها القطع المبرمج. حد الاستلام: أقصى ما تستلمه عبر جميع خطوط النقل. تُحتسب الاستيرادات للمحافظة التي تصل إليها. عدّل جدول التوزيع (gridrisk data export) وأعد التشغيل."},
	"title.supply":      {"Generating units and import links as modelled", "وحدات التوليد وخطوط الاستيراد كما في النموذج"},
	"title.scenarios":   {"Scenarios assessed", "السيناريوهات المقيّمة"},
	"note.scenarios":    {"The first scenario is the reference; the others are compared with it using paired samples.", "السيناريو الأول هو المرجع، وتُقارن السيناريوهات الأخرى به باستخدام عينات مقترنة."},
	"title.backtest":    {"Back-test: the model beside the reported figures", "الاختبار الرجعي: النموذج مقارنةً بالأرقام المنشورة"},
	"note.backtest":     {"Each observation is compared with the scenario and study year that stand for its own period (the waiver was in force in 2024; it ended in March 2025). A row outside its range says, under Gap, which mechanism or difference of period explains it.", "تُقارن كل ملاحظة بالسيناريو وسنة الدراسة الممثلين لفترتها (كان الإعفاء نافذاً في 2024 وانتهى في آذار 2025). ويبيّن عمود الفجوة، لكل صف خارج نطاقه، الآلية أو اختلاف الفترة الذي يفسّره."},
	"title.sources":     {"Sources and assumptions", "المصادر والافتراضات"},
	"title.run":         {"Run information", "معلومات التشغيل"},
	"title.outlook":     {"Outlook by study year", "التوقعات حسب سنة الدراسة"},
	"title.sensitivity": {"Sensitivity of unserved energy to each input", "حساسية الطاقة غير المجهزة لكل مدخل"},
	"title.options":     {"Mitigation options ranked by the loss they recover", "خيارات المعالجة مرتبة حسب الخسارة التي تستعيدها"},
	"title.bysource":    {"Served energy by source (GWh/yr)", "الطاقة المجهزة حسب المصدر (غيغاواط ساعة/سنة)"},
	"h.bysource":        {"%s (GWh/yr)", "%s (غيغاواط ساعة/سنة)"},
	"note.png":          {"Slide image of a figure on this sheet (the same data):", "صورة الشكل نفسه للعروض التقديمية (البيانات نفسها):"},

	"empty.imports":  {"No dependency figures in this document: `gridrisk assess` fills them when the data tag Iranian gas pools and links.", "لا توجد أرقام للاعتماد على إيران في هذا المستند: يملؤها الأمر `gridrisk assess` عندما تكون مصادر الغاز وخطوط الربط الإيرانية معلَّمة في البيانات."},
	"empty.supply":   {"No supply table in this document: `gridrisk assess` adds the units and links it modelled.", "لا يوجد جدول لوحدات التوليد في هذا المستند: يضيف الأمر `gridrisk assess` الوحدات وخطوط الربط التي نمذجها."},
	"empty.backtest": {"No back-test in this document: run `gridrisk assess` on the embedded Iraq dataset to compare the model with the reported figures.", "لا يوجد اختبار رجعي في هذا المستند: شغّل الأمر `gridrisk assess` على بيانات العراق المضمّنة لمقارنة النموذج بالأرقام المنشورة."},
	"empty.sources":  {"No sources table in this document: the data given had none.", "لا يوجد جدول مصادر في هذا المستند: البيانات المستخدمة لا تتضمنه."},
	"empty.monthly":  {"No governorate results in this document.", "لا توجد نتائج للمحافظات في هذا المستند."},

	// Key message.
	"key.two": {"Under “%s”, the grid meets %.1f hours of each day's demand on average (supply hours) against %.1f under “%s” (%+.2f h ± %s), and unserved energy %s by %s GWh a year (± %s); %s",
		"في سيناريو «%s» تبلغ ساعات التجهيز %.1f ساعة يومياً في المتوسط مقابل %.1f في سيناريو «%s» (الفرق %+.2f ساعة ± %s)، و%s الطاقة غير المجهزة بمقدار %s غيغاواط ساعة سنوياً (± %s)؛ %s"},
	"key.loses":      {"%s loses most (%+.1f h a day).", "وأكثر المحافظات تضرراً %s (%+.1f ساعة يومياً)."},
	"key.loses.tied": {"%s lose most, tied within sampling error (%+.1f h a day).", "وأكثر المحافظات تضرراً بالتساوي ضمن خطأ المعاينة %s (%+.1f ساعة يومياً)."},
	"key.gains.tied": {"%s gain most, tied within sampling error (%+.1f h a day).", "وأكثر المحافظات استفادةً بالتساوي ضمن خطأ المعاينة %s (%+.1f ساعة يومياً)."},
	"key.gains":      {"%s gains most (%+.1f h a day).", "وأكثر المحافظات استفادةً %s (%+.1f ساعة يومياً)."},
	"key.house":      {" Households on rotated feeders, once emergency feeders are served, get %.1f hours a day against %.1f.", " وتحصل المنازل على المغذيات المشمولة بالقطع المبرمج، بعد تجهيز المغذيات الطارئة، على %.1f ساعة يومياً مقابل %.1f."},
	"key.rises":      {"rises", "ترتفع"},
	"key.falls":      {"falls", "تنخفض"},
	"key.noise":      {" The national difference is within two standard errors of zero at this sample size.", " الفرق الوطني ضمن خطأين معياريين من الصفر عند هذا العدد من العينات."},
	"key.onetie": {"Under “%s”, the grid meets %.1f hours of each day's demand on average (supply hours) and leaves %s GWh of demand a year unserved; %s are worst supplied, tied within sampling error (%.1f h a day).",
		"في سيناريو «%s» تبلغ ساعات التجهيز %.1f ساعة يومياً في المتوسط، ولا تُجهَّز %s غيغاواط ساعة من الطلب سنوياً؛ وأدنى المحافظات تجهيزاً بالتساوي ضمن خطأ المعاينة %s (%.1f ساعة يومياً)."},
	"key.one": {"Under “%s”, the grid meets %.1f hours of each day's demand on average (supply hours) and leaves %s GWh of demand a year unserved; %s is worst supplied (%.1f h a day).",
		"في سيناريو «%s» تبلغ ساعات التجهيز %.1f ساعة يومياً في المتوسط، ولا تُجهَّز %s غيغاواط ساعة من الطلب سنوياً؛ وأدنى المحافظات تجهيزاً %s (%.1f ساعة يومياً)."},

	// Dependency findings (Imports sheet, terminal summary).
	"dep.most":      {"%s relies most on Iran: %.0f%% of its served energy (Iranian gas %.0f%%, electricity %.0f%%).", "%s الأكثر اعتماداً على إيران: %.0f%% من طاقتها المجهزة (الغاز الإيراني %.0f%%، والكهرباء %.0f%%)."},
	"dep.most.tied": {"%s rely most on Iran, tied within sampling error: %.0f%% of their served energy.", "%s الأكثر اعتماداً على إيران بالتساوي ضمن خطأ المعاينة: %.0f%% من طاقتها المجهزة."},
	"dep.none":      {"No governorate's served energy rests on Iranian gas or electricity in this scenario (0%% everywhere).", "لا تعتمد الطاقة المجهزة لأي محافظة على الغاز أو الكهرباء الإيرانية في هذا السيناريو (0%% في كل المحافظات)."},
	"dep.site":      {"%s (%s MW)", "%s (%s ميغاواط)"},
	"dep.lines.in":  {"Iranian lines land in %s.", "تصل الخطوط الإيرانية إلى %s."},
	"dep.plants.in": {"Iranian-gas plants stand in %s.", "تقع المحطات العاملة على الغاز الإيراني في %s."},
	"dep.others":    {"The other governorates rest on Iran through the supply they receive from the grid.", "وتعتمد المحافظات الأخرى على إيران عبر التجهيز الذي تتلقاه من الشبكة."},

	// Column headers.
	"h.measure":      {"Measure", "المؤشر"},
	"h.value":        {"%s", "%s"},
	"h.se":           {"± SE, %s", "الخطأ المعياري (±)، %s"},
	"h.diff":         {"Change, %s", "التغير، %s"},
	"h.diffse":       {"± SE of change, %s", "الخطأ المعياري للتغير (±)، %s"},
	"h.code":         {"Code", "الرمز"},
	"h.name":         {"Governorate", "المحافظة"},
	"h.name2":        {"Arabic name", "الاسم بالإنكليزية"},
	"h.region":       {"Region", "الإقليم"},
	"h.peak_demand":  {"Peak demand (MW)", "ذروة الطلب (ميغاواط)"},
	"h.peak_supply":  {"Peak supply, %s (MW)", "التجهيز عند الذروة، %s (ميغاواط)"},
	"h.eue":          {"Unserved energy, %s (GWh/yr)", "الطاقة غير المجهزة، %s (غيغاواط ساعة/سنة)"},
	"h.hours":        {"Supply, %s (h/day)", "ساعات التجهيز، %s (ساعة/يوم)"},
	"h.household":    {"Household hours, %s (h/day)", "ساعات تجهيز المنازل، %s (ساعة/يوم)"},
	"h.p8":           {"Days under 8 h, %s (%%)", "أيام أقل من 8 ساعات، %s (%%)"},
	"h.dhours":       {"Change in supply, %s (h/day)", "تغير ساعات التجهيز، %s (ساعة/يوم)"},
	"h.deue":         {"Change in unserved energy, %s (GWh/yr)", "تغير الطاقة غير المجهزة، %s (غيغاواط ساعة/سنة)"},
	"h.dep_gas":      {"Iranian gas share (%%)", "حصة الغاز الإيراني (%%)"},
	"h.dep_power":    {"Iranian electricity share (%%)", "حصة الكهرباء الإيرانية (%%)"},
	"h.dep_other":    {"Other sources share (%%)", "حصة المصادر الأخرى (%%)"},
	"h.mw_gas":       {"Capacity at risk, Iranian gas (MW)", "القدرة المعرضة للخطر، الغاز الإيراني (ميغاواط)"},
	"h.mw_power":     {"Capacity at risk, Iranian imports (MW)", "القدرة المعرضة للخطر، الاستيراد من إيران (ميغاواط)"},
	"h.scenario":     {"Scenario", "السيناريو"},
	"h.description":  {"Description", "الوصف"},
	"h.role":         {"Role", "الدور"},
	"h.threshold":    {"Supply below (h/day)", "تجهيز أقل من (ساعة/يوم)"},
	"h.year":         {"Year", "السنة"},
	"h.month":        {"Month", "الشهر"},
	"h.shortfall":    {"%s, mean (GW)", "%s، المتوسط (غيغاواط)"},
	"h.shortfall10":  {"%s, P10 (GW)", "%s، المئين 10 (غيغاواط)"},
	"h.shortfall90":  {"%s, P90 (GW)", "%s، المئين 90 (غيغاواط)"},
	"h.id":           {"ID", "المعرّف"},
	"h.unitname":     {"Name", "الاسم"},
	"h.zone":         {"Governorate", "المحافظة"},
	"h.technology":   {"Technology", "التقنية"},
	"h.fuel":         {"Fuel or tags", "الوقود أو الوسوم"},
	"h.nameplate":    {"Nameplate (MW)", "القدرة الاسمية (ميغاواط)"},
	"h.capacity":     {"Available capacity (MW)", "القدرة المتاحة (ميغاواط)"},
	"h.for":          {"Forced outage rate (%%)", "معدل التوقف القسري (%%)"},
	"h.mttr":         {"Mean time to repair (h)", "متوسط زمن الإصلاح (ساعة)"},
	"h.inservice":    {"In service from", "سنة دخول الخدمة"},
	"h.source":       {"Source", "المصدر"},
	"h.note":         {"Note", "ملاحظة"},
	"h.model":        {"Model", "النموذج"},
	"h.low":          {"Reported low", "الحد الأدنى المنشور"},
	"h.high":         {"Reported high", "الحد الأعلى المنشور"},
	"h.unit":         {"Unit", "الوحدة"},
	"h.period":       {"Period of the record", "فترة الرقم المنشور"},
	"h.gap":          {"Gap: what explains it", "الفجوة: ما يفسّرها"},
	"h.share":        {"Share of the pooled supply (%%)", "الحصة من التجهيز المشترك (%%)"},
	"h.basis":        {"Share from", "مصدر الحصة"},
	"h.credit":       {"Local credit (%% of own generation)", "الاحتساب المحلي (%% من التوليد الذاتي)"},
	"h.emergency":    {"Emergency feeders (%% of demand)", "المغذيات الطارئة (%% من الطلب)"},
	"h.intake":       {"Intake limit (MW)", "حد الاستلام (ميغاواط)"},
	"h.result":       {"Result", "النتيجة"},
	"h.kind":         {"Kind", "النوع"},
	"h.title":        {"Title", "العنوان"},
	"h.publisher":    {"Publisher", "الناشر"},
	"h.date":         {"Date", "التاريخ"},
	"h.url":          {"URL", "الرابط"},
	"h.item":         {"Item", "البند"},
	"h.itemvalue":    {"Value", "القيمة"},
	"h.outlook_eue":  {"Unserved energy (GWh/yr)", "الطاقة غير المجهزة (غيغاواط ساعة/سنة)"},
	"h.outlook_se":   {"± SE (GWh/yr)", "الخطأ المعياري (±) (غيغاواط ساعة/سنة)"},
	"h.outlook_hrs":  {"Supply (h/day)", "ساعات التجهيز (ساعة/يوم)"},
	"h.peak_supply0": {"Peak supply (MW)", "التجهيز عند الذروة (ميغاواط)"},
	"h.shortfall0":   {"Peak shortfall (MW)", "العجز عند الذروة (ميغاواط)"},
	"h.input":        {"Input", "المدخل"},
	"h.lowlabel":     {"Low case", "الحالة الدنيا"},
	"h.highlabel":    {"High case", "الحالة العليا"},
	"h.loweue":       {"Unserved energy, low case (GWh/yr)", "الطاقة غير المجهزة، الحالة الدنيا (غيغاواط ساعة/سنة)"},
	"h.higheue":      {"Unserved energy, high case (GWh/yr)", "الطاقة غير المجهزة، الحالة العليا (غيغاواط ساعة/سنة)"},
	"h.baseeue":      {"Unserved energy, central (GWh/yr)", "الطاقة غير المجهزة، الحالة المركزية (غيغاواط ساعة/سنة)"},
	"h.swing":        {"Swing (GWh/yr)", "مدى التأثير (غيغاواط ساعة/سنة)"},
	"h.option":       {"Option", "الخيار"},
	"h.optservice":   {"In service", "موعد دخول الخدمة"},
	"h.recovered":    {"Recovered energy (GWh/yr)", "الطاقة المستعادة (غيغاواط ساعة/سنة)"},
	"h.recshare":     {"Share of the loss recovered (%%)", "نسبة الخسارة المستعادة (%%)"},
	"h.recse":        {"± SE (GWh/yr)", "الخطأ المعياري (±) (غيغاواط ساعة/سنة)"},

	// Measures (Summary rows).
	"m.peak_demand":    {"Peak demand (MW)", "ذروة الطلب (ميغاواط)"},
	"m.peak_supply":    {"Peak available supply (MW)", "التجهيز المتاح عند الذروة (ميغاواط)"},
	"m.peak_shortfall": {"Peak shortfall (MW)", "العجز عند الذروة (ميغاواط)"},
	"m.lole":           {"Loss of load expectation (h/yr)", "توقع فقدان الحمل (ساعة/سنة)"},
	"m.eue":            {"Unserved energy (GWh/yr)", "الطاقة غير المجهزة (غيغاواط ساعة/سنة)"},
	"m.eue_p90":        {"Unserved energy, P90 of years (GWh/yr)", "الطاقة غير المجهزة، المئين 90 (غيغاواط ساعة/سنة)"},
	"m.neue":           {"Share of demand unserved (%%)", "نسبة الطلب غير المجهز (%%)"},
	"m.hours":          {"Supply hours per day (h)", "ساعات التجهيز يومياً (ساعة)"},
	"m.household":      {"Household hours per day, rotated feeders (h)", "ساعات تجهيز المنازل يومياً، المغذيات المبرمجة (ساعة)"},
	"m.p12":            {"Days with under 12 h of supply (%%)", "الأيام التي يقل فيها التجهيز عن 12 ساعة (%%)"},
	"m.p8":             {"Days with under 8 h of supply (%%)", "الأيام التي يقل فيها التجهيز عن 8 ساعات (%%)"},
	"m.p4":             {"Days with under 4 h of supply (%%)", "الأيام التي يقل فيها التجهيز عن 4 ساعات (%%)"},
	"m.events":         {"Shortfall events per year", "عدد حالات العجز سنوياً"},
	"m.longest":        {"Longest shortfall (h)", "أطول فترة عجز (ساعة)"},

	// Values.
	"v.federal":      {"Federal grid", "المنظومة الاتحادية"},
	"v.kurdistan":    {"Kurdistan Region", "إقليم كردستان"},
	"v.reference":    {"Reference", "المرجع"},
	"v.compared":     {"Compared with the reference", "مقارنة بالمرجع"},
	"v.inside":       {"inside the reported range", "ضمن النطاق المنشور"},
	"v.outside":      {"outside the reported range", "خارج النطاق المنشور"},
	"v.source":       {"source", "مصدر"},
	"v.assumption":   {"assumption", "افتراض"},
	"v.hours":        {"%d h", "%d ساعات"},
	"v.hours12":      {"12 h", "12 ساعة"},
	"v.published":    {"published", "منشورة"},
	"v.popclimate":   {"derived: population × climate", "مشتقة: السكان × المناخ"},
	"v.demandbasis":  {"derived: demand", "مشتقة: الطلب"},
	"v.nolimit":      {"none", "بلا حد"},
	"v.na":           {"n/a", "غير متاح"},
	"v.iraq":         {"Iraq", "العراق"},
	"v.montecarlo":   {"Monte Carlo", "مونت كارلو"},
	"v.convolution":  {"exact convolution", "الالتفاف الدقيق"},
	"v.shares":       {"shares", "الحصص"},
	"v.proportional": {"proportional", "تناسبي"},
	"v.local-first":  {"local generation first", "الأولوية للتوليد المحلي"},
	"v.priority":     {"priority governorates", "أولوية لمحافظات محددة"},

	// Replacement sheet.
	"title.replacement": {"Replacement requirement: the supply that restores the reference", "متطلب التعويض: التجهيز الذي يعيد مستوى السيناريو المرجعي"},
	"rp.what":           {"What is added", "ما يُضاف"},
	"rp.amount":         {"Requirement (%s)", "المتطلب (%s)"},
	"rp.lower":          {"Largest amount tried that falls short (%s)", "أكبر كمية جُرّبت ولم تكفِ (%s)"},
	"rp.target":         {"Target", "الهدف"},
	"rp.target_eue":     {"Target unserved energy (GWh/yr)", "الطاقة غير المجهزة المستهدفة (غيغاواط ساعة/سنة)"},
	"rp.target_hours":   {"Target supply hours per day (h)", "ساعات التجهيز المستهدفة يومياً (ساعة)"},
	"rp.base_eue":       {"Unserved energy, reference scenario (GWh/yr)", "الطاقة غير المجهزة، السيناريو المرجعي (غيغاواط ساعة/سنة)"},
	"rp.alt_eue":        {"Unserved energy, compared scenario (GWh/yr)", "الطاقة غير المجهزة، السيناريو المقارن (غيغاواط ساعة/سنة)"},
	"rp.achieved_eue":   {"Unserved energy with the requirement added (GWh/yr)", "الطاقة غير المجهزة بعد إضافة المتطلب (غيغاواط ساعة/سنة)"},
	"rp.achieved_se":    {"± SE of that (GWh/yr)", "الخطأ المعياري لها (±) (غيغاواط ساعة/سنة)"},
	"rp.achieved_hours": {"Supply hours per day with the requirement added (h)", "ساعات التجهيز يومياً بعد إضافة المتطلب (ساعة)"},
	"rp.runs":           {"Simulation runs in the search", "عدد عمليات المحاكاة في البحث"},
	"v.eue":             {"unserved energy of the reference", "الطاقة غير المجهزة للسيناريو المرجعي"},

	// Run sheet.
	"r.version": {"gridrisk version", "إصدار gridrisk"},
	"r.command": {"Command line", "سطر الأوامر"},
	"r.seed":    {"Random seed", "البذرة العشوائية"},
	"r.samples": {"Monte Carlo samples", "عدد عينات مونت كارلو"},
	"r.method":  {"Method", "الطريقة"},
	"r.policy":  {"Load-shedding policy", "سياسة تخفيف الأحمال"},
	"r.year":    {"Study year", "سنة الدراسة"},
	"r.hash":    {"Input hash", "بصمة المدخلات"},
	"r.data":    {"Data", "البيانات"},
	"r.date":    {"Date (UTC)", "التاريخ (التوقيت العالمي)"},
	"r.workers": {"Workers", "عدد العمليات المتوازية"},

	// Charts.
	"chart.hours":      {"Supply hours per day by governorate", "ساعات التجهيز يومياً حسب المحافظة"},
	"chart.shortfall":  {"National mean shortfall by month (GW)", "متوسط العجز الوطني حسب الشهر (غيغاواط)"},
	"chart.dependency": {"Share of served energy resting on Iran (%%)", "حصة الطاقة المجهزة المعتمدة على إيران (%%)"},
	"chart.outlook":    {"Unserved energy by study year (GWh/yr)", "الطاقة غير المجهزة حسب سنة الدراسة (غيغاواط ساعة/سنة)"},
	"chart.tornado":    {"Swing in unserved energy by input (GWh/yr)", "مدى تأثير كل مدخل في الطاقة غير المجهزة (غيغاواط ساعة/سنة)"},
	"chart.options":    {"Share of the loss each option recovers (%%)", "نسبة الخسارة التي يستعيدها كل خيار (%%)"},

	// Document properties and print footer.
	"doc.title":   {"Iraq electricity adequacy %d", "كفاية الكهرباء في العراق %d"},
	"doc.subject": {"Electricity shortfall and rolling-blackout risk by governorate after the end of the waiver for Iranian electricity and gas", "عجز الكهرباء وخطر القطع المبرمج حسب المحافظة بعد انتهاء الإعفاء الخاص بالكهرباء والغاز الإيرانيين"},
	"doc.page":    {"Page &P of &N", "&P / &N"},

	// Chart text (chartLang.t, which always formats: %% is a percent sign).
	"source":        {"Source: gridrisk %s model, data: %s, input %s", "المصدر: نموذج gridrisk %s، البيانات: %s، المدخلات %s"},
	"data.embedded": {"embedded Iraq dataset", "بيانات العراق المدمجة"},
	"samples":       {"%s Monte Carlo samples", "%s عينة مونت كارلو"},
	"exact":         {"exact convolution", "حساب دقيق بالالتفاف"},
	"sep":           {" · ", " · "},

	"supply.x":  {"Expected supply (hours per day)", "التجهيز المتوقع (ساعة/يوم)"},
	"hpd.unit":  {"hours/day", "ساعة/يوم"},
	"month":     {"Month", "الشهر"},
	"gw":        {"GW", "غيغاواط"},
	"scenario":  {"scenario %s", "سيناريو %s"},
	"unserved":  {"Unserved demand", "طلب غير مجهز"},
	"demand":    {"Demand", "الطلب"},
	"low":       {"Input at low value", "المدخل عند القيمة الدنيا"},
	"high":      {"Input at high value", "المدخل عند القيمة العليا"},
	"iran.gas":  {"Iranian gas", "الغاز الإيراني"},
	"iran.elec": {"Iranian electricity", "الكهرباء الإيرانية"},
	"other":     {"Other sources", "مصادر أخرى"},

	"supply.title.down":   {"Supply hours fall from %.1f to %.1f a day %s", "ساعات التجهيز تنخفض من %.1f إلى %.1f يوميا %s"},
	"supply.title.up":     {"Supply hours rise from %.1f to %.1f a day %s", "ساعات التجهيز ترتفع من %.1f إلى %.1f يوميا %s"},
	"supply.title.one":    {"Supply hours average %.1f a day; %s gets fewest, %.1f", "معدل التجهيز %.1f ساعة يوميا، والأدنى %s بواقع %.1f"},
	"supply.title.onetie": {"Supply hours average %.1f a day; %s get fewest (tied), %.1f", "معدل التجهيز %.1f ساعة يوميا، والأدنى بالتساوي %s بواقع %.1f"},
	"supply.sub":          {"Supply hours a day (24 × served ÷ demand) by governorate", "ساعات التجهيز يوميا (24 × المجهز ÷ الطلب) حسب المحافظة"},
	"supply.house":        {"households on rotated feeders %s h", "المنازل على المغذيات المبرمجة %s ساعة"},
	"whiskers":            {"whiskers: 95%% confidence interval", "خطوط الخطأ: فترة ثقة 95%%"},

	"heat.title":     {"Blackouts peak in %s: %s gets %.1f supply hours a day", "ذروة الانقطاع في %s: %s تحصل على %.1f ساعة تجهيز يوميا"},
	"heat.title.tie": {"Blackouts peak in %s: %s get %.1f supply hours a day", "ذروة الانقطاع في %s: %s تحصل كل منها على %.1f ساعة تجهيز يوميا"},
	"heat.sub":       {"Expected supply hours per day (24 × served ÷ demand) by governorate and month", "ساعات التجهيز المتوقعة يوميا حسب المحافظة والشهر"},

	"peak.title":    {"Peak week: up to %.1f GW of demand goes unserved", "أسبوع الذروة: ما يصل إلى %.1f غيغاواط من الطلب دون تجهيز"},
	"peak.title.ok": {"Peak week: supply meets demand", "أسبوع الذروة: التجهيز يلبي الطلب"},
	"peak.sub":      {"Expected national supply by source against demand, hourly", "التجهيز الوطني المتوقع حسب المصدر مقابل الطلب، لكل ساعة"},
	"peak.y":        {"Power (GW)", "القدرة (غيغاواط)"},
	"peak.x":        {"Day (Baghdad time)", "اليوم (توقيت بغداد)"},
	"day":           {"Day %d", "اليوم %d"},

	"short.title":    {"Shortfall peaks at %.1f GW in %s %s", "العجز يبلغ ذروته %.1f غيغاواط في %s %s"},
	"short.title.mw": {"Shortfall peaks at %.0f MW in %s %s", "العجز يبلغ ذروته %.0f ميغاواط في %s %s"},
	"short.title.ok": {"No shortfall in any month", "لا عجز في أي شهر"},
	"short.sub":      {"Mean unserved power by month, national; bands: P10–P90 over samples", "متوسط القدرة غير المجهزة شهريا على المستوى الوطني؛ النطاق: P10–P90 عبر العينات"},
	"short.y":        {"Shortfall (GW)", "العجز (غيغاواط)"},

	"dep.title":      {"%s relies most on Iran: %.0f%% of its supply", "%s الأكثر اعتمادا على إيران: %.0f%% من تجهيزها"},
	"dep.title.tied": {"%s tie as most reliant on Iran: %.0f%% of supply", "%s الأكثر اعتمادا على إيران بالتساوي: %.0f%% من التجهيز"},
	"dep.title.none": {"No governorate relies on Iran in this scenario", "لا تعتمد أي محافظة على إيران في هذا السيناريو"},
	"dep.sub.sites":  {"labels: Iranian lines and Iranian-gas plants in the governorate", "التسميات: الخطوط الإيرانية ومحطات الغاز الإيراني في المحافظة"},
	"dep.lines":      {"Iranian lines %s MW", "خطوط إيرانية %s ميغاواط"},
	"dep.plants":     {"Iranian-gas plants %s MW", "محطات على الغاز الإيراني %s ميغاواط"},
	"dep.sub":        {"Share of each governorate's served energy by origin", "حصة كل مصدر من الطاقة المجهزة لكل محافظة"},
	"dep.x":          {"Share of served energy (%%)", "الحصة من الطاقة المجهزة (%%)"},

	"tor.title":      {"Unserved energy is most sensitive to %s", "الطاقة غير المجهزة أكثر حساسية لعامل: %s"},
	"tor.title.tied": {"Unserved energy is most sensitive to %s (tied)", "الطاقة غير المجهزة أكثر حساسية بالتساوي للعوامل: %s"},
	"tor.sub":        {"Unserved energy with each input at its low and high value; line: central case, %s %s", "الطاقة غير المجهزة عند القيمة الدنيا والعليا لكل مدخل؛ الخط: الحالة المركزية، %s %s"},
	"tor.x":          {"Expected unserved energy (%s per year)", "الطاقة غير المجهزة المتوقعة (%s سنويا)"},

	"out.title":    {"Peak shortfall reaches %.1[2]f GW by %[1]d %[3]s", "بحلول %d يبلغ عجز الذروة %.1f غيغاواط %s"},
	"out.title.ok": {"No peak shortfall through %d", "لا عجز في الذروة حتى %d"},
	"out.sub":      {"Shortfall at the peak-demand hour by study year", "العجز في ساعة ذروة الطلب حسب سنة الدراسة"},
	"out.y":        {"Peak shortfall (GW)", "عجز الذروة (غيغاواط)"},
	"out.x":        {"Study year", "سنة الدراسة"},

	"opt.title": {"%s buys back %.0f%% of the loss", "%s يعوض %.0f%% من الخسارة"},
	"opt.sub":   {"Share of the waiver's energy loss each option recovers", "نسبة خسارة الطاقة بعد انتهاء الإعفاء التي يستعيدها كل خيار"},
	"opt.x":     {"Share of the loss recovered (%%)", "نسبة الخسارة المستعادة (%%)"},
	"opt.from":  {"from %s", "من %s"},
	"opt.comma": {", ", "، "},
}

// months names each month in both languages: English short (axis ticks,
// table columns) and full (titles), and Arabic: the Iraqi (Syriac-derived)
// names of Iraqi official writing, which have one form.
var months = [12]struct{ short, full, ar string }{
	{"Jan", "January", "كانون الثاني"},
	{"Feb", "February", "شباط"},
	{"Mar", "March", "آذار"},
	{"Apr", "April", "نيسان"},
	{"May", "May", "أيار"},
	{"Jun", "June", "حزيران"},
	{"Jul", "July", "تموز"},
	{"Aug", "August", "آب"},
	{"Sep", "September", "أيلول"},
	{"Oct", "October", "تشرين الأول"},
	{"Nov", "November", "تشرين الثاني"},
	{"Dec", "December", "كانون الأول"},
}

// monthName is month m (0-based) in lang: in English the short name, or
// the full one when full is set.
func monthName(lang string, m int, full bool) string {
	switch {
	case lang == LangArabic:
		return months[m].ar
	case full:
		return months[m].full
	}
	return months[m].short
}

func langIndex(lang string) int {
	if lang == LangArabic {
		return 1
	}
	return 0
}

// tr returns the message for key in lang, formatted with args: every
// message is a format string (a literal percent sign is %%), with or
// without arguments. A missing key is a programming error caught by
// TestMessagesComplete.
func tr(lang, key string, args ...any) string {
	m, ok := messages[key]
	if !ok {
		panic("report: no message " + key)
	}
	return fmt.Sprintf(m[langIndex(lang)], args...)
}

// trValue translates a known data value (a region, a method, a policy);
// anything else is returned as given.
func trValue(lang, v string) string {
	m, ok := messages["v."+v]
	switch {
	case !ok:
		return v
	case lang == LangArabic:
		return m[1]
	}
	return m[0]
}
