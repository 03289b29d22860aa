package main

import (
	"fmt"
	"runtime/debug"
)

// version is the release; builds may override it with -ldflags "-X main.version=...".
var version = "0.1.0"

// buildInfo describes the binary: version, VCS revision and Go version.
func buildInfo() string {
	s := "gridrisk " + version
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return s
	}
	var rev, modified string
	for _, kv := range bi.Settings {
		switch kv.Key {
		case "vcs.revision":
			rev = kv.Value
		case "vcs.modified":
			if kv.Value == "true" {
				modified = "+dirty"
			}
		}
	}
	if rev != "" {
		if len(rev) > 12 {
			rev = rev[:12]
		}
		s += fmt.Sprintf(" (%s%s)", rev, modified)
	}
	return s + " " + bi.GoVersion
}
