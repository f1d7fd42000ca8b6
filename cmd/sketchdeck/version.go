package main

import (
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/sketchdeck/sketchdeck/internal/graphviz/worker"
)

// modulePath is this program's module.
const modulePath = "github.com/sketchdeck/sketchdeck"

// versionText is what --version prints: the module version sketchdeck was
// built from, the Graphviz that lays graphs out, and the Go release.
func versionText() string {
	v := "(unknown version)"
	if bi, ok := debug.ReadBuildInfo(); ok {
		v = moduleVersion(bi)
	}
	return fmt.Sprintf("sketchdeck %s\nGraphviz %s (%s, WebAssembly)\n%s %s/%s",
		v, worker.GraphvizVersion, worker.GraphvizModule, runtime.Version(), runtime.GOOS, runtime.GOARCH)
}

// moduleVersion is the version of this module in a build: the main
// module's (go install, a checkout) or, when sketchdeck is a tool or a
// dependency of another module (go tool sketchdeck), its requirement's,
// with where a replace directive points. A build from a checkout says
// "(devel)", with the VCS revision when the go command recorded it.
func moduleVersion(bi *debug.BuildInfo) string {
	m := &bi.Main
	for _, d := range bi.Deps {
		if m.Path != modulePath && d.Path == modulePath {
			m = d
		}
	}
	if m.Path != modulePath {
		return "(unknown version)"
	}
	v := m.Version
	if m.Replace != nil {
		v = m.Replace.Version
		if v == "" {
			v = "(devel)"
		}
		return v + " (replaced by " + m.Replace.Path + ")"
	}
	if v == "" || v == "(devel)" {
		v = "(devel)"
		var rev, dirty string
		for _, s := range bi.Settings {
			switch {
			case s.Key == "vcs.revision":
				rev = s.Value
			case s.Key == "vcs.modified" && s.Value == "true":
				dirty = ", modified"
			}
		}
		if rev != "" {
			v += " revision " + rev + dirty
		}
	}
	return v
}
