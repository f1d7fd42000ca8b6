package benchgraph

import (
	"fmt"
	"strings"
)

// Banded is scripts/bench-large.sh's bandedN in TOML: n labelled nodes
// n0 … n(n-1) in five shapes in turn, then 2n edges from each node to the
// next (i→i+1 for every i, then i→i+2, then i→i+3, as many as fit), every
// tenth edge labelled.
func Banded(n int) []byte {
	shapes := [...]string{"rectangle", "ellipse", "circle", "diamond", "cylinder"}
	var b strings.Builder
	fmt.Fprintf(&b, "title = \"banded%d\"\n", n)
	for i := range n {
		fmt.Fprintf(&b, "[[nodes]]\nid = \"n%d\"\nlabel = \"node %d\"\nshape = %q\n", i, i, shapes[i%len(shapes)])
	}
	j := 0
	for d := 1; d <= 3 && j < 2*n; d++ {
		for i := 0; i+d < n && j < 2*n; i++ {
			fmt.Fprintf(&b, "[[edges]]\nfrom = \"n%d\"\nto = \"n%d\"\n", i, i+d)
			if j%10 == 0 {
				fmt.Fprintf(&b, "label = \"e%d\"\n", j)
			}
			j++
		}
	}
	return []byte(b.String())
}
