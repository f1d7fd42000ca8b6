package i18n

import (
	"slices"
	"strings"
	"testing"
)

// TestLinesTexts checks that the lines of a label (nodes, topics, drawing
// texts, table cells) are catalog texts keyed by index, and are translated.
func TestLinesTexts(t *testing.T) {
	cases := []struct{ name, src string }{
		{"node", "[[nodes]]\nid = \"a\"\nlines = [\"one\", { text = \"two\", color = \"red\" }]\n"},
		{"topic", "kind = \"mindmap\"\n[mindmap]\nlines = [\"one\", { text = \"two\" }]\n"},
		{"drawing", "kind = \"drawing\"\n[[elements]]\nid = \"a\"\nkind = \"text\"\nlines = [\"one\", { text = \"two\", strike = true }]\n"},
		{"cell", "kind = \"table\"\n[[table.columns]]\n[[table.rows]]\nid = \"a\"\ncells = [{ texts = [\"one\", { text = \"two\", bold = true }] }]\n"},
	}
	want := map[string][]string{
		"node":    {"nodes.a.lines.0=one", "nodes.a.lines.1=two"},
		"topic":   {"mindmap.lines.0=one", "mindmap.lines.1=two"},
		"drawing": {"elements.a.lines.0=one", "elements.a.lines.1=two"},
		"cell":    {"table.rows.a.cells.0.texts.0=one", "table.rows.a.cells.0.texts.1=two"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := decode(t, "d.toml", c.src)
			var got []string
			for _, x := range Texts(d) {
				got = append(got, x.Key+"="+x.Source)
			}
			if !slices.Equal(got, want[c.name]) {
				t.Errorf("keys\n got %q\nwant %q", got, want[c.name])
			}
			if p := Texts(d)[1].Pos; p.Line == 0 {
				t.Errorf("the second line has no position")
			}
			Apply(d, upper{})
			var after []string
			for _, x := range Texts(d) {
				after = append(after, x.Source)
			}
			if !slices.Equal(after, []string{"ONE", "TWO"}) {
				t.Errorf("translated %q, want ONE, TWO", after)
			}
		})
	}
}

// upper translates every text into upper case.
type upper struct{}

func (upper) Translate(_, _, s string) (string, bool) { return strings.ToUpper(s), true }
func (upper) Identity(string) string                  { return "upper" }
