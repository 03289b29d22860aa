package imports

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"
)

// ReadScenarioFile reads a YAML scenario file (see ParseScenario).
func ReadScenarioFile(path string) (Scenario, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return Scenario{}, fmt.Errorf("scenario file: %w", err)
	}
	return ParseScenario(path, raw)
}

func lookupBuiltin(name string) (Scenario, error) {
	for _, s := range Builtins() {
		if strings.EqualFold(s.Name, name) {
			return s, nil
		}
	}
	return Scenario{}, fmt.Errorf("no built-in %q", name)
}

// ParseScenario decodes a YAML scenario. A user starts from a built-in:
//
//	name: my-case
//	base: waiver-ended
//	mitigations: [gcc-link]
//	pools:
//	  - tag: iran
//	    total_mcmd: 10
//	demand: {growth: 0.06}
//
// Unknown keys, wrong types and bad values are errors naming the file, line
// and column. Base and mitigation names are checked to exist; their own
// content is read when the scenario is built.
func ParseScenario(file string, raw []byte) (Scenario, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(raw, &doc); err != nil {
		return Scenario{}, fmt.Errorf("scenario %s: %v", file, err)
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return Scenario{}, fmt.Errorf("scenario %s: the file is empty", file)
	}
	d := &decoder{file: file, pos: map[string]*yaml.Node{}}
	var s Scenario
	if err := d.decode(doc.Content[0], reflect.ValueOf(&s).Elem(), ""); err != nil {
		return Scenario{}, err
	}
	named := s.Name != ""
	if !named {
		s.Name = strings.TrimSuffix(strings.TrimSuffix(filepath.Base(file), ".yaml"), ".yml")
	}
	// A file named like a built-in would shadow it: two columns "baseline"
	// that are not the same scenario.
	if _, err := lookupBuiltin(s.Name); err == nil || strings.EqualFold(s.Name, "none") {
		if named {
			return Scenario{}, d.errAt(d.pos["name"], "name", fmt.Sprintf("%q is the name of a built-in scenario; give the file's scenario its own name (it may use base: %s)", s.Name, s.Name))
		}
		return Scenario{}, fmt.Errorf("scenario %s: the file name makes the scenario's name %q, a built-in's; add a name: key with its own name", file, s.Name)
	}
	s.file = file
	s.pos = make(map[string]srcPos, len(d.pos))
	for p, n := range d.pos {
		s.pos[p] = srcPos{n.Line, n.Column}
	}
	// Relative base and mitigation paths are relative to the file.
	dir := filepath.Dir(file)
	rel := func(n string) string {
		if _, err := lookupBuiltin(n); err == nil || filepath.IsAbs(n) || isFile(n) {
			return n
		}
		if p := filepath.Join(dir, n); isFile(p) {
			return p
		}
		return n
	}
	if s.Base != "" {
		s.Base = rel(s.Base)
	}
	for i, m := range s.Mitigations {
		s.Mitigations[i] = rel(m)
	}
	if errs := s.check(); len(errs) > 0 {
		e := errs[0]
		return Scenario{}, d.errAt(d.nodeFor(e.path), e.path, e.msg)
	}
	return s, nil
}

