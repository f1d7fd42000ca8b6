package layout

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	mdoutline "github.com/sketchdeck/sketchdeck/internal/outline"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/spec"
	"github.com/sketchdeck/sketchdeck/internal/text"
	"github.com/sketchdeck/sketchdeck/internal/theme"
)

// testEnv is an Env with the default theme and the shipped fonts.
func testEnv(t testing.TB) Env {
	t.Helper()
	th, err := theme.Load("")
	if err != nil {
		t.Fatal(err)
	}
	fs, err := text.Load()
	if err != nil {
		t.Fatal(err)
	}
	return Env{Theme: th, Text: fs}
}

// lcg is a tiny deterministic generator, so that the generated maps are
// the same on every run.
type lcg uint64

func (g *lcg) next(n int) int {
	*g = *g*6364136223846793005 + 1442695040888963407
	return int(uint64(*g>>33) % uint64(n))
}

var words = strings.Fields("team data service queue backlog email cache meeting wiki lead manager " +
	"autonomy minutes recordings knowledgebase sharding decoupling monitoring transparency dashboard")

// genMap builds a map of n topics no deeper than depth, with texts from one
// word to long sentences that wrap.
func genMap(seed uint64, n, depth int, layout spec.MindmapLayout) *spec.Diagram {
	g := lcg(seed)
	phrase := func() string {
		k := 1 + g.next(3)
		if g.next(6) == 0 {
			k = 6 + g.next(10)
		}
		ws := make([]string, k)
		for i := range ws {
			ws[i] = words[g.next(len(words))]
		}
		return strings.Join(ws, " ")
	}
	d := &spec.Diagram{File: "gen.toml", Kind: spec.KindMindmap}
	d.Mindmap.Topic = phrase()
	d.Mindmap.Layout = layout
	// Topics are added one at a time under a random existing topic, so the
	// shapes range from stars to long chains.
	var parents []*spec.Topic
	for i := 1; i < n; i++ {
		var list *[]spec.Topic
		if len(parents) > 0 && g.next(4) != 0 {
			p := parents[g.next(len(parents))]
			if depthOf(d, p) < depth {
				list = &p.Branches
			}
		}
		if list == nil {
			list = &d.Mindmap.Branches
		}
		*list = append(*list, spec.Topic{Topic: phrase()})
		parents = collect(d)
	}
	return d
}

// collect lists every topic of d (pointers stay valid until the next append).
func collect(d *spec.Diagram) []*spec.Topic {
	var out []*spec.Topic
	var walk func(ts []spec.Topic)
	walk = func(ts []spec.Topic) {
		for i := range ts {
			out = append(out, &ts[i])
			walk(ts[i].Branches)
		}
	}
	walk(d.Mindmap.Branches)
	return out
}

func depthOf(d *spec.Diagram, t *spec.Topic) int {
	var find func(ts []spec.Topic, dep int) int
	find = func(ts []spec.Topic, dep int) int {
		for i := range ts {
			if &ts[i] == t {
				return dep
			}
			if r := find(ts[i].Branches, dep+1); r > 0 {
				return r
			}
		}
		return 0
	}
	return find(d.Mindmap.Branches, 1)
}

// TestMindmapNoOverlap lays out generated maps of 1 to 300 topics, up to 6
// levels deep, in every layout, and checks that no two topics overlap and
// no connector crosses a topic.
func TestMindmapNoOverlap(t *testing.T) {
	env := testEnv(t)
	var sizes []int
	for n := 1; n <= 40; n++ {
		sizes = append(sizes, n)
	}
	for n := 47; n <= 300; n += 23 {
		sizes = append(sizes, n)
	}
	sizes = append(sizes, 300)
	for _, layout := range []spec.MindmapLayout{spec.MindmapBalanced, spec.MindmapRight, spec.MindmapRadial} {
		for _, n := range sizes {
			depth := 1 + n%6
			d := genMap(uint64(n)*7919+uint64(len(layout)), n, depth, layout)
			r := resolver{env: env, d: d, file: d.File, errs: &spec.ErrorList{}}
			mm := newMindmap(d, r)
			mm.place()
			if len(mm.all) != n {
				t.Fatalf("%s/%d: generated %d topics", layout, n, len(mm.all))
			}
			if p := mm.problems(3); len(p) > 0 {
				t.Errorf("%s, %d topics, depth %d: %s", layout, n, depth, strings.Join(p, "; "))
			}
		}
	}
}

// TestMindmapScene checks the drawn scene of a generated map: every
// topic's items lie inside its box and the scene has one connector per
// child.
func TestMindmapScene(t *testing.T) {
	env := testEnv(t)
	d := genMap(42, 60, 4, spec.MindmapBalanced)
	sc, err := Mindmap{}.Layout(context.Background(), d, env)
	if err != nil {
		t.Fatal(err)
	}
	links := 0
	for _, it := range sc.Items {
		if strings.HasPrefix(it.ID, "mindmap:link:") {
			links++
			if it.Kind != scene.Bezier || len(it.Points) != 4 {
				t.Errorf("%s: want one cubic, got %s with %d points", it.ID, it.Kind, len(it.Points))
			}
		}
	}
	if links != 59 {
		t.Errorf("got %d connectors, want 59", links)
	}
}

