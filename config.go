package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/urfave/cli/v2"
	"gopkg.in/yaml.v3"
)

// applyConfig fills the flags the user did not set (on the command line or
// through the environment) from the YAML file named by --config, so flags
// beat environment beat file beat defaults. Keys are flag names.
func applyConfig(c *cli.Context) error {
	path := c.String("config")
	if path == "" {
		return nil
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("config %s: %w", path, err)
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(raw, &doc); err != nil {
		return fmt.Errorf("config %s: %w", path, err)
	}
	if len(doc.Content) == 0 {
		return nil
	}
	m := doc.Content[0]
	if m.Kind != yaml.MappingNode {
		return fmt.Errorf("config %s line %d: want a mapping of flag names to values", path, m.Line)
	}
	known := map[string]bool{}
	for _, f := range c.Command.Flags {
		for _, n := range f.Names() {
			known[n] = true
		}
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		if !allFlagNames[k.Value] {
			return fmt.Errorf("config %s line %d column %d: unknown key %q (keys are flag names, e.g. samples, seed, year)", path, k.Line, k.Column, k.Value)
		}
		if !known[k.Value] || c.IsSet(k.Value) {
			continue // not a flag of this command, or set by flag/environment
		}
		vals := []string{v.Value}
		if v.Kind == yaml.SequenceNode {
			vals = vals[:0]
			for _, e := range v.Content {
				vals = append(vals, e.Value)
			}
		} else if v.Kind != yaml.ScalarNode {
			return fmt.Errorf("config %s line %d column %d: %s: want a value or a list", path, v.Line, v.Column, k.Value)
		}
		for _, s := range vals {
			if err := c.Set(k.Value, s); err != nil {
				return fmt.Errorf("config %s line %d column %d: %s: %v", path, v.Line, v.Column, k.Value, strings.TrimSpace(err.Error()))
			}
		}
	}
	return nil
}

// allFlagNames is filled by newApp with every flag of every command.
var allFlagNames = map[string]bool{}
