package build

import (
	"context"
	"os"
	"testing"
)

// TestRoom: a label in a shape that grows with its text has room to grow;
// a text in a fixed-size stat box has a fixed room, in characters.
func TestRoom(t *testing.T) {
	b, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	var srcs []Source
	for _, f := range []string{"../../diagrams/cache.toml", "../../diagrams/monitoring.toml"} {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, Source{File: f, Data: data})
	}
	got := map[string]string{}
	for _, d := range b.Room(context.Background(), srcs) {
		for _, tx := range d.Texts {
			got[d.Name+"/"+tx.Key] = tx.Room
		}
	}
	for key, want := range map[string]string{
		"cache/title":                       "the box grows with the text",
		"monitoring/elements.requests.text": "about 6 characters a line; the box does not grow",
	} {
		if got[key] != want {
			t.Errorf("%s: room %q, want %q (all: %v)", key, got[key], want, got)
		}
	}
}
