package build

import (
	"context"
	"testing"
)

func TestDOTErrors(t *testing.T) {
	b := newTestBuilder(t)
	for _, tc := range []struct{ src, want string }{
		{"digraph G {\n  a -> b\n  c -> [x=1]\n}\n", `bad.gv:3:8: syntax error near "[" (Graphviz's DOT reader)`},
		{"digraph G {\n  a -> b\n", `bad.gv:3: syntax error (Graphviz's DOT reader)`},
		{"", `bad.gv: the file holds no graph: a Graphviz file holds one, as in digraph G { a -> b }`},
		{"// graph G { a }\n/* b */\n", `bad.gv: the file holds no graph: a Graphviz file holds one, as in digraph G { a -> b }`},
	} {
		res := b.Build(context.Background(), Source{File: "bad.gv", Data: []byte(tc.src)})
		if res.Err == nil || res.Err.Error() != tc.want {
			t.Errorf("error = %v, want %s", res.Err, tc.want)
		}
	}
}
