package spec

import "testing"

// TestTableMindmapErrors checks the whole message of each input error of
// the table and mindmap kinds.
func TestTableMindmapErrors(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"table without columns", "kind = \"table\"\n",
			"t.toml: table: the table has no columns: add [[table.columns]] tables"},
		{"bad column kind", "kind = \"table\"\n[[table.columns]]\nkind = \"arow\"\n",
			"t.toml:3:1: unknown column kind \"arow\" (did you mean \"arrow\"?): valid choices are \"text\" or \"arrow\""},
		{"bad alignment", "kind = \"table\"\n[[table.columns]]\nalign = \"justify\"\n",
			"t.toml:3:1: unknown alignment \"justify\": valid choices are \"left\", \"center\" or \"right\""},
		{"header and icon", "kind = \"table\"\n[[table.columns]]\nheader = \"People\"\nheader_icon = \"smiley\"\n",
			"t.toml:4:1: a column has either header or header_icon, not both"},
		{"too many cells", "kind = \"table\"\n[[table.columns]]\n[[table.columns]]\nkind = \"arrow\"\n[[table.rows]]\ncells = [\"a\", \"b\"]\n",
			"t.toml:6:1: row has 2 cells but the table has 1 text column (arrow columns take no cell)"},
		{"bad mark", "kind = \"table\"\n[[table.columns]]\n[[table.rows]]\ncells = [{ mark = \"star\" }]\n",
			"t.toml:4:10: unknown mark \"star\": valid choices are \"cross\" or \"check\""},
		{"unknown cell key", "kind = \"table\"\n[[table.columns]]\n[[table.rows]]\ncells = [{ txt = \"a\" }]\n",
			"t.toml:4:10: unknown key \"txt\" in a cell (did you mean \"text\"?); valid keys are align, color, fill, fill_style, icon, image, mark, text, texts"},
		{"cell of a wrong type", "kind = \"table\"\n[[table.columns]]\n[[table.rows]]\ncells = [3]\n",
			"t.toml:4:1: a cell is a string or a table such as { text = \"...\", mark = \"cross\" }, not an integer"},
		{"text and texts", "kind = \"table\"\n[[table.columns]]\n[[table.rows]]\ncells = [{ text = \"a\", texts = [\"b\"] }]\n",
			"t.toml:4:10: a cell has either text or texts, not both"},
		{"cell text of a wrong type", "kind = \"table\"\n[[table.columns]]\n[[table.rows]]\ncells = [{ text = 5 }]\n",
			"t.toml:4:10: text: want a string, not an integer"},
		{"cell texts of wrong types", "kind = \"table\"\n[[table.columns]]\n[[table.rows]]\ncells = [{ texts = [\"a\", 2, { txt = \"b\", color = 3 }] }]\n",
			"t.toml:4:10: texts[1]: a line is a string or a table such as { text = \"...\", color = \"...\", strike = true, bold = true, font = \"mono\" }, not an integer\n" +
				"t.toml:4:10: texts[2].color: want a string, not an integer\n" +
				"t.toml:4:10: texts[2]: unknown key \"txt\" in a line (did you mean \"text\"?); valid keys are bold, color, font, strike, text\n" +
				"t.toml:4:10: texts[2]: a line needs text = \"...\""},
		{"cell line colour", "kind = \"table\"\n[[table.columns]]\n[[table.rows]]\ncells = [{ texts = [\"a\", { text = \"b\", color = \"#12\" }] }]\n",
			"t.toml:4:10: bad colour \"#12\": a hex colour has 3, 4, 6 or 8 hex digits, as in \"#228be6\""},
		{"topic of a wrong type", "kind = \"mindmap\"\n[mindmap]\ntopic = \"c\"\nbranches = [{ topic = 5 }]\n",
			"t.toml:4:13: topic: want a string, not an integer"},
		{"topic key of a wrong type, at its line", "kind = \"mindmap\"\n[mindmap]\ntopic = \"c\"\n[[mindmap.branches]]\ntopic = \"t\"\nicon = \"cloud\"\nicon_size = \"big\"\n",
			"t.toml:7:1: icon_size: want a number, not a string"},
		{"duplicate row id", "kind = \"table\"\n[[table.columns]]\n[[table.rows]]\nid = \"a\"\n[[table.rows]]\nid = \"a\"\n",
			"t.toml:6:1: duplicate row id \"a\""},
		{"mind map without topic", "kind = \"mindmap\"\n",
			"t.toml: mindmap: the mind map has no central topic: add topic = \"...\" under [mindmap]"},
		{"bad mind map layout", "kind = \"mindmap\"\n[mindmap]\ntopic = \"c\"\nlayout = \"radiall\"\n",
			"t.toml:4:1: unknown mind map layout \"radiall\" (did you mean \"radial\"?): valid choices are \"balanced\", \"radial\" or \"right\""},
		{"topic without text", "kind = \"mindmap\"\n[mindmap]\ntopic = \"c\"\n[[mindmap.branches]]\nid = \"x\"\n",
			"t.toml:4:1: topic has no text: write topic = \"...\""},
		{"unknown topic key", "kind = \"mindmap\"\n[mindmap]\ntopic = \"c\"\nbranches = [{ topic = \"a\", colour = \"red\" }]\n",
			"t.toml:4:13: unknown key \"colour\" in a topic (did you mean \"color\"?); valid keys are branches, color, icon, icon_size, id, image, image_size, label_position, lines, side, step, topic"},
		{"side below the main branches", "kind = \"mindmap\"\n[mindmap]\ntopic = \"c\"\n[[mindmap.branches]]\ntopic = \"a\"\n[[mindmap.branches.branches]]\ntopic = \"b\"\nside = \"left\"\n",
			"t.toml:8:1: only a main branch (directly under the centre) has a side"},
		{"main branch side", "kind = \"mindmap\"\n[mindmap]\ntopic = \"c\"\n[[mindmap.branches]]\ntopic = \"a\"\nside = \"above\"\n",
			"t.toml:6:1: side must be \"left\" or \"right\", not \"above\""},
		{"wrap too narrow", "kind = \"mindmap\"\n[mindmap]\ntopic = \"c\"\nwrap = 10\n",
			"t.toml:4:1: wrap must be at least 40 px, not 10"},
		{"duplicate topic id", "kind = \"mindmap\"\n[mindmap]\ntopic = \"c\"\nbranches = [{ topic = \"a\", id = \"x\" }, { topic = \"b\", id = \"x\" }]\n",
			"t.toml:4:40: duplicate topic id \"x\""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Decode("t.toml", []byte(c.src))
			got := "<nil>"
			if err != nil {
				got = err.Error()
			}
			if got != c.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, c.want)
			}
		})
	}
}
