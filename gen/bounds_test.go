package gen

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
	tests := []struct {
		name, src, want string
	}{
		{"too many marks", "[[nodes]]\nid = \"a\"\n" + strings.Repeat("[[marks]]\nkind = \"boom\"\non = \"a\"\n", 1001),
			`bounds.toml:3003:1: 1001 marks; the limit is 1000`},
	}
	b := newTestBuilder(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := b.Build(context.Background(), Source{File: "bounds.toml", Data: []byte(tc.src)})
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
