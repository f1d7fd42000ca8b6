package worker

import (
	"strconv"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/graphviz"
)

// TestMemoReadBounded: the outputs kept read are few, however many
// distinct layouts a Client gives (a build of thousands of graphs, each
// laid out or found in the layout cache once): only the jobs of one
// diagram's translations, laid out close together, share a reading.
func TestMemoReadBounded(t *testing.T) {
	job, err := graphviz.Prepare(square(graphviz.Dot))
	if err != nil {
		t.Fatal(err)
	}
	const text = "digraph square {\n\tgraph [bb=\"0,0,100,100\"];\n}\n"
	var m memo
	const distinct, most = 1000, 100 // a build of 1000 graphs; a few kept
	for i := range distinct {
		if _, err := m.output("key"+strconv.Itoa(i), text, job); err != nil {
			t.Fatal(err)
		}
		if n := len(m.read); n > most {
			t.Fatalf("after %d distinct outputs, %d kept read; want at most %d", i+1, n, most)
		}
	}
	// The last read is kept: a translation laid out next shares it.
	first, _ := m.output("again", text, job)
	if again, _ := m.output("again", text, job); again != first {
		t.Error("the same key and text read twice")
	}
}
