package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestGraphvizNativeNoSpareLeft: a --graphviz native build that lays out
// afresh, and so starts dot processes ahead (native.Spares), leaves none
// behind when it ends, not even a zombie, and writes the same SVGs as a
// build from the layout cache, which starts none (skipped without dot;
// CI installs it). Two of the three diagrams share their graph, laid out
// once: one of the three dot processes started ahead is not used.
func TestGraphvizNativeNoSpareLeft(t *testing.T) {
	needDot(t)
	src := t.TempDir()
	for k := range 3 {
		g := fmt.Sprintf("[[nodes]]\nid = \"a\"\nlabel = \"A%d\"\n[[nodes]]\nid = \"b\"\n[[edges]]\nfrom = \"a\"\nto = \"b\"\n", min(k, 1))
		if err := os.WriteFile(filepath.Join(src, fmt.Sprintf("g%d.toml", k)), []byte(g), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := t.TempDir()
	build := func(args ...string) map[string][]byte {
		t.Helper()
		code, _, errs := runCLI(t, "", append([]string{"build", "--graphviz", "native", "--force", "--out", out}, append(args, src)...)...)
		if code != exitOK {
			t.Fatalf("build %v: exit %d: %s", args, code, errs)
		}
		if left := dotChildren(t); len(left) > 0 {
			t.Errorf("build %v: dot processes left: %v", args, left)
		}
		svgs := map[string][]byte{}
		for k := range 3 {
			name := fmt.Sprintf("g%d.svg", k)
			data, err := os.ReadFile(filepath.Join(out, name))
			if err != nil {
				t.Fatal(err)
			}
			svgs[name] = data
		}
		return svgs
	}
	fresh := build("--no-layout-cache")
	cached := build()
	for name, data := range fresh {
		if !bytes.Equal(data, cached[name]) {
			t.Errorf("%s: not the same bytes laid out afresh and from the layout cache", name)
		}
	}
}

// dotChildren lists this process's children named dot, zombies included
// ("PID STATE").
func dotChildren(t *testing.T) []string {
	t.Helper()
	stats, err := filepath.Glob("/proc/[0-9]*/stat")
	if err != nil {
		t.Fatal(err)
	}
	self := strconv.Itoa(os.Getpid())
	var found []string
	for _, f := range stats {
		data, err := os.ReadFile(f)
		if err != nil {
			continue // ended since
		}
		// PID (COMM) STATE PPID ...
		s := string(data)
		open, end := strings.IndexByte(s, '('), strings.LastIndexByte(s, ')')
		if open < 0 || end < open {
			continue
		}
		fields := strings.Fields(s[end+1:])
		if s[open+1:end] == "dot" && len(fields) > 1 && fields[1] == self {
			found = append(found, strings.TrimSpace(s[:open])+" "+fields[0])
		}
	}
	return found
}