// TestMindmapColors checks that main branches take the palette in turn,
// a set colour wins, and children inherit their branch's colour.
func TestMindmapColors(t *testing.T) {
	env := testEnv(t)
	d := &spec.Diagram{File: "c.toml", Kind: spec.KindMindmap}
	d.Mindmap.Topic = "centre"
	for i := range 3 {
		d.Mindmap.Branches = append(d.Mindmap.Branches, spec.Topic{Topic: "b" + strconv.Itoa(i), Branches: []spec.Topic{{Topic: "leaf"}}})
	}
	d.Mindmap.Branches[1].Color = "#123456"
	var errs spec.ErrorList
	mm := newMindmap(d, resolver{env: env, d: d, file: d.File, errs: &errs})
	blue, _ := env.Theme.Color("blue")
	green, _ := env.Theme.Color("green")
	want := []string{blue, "#123456", green}
	for i, b := range mm.root.kids {
		if b.color != want[i] || b.kids[0].color != want[i] {
			t.Errorf("branch %d: colour %s, child %s; want %s", i, b.color, b.kids[0].color, want[i])
		}
	}
}

// TestMindmapWrap checks that a long topic wraps to the map's width.
func TestMindmapWrap(t *testing.T) {
	env := testEnv(t)
	d := &spec.Diagram{File: "w.toml", Kind: spec.KindMindmap}
	d.Mindmap.Topic = "centre"
	d.Mindmap.Wrap = 200
	d.Mindmap.Branches = []spec.Topic{{Topic: strings.Repeat("a long topic that wraps ", 4)}}
	mm := newMindmap(d, resolver{env: env, d: d, file: d.File, errs: &spec.ErrorList{}})
	n := mm.root.kids[0]
	for _, l := range strings.Split(n.text.plain, "\n") {
		if w := env.Text.Width(l, n.size); w > 200 {
			t.Errorf("line %q is %v px wide, over the wrap of 200", l, w)
		}
	}
	if !strings.Contains(n.text.plain, "\n") {
		t.Error("a long topic did not wrap")
	}
}

// TestDeckMindmaps checks the deck's own mind maps (diagrams/*.md and the
// mindmap kinds among diagrams/*.toml, and the test cases) in every layout.
func TestDeckMindmaps(t *testing.T) {
	env := testEnv(t)
	var files []string
	for _, pat := range []string{"../../diagrams/*.md", "../../diagrams/*.toml", "../../internal/build/testdata/*.md", "../../internal/build/testdata/*.toml"} {
		m, _ := filepath.Glob(pat)
		files = append(files, m...)
	}
	found := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var d *spec.Diagram
		if mdoutline.Is(f) {
			d, err = mdoutline.Decode(f, data)
		} else {
			d, err = spec.Decode(f, data)
		}
		if err != nil || d.Kind != spec.KindMindmap {
			continue
		}
		found++
		for _, l := range []spec.MindmapLayout{spec.MindmapBalanced, spec.MindmapRight, spec.MindmapRadial} {
			d.Mindmap.Layout = l
			mm := newMindmap(d, resolver{env: env, d: d, file: f, errs: &spec.ErrorList{}})
			mm.place()
			if p := mm.problems(3); len(p) > 0 {
				t.Errorf("%s (%s): %s", f, l, strings.Join(p, "; "))
			}
		}
	}
	if found < 2 {
		t.Errorf("found %d mind maps, want the deck's and the test cases'", found)
	}
}

// TestProblemsSeesOverlap makes sure the checker itself finds an overlap
// and a crossing, so that a clean report means something.
func TestProblemsSeesOverlap(t *testing.T) {
	env := testEnv(t)
	d := genMap(1, 3, 1, spec.MindmapBalanced)
	mm := newMindmap(d, resolver{env: env, d: d, file: d.File, errs: &spec.ErrorList{}})
	mm.place()
	a, b := mm.root.kids[0], mm.root.kids[1]
	b.box = a.box
	if len(mm.problems(0)) == 0 {
		t.Error("two topics in one place were not reported")
	}
	mm.place()
	// A topic dropped on the middle of a connector.
	pts := mm.curve(mm.root, a)
	b.box = geom.RectCenter(geom.CubicAt(pts[0], pts[1], pts[2], pts[3], 0.5), 10, 10)
	if p := mm.problems(0); len(p) == 0 || !strings.Contains(strings.Join(p, ";"), "crosses") {
		t.Errorf("a topic on a connector was not reported: %v", p)
	}
}
