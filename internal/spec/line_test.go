package spec

import (
	"strings"
	"testing"
)

// Every way of writing a label's lines decodes, or is an error at the
// line naming the key and what it wants.
func TestLines(t *testing.T) {
	src := "[[nodes]]\nid = \"a\"\nlines = [\"one\", { text = \"two\", color = \"dark-pink\", strike = true, bold = true, font = \"Code\" }]\n"
	d, err := Decode("d.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := []Line{{Text: "one"}, {Text: "two", Color: "dark-pink", Strike: true, Bold: true, Font: "mono"}}
	got := d.Nodes[0].Lines
	if len(got) != len(want) {
		t.Fatalf("lines = %+v, want %+v", got, want)
	}
	for i := range want {
		if g := got[i]; g.Text != want[i].Text || g.Color != want[i].Color || g.Strike != want[i].Strike || g.Bold != want[i].Bold || g.Font != want[i].Font {
			t.Errorf("line %d = %+v, want %+v", i, g, want[i])
		}
	}
}

func TestLineErrors(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"node line of a wrong type", "[[nodes]]\nid = \"a\"\nlines = [\"a\", 5]\n",
			"d.toml:3:1: lines[1]: a line is a string or a table such as { text = \"...\", color = \"...\", strike = true, bold = true, font = \"mono\" }, not an integer"},
		{"node line keys", "[[nodes]]\nid = \"a\"\nlines = [{ txt = \"a\", bold = \"yes\" }]\n",
			"d.toml:3:10: lines[0].bold: want true or false, not a string\n" +
				"d.toml:3:10: lines[0]: unknown key \"txt\" in a line (did you mean \"text\"?); valid keys are bold, color, font, strike, text\n" +
				"d.toml:3:10: lines[0]: a line needs text = \"...\""},
		{"node line font", "[[nodes]]\nid = \"a\"\nlines = [\"a\", { text = \"f()\", font = \"mnoo\" }]\n",
			"d.toml:3:1: unknown font \"mnoo\" (did you mean \"mono\"?): valid choices are \"handwriting\", \"sans\" or \"mono\""},
		{"node line font of a wrong type", "[[nodes]]\nid = \"a\"\nlines = [{ text = \"f()\", font = 1 }]\n",
			"d.toml:3:10: lines[0].font: want a string, not an integer"},
		{"node line colour", "[[nodes]]\nid = \"a\"\nlines = [{ text = \"a\", color = \"#12\" }]\n",
			"d.toml:3:10: bad colour \"#12\": a hex colour has 3, 4, 6 or 8 hex digits, as in \"#228be6\""},
		{"node label and lines", "[[nodes]]\nid = \"a\"\nlabel = \"x\"\nlines = [\"a\"]\n",
			"d.toml:4:1: label and lines both write the label: give one of them"},
		{"node label of a wrong type", "[[nodes]]\nid = \"a\"\nlabel = 5\n",
			"d.toml:3:1: label: want a string, not a number"},
		{"panel item lines", "kind = \"panels\"\n[[panels]]\nid = \"p\"\n[[panels.nodes]]\nid = \"a\"\nlines = [{ text = \"a\", strike = 1 }]\n",
			"d.toml:6:10: lines[0].strike: want true or false, not an integer"},
		{"topic lines", "kind = \"mindmap\"\n[mindmap]\ntopic = \"c\"\nbranches = [{ lines = [\"a\", { text = 2 }] }]\n",
			"d.toml:4:13: lines[1].text: want a string, not an integer"},
		{"topic and lines", "kind = \"mindmap\"\n[mindmap]\ntopic = \"c\"\nbranches = [{ topic = \"t\", lines = [\"a\"] }]\n",
			"d.toml:4:13: topic and lines both write the topic: give one of them"},
		{"topic lines not a list", "kind = \"mindmap\"\n[mindmap]\ntopic = \"c\"\nbranches = [{ lines = \"a\" }]\n",
			"d.toml:4:13: lines: want a list of lines, each a string or a table such as { text = \"...\", color = \"...\", strike = true, bold = true, font = \"mono\" }; not a string"},
		{"drawing text lines", "kind = \"drawing\"\n[[elements]]\nkind = \"text\"\nlines = [\"a\", { text = \"b\", colour = \"red\" }]\n",
			"d.toml:4:1: lines[1]: unknown key \"colour\" in a line (did you mean \"color\"?); valid keys are bold, color, font, strike, text"},
		{"text element's text of a wrong type", "kind = \"drawing\"\n[[elements]]\nkind = \"text\"\ntext = 5\n",
			"d.toml:4:1: text: want a string, not a number"},
		{"text element's empty text", "kind = \"drawing\"\n[[elements]]\nkind = \"text\"\ntext = \"\"\n",
			"d.toml:2:1: a text element needs text = \"...\" (or lines = [...])"},
		{"lines on a drawn line", "kind = \"drawing\"\n[[elements]]\nkind = \"line\"\npoints = [[0, 0], [10, 0]]\nlines = [\"a\"]\n",
			"d.toml:5:1: lines has no effect on a line element; it is for shapes, text"},
		{"lines in a cell", "kind = \"table\"\n[[table.columns]]\n[[table.rows]]\ncells = [{ lines = [\"b\"] }]\n",
			"d.toml:4:10: unknown key \"lines\" in a cell: a cell writes its lines as texts = [...]"},
	}
	var tests []decodeCase
	for _, c := range cases {
		tests = append(tests, decodeCase{name: c.name, src: c.src, want: strings.Split(c.want, "\n")})
	}
	checkDecodeErrors(t, tests)
}
