package benchgraph

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// Random is a graph like scripts/bench-large.sh's randomN in TOML: n
// labelled nodes n0 … n(n-1) in five shapes in turn, and 3n/2 edges
// between nodes picked at random (loops and repeats included), the same
// for the same n on every run; no edge labels. Its edges cross the
// drawing in every direction, which a banded graph's do not.
func Random(n int) []byte {
	shapes := [...]string{"rectangle", "ellipse", "circle", "diamond", "cylinder"}
	r := rand.New(rand.NewPCG(uint64(n), 0))
	var b strings.Builder
	fmt.Fprintf(&b, "title = \"random%d\"\n", n)
	for i := range n {
		fmt.Fprintf(&b, "[[nodes]]\nid = \"n%d\"\nlabel = \"node %d\"\nshape = %q\n", i, i, shapes[i%len(shapes)])
	}
	for range n * 3 / 2 {
		fmt.Fprintf(&b, "[[edges]]\nfrom = \"n%d\"\nto = \"n%d\"\n", r.IntN(n), r.IntN(n))
	}
	return []byte(b.String())
}
