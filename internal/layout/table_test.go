package layout

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// stubParts stands in for the parts library: each part is one rectangle
// filling the box it is given.
type stubParts struct{ names []string }

func (p stubParts) Place(name, id string, box geom.Rect, o PartOptions) ([]scene.Item, error) {
	return []scene.Item{{ID: id + ":" + name, Kind: scene.Rect, Box: box}}, nil
}

func (p stubParts) Check(name string) error {
	if slices.Contains(p.names, name) {
		return nil
	}
	return fmt.Errorf("unknown part %q%s; the library has %s", name, spec.DidYouMean(name, p.names), strings.Join(p.names, ", "))
}

const tableSrc = `kind = "table"
[[table.columns]]
id = "a"
align = "right"
[[table.columns]]
kind = "arrow"
[[table.columns]]
id = "b"
header_icon = "smiley"
[[table.columns]]
id = "c"
header_icon = "tools"
divider = "dashed"
width = 150
[[table.rows]]
id = "r"
color = "dark-blue"
cells = ["CDN / Cache", "PM, Team Lead,\nManager", "All hands, Recordings, Minutes"]
[[table.rows]]
cells = ["Centralization", { mark = "cross" }, { texts = ["Knowledgebase (wiki)", "Backlog"] }]
`

func layoutTable(t *testing.T, src string, parts Parts) (*scene.Scene, error) {
	t.Helper()
	d, err := spec.Decode("t.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	env := testEnv(t)
	env.Parts = parts
	return Table{}.Layout(context.Background(), d, env)
}

func TestTableLayout(t *testing.T) {
	sc, err := layoutTable(t, tableSrc, stubParts{names: []string{"smiley", "tools"}})
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]scene.Item{}
	for _, it := range sc.Items {
		byID[it.ID] = it
	}
	for _, id := range []string{"table:header:b:smiley", "table:header:c:tools", "table:divider:c", "table:r:c2", "table:r2:b:mark:1", "table:r2:c:0", "table:r2:c:1"} {
		if _, ok := byID[id]; !ok {
			t.Errorf("no item %q", id)
		}
	}
	// Fitted columns hold every line; the fixed one wraps its text to 150.
	for _, it := range sc.Items {
		if it.Text == nil || it.ID == "title" {
			continue
		}
		for _, l := range it.Text.Lines {
			if l.Width > it.Box.W+0.01 {
				t.Errorf("%s: line %q (%v px) is wider than its cell (%v px)", it.ID, l.Text, l.Width, it.Box.W)
			}
		}
	}
	if n := len(byID["table:r:c:0"].Text.Lines); n < 3 {
		t.Errorf("the fixed-width cell has %d lines, want it wrapped to at least 3", n)
	}
	// The icons sit above their columns, the arrow between the columns.
	smiley, b := byID["table:header:b:smiley"].Box, byID["table:r:b:0"].Box
	if d := smiley.Center().X - b.Center().X; d*d > 1 || smiley.Y+smiley.H > b.Y {
		t.Errorf("smiley %v is not centred above its column %v", smiley, b)
	}
	arrow := byID["table:r:c2"]
	if !arrow.Heads.End || arrow.Points[0].Y != arrow.Points[1].Y {
		t.Errorf("arrow %v: want a level arrow with a head", arrow.Points)
	}
	blue, _ := testEnv(t).Theme.Color("dark-blue")
	if c := byID["table:r:a:0"].Text.Color; c != blue {
		t.Errorf("row colour %s, want %s", c, blue)
	}
}

func TestTableIconErrors(t *testing.T) {
	cases := []struct {
		name  string
		parts Parts
		want  string
	}{
		{"no library", nil, "t.toml:9:1: header_icon \"smiley\": no parts library is available to draw it\n" +
			"t.toml:12:1: header_icon \"tools\": no parts library is available to draw it"},
		{"missing part", stubParts{names: []string{"robot", "smile"}}, "t.toml:9:1: header_icon: unknown part \"smiley\" (did you mean \"smile\"?); the library has robot, smile\n" +
			"t.toml:12:1: header_icon: unknown part \"tools\"; the library has robot, smile"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := layoutTable(t, tableSrc, c.parts)
			if err == nil || err.Error() != c.want {
				t.Errorf("got:\n%v\nwant:\n%s", err, c.want)
			}
		})
	}
}

func TestTableBadColour(t *testing.T) {
	src := strings.Replace(tableSrc, `color = "dark-blue"`, `color = "bleu"`, 1)
	_, err := layoutTable(t, src, stubParts{names: []string{"smiley", "tools"}})
	if err == nil || !strings.Contains(err.Error(), `t.toml:17:1: unknown colour "bleu"`) {
		t.Errorf("got %v", err)
	}
}
