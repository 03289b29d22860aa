package data

import (
	"strings"
)

// rowCtx reads typed cells of one row and reports what is wrong with them.
type rowCtx struct {
	t    *table
	spec *tableSpec
	i    int
	c    *collector
}

func (r *rowCtx) line() int { return r.t.Line[r.i] }

func (r *rowCtx) problem(col, format string, args ...any) {
	r.c.add(r.t.File, r.t.Name, r.line(), col, format, args...)
}

// raw returns the trimmed cell and whether it is non-empty.
func (r *rowCtx) raw(name string) (string, bool) {
	j := r.t.col(name)
	if j < 0 || j >= len(r.t.Rows[r.i]) {
		return "", false
	}
	s := strings.TrimSpace(r.t.Rows[r.i][j])
	return s, s != ""
}

func (r *rowCtx) colSpec(name string) column {
	for _, c := range r.spec.Columns {
		if c.Name == name {
			return c
		}
	}
	panic("data: column " + name + " not in the schema of " + r.spec.Name)
}

// text returns a text cell; a required empty cell is a problem.
func (r *rowCtx) text(name string) string {
	s, ok := r.raw(name)
	if !ok && r.colSpec(name).Required && r.t.col(name) >= 0 {
		r.problem(name, "is required") // a missing column is reported once, by checkColumns
	}
	return s
}

// id returns an identifier cell: no spaces inside.
func (r *rowCtx) id(name string) string {
	s := r.text(name)
	if strings.ContainsAny(s, " \t") {
		r.problem(name, "must not contain spaces (got %q)", s)
	}
	return s
}

// given returns a cell's raw text and whether it was given, reporting an
// empty required cell (a missing column is reported once, elsewhere).
func (r *rowCtx) given(name string) (string, bool) {
	s, ok := r.raw(name)
	if !ok && r.colSpec(name).Required && r.t.col(name) >= 0 {
		r.problem(name, "is required")
	}
	return s, ok
}

// num returns a number cell and whether it was given. kFrac columns accept
// percentages. An empty optional cell is 0 (the documented default).
func (r *rowCtx) num(name string) (float64, bool) {
	s, ok := r.given(name)
	if !ok {
		return 0, false
	}
	v, err := parseNumber(s, r.colSpec(name).Kind == kFrac)
	if err != nil {
		r.problem(name, "%v", err)
		return 0, false
	}
	return v, true
}

func (r *rowCtx) f(name string) float64 { v, _ := r.num(name); return v }

// integer returns a whole-number cell (0 when empty and optional).
func (r *rowCtx) integer(name string) (int, bool) {
	s, ok := r.given(name)
	if !ok {
		return 0, false
	}
	n, err := parseInt(s)
	if err != nil {
		r.problem(name, "%v", err)
		return 0, false
	}
	return n, true
}

func (r *rowCtx) list(name string) []string {
	s, _ := r.raw(name)
	return parseList(s)
}

// monthly reads the 12 month columns prefix+jan..dec; an empty cell or an
// absent set of columns gives def.
func (r *rowCtx) monthly(prefix string, def float64) [12]float64 {
	var out [12]float64
	for m, name := range months {
		out[m] = def
		if v, ok := r.num(prefix + name); ok {
			out[m] = v
		}
	}
	return out
}

// checkColumns reports missing required and unknown or repeated columns.
func checkColumns(t *table, sp *tableSpec, c *collector) {
	seen := map[string]bool{}
	for j, h := range t.Header {
		if h == "" {
			c.add(t.File, t.Name, 1, "", "column %d has no name", j+1)
			continue
		}
		if seen[h] {
			c.add(t.File, t.Name, 1, h, "the column appears twice")
		}
		seen[h] = true
		known := false
		for _, cs := range sp.Columns {
			known = known || cs.Name == h
		}
		if !known {
			c.add(t.File, t.Name, 1, h, "unknown column (see the columns sheet of the template for the names this table takes)")
		}
	}
	for _, cs := range sp.Columns {
		if cs.Required && !seen[cs.Name] {
			c.add(t.File, t.Name, 0, cs.Name, "required column is missing")
		}
	}
	// A row longer than the header has values under no column.
	for i, rec := range t.Rows {
		if len(rec) > len(t.Header) {
			c.add(t.File, t.Name, t.Line[i], "", "row has %d cells but the header has %d columns", len(rec), len(t.Header))
		}
	}
}

