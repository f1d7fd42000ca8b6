package spec

import (
	"strings"
	"testing"
)

// TestDeepNesting: sources nested far past MaxNesting, which the TOML
// decoder took minutes to hours on, are refused at the first level too
// deep; brackets, braces and dots inside strings and comments do not count.
func TestDeepNesting(t *testing.T) {
	const n = 200_000
	tests := []struct{ name, src, want string }{
		{"inline tables", "x = " + strings.Repeat("{a=", n) + "1" + strings.Repeat("}", n) + "\n",
			"deep.toml:1:305: arrays and tables nest more than 100 deep; the limit is 100"},
		{"mind map", "kind = \"mindmap\"\n[mindmap]\ntopic = \"c\"\nbranches = " + strings.Repeat("[{topic=\"a\",branches=", n/8) + "[]" + strings.Repeat("}]", n/8) + "\n",
			"deep.toml:4:1062: arrays and tables nest more than 100 deep; the limit is 100"},
		{"dotted key", "# a.b.[{\n'''\n[[[\n'''\n" + strings.Repeat("a.", n) + "a = 1\n",
			"deep.toml:5:200: a dotted key has more than 100 parts; the limit is 100"},
		{"table header", "s = \"[[[[.....\"\n[" + strings.Repeat("a.", n) + "a]\n",
			"deep.toml:2:201: a dotted key has more than 100 parts; the limit is 100"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Decode("deep.toml", []byte(tc.src))
			if err == nil || err.Error() != tc.want {
				t.Errorf("got %v\nwant %s", err, tc.want)
			}
		})
	}
	// Nesting up to the limit is fine.
	ok := "[[nodes]]\nid = \"a\"\nlabel = \"[[[{{{\"\n" + strings.Repeat("x.", MaxNesting-1) + "y = 1\n"
	if err := CheckNesting("ok.toml", ok); err != nil {
		t.Errorf("nesting at the limit: %v", err)
	}
}
