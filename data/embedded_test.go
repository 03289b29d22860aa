package data

import (
	"testing"
)

func TestEmbeddedLoads(t *testing.T) {
	ds, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	if len(ds.Zones) != 19 {
		t.Errorf("zones = %d, want 19", len(ds.Zones))
	}
	if ds.Demand == nil || len(ds.Demand.Values[0]) != 8760 {
		t.Fatalf("demand not synthesized for 2025 (8760 h)")
	}
}
