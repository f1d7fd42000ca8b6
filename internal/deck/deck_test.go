package deck

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestRefs(t *testing.T) {
	src := "# t\n![](images/a.svg)\n<object data=\"images/b.svg\"></object>\n" +
		"background-image: url(images/c.jpg)\n<img class=x src='images/d.svg'>\n" +
		"<!-- ![](images/hidden.svg)\n -->\n```\n![](images/code.svg)\n```\n" +
		"![x](<images/e.svg> \"t\") ![](https://x.org/f.svg) url(\"images/g.png\")\n"
	var got []string
	for _, r := range Refs([]byte(src)) {
		got = append(got, r.Path+"@"+strconv.Itoa(r.Line)+":"+strconv.Itoa(r.Col))
	}
	want := "images/a.svg@2:5 images/b.svg@3:15 images/c.jpg@4:23 images/d.svg@5:19 images/e.svg@11:7 images/g.png@11:56"
	if strings.Join(got, " ") != want {
		t.Errorf("Refs =\n%s\nwant\n%s", strings.Join(got, " "), want)
	}
}

// TestCheck covers each problem: no diagram, missing SVG, stale SVG,
// unused diagram; and what is fine: a built diagram, a picture of its own.
func TestCheck(t *testing.T) {
	dir := t.TempDir()
	write := func(rel, body string, age time.Duration) {
		p := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		at := time.Now().Add(-age)
		if err := os.Chtimes(p, at, at); err != nil {
			t.Fatal(err)
		}
	}
	write("slides.md", "![](images/ok.svg)\n![](images/stale.svg)\n![](images/unbuilt.svg)\n![](images/logo.svg)\n![](images/none.svg)\n![](images/photo.jpg)\n![](images/outline.svg)\n", 0)
	write("diagrams/ok.toml", "", 2*time.Hour)
	write("images/ok.svg", "", time.Hour)
	write("diagrams/stale.toml", "", time.Hour)
	write("images/stale.svg", "", 2*time.Hour)
	write("diagrams/unbuilt.toml", "", time.Hour)
	write("images/logo.svg", "", time.Hour)
	write("diagrams/spare.toml", "", time.Hour)
	write("diagrams/outline.md", "", time.Hour)
	write("images/outline.svg", "", 0)
	write("diagrams/README.md", "", time.Hour)
	o := Options{Deck: filepath.Join(dir, "slides.md"), Images: filepath.Join(dir, "images"), Diagrams: filepath.Join(dir, "diagrams")}
	r, err := Check(o)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range r.Problems {
		got = append(got, strings.ReplaceAll(p.String(), dir+string(filepath.Separator), ""))
	}
	want := []string{
		"slides.md:2:5: images/stale.svg: images/stale.svg is older than diagrams/stale.toml: run sketchdeck build",
		"slides.md:3:5: images/unbuilt.svg: images/unbuilt.svg is missing: run sketchdeck build",
		"slides.md:5:5: images/none.svg: no diagram diagrams/none.toml and no file images/none.svg",
		"diagrams/spare.toml: no slide of slides.md shows this diagram (it would be images/spare.svg)",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if r.Refs != 7 || r.Diagrams != 4 {
		t.Errorf("Refs %d, Diagrams %d; want 7, 4", r.Refs, r.Diagrams)
	}
	// A theme file newer than every SVG makes them all stale.
	write("theme.toml", "", 0)
	o.Sources = []string{filepath.Join(dir, "theme.toml")}
	r, _ = Check(o)
	if len(r.Problems) != 6 || !strings.Contains(r.Problems[0].Msg, "ok.svg is older than") {
		t.Errorf("with a newer theme: %v", r.Problems)
	}
	if _, err := Check(Options{Deck: filepath.Join(dir, "nope.md"), Diagrams: dir}); err == nil {
		t.Error("a missing deck is not an error")
	}
}

// TestRefsLinear: a deck of 200 000 references (each once made the whole
// deck before it be rescanned for its line: 31 s) is indexed once; finding
// each reference's line is a binary search over the line starts.
func TestRefsLinear(t *testing.T) {
	const n = 200_000
	src := []byte(strings.Repeat("![](images/a.svg)\n", n))
	refs, lines := refsOf(src)
	if len(refs) != n || refs[n-1].Line != n || refs[n-1].Col != 5 {
		t.Fatalf("got %d refs, last %+v", len(refs), refs[len(refs)-1])
	}
	// ⌈log2(n+1)⌉ = 18 halvings, plus the final check for an exact hit.
	if limit := n * 19; lines.probes > limit {
		t.Errorf("%d comparisons to place %d references; the bound is %d", lines.probes, n, limit)
	}
}

func TestPosition(t *testing.T) {
	x := newLineIndex("ab\n\ncd\n")
	for _, c := range []struct{ at, line, col int }{{0, 1, 1}, {1, 1, 2}, {2, 1, 3}, {3, 2, 1}, {4, 3, 1}, {6, 3, 3}, {7, 4, 1}} {
		if l, col := x.position(c.at); l != c.line || col != c.col {
			t.Errorf("position(%d) = %d:%d, want %d:%d", c.at, l, col, c.line, c.col)
		}
	}
}

// BenchmarkRefs: 200 000 references.
func BenchmarkRefs(b *testing.B) {
	src := []byte(strings.Repeat("![](images/a.svg)\n", 200_000))
	for b.Loop() {
		Refs(src)
	}
}
