package report

import (
	"bytes"
	"encoding/json"
	"math"
	"reflect"
	"strings"
	"testing"
)

func TestWriteJSONGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteJSON(&buf, fakeDocument()); err != nil {
		t.Fatal(err)
	}
	golden(t, "json_document.golden", buf.Bytes())
	// The documented contract's keys are present.
	for _, key := range []string{`"samples"`, `"seed"`, `"method"`, `"scenarios"`, `"system"`, `"zones"`, `"lole_h"`, `"lole_se"`,
		`"eue_mwh"`, `"eue_se"`, `"supply_hours_per_day"`, `"peak_demand_mw"`, `"peak_supply_mw"`, `"peak_shortfall_mw"`, `"code"`, `"name"`} {
		if !strings.Contains(buf.String(), key) {
			t.Errorf("JSON lacks %s", key)
		}
	}
}

func TestJSONRoundTrip(t *testing.T) {
	doc := fakeDocument()
	var a, b bytes.Buffer
	if err := WriteJSON(&a, doc); err != nil {
		t.Fatal(err)
	}
	back, err := ReadJSON(bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(doc, back) {
		t.Error("document read back differs from the one written")
	}
	if err := WriteJSON(&b, back); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("writing the read-back document gives different bytes")
	}
}

func TestWriteJSONDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	if err := WriteJSON(&a, fakeDocument()); err != nil {
		t.Fatal(err)
	}
	if err := WriteJSON(&b, fakeDocument()); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("identical documents gave different JSON")
	}
}

func TestWriteJSONRejectsNonFinite(t *testing.T) {
	for _, c := range []struct {
		set  func(d *Document)
		path string
	}{
		{func(d *Document) { d.Scenarios[1].Zones[3].EUE = math.NaN() }, "scenarios[1].zones[3].eue_mwh"},
		{func(d *Document) { d.Scenarios[0].System.MonthlyPDaysBelow[6][2] = math.Inf(1) }, "scenarios[0].system.monthly_p_day_below_4_8_12h[6][2]"},
		{func(d *Document) { d.Comparisons[0].System.DeltaEUESE = math.Inf(-1) }, "comparisons[0].system.delta_eue_se"},
	} {
		doc := fakeDocument()
		c.set(doc)
		var buf bytes.Buffer
		err := WriteJSON(&buf, doc)
		if err == nil || !strings.Contains(err.Error(), c.path) {
			t.Errorf("want an error naming %s, got %v", c.path, err)
		}
		if buf.Len() != 0 {
			t.Error("nothing may be written when the document is rejected")
		}
	}
}

func TestReadJSONErrors(t *testing.T) {
	for _, in := range []string{`{"samples": 1, "scenarios": [{"name":"a"}], "bogus": 2}`, `{"samples": 1}`, `{"scenarios": [{"name":"a"}]} {}`, `not json`} {
		if _, err := ReadJSON(strings.NewReader(in)); err == nil {
			t.Errorf("ReadJSON(%q) should fail", in)
		}
	}
}

// Issue 14 item 15: a result is validated before it is drawn: a document
// WriteJSON wrote reads back; one with 99 h a day, negative energy, 1e308
// or a short monthly series is refused naming the JSON path and the rule.
func TestReadJSONValidates(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteJSON(&buf, fakeDocument()); err != nil {
		t.Fatal(err)
	}
	good := buf.String()
	if _, err := ReadJSON(strings.NewReader(good)); err != nil {
		t.Fatalf("a written document does not read back: %v", err)
	}
	sys := func(v map[string]any) map[string]any {
		return v["scenarios"].([]any)[0].(map[string]any)["system"].(map[string]any)
	}
	for _, c := range []struct {
		name string
		edit func(map[string]any)
		want string
	}{
		{"99 h a day", func(v map[string]any) { sys(v)["supply_hours_per_day"] = 99 }, "scenarios[0].system.supply_hours_per_day = 99: hours per day"},
		{"negative energy", func(v map[string]any) { sys(v)["eue_mwh"] = -5 }, "scenarios[0].system.eue_mwh = -5: must not be negative"},
		{"1e308", func(v map[string]any) { sys(v)["peak_demand_mw"] = 1e308 }, "scenarios[0].system.peak_demand_mw = 1e+308: must be a finite number"},
		{"short monthly series", func(v map[string]any) { sys(v)["monthly_eue_mwh"] = []any{1, 2} }, "scenarios[0].system.monthly_eue_mwh: a monthly series needs 12 values"},
		{"probability above 1", func(v map[string]any) { sys(v)["p_day_below_12h"] = 1.5 }, "probability or share"},
	} {
		var v map[string]any
		if err := json.Unmarshal([]byte(good), &v); err != nil {
			t.Fatal(err)
		}
		c.edit(v)
		b, _ := json.Marshal(v)
		_, err := ReadJSON(bytes.NewReader(b))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want it to name %q", c.name, err, c.want)
		}
	}
}
