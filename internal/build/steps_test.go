package build

import (
	"bytes"
	"context"
	"os"
	"regexp"
	"testing"
)

var pathD = regexp.MustCompile(`<path d="([^"]*)"`)

// TestStepsKeepWobble: every stroke of a step file is drawn exactly as in
// the whole picture (same layout, same wobble), and each step adds to the
// one before: slides do not jump.
func TestStepsKeepWobble(t *testing.T) {
	data, err := os.ReadFile("testdata/steps-graph.toml")
	if err != nil {
		t.Fatal(err)
	}
	r := newTestBuilder(t).Build(context.Background(), Source{File: "steps-graph.toml", Data: data})
	if r.Err != nil {
		t.Fatal(r.Err)
	}
	if len(r.Steps) != 3 {
		t.Fatalf("%d step files, want 3", len(r.Steps))
	}
	all := map[string]bool{}
	for _, m := range pathD.FindAllSubmatch(r.SVG, -1) {
		all[string(m[1])] = true
	}
	prev := 0
	for k, s := range r.Steps {
		ds := pathD.FindAllSubmatch(s, -1)
		for _, m := range ds {
			if !all[string(m[1])] {
				t.Errorf("step %d draws a path the whole picture does not have: %.60s…", k+1, m[1])
			}
		}
		if len(ds) <= prev {
			t.Errorf("step %d has %d paths, step %d had %d", k+1, len(ds), k, prev)
		}
		prev = len(ds)
	}
	if len(pathD.FindAll(r.Steps[2], -1)) != len(all) {
		t.Errorf("the last step draws %d paths, the whole picture %d", len(pathD.FindAll(r.Steps[2], -1)), len(all))
	}
}

// TestAnimateOption: --animate (Options.Animate) animates a diagram that
// says nothing, and a diagram's enabled = false wins over it; an
// animation is CSS in a media query for readers who allow motion.
func TestAnimateOption(t *testing.T) {
	b, err := New(Options{Animate: true})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	plain := "[[nodes]]\nid = \"a\"\nlabel = \"A\"\n"
	for _, tt := range []struct {
		src  string
		want bool
	}{
		{plain, true},
		{plain + "[animate]\nenabled = false\n", false},
	} {
		r := b.Build(context.Background(), Source{File: "a.toml", Data: []byte(tt.src)})
		if r.Err != nil {
			t.Fatal(r.Err)
		}
		checkSVG(t, r.SVG)
		got := bytes.Contains(r.SVG, []byte("@media (prefers-reduced-motion:no-preference){@keyframes"))
		if got != tt.want || bytes.Contains(r.SVG, []byte(`pathLength="1"`)) != tt.want {
			t.Errorf("%q: animated %v, want %v", tt.src, got, tt.want)
		}
	}
	if b.Key("tool", Source{File: "a.toml", Data: []byte(plain)}) == newTestBuilder(t).Key("tool", Source{File: "a.toml", Data: []byte(plain)}) {
		t.Error("--animate leaves the build key as it was: an incremental build would keep the still SVGs")
	}
}
