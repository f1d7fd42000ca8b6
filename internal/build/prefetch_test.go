package build

import (
	"bytes"
	"context"
	"testing"
)

// TestPrefetch: a build after Prefetch (called more than once, as a
// planner calls it for each stale diagram) draws the same SVG as a
// build without it, parts included.
func TestPrefetch(t *testing.T) {
	src := Source{File: "desk.toml", Data: []byte("kind = \"drawing\"\n[[elements]]\nkind = \"part\"\npart = \"laptop\"\nwidth = 80\nheight = 60\n")}
	var svgs [][]byte
	for _, prefetch := range []bool{false, true} {
		b := newBuilder(t, Options{})
		if prefetch {
			b.Prefetch()
			b.Prefetch()
		}
		r := b.Build(context.Background(), src)
		if r.Err != nil {
			t.Fatal(r.Err)
		}
		svgs = append(svgs, r.SVG)
	}
	if !bytes.Equal(svgs[0], svgs[1]) {
		t.Error("the SVG built after Prefetch differs")
	}
}
