package worker

import (
	"strconv"
	"strings"
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

// TestMemoBytesBounded: the outputs a Client remembers are bounded in
// bytes, not only in number: large layouts start the memo over long
// before memoMax of them (the reviewer's case: thousands of big graphs in
// a serve session), while a small one stays remembered.
func TestMemoBytesBounded(t *testing.T) {
	var m memo
	big := strings.Repeat("x", 1<<20) // a 1 MB output
	for i := range 100 {
		if _, err := m.do("big"+strconv.Itoa(i), func() (string, error) { return big, nil }); err != nil {
			t.Fatal(err)
		}
		if m.size > memoBytes {
			t.Fatalf("after %d outputs of 1 MB, %d bytes remembered; want at most %d", i+1, m.size, memoBytes)
		}
	}
	if len(m.done) == 0 || len(m.done) > memoBytes>>20 {
		t.Errorf("%d outputs of 1 MB remembered; want 1 to %d", len(m.done), memoBytes>>20)
	}
	calls := 0
	lay := func() (string, error) { calls++; return "small", nil }
	for range 3 {
		if out, err := m.do("small", lay); err != nil || out != "small" {
			t.Fatalf("got %q, %v", out, err)
		}
	}
	if calls != 1 {
		t.Errorf("a remembered layout laid out %d times; want 1", calls)
	}
}
