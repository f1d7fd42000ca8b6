package native

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/sketchdeck/sketchdeck/internal/graphviz"
	"github.com/sketchdeck/sketchdeck/internal/input"
)

// An installed dot loads every plugin its configuration file lists before
// it reads its input: on Debian that is pango, cairo, gd, fontconfig and
// more, most of dot's start (about 13 ms of 15 for Graphviz 2.43 on an
// empty graph). sketchdeck's own graphs carry no text for Graphviz to
// measure (graphviz.Prepare sizes every node itself and gives every label
// as an empty box of a fixed size), and they are asked for in the "dot"
// format: dot needs only three of its plugins for them, its core (the
// "dot" output) and its two layout libraries (dot; neato, fdp, twopi,
// circo and the others). So Find writes a lean configuration file that
// lists only those, in sketchdeck's cache folder, and a request in the
// "dot" format runs dot with GVBINDIR naming its folder: dot starts in
// about 2.5 ms. A user's graph (a .gv file, asked for in "json") may have
// text, which the full configuration's text-layout plugin measures: it
// always runs with the configuration installed.
//
// The lean file is made once per configuration: its folder's name is the
// hash of its contents and of dot's path and release, and it is used only
// once dot has given the same bytes with it as without it, on
// graphviz.Prepare's graphs, for both layout libraries (the folder's
// "checked" file says so, or why not; a check cut short, or failing for a
// reason of its own, records nothing). A check works in a temporary folder
// that every way out of it removes; one that a killed process left is
// removed by the next check (sweepLean). Where GVBINDIR is already set, dot's configuration is the user's choice
// and is left alone.

// leanPackages are the plugin packages the lean configuration keeps.
var leanPackages = []string{"core", "dot_layout", "neato_layout"}

const (
	// leanFolder is the lean configurations' folder in sketchdeck's cache
	// folder.
	leanFolder = "dot-plugins"
	// checkedFile, in a lean configuration's folder, says whether dot
	// gave the same bytes with it ("same") or why it is not used.
	checkedFile = "checked"
	// configMax bounds the configuration file read.
	configMax = 1 << 20
)

// configPath is the plugin configuration file that dot -v says it loaded
// ("The plugin configuration file:", its path on the next line, "was
// successfully loaded" after it), or "".
func configPath(verbose string) string {
	sc := bufio.NewScanner(strings.NewReader(verbose))
	for sc.Scan() {
		if !strings.Contains(sc.Text(), "plugin configuration file") || !sc.Scan() {
			continue
		}
		path := strings.TrimSpace(sc.Text())
		if sc.Scan() && strings.Contains(sc.Text(), "successfully loaded") && filepath.IsAbs(path) {
			return path
		}
	}
	return ""
}

// probeConfig runs dot -v on an empty graph and returns the plugin
// configuration file it loaded, or "" if it does not say.
func probeConfig(ctx context.Context, path string) string {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, path, "-v", "-Kdot", "-Tdot")
	cmd.Stdin = strings.NewReader("digraph {}\n")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if cmd.Run() != nil {
		return ""
	}
	return configPath(stderr.String())
}

// leanConfig keeps the stanzas of leanPackages from a plugin configuration
// file (each "LIBRARY PACKAGE {", nested braces, "}"; comments from '#'),
// with each library's path made absolute against dir, the configuration's
// folder (dot would look for a relative one in GVBINDIR's). It fails if
// one of leanPackages is missing.
func leanConfig(config []byte, dir string) ([]byte, error) {
	var out bytes.Buffer
	found := map[string]bool{}
	depth, keep := 0, false
	for line := range strings.Lines(string(config)) {
		text := line
		if i := strings.IndexByte(text, '#'); i >= 0 {
			text = text[:i]
		}
		fields := strings.Fields(text)
		if depth == 0 && len(fields) == 3 && fields[2] == "{" {
			lib, pkg := fields[0], fields[1]
			keep = slices.Contains(leanPackages, pkg) && !found[pkg]
			if keep {
				found[pkg] = true
				if !filepath.IsAbs(lib) {
					lib = filepath.Join(dir, lib)
				}
				fmt.Fprintf(&out, "%s %s {\n", lib, pkg)
			}
			depth = 1
			continue
		}
		depth += strings.Count(text, "{") - strings.Count(text, "}")
		if depth < 0 {
			return nil, errors.New("unbalanced braces")
		}
		if keep && strings.TrimSpace(text) != "" {
			out.WriteString(strings.TrimRight(text, " \t\r\n") + "\n")
		}
	}
	if depth != 0 {
		return nil, errors.New("unbalanced braces")
	}
	for _, pkg := range leanPackages {
		if !found[pkg] {
			return nil, fmt.Errorf("no %s plugin", pkg)
		}
	}
	return out.Bytes(), nil
}

// leanDir is the folder of a lean configuration for d, whose plugin
// configuration file is config, made and checked if it is not yet: "" if
// there is none to use (GVBINDIR is set, no cache folder, no
// configuration, or dot gave other bytes with it).
func leanDir(ctx context.Context, d *Dot, config string) string {
	if config == "" || os.Getenv("GVBINDIR") != "" {
		return ""
	}
	base, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	data, err := input.ReadFile(config, configMax)
	if err != nil {
		return ""
	}
	lean, err := leanConfig(data, filepath.Dir(config))
	if err != nil {
		return ""
	}
	name := filepath.Base(config)
	sum := sha256.Sum256([]byte(name + "\n" + d.Path + "\n" + d.Version + "\n" + string(lean)))
	dir := filepath.Join(base, "sketchdeck", leanFolder, hex.EncodeToString(sum[:8]))
	if checked, err := input.ReadFile(filepath.Join(dir, checkedFile), 1<<10); err == nil {
		if string(checked) == "same\n" {
			return dir
		}
		return ""
	}
	if !makeLean(ctx, d, dir, name, lean) {
		return ""
	}
	return dir
}

