package icon

import (
	"math"
	"strings"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
)

// TestDrawsEveryIcon parses and draws every icon of every set: each
// gives items, all finite and inside its box.
func TestDrawsEveryIcon(t *testing.T) {
	for _, tc := range []struct {
		set     *Set
		source  string
		atLeast int
	}{
		{Tabler(), "@tabler/icons 3.52.0 ", 5000},
		{Logos(), "simple-icons 16.37.0 ", 3000},
	} {
		t.Run(tc.set.Name, func(t *testing.T) { drawsEveryIcon(t, tc.set, tc.source, tc.atLeast) })
	}
}

func drawsEveryIcon(t *testing.T, s *Set, source string, atLeast int) {
	names, err := s.Names()
	if err != nil {
		t.Fatal(err)
	}
	if len(names) < atLeast {
		t.Fatalf("%d icons; the package ships over %d", len(names), atLeast)
	}
	src, err := s.Source()
	if err != nil || !strings.HasPrefix(src, source) {
		t.Errorf("source %q, %v", src, err)
	}
	box := geom.Rect{X: 100, Y: 100, W: 48, H: 48}
	outer := geom.Rect{X: 76, Y: 76, W: 96, H: 96} // dots, control points and a few logos reach past the grid
	for _, n := range names {
		ic, ok, err := s.Icon(n)
		if !ok || err != nil {
			t.Fatalf("%s: %v %v", n, ok, err)
		}
		items := ic.Draw("i", box, Style{Stroke: "#000000", Fill: "#ffffff", StrokeWidth: 2, Roughness: 2})
		if len(items) == 0 {
			t.Errorf("%s draws nothing", n)
		}
		for _, it := range items {
			pts := it.Points
			if it.Kind == scene.Ellipse {
				pts = []geom.Point{it.Box.Min(), it.Box.Max()}
			}
			for _, q := range pts {
				if math.IsNaN(q.X+q.Y) || math.IsInf(q.X+q.Y, 0) || !outer.Contains(q) {
					t.Fatalf("%s: item %s has point %v outside %v", n, it.ID, q, outer)
				}
			}
		}
	}
}

func TestDraw(t *testing.T) {
	ic, _, err := Tabler().Icon("server-2")
	if err != nil {
		t.Fatal(err)
	}
	items := ic.Draw("p", geom.Rect{X: 0, Y: 0, W: 96, H: 48}, Style{Stroke: "#111111", Fill: "#ffeeaa", StrokeWidth: 2, Roughness: 2})
	var kinds []string
	for _, it := range items {
		kinds = append(kinds, it.ID+"="+string(it.Kind))
	}
	// The two rounded units are closed and filled (fills first); the dots
	// are round; the slots are strokes.
	want := "p/0.0:fill=polygon p/1.0:fill=polygon p/0.0=bezier p/1.0=bezier p/2.0=ellipse p/3.0=ellipse p/4.0=bezier p/5.0=bezier"
	if got := strings.Join(kinds, " "); got != want {
		t.Errorf("items\n%s\nwant\n%s", got, want)
	}
	first := items[2].Points[0] // M3 7 on a 24 grid, fitted into the centred 48 × 48 square
	if first != geom.Pt(24+6, 14) {
		t.Errorf("first point %v, want (30, 14)", first)
	}
	if r := items[2].Style.Roughness; r != 2*48.0/200 {
		t.Errorf("roughness %v: a small icon is drawn less roughly", r)
	}
	if f := items[0].Style; f.Fill != "#ffeeaa" || f.Stroke != "none" || f.FillStyle != scene.FillSolid {
		t.Errorf("fill style %+v", f)
	}
}

func TestFind(t *testing.T) {
	ss := Shipped()
	for _, name := range []string{"tabler:server-2", "server-2"} {
		ic, err := ss.Find(name)
		if err != nil || ic.QualifiedName() != "tabler:server-2" || ic.Category != "Devices" {
			t.Errorf("%s: %+v, %v", name, ic, err)
		}
	}
	// "box" is a Tabler icon and a logo: plain, it is the icon.
	for name, want := range map[string]string{"box": "tabler:box", "logo:box": "logo:box", "logo:github": "logo:github"} {
		if ic, err := ss.Find(name); err != nil || ic.QualifiedName() != want {
			t.Errorf("%s: %+v, %v; want %s", name, ic, err, want)
		}
	}
	tests := []struct{ name, want string }{
		{"tabler:sever-2", `unknown icon "tabler:sever-2" (did you mean "tabler:server-2"?); 'sketchdeck icons WORD' searches the icons' names and tags`},
		{"sever-2", `unknown icon "sever-2" (did you mean "tabler:server-2"?); 'sketchdeck icons WORD' searches the icons' names and tags`},
		{"tablr:server", `unknown icon set "tablr" in "tablr:server" (did you mean "tabler"?); the icon sets are tabler, logo`},
		{"github", `unknown icon "github" (did you mean "logo:github"?); 'sketchdeck icons WORD' searches the icons' names and tags`},
		{"logo:githb", `unknown icon "logo:githb" (did you mean "logo:github"?); 'sketchdeck icons WORD' searches the icons' names and tags`},
		{"tabler:zzzzzzzzzzzzzzzz", `unknown icon "tabler:zzzzzzzzzzzzzzzz"; 'sketchdeck icons WORD' searches the icons' names and tags`},
	}
	for _, tc := range tests {
		_, err := ss.Find(tc.name)
		if err == nil || err.Error() != tc.want {
			t.Errorf("%s: got %v\nwant %s", tc.name, err, tc.want)
		}
	}
	two := Sets{Tabler(), newSet("other", 24, true, tablerTable())}
	if _, err := two.Find("server-2"); err == nil || err.Error() != `icon "server-2" is in several sets: write "tabler:server-2" or "other:server-2"` {
		t.Errorf("ambiguous: %v", err)
	}
}

func TestSearch(t *testing.T) {
	got, err := Shipped().Search("server")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) < 10 || got[0].Name != "server" || got[0].Rank != 0 || got[1].Rank != 1 {
		t.Fatalf("search server: %d matches, first %+v", len(got), got[:min(2, len(got))])
	}
	byTag := false
	for _, m := range got {
		byTag = byTag || (m.Rank == 3 && m.Name == "database")
	}
	if !byTag {
		t.Errorf("database is tagged server, yet not found")
	}
	got, err = Shipped().Search("SERVER", "bolt")
	if err != nil || len(got) != 2 || got[0].Name != "server-bolt" || got[1].Name != "database-bolt" {
		t.Errorf("server bolt: %+v, %v", got, err)
	}
	if got, _ := Shipped().Search("qqqqqqq"); len(got) != 0 {
		t.Errorf("nonsense found %d", len(got))
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Tabler().Names(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLoadLogos(b *testing.B) {
	for b.Loop() {
		if _, err := Logos().Names(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFind looks an icon up in a loaded set and parses it.
func BenchmarkFind(b *testing.B) {
	ss := Shipped()
	if _, err := ss.Find("server-2"); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := ss.Find("tabler:device-laptop"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDraw(b *testing.B) {
	ic, err := Shipped().Find("tabler:brand-docker")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		ic.Draw("x", geom.Rect{W: 64, H: 64}, Style{Stroke: "#000000", StrokeWidth: 2, Roughness: 2})
	}
}
