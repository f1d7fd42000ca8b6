package i18n

import (
	"reflect"
	"slices"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/spec"
)

const graphSrc = `title = "Caching"
description = "A hierarchy"

[[nodes]]
id = "origin"
label = "Origin"

[[nodes]]
id = "edge"
label = "Edge cache"

[[nodes]]
id = "quiet"

[[edges]]
from = "origin"
to = "edge"
label = "copy"

[[edges]]
from = "origin"
to = "edge"
label = "again"

[[edges]]
from = "edge"
to = "origin"
`

func decode(t testing.TB, file, src string) *spec.Diagram {
	t.Helper()
	d, err := spec.Decode(file, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestTextsKeys(t *testing.T) {
	d := decode(t, "diagrams/cache.toml", graphSrc)
	var got []string
	for _, x := range Texts(d) {
		got = append(got, x.Key+"="+x.Source)
	}
	want := []string{"title=Caching", "description=A hierarchy", "nodes.origin.label=Origin", "nodes.edge.label=Edge cache",
		"edges.origin->edge.label=copy", "edges.origin->edge#2.label=again"}
	if !slices.Equal(got, want) {
		t.Errorf("keys\n got %q\nwant %q", got, want)
	}
	if p := Texts(d)[2].Pos; p.Line != 6 {
		t.Errorf("nodes.origin.label at %+v, want line 6", p)
	}
}

func TestElemKeys(t *testing.T) {
	type item struct {
		ID   string `toml:"id"`
		Text string `toml:"text" i18n:"text"`
	}
	type cell struct {
		Text  string   `toml:"text" i18n:"text"`
		Lines []string `toml:"lines" i18n:"text"`
	}
	type tree struct {
		Items []item `toml:"items"`
		Cells []cell `toml:"cells"`
	}
	v := tree{
		Items: []item{{"a", "A"}, {"a", "A2"}, {"", "anon"}},
		Cells: []cell{{Text: "c0"}, {Lines: []string{"l0", "l1"}}},
	}
	var got []string
	walkValue(&v, func(key, path string) { got = append(got, key+" "+path) })
	want := []string{"items.a.text items[0].text", "items.a#2.text items[1].text", "items.2.text items[2].text",
		"cells.0.text cells[0].text", "cells.1.text cells[1].text", "cells.1.lines.0 cells[1].lines[0]", "cells.1.lines.1 cells[1].lines[1]"}
	if !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// walkValue walks any struct as Texts walks a diagram.
func walkValue(v any, visit func(key, path string)) {
	walk(reflect.ValueOf(v), "", "", 0, func(key, path string, _ reflect.Value) { visit(key, path) })
}

type fixed map[string]string

func (f fixed) Translate(_, key, _ string) (string, bool) { s, ok := f[key]; return s, ok }
func (f fixed) Identity(string) string                    { return "" }

func TestApplyKeepsIDs(t *testing.T) {
	d := decode(t, "diagrams/cache.toml", graphSrc)
	Apply(d, fixed{"title": "Mise en cache", "nodes.edge.label": "Cache de bord", "edges.origin->edge#2.label": "encore"})
	if d.Title != "Mise en cache" || d.Nodes[1].Label != "Cache de bord" || d.Edges[1].Label != "encore" || d.Edges[0].Label != "copy" {
		t.Errorf("not applied: %q %q %q %q", d.Title, d.Nodes[1].Label, d.Edges[1].Label, d.Edges[0].Label)
	}
	if d.Nodes[1].ID != "edge" || d.Edges[1].From != "origin" {
		t.Errorf("ids changed")
	}
}
