package build

import (
	"context"
	"strings"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/part"
)

// TestNodeIconErrors: an unknown icon on a node is reported at its icon
// key with the library's suggestion, like an unknown part in a drawing.
func TestNodeIconErrors(t *testing.T) {
	b := newTestBuilder(t)
	lib, err := part.Load(part.Options{Env: envFor(t, b)})
	if err != nil {
		t.Fatal(err)
	}
	names := strings.Join(lib.Names(), ", ")
	const icons = "; icons are written tabler:NAME, logos logo:NAME ('sketchdeck icons WORD' searches them)"
	head := "version = 1\n[[nodes]]\nid = \"a\"\nlabel = \"A\"\n"
	tests := []struct{ name, src, want string }{
		{"unknown part", head + "icon = \"laptp\"\n",
			`x.toml:5:1: unknown part "laptp" (did you mean "laptop"?); the library has ` + names + icons},
		{"unknown icon", head + "icon = \"tabler:sever-2\"\n",
			`x.toml:5:1: unknown icon "tabler:sever-2" (did you mean "tabler:server-2"?); 'sketchdeck icons WORD' searches the icons' names and tags`},
		{"negative size", head + "icon = \"laptop\"\nicon_size = -3\n",
			`x.toml:6:1: icon_size must be a number from 0 to 10000, not -3`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := b.Build(context.Background(), Source{File: "x.toml", Data: []byte(tc.src)})
			if res.Err == nil {
				t.Fatal("no error")
			}
			if got := res.Err.Error(); got != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}
