package main

import (
	"strings"
	"testing"
)

// FuzzParseConfig: any bytes give entries for known flags only, or an error
// that names the file; never a panic.
func FuzzParseConfig(f *testing.F) {
	names := flagNames(newRunEnv(nil, nil).newApp().Commands)
	f.Add([]byte("seed: 11\nsamples: 4\nscenario: [waiver-ended]\n"))
	f.Add([]byte("samples: 4\nsaples: 5\n"))
	f.Add([]byte("scenario:\n  - [a]\n"))
	f.Add([]byte("\xef\xbb\xbfyear: 2026\r\nlang: ar\r\n"))
	f.Add([]byte("? [a]\n: 1\n"))
	f.Add([]byte("samples: 4\nn: 5\n"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		entries, err := parseConfig("fuzz.yaml", raw, names)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "config fuzz.yaml") {
				t.Fatalf("error without the file name: %v", err)
			}
			return
		}
		seen := map[string]bool{}
		for _, e := range entries {
			if _, ok := names[e.key]; !ok {
				t.Fatalf("accepted unknown key %q", e.key)
			}
			if seen[names[e.key]] {
				t.Fatalf("accepted %q twice", e.key)
			}
			seen[names[e.key]] = true
		}
	})
}

func TestParseConfigRejects(t *testing.T) {
	names := flagNames(newRunEnv(nil, nil).newApp().Commands)
	cases := []struct{ name, yaml, want string }{
		{"unknown key", "samples: 4\nsaples: 5\n", `line 2 column 1: unknown key "saples"`},
		{"nested list", "scenario:\n  - [a]\n", "line 2 column 5: scenario: want a list of plain values"},
		{"mapping value", "seed: {a: 1}\n", "line 1 column 7: seed: want a value or a list"},
		{"not a mapping", "- seed\n", "line 1: want a mapping"},
		{"complex key", "? [a]\n: 1\n", "unknown key"},
		{"duplicate key", "samples: 4\nseed: 2\nsamples: 5\n", "line 3 column 1: samples is given twice (first as samples on line 1)"},
		{"duplicate through an alias", "samples: 4\nn: 5\n", "line 2 column 1: n is given twice (first as samples on line 1)"},
		{"a config naming a config", "config: other.yaml\n", "cannot name another config file"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := parseConfig("x.yaml", []byte(c.yaml), names)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("got %v, want an error containing %q", err, c.want)
			}
		})
	}
}
