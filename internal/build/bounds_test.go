package build

import (
	"context"
	"strings"
	"testing"
)

// Inputs that used to take minutes or all the memory before failing (or
// never failed): each now stops at a documented limit, before the work is
// done, with an error that names the limit and where it was passed.

// TestBounds checks the whole message of each input past a limit.
func TestBounds(t *testing.T) {
	tests := []errorCase{
		{"too many marks", "[[nodes]]\nid = \"a\"\n" + strings.Repeat("[[marks]]\nkind = \"boom\"\non = \"a\"\n", 1001),
			`bounds.toml:3003:1: 1001 marks; the limit is 1000`},
		{"arc of a billion degrees", arc("end = 1e9"),
			`bounds.toml:6:1: end must be from -3600 to 3600 degrees, not 1e+09`},
		{"arc of twenty turns", arc("start = -3600\nend = 3600"),
			`bounds.toml:7:1: an arc turns at most 3600 degrees (ten turns) from start to end, not 7200`},
		{"arc at NaN degrees", arc("start = nan"),
			`bounds.toml:6:1: start must be from -3600 to 3600 degrees, not NaN`},
		{"huge SVG", "kind = \"table\"\n[[table.columns]]\nid = \"c\"\nwidth = 1\n" +
			strings.Repeat("[[table.rows]]\ncells = [\""+strings.Repeat("w", 2000)+"\"]\n", 60),
			`bounds: the SVG would be about 21 MiB; the limit is 16 MiB: draw fewer or smaller things, or split the diagram`},
	}
	checkErrors(t, newTestBuilder(t), "bounds.toml", tests)
}

// errorCase is a source and the whole error message it must get.
type errorCase struct{ name, src, want string }

// checkErrors builds each case as file and compares the whole message; a
// failed build must write no SVG.
func checkErrors(t *testing.T, b *Builder, file string, tests []errorCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := b.Build(context.Background(), Source{File: file, Data: []byte(tc.src)})
			if res.Err == nil {
				t.Fatal("no error")
			}
			if got := res.Err.Error(); got != tc.want {
				t.Errorf("got:\n%s\nwant:\n%s", clip(got), tc.want)
			}
			if res.SVG != nil {
				t.Error("an SVG besides the error")
			}
		})
	}
}

// arc is a drawing of one arc with more keys.
func arc(keys string) string {
	return "kind = \"drawing\"\n[[elements]]\nkind = \"arc\"\nwidth = 100\nheight = 80\n" + keys + "\n"
}
