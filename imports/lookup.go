package imports

import (
	"fmt"
	"os"
	"strings"
)

// AsIs is the scenario that leaves the tables as given: used for user data
// (RTS-79 and the like) and the validation benchmarks. "none" is an alias.
const AsIs = "as-is"

// Lookup finds a scenario by name: a built-in ("baseline", "gcc-link"...),
// a YAML file path (ending .yaml or .yml, or an existing file), or a
// combination "base+mitigation+…" such as "waiver-ended+gcc-link+fsru"
// whose parts are any of those.
func Lookup(name string) (Scenario, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return Scenario{}, fmt.Errorf("scenario name is empty (built-ins: %s)", strings.Join(builtinNames(), ", "))
	}
	if parts := strings.Split(name, "+"); len(parts) > 1 && !isFile(name) {
		for i, p := range parts {
			parts[i] = strings.TrimSpace(p)
			if _, err := lookupOne(parts[i]); err != nil {
				return Scenario{}, fmt.Errorf("scenario %q: %w", name, err)
			}
		}
		return Scenario{Name: name, Base: parts[0], Mitigations: parts[1:],
			Description: "combination of " + strings.Join(parts, ", ")}, nil
	}
	return lookupOne(name)
}

func lookupOne(name string) (Scenario, error) {
	if strings.EqualFold(name, "none") {
		name = AsIs
	}
	for _, s := range Builtins() {
		if strings.EqualFold(s.Name, name) {
			return s, nil
		}
	}
	if isFile(name) || strings.HasSuffix(name, ".yaml") || strings.HasSuffix(name, ".yml") {
		return ReadScenarioFile(name)
	}
	return Scenario{}, fmt.Errorf("unknown scenario %q (built-ins: %s; or a YAML file path)", name, strings.Join(builtinNames(), ", "))
}

func isFile(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.Mode().IsRegular()
}

func builtinNames() []string {
	var n []string
	for _, s := range Builtins() {
		n = append(n, s.Name)
	}
	return n
}

// layers flattens a scenario into the ordered list of scenarios whose
// changes apply: its base's layers, itself, then each mitigation's layers.
func (s Scenario) layers() ([]*Scenario, error) {
	var out []*Scenario
	var walk func(s Scenario, stack []string) error
	walk = func(s Scenario, stack []string) error {
		key := strings.ToLower(s.Name)
		if s.file != "" {
			key = s.file
		}
		for _, k := range stack {
			if k == key {
				return fmt.Errorf("scenario %q refers to itself (%s)", s.Name, strings.Join(append(stack, key), " → "))
			}
		}
		stack = append(stack, key)
		if s.Base != "" {
			b, err := Lookup(s.Base)
			if err != nil {
				return fmt.Errorf("scenario %q: base: %w", s.Name, err)
			}
			if err := walk(b, stack); err != nil {
				return err
			}
		}
		sc := s
		out = append(out, &sc)
		for _, m := range s.Mitigations {
			ms, err := Lookup(m)
			if err != nil {
				return fmt.Errorf("scenario %q: mitigations: %w", s.Name, err)
			}
			if err := walk(ms, stack); err != nil {
				return err
			}
		}
		return nil
	}
	base := s
	base.then = nil
	if err := walk(base, nil); err != nil {
		return nil, err
	}
	for i := range s.then {
		out = append(out, &s.then[i])
	}
	return out, nil
}

// With returns a scenario that applies s and then extra's own changes
// (extra's Base and Mitigations are not followed). Replace, Sensitivity and
// Dependency use it to add one change to a caller's scenario.
func (s Scenario) With(extra Scenario) Scenario {
	out := s
	out.Name = s.Name + "+" + extra.Name
	extra.Base, extra.Mitigations = "", nil
	out.then = append(append([]Scenario{}, s.then...), extra)
	return out
}
