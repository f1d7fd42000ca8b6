package i18n

import (
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// TestGrowth: a translation drawn over a tenth wider is reported at the
// catalog entry of the text named; within a tenth taller is not reported;
// Only translates one key.
func TestGrowth(t *testing.T) {
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
	orig := &scene.Scene{Width: 400, Height: 200}
	tr := &scene.Scene{Width: 500, Height: 215}
	gs := Grown(tr, orig)
	if len(gs) != 1 || gs[0].Dir != "wider" {
		t.Fatalf("Grown = %+v, want wider only", gs)
	}
	want := "fr.toml:3:1: g: nodes.b.label: the translation draws the picture 25.0% wider than the original (500×215 px, not 400×200; at most 10%): shorten this text, the one that grows it most"
	if got := gs[0].Problem(d, c, "nodes.b.label", tr, orig).Error(); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	wantFile := "g.toml:7:1: g: nodes.b.label: the translation draws the picture 25.0% wider than the original (500×215 px, not 400×200; at most 10%): shorten this text, the one that grows it most"
	if got := gs[0].Problem(d, nil, "nodes.b.label", tr, orig).Error(); got != wantFile {
		t.Errorf("no catalog: got  %s\nwant %s", got, wantFile)
	}
	Apply(d, Only{Tr: c, Key: "nodes.b.label"})
	if d.Nodes[0].Label != "Short" || d.Nodes[1].Label != "Un autre bien plus long" {
		t.Errorf("Only translated %q, %q", d.Nodes[0].Label, d.Nodes[1].Label)
	}
}