// decodeTables fills a Dataset from the tables read from files.
func decodeTables(tables map[string]*table, c *collector) *Dataset {
	ds := &Dataset{rows: map[string][]int{}, files: map[string]string{}}
	for name, t := range tables {
		ds.rows[name] = t.Line
		ds.files[name] = t.File
		if sp := spec(name); sp != nil {
			checkColumns(t, sp, c)
		}
	}
	each := func(name string, fn func(r *rowCtx)) {
		t := tables[name]
		if t == nil {
			return
		}
		r := &rowCtx{t: t, spec: spec(name), c: c}
		for r.i = range t.Rows {
			fn(r)
		}
	}
	each("zones", func(r *rowCtx) {
		ds.Zones = append(ds.Zones, Zone{
			Code: r.id("code"), Name: r.text("name"), NameAr: r.text("name_ar"), Region: r.id("region"),
			Population: r.f("population"), ClimateFactor: r.f("climate_factor"), PeakMW: r.f("peak_mw"),
			Lat: r.f("lat"), Lon: r.f("lon"), Source: r.text("source"), Note: r.text("note"),
		})
	})
	each("units", func(r *rowCtx) {
		u := Unit{
			ID: r.id("id"), Name: r.text("name"), Zone: r.id("zone"), Technology: r.id("technology"), Fuel: r.id("fuel"),
			NameplateMW: r.f("nameplate_mw"), CapacityMW: r.f("capacity_mw"), Profile: r.id("profile"),
			TempDerate: r.f("temp_derate"), MWPerMCMD: r.f("mw_per_mcmd"), LiquidFactor: r.f("liquid_factor"),
			Source: r.text("source"), Note: r.text("note"),
		}
		u.Units = 1
		if n, ok := r.integer("units"); ok {
			u.Units = n
		}
		u.InService, _ = r.integer("in_service")
		u.Retired, _ = r.integer("retired")
		forv, forGiven := r.num("for")
		mttf, mttfGiven := r.num("mttf_h")
		u.MTTR = r.f("mttr_h")
		u.MaintenanceWeeks = r.f("maintenance_weeks")
		u.FOR = forv
		switch {
		case mttfGiven:
			u.MTTF = mttf
			if rule := checkField("units", "mttf_h", mttf); rule != "" {
				r.problem("mttf_h", "%s", rule)
			}
			if !forGiven && mttf+u.MTTR > 0 {
				u.FOR = roundTo(u.MTTR/(mttf+u.MTTR), 9)
			}
		case forGiven:
			if forv > 0 && forv < 1 {
				u.MTTF = roundTo(u.MTTR*(1-forv)/forv, 6)
			}
		default:
			r.problem("for", "give for or mttf_h (with mttr_h)")
		}
		if forGiven && mttfGiven && mttf+u.MTTR > 0 {
			if d := forv - u.MTTR/(mttf+u.MTTR); d > 0.005 || d < -0.005 {
				r.problem("for", "disagrees with mttr_h/(mttf_h+mttr_h) = %.4g (got %g)", u.MTTR/(mttf+u.MTTR), forv)
			}
		}
		ds.Units = append(ds.Units, u)
	})
	each("fuels", func(r *rowCtx) {
		f := Fuel{ID: r.id("id"), Name: r.text("name"), Origin: r.id("origin"),
			Contracted: r.f("contracted_mcmd"), Delivered: r.f("delivered_mcmd"), Monthly: r.monthly("", 1),
			Tags: r.list("tags"), Source: r.text("source"), Note: r.text("note")}
		f.InService, _ = r.integer("in_service")
		f.Retired, _ = r.integer("retired")
		ds.Fuels = append(ds.Fuels, f)
	})
	each("links", func(r *rowCtx) {
		l := Link{ID: r.id("id"), Name: r.text("name"), Country: r.id("country"), Zone: r.id("zone"),
			CapacityMW: r.f("capacity_mw"), Monthly: r.monthly("", 1), FOR: r.f("for"), MTTR: r.f("mttr_h"),
			Tags: r.list("tags"), Status: r.id("status"), Source: r.text("source"), Note: r.text("note")}
		l.InService, _ = r.integer("in_service")
		l.Retired, _ = r.integer("retired")
		ds.Links = append(ds.Links, l)
	})
	each("corridors", func(r *rowCtx) {
		k := Corridor{From: r.id("from"), To: r.id("to"), CapacityMW: r.f("capacity_mw"),
			FOR: r.f("for"), MTTR: r.f("mttr_h"), Source: r.text("source"), Note: r.text("note")}
		k.ReverseMW = k.CapacityMW
		if v, ok := r.num("reverse_mw"); ok {
			k.ReverseMW = v
		}
		ds.Corridors = append(ds.Corridors, k)
	})
	each("allocation", func(r *rowCtx) {
		ds.Allocation = append(ds.Allocation, Allocation{Zone: r.id("zone"), Share: r.f("share"), LocalCredit: r.f("local_credit"),
			EmergencyFrac: r.f("emergency_frac"), IntakeMW: r.f("intake_mw"), Source: r.text("source"), Note: r.text("note")})
	})
	each("hydro", func(r *rowCtx) {
		ds.Hydro = append(ds.Hydro, Hydro{Unit: r.id("unit"), MeanMW: r.f("mean_mw"), BudgetGWh: r.monthly("", 0),
			Source: r.text("source"), Note: r.text("note")})
	})
	each("climate", func(r *rowCtx) {
		ds.Climate = append(ds.Climate, Climate{Zone: r.id("zone"), MaxC: r.monthly("max_", 0), MinC: r.monthly("min_", 0),
			Source: r.text("source"), Note: r.text("note")})
	})
	each("params", func(r *rowCtx) {
		ds.Params = append(ds.Params, Param{Name: r.id("name"), Value: r.f("value"), Unit: r.text("unit"),
			Source: r.text("source"), Note: r.text("note")})
	})
	each("sources", func(r *rowCtx) {
		ds.Sources = append(ds.Sources, Source{ID: r.id("id"), Kind: r.id("kind"), Title: r.text("title"),
			Publisher: r.text("publisher"), Date: r.text("date"), URL: r.text("url"), Note: r.text("note")})
	})
	return ds
}
