package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/graphviz/native"
)

// runCLI runs the command in-process and returns its exit code and output.
// needDot skips a test that runs the installed Graphviz where there is
// none (CI installs it).
func needDot(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("dot"); err != nil {
		t.Skip("no dot on PATH: apt-get install graphviz")
	}
}

func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// usageCase is a command line, its exit status and a substring of its
// output.
type usageCase struct {
	args []string
	code int
	in   string
}

func TestUsage(t *testing.T) {
	tests := []usageCase{
		{nil, exitUsage, "Usage:"},
		{[]string{"help"}, exitOK, "build"},
		{[]string{"frobnicate"}, exitUsage, `unknown command "frobnicate"`},
		{[]string{"build", "--help"}, exitOK, "Usage: sketchdeck build"},
		{[]string{"build", "--nope"}, exitUsage, "unknown flag: --nope"},
		{[]string{"build", "--theme", "nope", "x.toml"}, exitUsage, `unknown theme "nope"`},
		{[]string{"build", "--text", "paths", "x.toml"}, exitUsage, "sketchdeck: --text: unknown text mode \"paths\": valid choices are selectable, outlines, font\n"},
		{[]string{"build", "--format", "svg,jpg", "x.toml"}, exitUsage, "sketchdeck: --format: unknown format \"jpg\": the formats are svg, png, pdf, excalidraw, separated by commas\n"},
		{[]string{"build", "--scale", "40", "x.toml"}, exitUsage, "sketchdeck: --scale: scale 40 is out of range: give 0.1 to 16 pixels per CSS pixel (default 2)\n"},
		{[]string{"build", "--dpi", "2", "x.toml"}, exitUsage, "sketchdeck: --dpi 2 is out of range: give 10 to 1536 (96 is scale 1)\n"},
		{[]string{"build", "--dpi", "192", "--scale", "2", "x.toml"}, exitUsage, "sketchdeck: --scale and --dpi both size the PNG: give one\n"},
		{[]string{"build", "--format", "png,pdf", "-"}, exitUsage, "sketchdeck: '-' (standard input) writes one format to standard output: give one --format\n"},
		{[]string{"build", "--layout-timeout", "0s", "x.toml"}, exitUsage, "sketchdeck: --layout-timeout must be more than 0, not 0s (the default is 3m0s)\n"},
		{[]string{"lint", "--layout-timeout", "-1s"}, exitUsage, "sketchdeck: --layout-timeout must be more than 0, not -1s (the default is 3m0s)\n"},
		{[]string{"serve", "--layout-timeout", "0s"}, exitUsage, "sketchdeck: --layout-timeout must be more than 0, not 0s (the default is 3m0s)\n"},
		{[]string{"build", "--layout-timeout", "soon"}, exitUsage, `invalid argument "soon" for "--layout-timeout"`},
		{[]string{"build", "--graphviz", "c", "x.toml"}, exitUsage, "sketchdeck: --graphviz must be wasm or native, not \"c\"\n"},
		{[]string{"lint", "--graphviz", ""}, exitUsage, "sketchdeck: --graphviz must be wasm or native, not \"\"\n"},
		{[]string{"serve", "--graphviz", "dot"}, exitUsage, "sketchdeck: --graphviz must be wasm or native, not \"dot\"\n"},
		{[]string{"build", "--help"}, exitOK, "--graphviz string"},
	}
	// Every command answers --help on stdout and a bad flag the same way.
	for _, cmd := range []string{"build", "check", "new", "schema", "serve"} {
		tests = append(tests,
			usageCase{[]string{cmd, "--help"}, exitOK, "Usage: sketchdeck " + cmd + " "},
			usageCase{[]string{cmd, "--nope"}, exitUsage, "sketchdeck " + cmd + ": unknown flag: --nope\nRun 'sketchdeck " + cmd + " --help' for the flags.\n"},
		)
	}
	for _, tt := range tests {
		code, out, errs := runCLI(t, "", tt.args...)
		if code != tt.code || !strings.Contains(out+errs, tt.in) {
			t.Errorf("sketchdeck %v: exit %d, output %q; want exit %d containing %q", tt.args, code, out+errs, tt.code, tt.in)
		}
	}
}

