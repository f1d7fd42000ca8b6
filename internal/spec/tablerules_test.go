package spec

import "testing"

// TestTableRulesErrors checks the whole message of each input error of a
// table's rules, header band, frame and cell fills.
func TestTableRulesErrors(t *testing.T) {
	const head = "kind = \"table\"\n[[table.columns]]\nheader = \"h\"\n[[table.rows]]\ncells = [\"a\"]\n[[table.rows]]\ncells = [\"b\"]\n[table]\n"
	checkDecodeErrors(t, []decodeCase{
		{"rules word", head + "rules = \"alll\"\n",
			[]string{"d.toml:9:1: unknown rules \"alll\" (did you mean \"all\"?): write \"all\", \"none\" or a list of row numbers such as [1, 3]"}},
		{"rules of a wrong type", head + "rules = 2\n",
			[]string{"d.toml:9:1: want \"all\", \"none\" or a list of row numbers such as [1, 3], not an integer"}},
		{"rule not a number", head + "rules = [1, \"2\"]\n",
			[]string{"d.toml:9:1: rules[1]: want a row number, not a string"}},
		{"rule past the rows", head + "rules = [1, 3]\n",
			[]string{"d.toml:9:1: rule 3: the table has 2 rows; a rule goes under a row from 1 to 2, or 0 for the header"}},
		{"rule under no header", "kind = \"table\"\n[[table.columns]]\n[[table.rows]]\ncells = [\"a\"]\n[table]\nrules = [0]\n",
			[]string{"d.toml:6:1: rule 0 goes under the header, and the table has no header: rules go under rows 1 to 1"}},
		{"rule style", head + "rules = \"all\"\nrule_style = \"dashd\"\n",
			[]string{"d.toml:10:1: unknown stroke style \"dashd\" (did you mean \"dashed\"?): valid choices are \"solid\", \"dashed\" or \"dotted\""}},
		{"header fill style", head + "header_fill = \"blue\"\nheader_fill_style = \"hatch\"\n",
			[]string{"d.toml:10:1: unknown fill style \"hatch\": valid choices are \"solid\", \"hachure\", \"cross-hatch\", \"zigzag\", \"dots\" or \"none\""}},
		{"header fill style alone", head + "header_fill_style = \"solid\"\n",
			[]string{"d.toml:9:1: header_fill_style styles the header band: give it a colour with header_fill = \"...\""}},
		{"header fill without a header", "kind = \"table\"\n[[table.columns]]\n[table]\nheader_fill = \"blue\"\n",
			[]string{"d.toml:4:1: header_fill paints the band behind the column headers, and no column has a header or header_icon"}},
		{"frame style alone", head + "frame_style = \"dashed\"\n",
			[]string{"d.toml:9:1: frame_style styles the frame: add frame = true"}},
		{"frame of a wrong type", head + "frame = \"yes\"\n",
			[]string{"d.toml:9:1: frame: want true or false, not a string"}},
		{"cell fill style alone", "kind = \"table\"\n[[table.columns]]\n[[table.rows]]\ncells = [{ text = \"a\", fill_style = \"solid\" }]\n",
			[]string{"d.toml:4:10: fill_style styles the cell's fill: give it a colour with fill = \"...\""}},
		{"cell fill colour", "kind = \"table\"\n[[table.columns]]\n[[table.rows]]\ncells = [{ text = \"a\", fill = \"#1\" }]\n",
			[]string{"d.toml:4:10: bad colour \"#1\": a hex colour has 3, 4, 6 or 8 hex digits, as in \"#228be6\""}},
		{"line strike of a wrong type", "kind = \"table\"\n[[table.columns]]\n[[table.rows]]\ncells = [{ texts = [{ text = \"a\", strike = \"yes\", bolt = true }] }]\n",
			[]string{"d.toml:4:10: texts[0]: unknown key \"bolt\" in a line (did you mean \"bold\"?); valid keys are bold, color, font, strike, text",
				"d.toml:4:10: texts[0].strike: want true or false, not a string"}},
	})
}
