package data

import (
	"cmp"
	"slices"
)

// Clone returns a deep copy of the dataset.
func (ds *Dataset) Clone() *Dataset {
	c := *ds
	c.Zones = slices.Clone(ds.Zones)
	c.Units = slices.Clone(ds.Units)
	c.Fuels = slices.Clone(ds.Fuels)
	for i := range c.Fuels {
		c.Fuels[i].Tags = slices.Clone(c.Fuels[i].Tags)
	}
	c.Links = slices.Clone(ds.Links)
	for i := range c.Links {
		c.Links[i].Tags = slices.Clone(c.Links[i].Tags)
	}
	c.Corridors = slices.Clone(ds.Corridors)
	c.Hydro = slices.Clone(ds.Hydro)
	c.Allocation = slices.Clone(ds.Allocation)
	c.Climate = slices.Clone(ds.Climate)
	c.Params = slices.Clone(ds.Params)
	c.Sources = slices.Clone(ds.Sources)
	c.Demand = ds.Demand.clone()
	c.Temperature = ds.Temperature.clone()
	c.Profiles = ds.Profiles.clone()
	c.rows = map[string][]int{}
	for k, v := range ds.rows {
		c.rows[k] = slices.Clone(v)
	}
	c.files = map[string]string{}
	for k, v := range ds.files {
		c.files[k] = v
	}
	return &c
}

func (h *Hourly) clone() *Hourly {
	if h == nil {
		return nil
	}
	c := &Hourly{Columns: slices.Clone(h.Columns), Start: h.Start, Values: make([][]float64, len(h.Values))}
	for i, v := range h.Values {
		c.Values[i] = slices.Clone(v)
	}
	return c
}

// sortProblems orders problems by file, table, row and column so messages
// are deterministic.
func sortProblems(ps Problems) Problems {
	slices.SortStableFunc(ps, func(a, b Problem) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Table, b.Table), cmp.Compare(a.Row, b.Row), cmp.Compare(a.Column, b.Column))
	})
	return ps
}
