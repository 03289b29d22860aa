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
	if err := applyEnv(c); err != nil {
		return err
	}
	path := configPath(c)
	if path == "" {
		return nil
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("config %s: %w", path, err)
	}
	entries, err := parseConfig(path, raw, flagNames(c.App.Commands))
	if err != nil {
		return err
	}
	known := map[string]bool{}
	for _, f := range c.Command.Flags {
		for _, n := range f.Names() {
			known[n] = true
		}
	}
	for _, e := range entries {
		if !known[e.key] || c.IsSet(e.key) {
			continue // not a flag of this command, or set by flag/environment
		}
		for _, s := range e.values {
			if err := setFlag(c, e.key, s); err != nil {
				return fmt.Errorf("config %s line %d column %d: %s: %v", path, e.line, e.column, e.key, err)
			}
		}
	}
	return nil
}

// configPath is --config as given after the command (gridrisk assess
// --config F) or before it (gridrisk --config F assess, or GRIDRISK_CONFIG);
// the one nearest the command wins.
func configPath(c *cli.Context) string {
	for _, ctx := range c.Lineage() {
		if ctx.Command != nil && ctx.IsSet("config") {
			return ctx.String("config")
		}
	}
	return ""
}

// configFlag lets a command take --config after its name, as the README
// shows (gridrisk assess --config FILE).
func configFlag() cli.Flag {
	return &cli.StringFlag{Name: "config", Usage: "YAML `FILE` of flag defaults; keys are flag names (flags beat environment beat file)"}
}

// applyEnv sets, from the environment, the flags of this command that were
// not given on the command line (see envVars). An empty variable counts as
// unset. GRIDRISK_SCENARIO may list several scenarios separated by commas.
func applyEnv(c *cli.Context) error {
	for _, f := range c.Command.Flags {
		name := f.Names()[0]
		env := envVars[name]
		if env == "" || c.IsSet(name) {
			continue
		}
		val, ok := os.LookupEnv(env)
		if !ok || strings.TrimSpace(val) == "" {
			continue
		}
		vals := []string{val}
		if _, slice := f.(*cli.StringSliceFlag); slice {
			vals = strings.Split(val, ",")
		}
		for _, v := range vals {
			if err := setFlag(c, name, strings.TrimSpace(v)); err != nil {
				return fmt.Errorf("environment variable %s=%q: %v (a --%s flag on the command line takes precedence)", env, val, err, name)
			}
		}
	}
	return nil
}

// setFlag sets a flag from a string (environment or config file) and
// states the rule when the value does not parse.
func setFlag(c *cli.Context, name, value string) error {
	var f cli.Flag
	for _, g := range c.Command.Flags {
		for _, n := range g.Names() {
			if n == name {
				f = g
			}
		}
	}
	if err := c.Set(name, value); err != nil {
		switch f.(type) {
		case *cli.IntFlag:
			return fmt.Errorf("%q is not a whole number", value)
		case *cli.Uint64Flag:
			return fmt.Errorf("%q is not a whole number of 0 or more", value)
		case *cli.Float64Flag:
			return fmt.Errorf("%q is not a number", value)
		case *cli.BoolFlag:
			return fmt.Errorf("%q is not true or false", value)
		}
		return fmt.Errorf("%q: %s", value, strings.TrimSpace(err.Error()))
	}
	return nil
}

// configEntry is one key of a config file: a flag name and its value(s),
// with where the value is for error messages.
type configEntry struct {
	key          string
	values       []string
	line, column int
}

// parseConfig reads a config file's YAML: a mapping of flag names to a
// scalar or a list of scalars; names maps every flag name and alias of any
// command to the flag's first name (flagNames). Every error names the file
// and, where the YAML has one, the line and column.
func parseConfig(path string, raw []byte, names map[string]string) ([]configEntry, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(raw, &doc); err != nil {
		return nil, fmt.Errorf("config %s: %w", path, err)
	}
	if len(doc.Content) == 0 {
		return nil, nil
	}
	m := doc.Content[0]
	if m.Kind != yaml.MappingNode {
		return nil, fmt.Errorf("config %s line %d: want a mapping of flag names to values", path, m.Line)
	}
	var out []configEntry
	seen := map[string]*yaml.Node{} // flag (by its first name) → its key
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		if _, known := names[k.Value]; k.Kind != yaml.ScalarNode || !known {
			return nil, fmt.Errorf("config %s line %d column %d: unknown key %q (keys are flag names, e.g. samples, seed, year)", path, k.Line, k.Column, k.Value)
		}
		if k.Value == "config" {
			return nil, fmt.Errorf("config %s line %d column %d: a config file cannot name another config file", path, k.Line, k.Column)
		}
		if first, dup := seen[names[k.Value]]; dup {
			return nil, fmt.Errorf("config %s line %d column %d: %s is given twice (first as %s on line %d); give it once (a list for several values)", path, k.Line, k.Column, k.Value, first.Value, first.Line)
		}
		seen[names[k.Value]] = k
		e := configEntry{key: k.Value, line: v.Line, column: v.Column}
		switch v.Kind {
		case yaml.ScalarNode:
			e.values = []string{v.Value}
		case yaml.SequenceNode:
			for _, el := range v.Content {
				if el.Kind != yaml.ScalarNode {
					return nil, fmt.Errorf("config %s line %d column %d: %s: want a list of plain values", path, el.Line, el.Column, k.Value)
				}
				e.values = append(e.values, el.Value)
			}
		default:
			return nil, fmt.Errorf("config %s line %d column %d: %s: want a value or a list", path, v.Line, v.Column, k.Value)
		}
		out = append(out, e)
	}
	return out, nil
}

// flagNames maps every name and alias of every flag of the commands (and
// their subcommands) to the flag's first name. (Once the App has run, the
// library's help command is among the subcommands of itself: each command
// is visited once.)
func flagNames(cmds []*cli.Command) map[string]string {
	names := map[string]string{}
	seen := map[*cli.Command]bool{}
	var walk func([]*cli.Command)
	walk = func(cmds []*cli.Command) {
		for _, cmd := range cmds {
			if seen[cmd] {
				continue
			}
			seen[cmd] = true
			for _, f := range cmd.Flags {
				for _, n := range f.Names() {
					names[n] = f.Names()[0]
				}
			}
			walk(cmd.Subcommands)
		}
	}
	walk(cmds)
	return names
}
