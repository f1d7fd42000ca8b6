package native

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/sketchdeck/sketchdeck/internal/graphviz"
)

func TestCheck(t *testing.T) {
	tests := []struct {
		line, want string
	}{
		{"dot - graphviz version 2.43.0 (0)", ""},
		{"dot - graphviz version 12.2.1 (20241206.2353)", ""},
		{"dot - graphviz version 2.40.1 (20161225.0304)", ""},
		{"dot - graphviz version 2.38.0 (20140413.2041)",
			"--graphviz native: /bin/dot is Graphviz 2.38, older than 2.40, the oldest that works: " + Install},
		{"dot - graphviz version 1.13 (v16)",
			"--graphviz native: /bin/dot is Graphviz 1.13, older than 2.40, the oldest that works: " + Install},
		{"hello", `--graphviz native: /bin/dot -V does not say its version ("hello"): ` + Install},
	}
	for _, tt := range tests {
		d, err := check("/bin/dot", tt.line)
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%q: %v", tt.line, err)
		case tt.want == "" && (d.Version != tt.line || d.Identity() != "native Graphviz: "+tt.line):
			t.Errorf("%q: version %q, identity %q", tt.line, d.Version, d.Identity())
		case tt.want != "" && (err == nil || err.Error() != tt.want):
			t.Errorf("%q: error %v\nwant %s", tt.line, err, tt.want)
		}
	}
}

// TestFindMissing: no dot on PATH is an error that says how to install
// it, or to drop the flag.
func TestFindMissing(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	_, err := Find(context.Background())
	want := "--graphviz native needs Graphviz's dot program on PATH, and there is none: " + Install
	if err == nil || err.Error() != want {
		t.Fatalf("error %v, want %s", err, want)
	}
}

