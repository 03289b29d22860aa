package data

// Column returns the series of a column, or nil.
func (h *Hourly) Column(name string) []float64 {
	if h == nil {
		return nil
	}
	for i, c := range h.Columns {
		if c == name {
			return h.Values[i]
		}
	}
	return nil
}
