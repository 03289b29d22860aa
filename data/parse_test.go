package data

import (
	"testing"
	"time"
)

func TestParseNumber(t *testing.T) {
	cases := []struct {
		in   string
		pct  bool
		want float64
		ok   bool
	}{
		{"12%", true, 0.12, true},
		{" 12 % ", true, 0.12, true},
		{"٪١٢", true, 0, false}, // percent sign first is not a number
		{"١٢٫٥", false, 12.5, true},
		{"0.12", true, 0.12, true},
		{"12%", false, 0, false},
		{"1,5", false, 0, false},
		{"NaN", false, 0, false},
		{"-Inf", false, 0, false},
		{"1e400", false, 0, false},
		{"", false, 0, false},
	}
	for _, c := range cases {
		got, err := parseNumber(c.in, c.pct)
		if (err == nil) != c.ok || (c.ok && got != c.want) {
			t.Errorf("parseNumber(%q, %v) = %v, %v; want %v ok=%v", c.in, c.pct, got, err, c.want, c.ok)
		}
	}
}

func TestParseTime(t *testing.T) {
	want := time.Date(2025, 7, 1, 15, 0, 0, 0, Baghdad)
	for _, in := range []string{"2025-07-01T15:00", "2025-07-01 15:00:00", "2025-07-01T12:00:00Z", "2025-07-01T15:00:00+03:00", "45839.625"} {
		got, ok := parseTime(in)
		if !ok || !got.Equal(want) {
			t.Errorf("parseTime(%q) = %v, %v; want %v", in, got, ok, want)
		}
	}
	if _, ok := parseTime("1 July"); ok {
		t.Error("parseTime accepted 1 July")
	}
}