// fakeDot is a dot program on a PATH of its own: a shell script.
func fakeDot(t *testing.T, script string) *Dot {
	t.Helper()
	if runtime.GOOS == "windows" {
		t.Skip("shell script")
	}
	dir := t.TempDir()
	p := filepath.Join(dir, Program)
	if err := os.WriteFile(p, []byte("#!/bin/sh\n"+script+"\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	return &Dot{Path: p, Version: "fake"}
}

// TestFindUnusable: a dot that fails or is too old is refused with what
// it said.
func TestFindUnusable(t *testing.T) {
	d := fakeDot(t, `echo "dot - graphviz version 2.26.3 (20100126.1600)" >&2`)
	t.Setenv("PATH", filepath.Dir(d.Path))
	_, err := Find(context.Background())
	want := "--graphviz native: " + d.Path + " is Graphviz 2.26, older than 2.40, the oldest that works: " + Install
	if err == nil || err.Error() != want {
		t.Errorf("old: error %v\nwant %s", err, want)
	}
	d = fakeDot(t, `echo "libgvc.so.6: cannot open shared object file" >&2; exit 127`)
	t.Setenv("PATH", filepath.Dir(d.Path))
	_, err = Find(context.Background())
	want = "--graphviz native: " + d.Path + " -V failed (exit status 127: libgvc.so.6: cannot open shared object file): " + Install
	if err == nil || err.Error() != want {
		t.Errorf("broken: error %v\nwant %s", err, want)
	}
}

func over(d time.Duration) string { return "over " + d.String() }

// TestRenderCPULimit: a dot that never finishes is stopped once it has
// used its CPU time (counted by the kernel), with the caller's message.
func TestRenderCPULimit(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("RLIMIT_CPU of another process: Linux")
	}
	d := fakeDot(t, "while :; do :; done")
	_, err := d.Render(context.Background(), graphviz.Dot, "digraph {}", "dot", time.Second, 10*time.Minute, over)
	if err == nil || err.Error() != "over 1s" {
		t.Fatalf("error %v, want over 1s", err)
	}
}

// TestRenderWall: a dot that neither answers nor uses CPU is stopped by
// the wall-clock backstop.
func TestRenderWall(t *testing.T) {
	d := fakeDot(t, "exec sleep 600")
	_, err := d.Render(context.Background(), graphviz.Dot, "digraph {}", "dot", time.Minute, 100*time.Millisecond, over)
	want := d.Path + " gave no answer within 100ms of wall-clock time and was stopped (the wall-clock bound is 1 times --layout-timeout: raise that to give it longer)"
	if err == nil || err.Error() != want {
		t.Fatalf("error %v, want %s", err, want)
	}
}

// TestRenderFails: dot's complaint is quoted; an unknown engine is not run.
func TestRenderFails(t *testing.T) {
	d := fakeDot(t, `echo "Error: <stdin>: syntax error in line 1 near '{'" >&2; exit 1`)
	_, err := d.Render(context.Background(), graphviz.Dot, "digraph {", "dot", time.Minute, time.Minute, over)
	want := d.Path + " -Kdot failed (exit status 1): Error: <stdin>: syntax error in line 1 near '{'"
	if err == nil || err.Error() != want {
		t.Errorf("error %v\nwant %s", err, want)
	}
	_, err = d.Render(context.Background(), "blob", "digraph {}", "dot", time.Minute, time.Minute, over)
	if err == nil || err.Error() != `unknown layout engine "blob"` {
		t.Errorf("unknown engine: %v", err)
	}
}

// TestRenderWentOn: dot that reports an error in one object of a user's
// graph, goes on and writes the whole graph (exit status 1) gives its
// output with what it said, as the WebAssembly Graphviz gives it; without
// a whole JSON value, with another status, or for sketchdeck's own graph
// ("dot" format, which has nothing to go wrong in) it failed.
func TestRenderWentOn(t *testing.T) {
	const said = `Error: No or improper image file="x.png"`
	for _, tc := range []struct {
		name, out, format string
		status            int
		want              string // "" for an error
	}{
		{"went on", `{"name": "G"}`, "json", 1, graphviz.WithMessages(`{"name": "G"}`+"\n", said)},
		{"cut short", `{"name": `, "json", 1, ""},
		{"nothing", ``, "json", 1, ""},
		{"other status", `{"name": "G"}`, "json", 2, ""},
		{"own graph", `digraph {}`, "dot", 1, ""},
	} {
		d := fakeDot(t, fmt.Sprintf("cat >/dev/null; echo '%s'; echo '%s' >&2; exit %d", tc.out, said, tc.status))
		got, err := d.Render(context.Background(), graphviz.Dot, "digraph {}", tc.format, time.Minute, time.Minute, over)
		switch {
		case tc.want == "" && err == nil:
			t.Errorf("%s: no error, output %q", tc.name, got)
		case tc.want != "" && (err != nil || got != tc.want):
			t.Errorf("%s: %q (%v), want %q", tc.name, got, err, tc.want)
		}
	}
}

// installed is the dot on PATH, checked; without one the test is skipped
// (CI installs Graphviz).
func installed(tb testing.TB) *Dot {
	tb.Helper()
	if _, err := exec.LookPath(Program); err != nil {
		tb.Skip("no dot on PATH: apt-get install graphviz")
	}
	d, err := Find(context.Background())
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

// TestRenderReal lays a graph out with the installed dot and reads it
// back as the WebAssembly Graphviz's output is read (skipped without dot;
// CI installs Graphviz).
func TestRenderReal(t *testing.T) {
	d := installed(t)
	job, err := graphviz.Prepare(graphviz.Graph{Name: "g", Nodes: []graphviz.Node{{ID: "a", Width: 80, Height: 40}, {ID: "b", Width: 80, Height: 40}},
		Edges: []graphviz.Edge{{From: "a", To: "b"}}})
	if err != nil {
		t.Fatal(err)
	}
	out, err := d.Render(context.Background(), job.Engine, job.DOT, "dot", time.Minute, 20*time.Minute, over)
	if err != nil {
		t.Fatal(err)
	}
	res, err := job.Result(out)
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if len(res.Nodes) != 2 || len(res.Edges) != 1 || !strings.Contains(d.Identity(), "graphviz version") {
		t.Errorf("result %+v, identity %q", res, d.Identity())
	}
}

// TestSpareRealSameBytes: the installed dot gives the same bytes in a
// spare as in a process of its own (skipped without dot; CI installs
// Graphviz).
func TestSpareRealSameBytes(t *testing.T) {
	d := installed(t)
	job, err := graphviz.Prepare(graphviz.Graph{Name: "g", Nodes: []graphviz.Node{{ID: "a", Width: 80, Height: 40},
		{ID: "b", Width: 80, Height: 40}, {ID: "c", Width: 30, Height: 60}},
		Edges: []graphviz.Edge{{From: "a", To: "b"}, {From: "a", To: "c", LabelWidth: 10, LabelHeight: 10}}})
	if err != nil {
		t.Fatal(err)
	}
	own, err := d.Render(context.Background(), job.Engine, job.DOT, "dot", time.Minute, 20*time.Minute, over)
	if err != nil {
		t.Fatal(err)
	}
	s := d.NewSpares(graphviz.Dot, "dot", time.Minute, 1)
	defer s.Close()
	s.Prestart(context.Background(), 1)
	spared, err := s.Render(context.Background(), job.Engine, job.DOT, "dot", time.Minute, 20*time.Minute, over)
	if err != nil || spared != own || s.Served() != 1 {
		t.Errorf("spare: %v, %d served, same bytes: %v", err, s.Served(), spared == own)
	}
}

// TestRenderMessages: what dot writes on its standard error while it lays
// a user's graph out (json) goes with its output, for the caller to pass
// on; the positions of sketchdeck's own graphs (dot) come back as they are.
func TestRenderMessages(t *testing.T) {
	d := fakeDot(t, `cat >/dev/null; echo '{"name":"G"}'; echo "Warning: node b, port x unrecognized" >&2`)
	out, err := d.Render(context.Background(), graphviz.Dot, "digraph { a -> b:x }", "json", time.Minute, time.Minute, over)
	if err != nil {
		t.Fatal(err)
	}
	text, said := graphviz.SplitMessages(out)
	if text != "{\"name\":\"G\"}\n" || len(said) != 1 || said[0] != "Warning: node b, port x unrecognized" {
		t.Errorf("json: output %q, messages %q", text, said)
	}
	out, err = d.Render(context.Background(), graphviz.Dot, "digraph { a -> b:x }", "dot", time.Minute, time.Minute, over)
	if err != nil || out != "{\"name\":\"G\"}\n" {
		t.Errorf("dot: output %q, %v", out, err)
	}
}
