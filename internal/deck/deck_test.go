package deck

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/sketchdeck/sketchdeck/internal/cache"
)

// refList lists the references of src as PATH@LINE:COL.
func refList(src string) string {
	var got []string
	for _, r := range Refs([]byte(src)) {
		got = append(got, r.Path+"@"+strconv.Itoa(r.Line)+":"+strconv.Itoa(r.Col))
	}
	return strings.Join(got, " ")
}

func TestRefs(t *testing.T) {
	src := "# t\n![](images/a.svg)\n<object data=\"images/b.svg\"></object>\n" +
		"background-image: url(images/c.jpg)\n<img class=x src='images/d.svg'>\n" +
		"<!-- ![](images/hidden.svg)\n -->\n```\n![](images/code.svg)\n```\n" +
		"![x](<images/e.svg> \"t\") ![](https://x.org/f.svg) url(\"images/g.png\")\n"
	want := "images/a.svg@2:5 images/b.svg@3:15 images/c.jpg@4:23 images/d.svg@5:19 images/e.svg@11:7 images/g.png@11:56"
	if got := refList(src); got != want {
		t.Errorf("Refs =\n%s\nwant\n%s", got, want)
	}
}

// TestCheck covers each problem: no diagram, missing SVG, stale SVG (by
// content: another key), an SVG edited by hand or with no build record,
// unused diagram, an SVG whose diagram is gone; and what is fine: a built
// diagram, a picture of its own, a touched diagram.
func TestCheck(t *testing.T) {
	dir := t.TempDir()
	write := func(rel, body string) {
		p := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	images := filepath.Join(dir, "images")
	key := func(file string, data []byte) string { return filepath.Base(file) + ":" + string(data) }
	man, err := cache.Load(images)
	if err != nil {
		t.Fatal(err)
	}
	// built writes NAME.svg as a build from the diagram's content would.
	built := func(name, file, source string) {
		svg := "<svg>" + name + "</svg>"
		write("images/"+name+".svg", svg)
		man.RecordSum(name+".svg", key(file, []byte(source)), cache.Sum([]byte(svg)))
	}
	write("slides.md", "![](images/ok.svg)\n![](images/stale.svg)\n![](images/unbuilt.svg)\n![](images/logo.svg)\n"+
		"![](images/none.svg)\n![](images/photo.jpg)\n![](images/outline.svg?v=2)\n![Edited][e]\n\n"+
		"[e]: images/edited.svg\n\n<object data=\"images/gone.svg\"></object>\n<img src=\"images/foreign.svg#x\">\n")
	write("diagrams/ok.toml", "ok")
	built("ok", "ok.toml", "ok")
	write("diagrams/stale.toml", "new")
	built("stale", "stale.toml", "old")
	write("diagrams/unbuilt.toml", "")
	write("images/logo.svg", "<svg/>")
	write("diagrams/spare.toml", "")
	write("diagrams/outline.md", "# o")
	built("outline", "outline.md", "# o")
	write("diagrams/edited.toml", "e")
	built("edited", "edited.toml", "e")
	write("images/edited.svg", "<svg>by hand</svg>")
	built("gone", "gone.toml", "g")
	built("orphan", "orphan.toml", "o")
	write("diagrams/foreign.toml", "f")
	write("images/foreign.svg", "<svg>not built here</svg>")
	write("diagrams/README.md", "")
	write("images/"+cache.FileName, string(man.Bytes()))
	// Touching every file changes nothing: staleness is by content.
	later := time.Now().Add(time.Hour)
	filepath.WalkDir(filepath.Join(dir, "diagrams"), func(p string, _ os.DirEntry, _ error) error { return os.Chtimes(p, later, later) })
	o := Options{Deck: filepath.Join(dir, "slides.md"), Images: images, Diagrams: filepath.Join(dir, "diagrams"), Key: key, Build: "sketchdeck build --out images diagrams"}
	r, err := Check(o)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range r.Problems {
		got = append(got, strings.ReplaceAll(p.String(), dir+string(filepath.Separator), ""))
	}
	want := []string{
		"slides.md:2:5: images/stale.svg: images/stale.svg is out of date: diagrams/stale.toml, the theme, a catalog or sketchdeck changed since it was built, or it was built with other flags: run sketchdeck build --out images diagrams",
		"slides.md:3:5: images/unbuilt.svg: images/unbuilt.svg is missing: run sketchdeck build --out images diagrams",
		"slides.md:5:5: images/none.svg: no diagram diagrams/none.toml and no file images/none.svg",
		"slides.md:8:1: images/edited.svg: images/edited.svg was changed since it was built from diagrams/edited.toml: run sketchdeck build --out images diagrams",
		"slides.md:12:15: images/gone.svg: built from diagrams/gone.toml, which is gone: restore the diagram or delete images/gone.svg",
		"slides.md:13:11: images/foreign.svg#x: images/foreign.svg has no record of being built from diagrams/foreign.toml in images/.sketchdeck.json: run sketchdeck build --out images diagrams",
		"diagrams/spare.toml: no slide of slides.md shows this diagram (it would be images/spare.svg)",
		"images/orphan.svg: built from diagrams/orphan.toml, which is gone: restore the diagram or delete images/orphan.svg",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if r.Refs != 10 || r.Diagrams != 6 {
		t.Errorf("Refs %d, Diagrams %d; want 10, 6", r.Refs, r.Diagrams)
	}
	if _, err := Check(Options{Deck: filepath.Join(dir, "nope.md"), Diagrams: dir}); err == nil {
		t.Error("a missing deck is not an error")
	}
}

// TestRefsMarkdown: what CommonMark shows is found and what it does not
// (code, comments) is not; an escaped ! makes a link, which counts when
// it is to an SVG; reference-style images,
// links to SVGs (inline and reference-style), queries, fragments, raw
// HTML inline and in blocks.
func TestRefsMarkdown(t *testing.T) {
	src := "![CDN][cdn] and ![][Sync]\n\n[cdn]: images/cdn.svg\n[sync]: <images/sync.svg?v=2> \"t\"\n\n" +
		"`![](images/span.svg)`  \\![](images/escaped.svg)\n\n" +
		"    ![](images/indented-code.svg)\n\n" +
		"<div style=\"background-image: url('images/bg.svg')\">\n<embed src=images/e.svg>\n<!-- <img src=\"images/c.svg\"> -->\n</div>\n\n" +
		"See [the picture](images/link.svg#top), [a page](page.md), [the CDN][cdn].\n\n" +
		".left[![](images/remark%20class.svg)] <object type=\"image/svg+xml\" data='images/o.svg'></object>\n"
	want := "images/cdn.svg@1:1 images/sync.svg?v=2@1:17 images/escaped.svg@6:30 images/bg.svg@10:36 images/e.svg@11:12 " +
		"images/link.svg#top@15:19 images/cdn.svg@15:60 images/remark%20class.svg@17:11 images/o.svg@17:74"
	if got := refList(src); got != want {
		t.Errorf("Refs =\n%s\nwant\n%s", got, want)
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
	x := newLineIndex([]byte("ab\n\ncd\n"))
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
