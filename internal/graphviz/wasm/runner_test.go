package wasm

import (
	"context"
	"errors"
	"fmt"
	"math"
	"strings"
	"sync"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/graphviz"
	"github.com/sketchdeck/sketchdeck/internal/proctest"
)

// runner is shared by the tests, as one would be by a program.
var runner = NewRunner(Options{})

func square() graphviz.Graph {
	return graphviz.Graph{
		Name: "square",
		Nodes: []graphviz.Node{
			{ID: "A", Width: 80, Height: 40},
			{ID: "B", Width: 120, Height: 30, Shape: "ellipse"},
			{ID: "C", Width: 50, Height: 50, Shape: "circle"},
			{ID: "D", Width: 60, Height: 60, Shape: "diamond"},
		},
		Edges: []graphviz.Edge{{From: "A", To: "B"}, {From: "B", To: "C"}, {From: "C", To: "D"}, {From: "A", To: "D"}},
	}
}

func layout(t *testing.T, g graphviz.Graph) graphviz.Result {
	t.Helper()
	res, err := runner.Layout(context.Background(), g)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func TestEveryEngine(t *testing.T) {
	for _, eng := range graphviz.Engines {
		t.Run(string(eng), func(t *testing.T) {
			g := square()
			g.Engine = eng
			g.Root = "A"
			res := layout(t, g)
			if len(res.Nodes) != 4 || len(res.Edges) != 4 {
				t.Fatalf("got %d nodes, %d edges", len(res.Nodes), len(res.Edges))
			}
			bb := geom.Rect{W: res.Width, H: res.Height}
			for i, n := range res.Nodes {
				want := g.Nodes[i]
				if n.ID != want.ID {
					t.Errorf("node %d is %q, want %q", i, n.ID, want.ID)
				}
				r := geom.RectCenter(n.Center, n.Width, n.Height)
				if !bb.Inset(-1).Contains(r.Min()) || !bb.Inset(-1).Contains(r.Max()) {
					t.Errorf("node %s %+v sticks out of the %vx%v box", n.ID, r, res.Width, res.Height)
				}
			}
			for i, e := range res.Edges {
				checkEnds(t, g, res, i, e)
			}
		})
	}
}

// checkEnds wants an edge to start on its tail's border and end on its head's.
func checkEnds(t *testing.T, g graphviz.Graph, res graphviz.Result, i int, e graphviz.EdgePath) {
	t.Helper()
	byID := map[string]graphviz.NodeBox{}
	for _, n := range res.Nodes {
		byID[n.ID] = n
	}
	for _, end := range []struct {
		p  geom.Point
		id string
	}{{e.Start, g.Edges[i].From}, {e.End, g.Edges[i].To}} {
		n := byID[end.id]
		if d := borderDist(n, end.p); d > 2 {
			t.Errorf("edge %d: end %v is %.1f px from the border of %s at %v (%vx%v)", i, end.p, d, end.id, n.Center, n.Width, n.Height)
		}
	}
	if (len(e.Points)-1)%3 != 0 {
		t.Errorf("edge %d: %d points is not a Bézier chain", i, len(e.Points))
	}
}

// borderDist is how far p is from n's bounding box border: 0 on it. Points
// on an ellipse or diamond lie inside the box, so only "outside" is measured
// against the box, "inside" against the inscribed shape's half-size.
func borderDist(n graphviz.NodeBox, p geom.Point) float64 {
	dx, dy := math.Abs(p.X-n.Center.X)/(n.Width/2), math.Abs(p.Y-n.Center.Y)/(n.Height/2)
	outside := math.Max(dx, dy) - 1
	if outside > 0 {
		return outside * math.Max(n.Width, n.Height) / 2
	}
	inside := 1 - math.Hypot(dx, dy) // 0 on an inscribed ellipse
	if dx+dy > 1 {                   // beyond a diamond: fine
		inside = math.Min(inside, 1-math.Max(dx, dy))
	}
	return math.Max(0, math.Min(inside, 1-(dx+dy))) * math.Max(n.Width, n.Height) / 2
}

func TestDirection(t *testing.T) {
	two := func(dir string) graphviz.Graph {
		return graphviz.Graph{RankDir: dir, Nodes: []graphviz.Node{{ID: "A", Width: 40, Height: 20}, {ID: "B", Width: 40, Height: 20}},
			Edges: []graphviz.Edge{{From: "A", To: "B"}}}
	}
	for _, tc := range []struct {
		dir  string
		want func(a, b geom.Point) bool
	}{
		{"", func(a, b geom.Point) bool { return b.Y > a.Y+20 && a.X == b.X }},
		{"TB", func(a, b geom.Point) bool { return b.Y > a.Y+20 && a.X == b.X }},
		{"BT", func(a, b geom.Point) bool { return b.Y < a.Y-20 && a.X == b.X }},
		{"LR", func(a, b geom.Point) bool { return b.X > a.X+40 && a.Y == b.Y }},
		{"RL", func(a, b geom.Point) bool { return b.X < a.X-40 && a.Y == b.Y }},
	} {
		res := layout(t, two(tc.dir))
		a, b := res.Nodes[0].Center, res.Nodes[1].Center
		if !tc.want(a, b) {
			t.Errorf("rankdir %q: A at %v, B at %v", tc.dir, a, b)
		}
		if e := res.Edges[0]; e.End.Dist(b) > e.Start.Dist(b) {
			t.Errorf("rankdir %q: edge runs %v → %v, away from B at %v", tc.dir, e.Start, e.End, b)
		}
	}
}

func TestDotNoOverlap(t *testing.T) {
	g := bigGraph(40, 60)
	res := layout(t, g)
	for i, a := range res.Nodes {
		ra := geom.RectCenter(a.Center, a.Width, a.Height)
		for _, b := range res.Nodes[i+1:] {
			if rb := geom.RectCenter(b.Center, b.Width, b.Height); ra.Overlaps(rb) {
				t.Errorf("%s %+v overlaps %s %+v", a.ID, ra, b.ID, rb)
			}
		}
	}
	for i, e := range res.Edges {
		if g.Edges[i].From != g.Edges[i].To {
			checkEnds(t, g, res, i, e)
		}
	}
}

func TestHostileIDs(t *testing.T) {
	ids := []string{`"`, `\`, `a\`, "\\\n", `\"`, `"]; x -> y [`, "→", "日本語 ✓", "", " ", "n1", "<b>", "-- ->", "\x00", "a;b}{"}
	g := graphviz.Graph{Name: `"evil"\`}
	for i, id := range ids {
		g.Nodes = append(g.Nodes, graphviz.Node{ID: id, Width: 30 + float64(i), Height: 20})
		if i > 0 {
			g.Edges = append(g.Edges, graphviz.Edge{From: ids[i-1], To: id, LabelWidth: 10, LabelHeight: 10})
		}
	}
	g.Nodes[0].Rank, g.Nodes[3].Rank = `"`, `"`
	g.Root = `\"`
	res := layout(t, g)
	for i, n := range res.Nodes {
		if n.ID != ids[i] || n.Width != 30+float64(i) {
			t.Errorf("node %d: got %q %v wide, want %q", i, n.ID, n.Width, ids[i])
		}
	}
	if a, d := res.Nodes[0].Center, res.Nodes[3].Center; a.Y != d.Y {
		t.Errorf("rank group: %v and %v not level", a, d)
	}
	for i, e := range res.Edges {
		checkEnds(t, g, res, i, e)
		if e.LabelPos == nil {
			t.Errorf("edge %d: no label position", i)
		}
	}
}

func TestEdgeLabelRoom(t *testing.T) {
	g := graphviz.Graph{RankDir: "LR", Nodes: []graphviz.Node{{ID: "a", Width: 40, Height: 40}, {ID: "b", Width: 40, Height: 40}},
		Edges: []graphviz.Edge{{From: "a", To: "b", LabelWidth: 200, LabelHeight: 30}, {From: "a", To: "b"}}}
	res := layout(t, g)
	if gap := res.Nodes[1].Center.X - res.Nodes[0].Center.X; gap < 200+40 {
		t.Errorf("nodes %v apart, want room for a 200 px label", gap)
	}
	if res.Edges[0].LabelPos == nil || res.Edges[1].LabelPos != nil {
		t.Fatalf("label positions %v, %v: want only the first", res.Edges[0].LabelPos, res.Edges[1].LabelPos)
	}
	if lp := *res.Edges[0].LabelPos; lp.X < res.Nodes[0].Center.X || lp.X > res.Nodes[1].Center.X {
		t.Errorf("label at %v, not between the nodes", lp)
	}
}

func TestPinnedAndPad(t *testing.T) {
	g := graphviz.Graph{Engine: graphviz.Neato, Pad: 10, Nodes: []graphviz.Node{
		{ID: "a", Width: 20, Height: 20, Pos: &geom.Point{X: 0, Y: 0}},
		{ID: "b", Width: 20, Height: 20, Pos: &geom.Point{X: 300, Y: 100}},
	}, Edges: []graphviz.Edge{{From: "a", To: "b"}}}
	res := layout(t, g)
	d := res.Nodes[1].Center.Sub(res.Nodes[0].Center)
	if math.Abs(d.X-300) > 0.5 || math.Abs(d.Y-100) > 0.5 {
		t.Errorf("b - a = %v, want (300, 100)", d)
	}
	if c := res.Nodes[0].Center; math.Abs(c.X-20) > 0.5 || math.Abs(c.Y-20) > 0.5 {
		t.Errorf("a at %v, want (20, 20): 10 px pad + 10 px half-size", c)
	}
	if math.Abs(res.Width-340) > 1 || math.Abs(res.Height-140) > 1 {
		t.Errorf("size %vx%v, want 340x140", res.Width, res.Height)
	}
}

// TestConcurrentCallers also passes under -race (about 1 s with wasm).
func TestConcurrentCallers(t *testing.T) {
	want := make([]graphviz.Result, 8)
	graphs := make([]graphviz.Graph, 8)
	for i := range graphs {
		graphs[i] = bigGraph(5+i, 8+2*i)
		want[i] = layout(t, graphs[i])
	}
	var wg sync.WaitGroup
	errs := make(chan error, 8*5)
	for i := range graphs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 5 {
				got, err := runner.Layout(context.Background(), graphs[i])
				if err != nil {
					errs <- err
					return
				}
				if fmt.Sprint(got) != fmt.Sprint(want[i]) {
					errs <- fmt.Errorf("graph %d: concurrent result differs", i)
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

func TestRecycle(t *testing.T) {
	r := NewRunner(Options{RecycleAfter: 3})
	defer r.Close()
	g := square()
	first, err := r.Layout(context.Background(), g)
	if err != nil {
		t.Fatal(err)
	}
	for range 7 {
		got, err := r.Layout(context.Background(), g)
		if err != nil {
			t.Fatal(err)
		}
		if fmt.Sprint(got) != fmt.Sprint(first) {
			t.Fatal("layout changed after recycling")
		}
	}
	if r.recycle != 2 {
		t.Errorf("recycled %d times, want 2", r.recycle)
	}
}

func TestClosedAndCancelled(t *testing.T) {
	r := NewRunner(Options{})
	if err := r.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := r.Layout(context.Background(), square()); err == nil || !strings.HasSuffix(err.Error(), ErrClosed.Error()) {
		t.Errorf("after Close: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	gvLock <- struct{}{} // someone else is laying out
	_, err := runner.Layout(ctx, square())
	<-gvLock
	if want := `graphviz: graph "square": context canceled`; err == nil || err.Error() != want {
		t.Errorf("got %v, want %s", err, want)
	}
}

// TestStart: a Runner started ahead lays out as one that was not, the
// same bytes; starting twice, after Close or under an ended context does
// nothing.
func TestStart(t *testing.T) {
	r := NewRunner(Options{})
	defer r.Close()
	if err := r.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	gv := r.gv
	if gv == nil {
		t.Fatal("no Graphviz context after Start")
	}
	if err := r.Start(context.Background()); err != nil || r.gv != gv {
		t.Errorf("a second Start: %v, another context %v", err, r.gv != gv)
	}
	job, err := graphviz.Prepare(square())
	if err != nil {
		t.Fatal(err)
	}
	started, err := r.Render(context.Background(), job.Engine, job.DOT)
	if err != nil {
		t.Fatal(err)
	}
	fresh := NewRunner(Options{})
	defer fresh.Close()
	want, err := fresh.Render(context.Background(), job.Engine, job.DOT)
	if err != nil {
		t.Fatal(err)
	}
	if started != want {
		t.Error("a Runner started ahead lays out otherwise")
	}
	closed := NewRunner(Options{})
	closed.Close()
	if err := closed.Start(context.Background()); err != nil || closed.gv != nil {
		t.Errorf("Start after Close: %v, context made %v", err, closed.gv != nil)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	gvLock <- struct{}{} // someone else is laying out
	err = NewRunner(Options{}).Start(ctx)
	<-gvLock
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Start under an ended context: %v", err)
	}
}

// TestBefore: Options.Before runs before every layout, holding the
// process-wide lock, whichever method asked for it.
func TestBefore(t *testing.T) {
	calls := 0
	r := NewRunner(Options{Before: func() {
		if len(gvLock) != 1 {
			t.Error("Before ran without the lock")
		}
		calls++
	}})
	defer r.Close()
	ctx := context.Background()
	if err := r.Start(ctx); err != nil || calls != 0 {
		t.Fatalf("Start: %v, Before ran %d times; want 0", err, calls)
	}
	if _, err := r.Layout(ctx, square()); err != nil {
		t.Fatal(err)
	}
	job, err := graphviz.Prepare(square())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r.RenderFormat(ctx, job.Engine, job.DOT, "json0"); err != nil {
		t.Fatal(err)
	}
	if calls != 2 {
		t.Errorf("Before ran %d times for 2 layouts", calls)
	}
}

// bigGraph is a deterministic graph of n nodes and m edges in mixed shapes.
func bigGraph(n, m int) graphviz.Graph {
	g := graphviz.Graph{Name: fmt.Sprintf("big%d", n)}
	for i := range n {
		g.Nodes = append(g.Nodes, graphviz.Node{ID: fmt.Sprintf("node %d", i),
			Width: 40 + float64(i*37%80), Height: 20 + float64(i*13%30), Shape: graphviz.Shapes[i%len(graphviz.Shapes)]})
	}
	for j := range m {
		a, b := j%n, (j*7+3)%n
		if j < n-1 {
			a, b = j/2, j+1 // a tree first, so everything is connected
		}
		g.Edges = append(g.Edges, graphviz.Edge{From: g.Nodes[a].ID, To: g.Nodes[b].ID})
	}
	return g
}

// TestRangesLayOut: a graph at every limit of graphviz.Graph's ranges lays
// out, and the runner serves the next graph: the limits are below what
// breaks Graphviz (a weight of 1e10 ended the WebAssembly instance, an edge
// label 1e5 px wide broke its output).
func TestRangesLayOut(t *testing.T) {
	for _, eng := range []graphviz.Engine{graphviz.Dot, graphviz.Neato} {
		g := graphviz.Graph{Name: "limits", Engine: eng, NodeSep: graphviz.MaxLength, RankSep: graphviz.MaxLength, Pad: graphviz.MaxLength,
			Nodes: []graphviz.Node{{ID: "a", Width: graphviz.MaxLength, Height: graphviz.MaxLength, Pos: &geom.Point{X: -graphviz.MaxLength, Y: graphviz.MaxLength}},
				{ID: "b", Width: 1, Height: 1}},
			Edges: []graphviz.Edge{{From: "a", To: "b", Weight: graphviz.MaxWeight, MinLen: graphviz.MaxMinLen,
				LabelWidth: graphviz.MaxLabel, LabelHeight: graphviz.MaxLabel}}}
		layout(t, g)
		layout(t, square())
	}
}

// TestStopped: DOT that makes Graphviz exit (a weight dot cannot hold in an
// int) gives an error wrapping graphviz.ErrStopped, and so does every later
// layout, at once, so that a worker knows to give way to a new one. It
// runs in a process of its own.
func TestStopped(t *testing.T) {
	if !proctest.Alone(t) {
		return
	}
	r := NewRunner(Options{})
	killer := "digraph {\nn0 [label=\" \"]; n1 [label=\" \"];\nn0 -> n1 [weight=10000000000];\n}\n"
	_, err := r.Render(context.Background(), graphviz.Dot, killer)
	if want := "Graphviz stopped and cannot restart in this process: dot layout: module closed with exit_code(1)"; err == nil || !errors.Is(err, graphviz.ErrStopped) || !strings.HasPrefix(err.Error(), want) {
		t.Fatalf("got %v, want %s…", err, want)
	}
	_, err = r.Layout(context.Background(), square())
	if want := `graphviz: graph "square": Graphviz stopped and cannot restart in this process (module closed with exit_code(1))`; err == nil || !errors.Is(err, graphviz.ErrStopped) || err.Error() != want {
		t.Fatalf("next layout: got %v, want %s", err, want)
	}
}

// TestNodesOnlyPlacesAlike: a graph laid out for its nodes only, which
// asks Graphviz not to route the edges (splines=false), puts every node
// where the full layout does, up to a shift of the whole (the bounding
// box no longer holds the routes), in every engine.
func TestNodesOnlyPlacesAlike(t *testing.T) {
	for _, eng := range []graphviz.Engine{graphviz.Dot, graphviz.Neato, graphviz.Twopi} {
		g := bigGraph(30, 45)
		g.Engine = eng
		g.Edges[3].LabelWidth, g.Edges[3].LabelHeight = 40, 14
		full := layout(t, g)
		g.NodesOnly = true
		nodes := layout(t, g)
		dx := nodes.Nodes[0].Center.X - full.Nodes[0].Center.X
		dy := nodes.Nodes[0].Center.Y - full.Nodes[0].Center.Y
		for i, n := range nodes.Nodes {
			f := full.Nodes[i]
			if math.Abs(n.Center.X-f.Center.X-dx) > 0.01 || math.Abs(n.Center.Y-f.Center.Y-dy) > 0.01 {
				t.Errorf("%s: %s at %v with its edges routed, at %v without (shift %.2f, %.2f)", eng, n.ID, f.Center, n.Center, dx, dy)
			}
		}
	}
}
