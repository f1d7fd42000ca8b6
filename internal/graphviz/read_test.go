package graphviz

import (
	"fmt"
	"strings"
	"testing"
)

// bandedOutput is a graph shaped as scripts/bench-large.sh's bandedN (n
// nodes, 2n edges from each node to the next three, every tenth with a
// label) and an output for it written the way Graphviz's "dot" format
// writes one (dot -Tdot on the DOT text sketchdeck sends): the attributes
// echoed, each node's position, each edge's spline (a continued line
// where it is long) and label position. Made up, not laid out: reading
// it costs what reading dot's answer costs.
func bandedOutput(n int) (Graph, string) {
	g := Graph{Name: fmt.Sprintf("banded%d", n)}
	for i := range n {
		g.Nodes = append(g.Nodes, Node{ID: fmt.Sprintf("v%d", i), Width: 160, Height: 72})
	}
	var b strings.Builder
	fmt.Fprintf(&b, "digraph {\n\tgraph [bb=\"0,0,496.84,%d\",\n\t\tinputscale=72\n\t];\n", 150*n)
	b.WriteString("\tnode [fixedsize=true,\n\t\tlabel=\" \",\n\t\tshape=box\n\t];\n")
	for i := range n {
		fmt.Fprintf(&b, "\tn%d\t[height=1.4306,\n\t\tpos=\"%d.34,%d\",\n\t\tshape=ellipse,\n\t\twidth=2.8472];\n", i, 100+i%300, 150*(n-i))
	}
	j := 0
	for d := 1; d <= 3 && j < 2*n; d++ {
		for i := 0; i < n-d && j < 2*n; i, j = i+1, j+1 {
			g.Edges = append(g.Edges, Edge{From: g.Nodes[i].ID, To: g.Nodes[i+d].ID})
			fmt.Fprintf(&b, "\tn%d -> n%d\t[", i, i+d)
			if j%10 == 0 {
				g.Edges[j].LabelWidth, g.Edges[j].LabelHeight = 36, 36
				b.WriteString(`label=<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="0"><TR><TD FIXEDSIZE="TRUE" WIDTH="36" HEIGHT="36"></TD></TR></TABLE>>,` + "\n\t\t")
				fmt.Fprintf(&b, "lp=\"151.34,%d.5\",\n\t\t", 150*(n-i)-75)
			}
			y := 150 * (n - i)
			fmt.Fprintf(&b, "pos=\"e,290.82,%d 180.85,%d 203.13,%d.17 228.24,%d.5 244.34,%d 267.56,%d.24 281.14,%d 289,%d.33", y-150*d+36, y-36, y-50, y-60, y-72, y-80, y-90, y-100)
			if d == 3 { // a long spline: Graphviz continues its line
				fmt.Fprintf(&b, " -2.2573,%d 35.524,%d \\\n%d.29,%d.5", y-110, y-120, 139, y-130)
			}
			b.WriteString("\"];\n")
		}
	}
	b.WriteString("}\n")
	return g, b.String()
}

// BenchmarkRead reads bandedOutput's output back as a build does
// (layout.Graph asks for the nodes only) and with every edge's route.
func BenchmarkRead(b *testing.B) {
	for _, n := range []int{200, 400} {
		g, text := bandedOutput(n)
		for _, nodesOnly := range []bool{true, false} {
			name := fmt.Sprintf("banded%d/nodes", n)
			if !nodesOnly {
				name += "+routes"
			}
			g.NodesOnly = nodesOnly
			j, err := Prepare(g)
			if err != nil {
				b.Fatal(err)
			}
			if _, err := j.Result(text); err != nil {
				b.Fatal(err)
			}
			b.Run(name, func(b *testing.B) {
				b.ReportAllocs()
				b.SetBytes(int64(len(text)))
				for range b.N {
					if _, err := j.Result(text); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
