package data

import (
	"strconv"
	"strings"
)

// Rows renders the dataset as tables of text cells (header first), the one
// canonical form that export and Hash share. Numbers are written so they
// parse back to the same float64; zero optional values are left empty only
// where empty means the same thing (years, tags, text).

// cells is a table in text form.
type cells struct {
	name string
	rows [][]string
}

func num(v float64) string { return formatNumber(v) }

func year(y int) string {
	if y == 0 {
		return ""
	}
	return strconv.Itoa(y)
}

func header(name string) []string {
	sp := spec(name)
	h := make([]string, len(sp.Columns))
	for i, c := range sp.Columns {
		h[i] = c.Name
	}
	return h
}

func monthly(v [12]float64) []string {
	out := make([]string, 12)
	for i, x := range v {
		out[i] = num(x)
	}
	return out
}

func join(parts ...any) []string {
	var out []string
	for _, p := range parts {
		switch x := p.(type) {
		case string:
			out = append(out, x)
		case []string:
			out = append(out, x...)
		default:
			panic("data: join of unexpected type")
		}
	}
	return out
}

// tablesOf renders every non-empty table of the dataset, in schema order
// followed by the hourly tables.
func tablesOf(ds *Dataset) []cells {
	var out []cells
	add := func(name string, n int, row func(i int) []string) {
		if n == 0 {
			return
		}
		c := cells{name: name, rows: [][]string{header(name)}}
		for i := 0; i < n; i++ {
			r := row(i)
			if len(r) != len(c.rows[0]) {
				panic("data: row width of " + name + " does not match its schema")
			}
			c.rows = append(c.rows, r)
		}
		out = append(out, c)
	}
	add("zones", len(ds.Zones), func(i int) []string {
		z := ds.Zones[i]
		return []string{z.Code, z.Name, z.NameAr, z.Region, num(z.Population), num(z.ClimateFactor), num(z.PeakMW), num(z.Lat), num(z.Lon), z.Source, z.Note}
	})
	add("units", len(ds.Units), func(i int) []string {
		u := ds.Units[i]
		return []string{u.ID, u.Name, u.Zone, u.Technology, u.Fuel, num(u.NameplateMW), num(u.CapacityMW), strconv.Itoa(u.Units),
			num(u.FOR), num(u.MTTF), num(u.MTTR), num(u.MaintenanceWeeks), num(u.TempDerate), num(u.MWPerMCMD), num(u.LiquidFactor),
			year(u.InService), year(u.Retired), u.Profile, u.Source, u.Note}
	})
	add("fuels", len(ds.Fuels), func(i int) []string {
		f := ds.Fuels[i]
		return join(f.ID, f.Name, f.Origin, num(f.Contracted), num(f.Delivered), monthly(f.Monthly),
			year(f.InService), year(f.Retired), strings.Join(f.Tags, ";"), f.Source, f.Note)
	})
	add("links", len(ds.Links), func(i int) []string {
		l := ds.Links[i]
		return join(l.ID, l.Name, l.Country, l.Zone, num(l.CapacityMW), monthly(l.Monthly), num(l.FOR), num(l.MTTR),
			year(l.InService), year(l.Retired), strings.Join(l.Tags, ";"), l.Status, l.Source, l.Note)
	})
	add("corridors", len(ds.Corridors), func(i int) []string {
		k := ds.Corridors[i]
		return []string{k.From, k.To, num(k.CapacityMW), num(k.ReverseMW), num(k.FOR), num(k.MTTR), k.Source, k.Note}
	})
	add("allocation", len(ds.Allocation), func(i int) []string {
		a := ds.Allocation[i]
		return []string{a.Zone, num(a.Share), num(a.LocalCredit), num(a.EmergencyFrac), num(a.IntakeMW), a.Source, a.Note}
	})
	add("hydro", len(ds.Hydro), func(i int) []string {
		h := ds.Hydro[i]
		return join(h.Unit, num(h.MeanMW), monthly(h.BudgetGWh), h.Source, h.Note)
	})
	add("climate", len(ds.Climate), func(i int) []string {
		c := ds.Climate[i]
		return join(c.Zone, monthly(c.MaxC), monthly(c.MinC), c.Source, c.Note)
	})
	add("params", len(ds.Params), func(i int) []string {
		p := ds.Params[i]
		return []string{p.Name, num(p.Value), p.Unit, p.Source, p.Note}
	})
	add("sources", len(ds.Sources), func(i int) []string {
		s := ds.Sources[i]
		return []string{s.ID, s.Kind, s.Title, s.Publisher, s.Date, s.URL, s.Note}
	})
	for _, h := range []struct {
		name string
		t    *Hourly
	}{{"demand", ds.Demand}, {"temperature", ds.Temperature}, {"profiles", ds.Profiles}} {
		if c, ok := hourlyCells(h.name, h.t); ok {
			out = append(out, c)
		}
	}
	return out
}

const timeLayout = "2006-01-02T15:04"

// hourlyCells renders an hourly table with a "time" column when its start
// is known, else an "hour" column.
func hourlyCells(name string, h *Hourly) (cells, bool) {
	if h == nil || len(h.Values) == 0 {
		return cells{}, false
	}
	first := "hour"
	if !h.Start.IsZero() {
		first = "time"
	}
	c := cells{name: name, rows: [][]string{append([]string{first}, h.Columns...)}}
	for i := range h.Values[0] {
		r := make([]string, 0, len(h.Columns)+1)
		if first == "hour" {
			r = append(r, strconv.Itoa(i+1))
		} else {
			r = append(r, h.Start.Add(hourDur(i)).In(Baghdad).Format(timeLayout))
		}
		for k := range h.Columns {
			r = append(r, num(h.Values[k][i]))
		}
		c.rows = append(c.rows, r)
	}
	return c, true
}