// YAML renders the scenario as a YAML file a user can copy and edit
// (`gridrisk scenarios show NAME`).
func (s Scenario) YAML() ([]byte, error) {
	var buf bytes.Buffer
	if s.Description != "" {
		fmt.Fprintf(&buf, "# %s\n", s.Name)
	}
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(s); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

type decoder struct {
	file string
	pos  map[string]*yaml.Node // field path → value node
}

func (d *decoder) errAt(n *yaml.Node, path, msg string) error {
	if n == nil {
		return fmt.Errorf("scenario %s: %s: %s", d.file, path, msg)
	}
	if path == "" {
		return fmt.Errorf("scenario %s line %d column %d: %s", d.file, n.Line, n.Column, msg)
	}
	return fmt.Errorf("scenario %s line %d column %d: %s: %s", d.file, n.Line, n.Column, path, msg)
}

// nodeFor finds the node of a path, or of its nearest recorded parent.
func (d *decoder) nodeFor(path string) *yaml.Node {
	for p := path; p != ""; {
		if n, ok := d.pos[p]; ok {
			return n
		}
		i := strings.LastIndexAny(p, ".[")
		if i < 0 {
			break
		}
		p = p[:i]
	}
	return d.pos[""]
}

// srcPos is where a value stands in a scenario file.
type srcPos struct{ line, col int }

// errAt is a problem with a scenario's value at a path such as
// "units[0].zone", found when the scenario meets the tables: it names the
// file, line and column when the scenario came from a file.
func (s *Scenario) errAt(path, format string, a ...any) error {
	msg := fmt.Sprintf(format, a...)
	if s.file == "" {
		return fmt.Errorf("scenario %s: %s: %s", s.Name, path, msg)
	}
	for p := path; ; {
		if at, ok := s.pos[p]; ok {
			return fmt.Errorf("scenario %s line %d column %d: %s: %s", s.file, at.line, at.col, path, msg)
		}
		i := strings.LastIndexAny(p, ".[")
		if i < 0 {
			break
		}
		p = p[:i]
	}
	return fmt.Errorf("scenario %s: %s: %s", s.file, path, msg)
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// fields maps YAML keys to struct field indices, following inline fields.
func fields(t reflect.Type) map[string][]int {
	out := map[string][]int{}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		tag := f.Tag.Get("yaml")
		name, opts, _ := strings.Cut(tag, ",")
		if strings.Contains(opts, "inline") {
			for k, idx := range fields(f.Type) {
				out[k] = append([]int{i}, idx...)
			}
			continue
		}
		if name == "-" {
			continue
		}
		if name == "" {
			name = strings.ToLower(f.Name)
		}
		out[name] = []int{i}
	}
	return out
}

var kinds = map[yaml.Kind]string{yaml.MappingNode: "a mapping", yaml.SequenceNode: "a list", yaml.ScalarNode: "a value", yaml.DocumentNode: "a document", yaml.AliasNode: "an alias"}

func (d *decoder) decode(n *yaml.Node, v reflect.Value, path string) error {
	for n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	d.pos[path] = n
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		if v.Kind() == reflect.Pointer || v.Kind() == reflect.Slice || v.Kind() == reflect.Map {
			return nil
		}
	}
	switch v.Kind() {
	case reflect.Pointer:
		p := reflect.New(v.Type().Elem())
		if err := d.decode(n, p.Elem(), path); err != nil {
			return err
		}
		v.Set(p)
		return nil
	case reflect.Struct:
		if n.Kind != yaml.MappingNode {
			return d.errAt(n, path, "want a mapping of keys to values, got "+kinds[n.Kind])
		}
		fm := fields(v.Type())
		seen := map[string]bool{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, val := n.Content[i], n.Content[i+1]
			idx, ok := fm[k.Value]
			if !ok {
				return d.errAt(k, path, fmt.Sprintf("unknown key %q (known: %s)", k.Value, strings.Join(keys(fm), ", ")))
			}
			if seen[k.Value] {
				return d.errAt(k, path, fmt.Sprintf("key %q appears twice", k.Value))
			}
			seen[k.Value] = true
			if err := d.decode(val, v.FieldByIndex(idx), join(path, k.Value)); err != nil {
				return err
			}
		}
		return nil
	case reflect.Slice:
		if n.Kind != yaml.SequenceNode {
			return d.errAt(n, path, "want a list, got "+kinds[n.Kind])
		}
		s := reflect.MakeSlice(v.Type(), len(n.Content), len(n.Content))
		for i, e := range n.Content {
			if err := d.decode(e, s.Index(i), fmt.Sprintf("%s[%d]", path, i)); err != nil {
				return err
			}
		}
		v.Set(s)
		return nil
	case reflect.Map:
		if n.Kind != yaml.MappingNode {
			return d.errAt(n, path, "want a mapping, got "+kinds[n.Kind])
		}
		m := reflect.MakeMap(v.Type())
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, val := n.Content[i], n.Content[i+1]
			if k.Kind != yaml.ScalarNode {
				return d.errAt(k, path, "want a plain key")
			}
			if m.MapIndex(reflect.ValueOf(k.Value)).IsValid() {
				return d.errAt(k, path, fmt.Sprintf("key %q appears twice", k.Value))
			}
			e := reflect.New(v.Type().Elem()).Elem()
			if err := d.decode(val, e, join(path, k.Value)); err != nil {
				return err
			}
			m.SetMapIndex(reflect.ValueOf(k.Value), e)
		}
		v.Set(m)
		return nil
	}
	if n.Kind != yaml.ScalarNode {
		return d.errAt(n, path, "want a single value, got "+kinds[n.Kind])
	}
	switch v.Kind() {
	case reflect.String:
		// Surrounding whitespace carries no meaning in a name or a note, and
		// yaml.v3 cannot round-trip a block scalar made only of line breaks.
		v.SetString(strings.TrimSpace(n.Value))
	case reflect.Float64:
		var f float64
		if err := n.Decode(&f); err != nil || n.Tag == "!!str" {
			return d.errAt(n, path, fmt.Sprintf("want a number, got %q", n.Value))
		}
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return d.errAt(n, path, fmt.Sprintf("want a finite number, got %q", n.Value))
		}
		v.SetFloat(f)
	case reflect.Int:
		var i int
		if err := n.Decode(&i); err != nil || n.Tag != "!!int" {
			return d.errAt(n, path, fmt.Sprintf("want a whole number, got %q", n.Value))
		}
		v.SetInt(int64(i))
	default:
		panic("imports: yaml decoder: unhandled kind " + v.Kind().String())
	}
	return nil
}

func keys(m map[string][]int) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
