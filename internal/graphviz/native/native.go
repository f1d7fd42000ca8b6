package native

import (
	"context"
	"fmt"
	"os/exec"
	"strconv"
	"time"

	"github.com/sketchdeck/sketchdeck/internal/graphviz"
	"github.com/sketchdeck/sketchdeck/internal/lazyre"
)

// Program is the Graphviz program run for every engine (dot -K ENGINE).
const Program = "dot"

// MinMajor and MinMinor are the oldest Graphviz release accepted: 2.40
// is the first to write the json0 format a user's graph (.gv) is read
// back in.
const (
	MinMajor = 2
	MinMinor = 40
)

// Install says how to get a native Graphviz, or how to do without one.
const Install = "install Graphviz (Debian, Ubuntu: apt-get install graphviz; macOS: brew install graphviz; " +
	"Windows: winget install graphviz) or drop --graphviz native to use the WebAssembly Graphviz built into sketchdeck"

// Dot is an installed Graphviz found by Find.
type Dot struct {
	// Path is the dot program's path.
	Path string
	// Version is what dot -V says, e.g. "dot - graphviz version 2.43.0 (0)".
	Version string
	// lean is the folder of a lean plugin configuration for requests in
	// the "dot" format (lean.go), "" for none.
	lean string
}

// Identity names what lays graphs out, for incremental-build keys and
// remembered layouts: the installed release decides every position.
func (d *Dot) Identity() string { return "native Graphviz: " + d.Version }

// versionRE finds the release in dot -V's line.
var versionRE = lazyre.New(`version (\d+)\.(\d+)`)

// Find looks dot up on PATH and checks its release (dot -V, remembered
// while the program's file stays the same: version.go): the error says
// what is missing and how to install it or go without.
func Find(ctx context.Context) (*Dot, error) {
	path, err := exec.LookPath(Program)
	if err != nil {
		return nil, fmt.Errorf("--graphviz native needs Graphviz's %s program on PATH, and there is none: %s", Program, Install)
	}
	line, config, err := version(ctx, path)
	if err != nil {
		return nil, err
	}
	d, err := check(path, line)
	if err != nil {
		return nil, err
	}
	d.lean = leanDir(ctx, d, config)
	return d, nil
}

// check reads dot -V's line and refuses a release older than
// MinMajor.MinMinor.
func check(path, line string) (*Dot, error) {
	m := versionRE().FindStringSubmatch(line)
	if m == nil {
		return nil, fmt.Errorf("--graphviz native: %s -V does not say its version (%q): %s", path, line, Install)
	}
	major, _ := strconv.Atoi(m[1])
	minor, _ := strconv.Atoi(m[2])
	if major < MinMajor || major == MinMajor && minor < MinMinor {
		return nil, fmt.Errorf("--graphviz native: %s is Graphviz %d.%d, older than %d.%d, the oldest that works: %s",
			path, major, minor, MinMajor, MinMinor, Install)
	}
	return &Dot{Path: path, Version: line}, nil
}

// tailMax is how much of dot's error output an error quotes.
const tailMax = 2 << 10

// Render lays src out with engine and returns Graphviz's output in format
// ("dot", "json0"). cpu bounds the CPU time dot may use (0: no bound;
// counted by the kernel where it can, see limitCPU), wall its wall-clock
// time (0: no bound); past either it is killed and the error says which,
// with over being the message for a layout over its CPU time. It starts
// a dot process of its own; Spares.Render may find one started ahead.
func (d *Dot) Render(ctx context.Context, engine graphviz.Engine, src, format string, cpu, wall time.Duration, over func(time.Duration) string) (string, error) {
	if !engine.Valid() {
		return "", fmt.Errorf("unknown layout engine %q", engine)
	}
	if err := ctx.Err(); err != nil {
		return "", err
	}
	p, err := d.launch(engine, format, cpu)
	if err != nil {
		return "", err
	}
	return d.finish(ctx, p, src, wall, over)
}

// wallFactor is wall / cpu as a whole number (the worker's WallFactor when
// the caller derived one from the other), at least 1.
func wallFactor(cpu, wall time.Duration) int64 {
	if cpu <= 0 {
		return 1
	}
	return max(1, int64(wall/cpu))
}