// TestGraphvizNativeMissing: --graphviz native with no dot on PATH says
// so, how to install it, and how to do without; nothing is built.
func TestGraphvizNativeMissing(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	want := "sketchdeck: --graphviz native needs Graphviz's dot program on PATH, and there is none: " + native.Install + "\n"
	for _, cmd := range []string{"build", "lint", "serve"} {
		code, _, errs := runCLI(t, "[[nodes]]\nid = \"a\"\n", cmd, "--graphviz", "native", "-")
		if code != exitUsage || errs != want {
			t.Errorf("%s: exit %d, stderr %q; want %d, %q", cmd, code, errs, exitUsage, want)
		}
	}
}

// TestGraphvizNative: with dot installed, --graphviz native builds a graph
// diagram (skipped where dot is not on PATH; CI installs it).
func TestGraphvizNative(t *testing.T) {
	needDot(t)
	code, out, errs := runCLI(t, "[[nodes]]\nid = \"a\"\nlabel = \"A\"\n[[nodes]]\nid = \"b\"\n[[edges]]\nfrom = \"a\"\nto = \"b\"\n", "build", "--graphviz", "native", "-")
	if code != exitOK || !strings.HasPrefix(out, "<?xml") || !strings.Contains(out, ">A</text>") {
		t.Fatalf("exit %d, stderr %q, stdout starts %.80q", code, errs, out)
	}
}

func TestBuildStdin(t *testing.T) {
	code, out, errs := runCLI(t, "title = \"T\"\n[[nodes]]\nid = \"a\"\nlabel = \"<b>&\"\n", "build", "-")
	if code != exitOK || !strings.HasPrefix(out, "<?xml") || !strings.Contains(out, "&lt;b&gt;&amp;") {
		t.Fatalf("exit %d, stderr %q, stdout starts %.80q", code, errs, out)
	}
	for format, magic := range map[string]string{"png": "\x89PNG\r\n", "pdf": "%PDF-1.4\n"} {
		code, out, errs := runCLI(t, "[[nodes]]\nid = \"a\"\n", "build", "--format", format, "-")
		if code != exitOK || !strings.HasPrefix(out, magic) {
			t.Errorf("--format %s -: exit %d, stderr %q, stdout starts %.10q", format, code, errs, out)
		}
	}
	code, _, errs = runCLI(t, "[[nodes]]\nid = \"a\"\nshape = \"blob\"\n", "build", "-")
	want := `-:3:1: unknown shape "blob": valid choices are "rectangle", "square", "circle", "ellipse", "diamond", "cylinder", "text", "tube", "hexagon", "parallelogram", "document", "note" or "cloud"` + "\n"
	if code != exitBad || errs != want {
		t.Errorf("bad stdin: exit %d, stderr %q; want 1, %q", code, errs, want)
	}
}

// TestBuildKeepsGoodWork: a bad diagram is reported, the good ones are
// written, and the previous SVG of the bad one stays as it was.
func TestBuildKeepsGoodWork(t *testing.T) {
	dir := t.TempDir()
	src, out := filepath.Join(dir, "diagrams"), filepath.Join(dir, "out")
	write := func(name, body string) {
		if err := os.MkdirAll(src, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(src, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("good.toml", "[[nodes]]\nid = \"a\"\n")
	write("later.toml", "[[nodes]]\nid = \"b\"\n")
	if code, _, errs := runCLI(t, "", "build", "--out", out, src); code != exitOK {
		t.Fatalf("first build: exit %d: %s", code, errs)
	}
	before, err := os.ReadFile(filepath.Join(out, "later.svg"))
	if err != nil {
		t.Fatal(err)
	}
	write("later.toml", "[[nodes]]\nid = \"b\"\nfill = \"nocolour\"\n")
	code, stdout, errs := runCLI(t, "", "build", "--out", out, src)
	if code != exitBad || !strings.Contains(errs, `later.toml:3:1: unknown colour "nocolour"`) || !strings.Contains(stdout, "0 rebuilt, 1 up to date, 1 failed") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, stdout, errs)
	}
	after, _ := os.ReadFile(filepath.Join(out, "later.svg"))
	if !bytes.Equal(before, after) {
		t.Error("the failed build changed the previous good SVG")
	}
	left, _ := filepath.Glob(filepath.Join(out, ".*tmp*"))
	if len(left) > 0 {
		t.Errorf("temporary files left behind: %v", left)
	}
}
