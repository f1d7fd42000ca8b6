package i18n

import "testing"

// TestTextOfEdge: a text drawn by one of several edges that read the same
// is found at that edge's entry, the first and the parallel ones alike.
func TestTextOfEdge(t *testing.T) {
	texts := []Text{
		{Key: "edges.new->cancelled.label", Source: "cancel"},
		{Key: "edges.paid->cancelled.label", Source: "cancel"},
		{Key: "edges.shipped->cancelled.label", Source: "cancel"},
		{Key: "edges.a->b.label", Source: "ask"},
		{Key: "edges.a->b#2.label", Source: "ask"},
	}
	for _, c := range []struct{ item, want string }{
		{"edge:new->cancelled#0:label", "edges.new->cancelled.label"},
		{"edge:shipped->cancelled#0:label", "edges.shipped->cancelled.label"},
		{"edge:paid->cancelled#0:label", "edges.paid->cancelled.label"},
		{"edge:a->b#0:label", "edges.a->b.label"},
		{"edge:a->b#1:label", "edges.a->b#2.label"},
	} {
		var lines []string
		for _, tx := range texts {
			if tx.Key == c.want {
				lines = []string{tx.Source}
			}
		}
		got, ok := textOf(texts, Spill{ItemID: c.item, Lines: lines})
		if !ok || got.Key != c.want {
			t.Errorf("textOf(%q) = %q, %v; want %q", c.item, got.Key, ok, c.want)
		}
	}
}
