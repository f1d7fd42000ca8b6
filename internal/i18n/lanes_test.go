package i18n

import (
	"reflect"
	"testing"
)

// TestLaneGroupTexts: lane names and group labels, in a graph and in a
// panel, are catalog texts keyed by their ids.
func TestLaneGroupTexts(t *testing.T) {
	d := decode(t, "flow.toml", `[[lanes]]
id = "dev"
name = "Development"

[[groups]]
id = "gate"
label = "Release gate"
nodes = ["test"]

[[nodes]]
id = "test"
lane = "dev"
`)
	var got []string
	for _, tx := range Texts(d) {
		got = append(got, tx.Key+"="+tx.Source)
	}
	want := []string{"lanes.dev.name=Development", "groups.gate.label=Release gate"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("texts %q, want %q", got, want)
	}
	p := decode(t, "p.toml", "kind = \"panels\"\n[[panels]]\nid = \"p\"\n[[panels.groups]]\nid = \"g\"\nlabel = \"Frame\"\nnodes = [\"a\"]\n[[panels.nodes]]\nid = \"a\"\n")
	if tx := Texts(p); len(tx) != 1 || tx[0].Key != "panels.p.groups.g.label" {
		t.Errorf("panel texts %+v, want panels.p.groups.g.label", tx)
	}
}
