package imports

import (
	"fmt"

	"gridrisk/data"
	"gridrisk/grid"
)

// ZoneAllocation is one zone's row of the shares policy as the model uses
// it: the table's values with the derived shares filled in.
type ZoneAllocation struct {
	Code string
	// Share is the zone's fraction of its region's pooled supply.
	Share float64
	// ShareDerived says the share was not given: it is the zone's part of
	// what the given shares leave, by population × climate_factor (or by
	// demand energy when populations are missing).
	ShareDerived  bool
	LocalCredit   float64
	EmergencyFrac float64
	IntakeMW      float64
	Source        string
}

// Allocations resolves the allocation table against the zones (table
// order): every zone gets a row, zones without one the defaults (share
// derived, no credit, no emergency feeders, no intake limit).
func Allocations(ds *data.Dataset) ([]ZoneAllocation, error) {
	byZone := map[string]data.Allocation{}
	for _, a := range ds.Allocation {
		byZone[a.Zone] = a
	}
	out := make([]ZoneAllocation, len(ds.Zones))
	given := map[string]float64{}    // region → Σ given shares
	basis := map[string]float64{}    // region → Σ basis of zones to derive
	missing := map[string][]string{} // region → zones to derive
	perCapita := true
	for _, z := range ds.Zones {
		if z.Population <= 0 || z.ClimateFactor <= 0 {
			perCapita = false
		}
	}
	base := make([]float64, len(ds.Zones))
	for i, z := range ds.Zones {
		a := byZone[z.Code]
		out[i] = ZoneAllocation{Code: z.Code, Share: a.Share, LocalCredit: a.LocalCredit,
			EmergencyFrac: a.EmergencyFrac, IntakeMW: a.IntakeMW, Source: a.Source}
		if a.Share > 0 {
			given[z.Region] += a.Share
			continue
		}
		out[i].ShareDerived = true
		if perCapita {
			base[i] = z.Population * z.ClimateFactor
		} else {
			for _, v := range column(ds.Demand, z.Code) {
				base[i] += v
			}
		}
		basis[z.Region] += base[i]
		missing[z.Region] = append(missing[z.Region], z.Code)
	}
	for i, z := range ds.Zones {
		if !out[i].ShareDerived {
			continue
		}
		left := 1 - given[z.Region]
		if left <= 1e-9 || basis[z.Region] <= 0 {
			return nil, fmt.Errorf("allocation: the %s zones' given shares add up to %.4g, leaving nothing for %v; give them shares or lower the others",
				regionName(z.Region), given[z.Region], missing[z.Region])
		}
		out[i].Share = left * base[i] / basis[z.Region]
	}
	return out, nil
}

func regionName(r string) string {
	if r == "" {
		return "unnamed-region"
	}
	return r
}

// shareWeights turns regional share fractions into grid weights on one
// scale: share × the region's demand energy, so a tie between regions
// compares like with like.
func shareWeights(ds *data.Dataset, al []ZoneAllocation, demand [][]float64) []float64 {
	energy := map[string]float64{}
	for i, z := range ds.Zones {
		for _, v := range demand[i] {
			energy[z.Region] += v
		}
	}
	w := make([]float64, len(al))
	for i, z := range ds.Zones {
		w[i] = al[i].Share * energy[z.Region]
	}
	return w
}

// allocate sets the shares policy's inputs on the built system: each
// zone's share weight, credit and emergency fraction; imports credited to
// the zone they land in; and, for a zone with an intake limit, a junction
// that all its corridors meet before one corridor of intake_mw into it
// (exports are not limited by it).
func (b *built) allocate(ds *data.Dataset) error {
	al, err := Allocations(ds)
	if err != nil {
		return err
	}
	s := b.sys
	n := len(ds.Zones)
	dem := make([][]float64, n)
	for i := range n {
		dem[i] = s.Zones[i].Demand
	}
	w := shareWeights(ds, al, dem)
	for i, a := range al {
		z := &s.Zones[i]
		z.Share, z.LocalCredit, z.EmergencyFrac = w[i], a.LocalCredit, a.EmergencyFrac
	}
	s.CreditedSources = make([]bool, len(s.Sources))
	for k, name := range s.Sources {
		s.CreditedSources[k] = name == SrcIranianElec || name == SrcOtherImport
	}
	for i, a := range al {
		if a.IntakeMW <= 0 {
			continue
		}
		j := len(s.Zones)
		s.Zones = append(s.Zones, grid.Zone{Code: a.Code + "~intake", Name: s.Zones[i].Name + " intake",
			Demand: make([]float64, s.Hours), Junction: true})
		out := 0.0
		for k := range s.Corridors {
			c := &s.Corridors[k]
			switch i {
			case c.From:
				c.From, out = j, out+c.ForwardMW
			case c.To:
				c.To, out = j, out+c.BackwardMW
			}
		}
		s.Corridors = append(s.Corridors, grid.Corridor{From: j, To: i, ForwardMW: a.IntakeMW, BackwardMW: out})
	}
	return nil
}
