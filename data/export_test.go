package data

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// stripOrigin clears the fields that say where a dataset came from, leaving
// its content.
func stripOrigin(ds *Dataset) *Dataset {
	c := ds.Clone()
	c.Origin, c.Year, c.rows, c.files = "", 0, nil, nil
	return c
}

func TestExportRoundTrip(t *testing.T) {
	emb, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"csv", "xlsx"} {
		t.Run(format, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "template")
			if format == "xlsx" {
				path += ".xlsx"
			}
			if err := Export(emb, format, path); err != nil {
				t.Fatal(err)
			}
			// Export again over the first: replaced in place.
			if err := Export(emb, format, path); err != nil {
				t.Fatal(err)
			}
			back, err := Load(path)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(stripOrigin(back), stripOrigin(emb)) {
				a, b := stripOrigin(back), stripOrigin(emb)
				for _, x := range []struct {
					n    string
					p, q any
				}{{"zones", a.Zones, b.Zones}, {"units", a.Units, b.Units}, {"fuels", a.Fuels, b.Fuels}, {"links", a.Links, b.Links},
					{"corridors", a.Corridors, b.Corridors}, {"hydro", a.Hydro, b.Hydro}, {"climate", a.Climate, b.Climate},
					{"params", a.Params, b.Params}, {"sources", a.Sources, b.Sources}, {"demand", a.Demand, b.Demand},
					{"temperature", a.Temperature, b.Temperature}, {"profiles", a.Profiles, b.Profiles}} {
					if !reflect.DeepEqual(x.p, x.q) {
						t.Errorf("%s differs after the %s round trip", x.n, format)
					}
				}
			}
			if back.Hash() != emb.Hash() {
				t.Errorf("hash changed: %s vs %s", back.Hash(), emb.Hash())
			}
			ents, _ := os.ReadDir(dir)
			if len(ents) != 1 {
				t.Errorf("temporary files left behind: %v", ents)
			}
		})
	}
}

// The template documents the optional planned-maintenance column and its
// default (absence means no planned maintenance).
func TestReadmeDocumentsMaintenance(t *testing.T) {
	emb, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	md := readmeText(emb, "md")
	if !strings.Contains(md, "| maintenance_weeks |  | weeks per year |") || !strings.Contains(md, "default 0 = no planned maintenance") {
		t.Error("README does not document units.maintenance_weeks as optional with its default")
	}
}