// makeLean writes lean as name in a new folder, checks it (checkLean),
// records the outcome there and renames the folder to dir, which another
// build may have made meanwhile (then its outcome stands). It reports
// whether dir is one to use.
func makeLean(ctx context.Context, d *Dot, dir, name string, lean []byte) bool {
	if err := os.MkdirAll(filepath.Dir(dir), 0o755); err != nil {
		return false
	}
	sweepLean(filepath.Dir(dir))
	tmp, err := os.MkdirTemp(filepath.Dir(dir), leanTemp)
	if err != nil {
		return false
	}
	defer os.RemoveAll(tmp) // gone once renamed
	if os.WriteFile(filepath.Join(tmp, name), lean, 0o644) != nil {
		return false
	}
	outcome := "same\n"
	if err := checkLean(ctx, d, tmp); err != nil {
		var v verdict
		if !errors.As(err, &v) {
			// Not the lean configuration's doing (interrupted, dot could
			// not start): the next build checks it again.
			return false
		}
		outcome = err.Error() + "\n"
	}
	if os.WriteFile(filepath.Join(tmp, checkedFile), []byte(outcome), 0o644) != nil {
		return false
	}
	// The rename fails if another build made dir first: its outcome is
	// the same, being of the same file.
	_ = os.Rename(tmp, dir)
	checked, err := input.ReadFile(filepath.Join(dir, checkedFile), 1<<10)
	return err == nil && string(checked) == "same\n"
}

// leanTemp starts the name of a check's temporary folder, and leanStale is
// the age past which one is a leftover: a check is a few dot runs of at
// most a minute each, and every exit from makeLean removes its folder, but
// a process killed outright (SIGKILL, a crash; the commands turn Ctrl-C
// into a cancelled check) cannot.
const (
	leanTemp  = ".lean-"
	leanStale = 10 * time.Minute
)

// sweepLean removes from folder the temporary folders of checks whose
// process was killed outright.
func sweepLean(folder string) {
	entries, err := os.ReadDir(folder)
	if err != nil {
		return
	}
	for _, e := range entries {
		if !e.IsDir() || !strings.HasPrefix(e.Name(), leanTemp) {
			continue
		}
		if info, err := e.Info(); err == nil && time.Since(info.ModTime()) > leanStale {
			_ = os.RemoveAll(filepath.Join(folder, e.Name())) // a leftover: the next check tries again
		}
	}
}

// checkLean lays out graphviz.Prepare's kinds of graph (shapes, edge and
// cluster label boxes) with both layout libraries, with the lean
// configuration in dir and with the installed one, and fails unless dot
// gives the same bytes, and says nothing, with both.
func checkLean(ctx context.Context, d *Dot, dir string) error {
	full, lean := *d, *d
	full.lean, lean.lean = "", dir
	for _, engine := range []graphviz.Engine{graphviz.Dot, graphviz.Neato} {
		job, err := graphviz.Prepare(leanProbe(engine))
		if err != nil {
			return err
		}
		want, err := full.Render(ctx, engine, job.DOT, "dot", time.Minute, time.Minute, overProbe)
		if err != nil {
			return err
		}
		p, err := lean.launch(engine, "dot", time.Minute)
		if err != nil {
			return err
		}
		got, err := lean.finish(ctx, p, job.DOT, time.Minute, overProbe)
		switch {
		case err != nil && ctx.Err() != nil:
			return err
		case err != nil:
			return verdict{err.Error()}
		case got != want:
			return verdict{fmt.Sprintf("-K%s gives other bytes", engine)}
		case p.stderr.Len() > 0:
			return verdict{fmt.Sprintf("-K%s says %q", engine, strings.TrimSpace(p.stderr.String()))}
		}
	}
	return nil
}

// verdict is checkLean's finding that dot does not do with the lean
// configuration what it does with the installed one, which is recorded;
// its other errors (interrupted, dot could not start or failed with the
// installed configuration too) are not.
type verdict struct{ msg string }

func (v verdict) Error() string { return v.msg }

// overProbe is the message of a check's layout over its CPU time.
func overProbe(cpu time.Duration) string { return "checking dot's plugins: over " + cpu.String() }

// leanProbe is a graph of every kind of thing graphviz.Prepare gives dot:
// nodes of several shapes, an edge label's box, a cluster with a label's
// box.
func leanProbe(engine graphviz.Engine) graphviz.Graph {
	return graphviz.Graph{Name: "probe", Engine: engine,
		Nodes: []graphviz.Node{{ID: "a", Width: 80, Height: 40}, {ID: "b", Width: 60, Height: 60, Shape: "ellipse"},
			{ID: "c", Width: 90, Height: 50, Shape: "diamond", Cluster: "k"}, {ID: "d", Width: 40, Height: 40, Shape: "circle", Cluster: "k"}},
		Edges: []graphviz.Edge{{From: "a", To: "b", LabelWidth: 30, LabelHeight: 14}, {From: "a", To: "c"},
			{From: "c", To: "d"}, {From: "b", To: "d"}},
		Clusters: []graphviz.Cluster{{ID: "k", Margin: 8, LabelWidth: 40, LabelHeight: 16}},
	}
}
