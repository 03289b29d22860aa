package data

// sourceRef is one row's source column: the table, the row's index in it
// and the ids as written.
type sourceRef struct {
	Table string
	Row   int
	IDs   string
}

// sourceRefs lists the source column of every row of every table that
// carries one, so checks walk them in one place.
func (ds *Dataset) sourceRefs() []sourceRef {
	var refs []sourceRef
	add := func(table string, n int, src func(int) string) {
		for i := 0; i < n; i++ {
			refs = append(refs, sourceRef{table, i, src(i)})
		}
	}
	add("zones", len(ds.Zones), func(i int) string { return ds.Zones[i].Source })
	add("units", len(ds.Units), func(i int) string { return ds.Units[i].Source })
	add("fuels", len(ds.Fuels), func(i int) string { return ds.Fuels[i].Source })
	add("links", len(ds.Links), func(i int) string { return ds.Links[i].Source })
	add("corridors", len(ds.Corridors), func(i int) string { return ds.Corridors[i].Source })
	add("allocation", len(ds.Allocation), func(i int) string { return ds.Allocation[i].Source })
	add("hydro", len(ds.Hydro), func(i int) string { return ds.Hydro[i].Source })
	add("climate", len(ds.Climate), func(i int) string { return ds.Climate[i].Source })
	add("params", len(ds.Params), func(i int) string { return ds.Params[i].Source })
	return refs
}
