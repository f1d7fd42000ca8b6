package lint

import "testing"

// TestStackOf: the lines of one label are told by their ids.
func TestStackOf(t *testing.T) {
	cases := []struct {
		id, stack string
		ok        bool
	}{
		{"node:a:label:0", "node:a:label", true},
		{"panel:p:node:a:label:12", "panel:p:node:a:label", true},
		{"node:a:label", "", false},
		{"edge:a->b#0", "", false},
		{"cell:r1:c2:", "", false},
		{"mindmap:2.1:text:x1", "", false},
	}
	for _, c := range cases {
		if s, ok := stackOf(c.id); s != c.stack || ok != c.ok {
			t.Errorf("stackOf(%q) = %q, %v; want %q, %v", c.id, s, ok, c.stack, c.ok)
		}
	}
}
