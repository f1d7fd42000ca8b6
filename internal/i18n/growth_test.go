package i18n

import (
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// TestGrowthProblems: a translation drawn over a tenth wider is reported
// at the catalog entry of the text that widened most; one within a tenth
// taller is not reported.
func TestGrowthProblems(t *testing.T) {
	src := "title = \"T\"\n[[nodes]]\nid = \"a\"\nlabel = \"Short\"\n[[nodes]]\nid = \"b\"\nlabel = \"Other\"\n"
	d, err := spec.Decode("g.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	cat := "[g]\n\"nodes.a.label\" = { source = \"Short\", text = \"Court\" }\n\"nodes.b.label\" = { source = \"Other\", text = \"Un autre bien plus long\" }\n"
	c, err := Decode("fr.toml", []byte(cat))
	if err != nil {
		t.Fatal(err)
	}
	Apply(d, c)
	text := func(id, s string, w float64) scene.Item {
		return scene.Item{ID: id, Kind: scene.Label, Text: &scene.Text{Size: 20, Lines: []scene.Line{{Text: s, Width: w}}}}
	}
	orig := &scene.Scene{Width: 400, Height: 200, Items: []scene.Item{text("node:a:label", "Short", 50), text("node:b:label", "Other", 50)}}
	tr := &scene.Scene{Width: 500, Height: 215, Items: []scene.Item{text("node:a:label", "Court", 55), text("node:b:label", "Un autre bien plus long", 200)}}
	got := GrowthProblems(d, tr, orig, c)
	want := "fr.toml:3:1: g: nodes.b.label: the translation draws the picture 25.0% wider than the original (500×215 px, not 400×200; at most 10%): shorten this text, the one that grew most"
	if len(got) != 1 || got[0].Error() != want {
		t.Errorf("got %v\nwant %s", got, want)
	}
}
