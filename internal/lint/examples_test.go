package lint_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"

	"github.com/sketchdeck/sketchdeck/internal/build"
	"github.com/sketchdeck/sketchdeck/internal/i18n"
)

// maxExampleLines is the most lines an example of docs/examples may have:
// an example shows what a few lines of the high-level vocabulary draw.
const maxExampleLines = 80

// pinKeys are the keys that place something by coordinates or nudge it by
// px: an example must let the layout place everything.
var pinKeys = map[string]bool{"x": true, "y": true, "pos": true, "points": true, "offset": true}

// exampleRules reports what breaks the rules of docs/examples in one file:
// too long, a key that pins a position, or an "at" given as numbers (a
// mark's or element's "at" naming a side or an element is fine).
func exampleRules(file string, data []byte) []string {
	var bad []string
	if n := bytes.Count(data, []byte("\n")); n >= maxExampleLines {
		bad = append(bad, fmt.Sprintf("%s: %d lines; an example has under %d", file, n, maxExampleLines))
	}
	var doc map[string]any
	if _, err := toml.Decode(string(data), &doc); err != nil {
		return append(bad, fmt.Sprintf("%s: %v", file, err))
	}
	walkPins(file, "", doc, &bad)
	return bad
}

// walkPins appends a message for each pinning key under v, named by its
// key path, in key order.
func walkPins(file, path string, v any, bad *[]string) {
	switch v := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			p := k
			if path != "" {
				p = path + "." + k
			}
			if pinKeys[k] || (k == "at" && numeric(v[k])) {
				*bad = append(*bad, fmt.Sprintf("%s: %s pins a position; an example lets the layout place it", file, p))
				continue
			}
			walkPins(file, p, v[k], bad)
		}
	case []map[string]any:
		for i, e := range v {
			walkPins(file, fmt.Sprintf("%s[%d]", path, i), e, bad)
		}
	case []any:
		for i, e := range v {
			walkPins(file, fmt.Sprintf("%s[%d]", path, i), e, bad)
		}
	}
}

// numeric reports whether v is a number or holds one.
func numeric(v any) bool {
	switch v := v.(type) {
	case int64, float64:
		return true
	case []any:
		for _, e := range v {
			if numeric(e) {
				return true
			}
		}
	}
	return false
}

// TestExampleRules: the rules catch a long file and every way of pinning.
func TestExampleRules(t *testing.T) {
	long := strings.Repeat("# line\n", maxExampleLines)
	tests := []struct {
		name, src string
		want      []string
	}{
		{"clean", "title = \"T\"\n[[nodes]]\nid = \"a\"\n[[marks]]\nkind = \"step\"\non = \"a\"\nat = \"top-left\"\n", nil},
		{"long", long, []string{"f.toml: 80 lines; an example has under 80"}},
		{"pos", "[[nodes]]\nid = \"a\"\npos = [1, 2]\n",
			[]string{"f.toml: nodes[0].pos pins a position; an example lets the layout place it"}},
		{"xy", "kind = \"drawing\"\n[[elements]]\nkind = \"rect\"\nx = 10\ny = 20\n", []string{
			"f.toml: elements[0].x pins a position; an example lets the layout place it",
			"f.toml: elements[0].y pins a position; an example lets the layout place it"}},
		{"points", "kind = \"drawing\"\n[[elements]]\nkind = \"line\"\npoints = [[0, 0], [5, 5]]\n",
			[]string{"f.toml: elements[0].points pins a position; an example lets the layout place it"}},
		{"offset", "[[marks]]\nkind = \"cross\"\non = \"a\"\noffset = [4, 0]\n",
			[]string{"f.toml: marks[0].offset pins a position; an example lets the layout place it"}},
		{"at numbers", "[[marks]]\nkind = \"cross\"\nat = [4, 0]\n",
			[]string{"f.toml: marks[0].at pins a position; an example lets the layout place it"}},
		{"nested", "[[panels]]\n[[panels.nodes]]\nid = \"a\"\n[panels.nodes.inside]\n[[panels.nodes.inside.nodes]]\nid = \"b\"\nx = 1\n",
			[]string{"f.toml: panels[0].nodes[0].inside.nodes[0].x pins a position; an example lets the layout place it"}},
	}
	for _, tt := range tests {
		got := exampleRules("f.toml", []byte(tt.src))
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%s: got\n%s\nwant\n%s", tt.name, strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
		}
	}
}

// TestExamples: every example of docs/examples builds with no error, has
// no lint finding (in English and the pseudo-locale) and no stale exception, keeps to the rules above, and is
// pictured in the gallery page.
func TestExamples(t *testing.T) {
	dir := filepath.Join("..", "..", "docs", "examples")
	files, err := filepath.Glob(filepath.Join(dir, "*.toml"))
	if err != nil || len(files) < 10 {
		t.Fatalf("%d examples in %s (want at least 10): %v", len(files), dir, err)
	}
	gallery, err := os.ReadFile(filepath.Join(dir, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	b, fonts := newBuilder(t)
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, msg := range exampleRules(f, data) {
			t.Error(msg)
		}
		src := build.Source{File: filepath.ToSlash(f), Data: data}
		if r := b.Build(context.Background(), src); r.Err != nil {
			t.Errorf("%s: %v", f, r.Err)
			continue
		}
		checkLangs(t, b, fonts, src, []i18n.Translator{nil, i18n.Pseudo{}})
		name := strings.TrimSuffix(filepath.Base(f), ".toml")
		for _, ref := range []string{"(" + name + ".svg)", "(" + name + ".toml)"} {
			if !bytes.Contains(gallery, []byte(ref)) {
				t.Errorf("docs/examples/README.md does not link %s", ref)
			}
		}
	}
}
