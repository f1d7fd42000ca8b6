package build

import "testing"

// TestNodeIconErrors: an unknown icon on a node or in a table cell is
// reported at its icon key with the library's suggestion, like an unknown part in a drawing.
func TestNodeIconErrors(t *testing.T) {
	b := newTestBuilder(t)
	names, icons := partChoices(t, b)
	head := "version = 1\n[[nodes]]\nid = \"a\"\nlabel = \"A\"\n"
	checkBuildErrors(t, b, []buildError{
		{"unknown part", head + "icon = \"laptp\"\n",
			`x.toml:5:1: unknown part "laptp" (did you mean "laptop"?); the library has ` + names + icons},
		{"unknown icon", head + "icon = \"tabler:sever-2\"\n",
			`x.toml:5:1: unknown icon "tabler:sever-2" (did you mean "tabler:server-2"?); 'sketchdeck icons WORD' searches the icons' names and tags`},
		{"negative size", head + "icon = \"laptop\"\nicon_size = -3\n",
			`x.toml:6:1: icon_size must be a number from 0 to 10000, not -3`},
		{"unknown cell icon", "version = 1\nkind = \"table\"\n[[table.columns]]\nheader = \"A\"\n[[table.rows]]\ncells = [{ icon = \"tabler:sever-2\", text = \"x\" }]\n",
			`x.toml:6:10: unknown icon "tabler:sever-2" (did you mean "tabler:server-2"?); 'sketchdeck icons WORD' searches the icons' names and tags`},
	})
}
