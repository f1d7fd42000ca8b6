package build

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/sketch"
)

// Inputs that used to take minutes or all the memory before failing (or
// never failed): each now stops at a documented limit, before the work is
// done, with an error that names the limit and where it was passed.

// TestBounds checks the whole message of each input past a limit.
func TestBounds(t *testing.T) {
	tests := []errorCase{
		{"too many marks", "[[nodes]]\nid = \"a\"\n" + strings.Repeat("[[marks]]\nkind = \"boom\"\non = \"a\"\n", 1001),
			`bounds.toml:3003:1: 1001 marks; the limit is 1000`},
		{"arc of a billion degrees", arc("end = 1e9"),
			`bounds.toml:6:1: end must be from -3600 to 3600 degrees, not 1e+09`},
		{"arc of twenty turns", arc("start = -3600\nend = 3600"),
			`bounds.toml:7:1: an arc turns at most 3600 degrees (ten turns) from start to end, not 7200`},
		{"arc at NaN degrees", arc("start = nan"),
			`bounds.toml:6:1: start must be from -3600 to 3600 degrees, not NaN`},
		{"huge SVG", "kind = \"table\"\n[[table.columns]]\nid = \"c\"\nwidth = 1\n" +
			strings.Repeat("[[table.rows]]\ncells = [\""+strings.Repeat("w", 2000)+"\"]\n", 60),
			`bounds: the SVG would be about 21 MiB; the limit is 16 MiB: draw fewer or smaller things, or split the diagram`},
	}
	checkErrors(t, newTestBuilder(t), "bounds.toml", tests)
}

// errorCase is a source and the whole error message it must get.
type errorCase struct{ name, src, want string }

// checkErrors builds each case as file and compares the whole message; a
// failed build must write no SVG.
func checkErrors(t *testing.T, b *Builder, file string, tests []errorCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := b.Build(context.Background(), Source{File: file, Data: []byte(tc.src)})
			if res.Err == nil {
				t.Fatal("no error")
			}
			if got := res.Err.Error(); got != tc.want {
				t.Errorf("got:\n%s\nwant:\n%s", clip(got), tc.want)
			}
			if res.SVG != nil {
				t.Error("an SVG besides the error")
			}
		})
	}
}

// arc is a drawing of one arc with more keys.
func arc(keys string) string {
	return "kind = \"drawing\"\n[[elements]]\nkind = \"arc\"\nwidth = 100\nheight = 80\n" + keys + "\n"
}

// TestNestedPartsBound: six user parts, each placing forty copies of the
// next, would make four billion items (out of memory after a minute);
// the expansion stops as soon as it passes layout.MaxScene, naming the
// chain of parts.
func TestNestedPartsBound(t *testing.T) {
	dir := t.TempDir()
	for i := range 6 {
		body := "[[elements]]\nkind = \"rect\"\nwidth = 10\nheight = 10\n"
		if i < 5 {
			body = strings.Repeat(fmt.Sprintf("[[elements]]\nkind = \"part\"\npart = \"p%d\"\nwidth = 10\nheight = 10\n", i+1), 40)
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("p%d.toml", i)), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	b, err := New(Options{PartsDirs: []string{dir}})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	src := "kind = \"drawing\"\n[[elements]]\nkind = \"part\"\npart = \"p0\"\nwidth = 100\nheight = 100\n"
	checkErrors(t, b, "nest.toml", []errorCase{{"six deep", src,
		`nest.toml:2:1: the diagram is too big: placing part "p0" → "p1" → "p2" → "p3" → "p4" → "p5" passes 500000 items and points, the limit for one diagram`}})
}

// TestDrawCostBound: sketch.Cost, checked before an item is drawn, is at
// least what drawing it makes, for every item of the deck and of the test
// cases, under several seeds.
func TestDrawCostBound(t *testing.T) {
	srcs := deckSources(t)
	cases, _ := filepath.Glob("testdata/*.toml")
	for _, file := range cases {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, Source{File: file, Data: data})
	}
	b := newTestBuilder(t)
	checked := 0
	for _, res := range b.BuildAll(context.Background(), srcs) {
		if res.Scene == nil {
			continue // the test cases include bad input
		}
		for _, it := range res.Scene.Items {
			est := sketch.Cost(it)
			for seed := range uint64(4) {
				n := 0
				for _, p := range sketch.Draw(it, seed).Paths {
					n += len(p.Ops)
				}
				if n > est {
					t.Errorf("%s: item %q (%s, fill %s): %d commands, estimated %d", res.Name, it.ID, it.Kind, it.Style.FillStyle, n, est)
				}
			}
			checked++
		}
	}
	if checked < 1000 {
		t.Errorf("only %d items checked", checked)
	}
}

// TestDrawRefusedBeforeDrawing: a pencil stroke whose 5000 points bounce
// across the page, drawn with a thin pencil, would make over a million
// outline points. It is refused from its estimate, before its strokes are
// made: the build allocates a few MiB, not the hundreds drawing it took.
func TestDrawRefusedBeforeDrawing(t *testing.T) {
	var src strings.Builder
	src.WriteString("kind = \"drawing\"\n[[elements]]\nkind = \"freehand\"\nstroke_width = 0.5\npoints = [")
	for i := range 5000 {
		fmt.Fprintf(&src, "[%d, %d], ", (i%2)*10000, (i/2%2)*10000)
	}
	src.WriteString("]\n")
	b := newTestBuilder(t)
	b.Build(context.Background(), Source{File: "warm.toml", Data: []byte("kind = \"drawing\"\n[[elements]]\nkind = \"rect\"\nwidth = 9\nheight = 9\n")})
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	res := b.Build(context.Background(), Source{File: "pencil.toml", Data: []byte(src.String())})
	runtime.ReadMemStats(&after)
	want := `pencil: the drawing is too big: over 1000000 strokes and characters (item "el:#0" and those before it); the limit keeps SVGs to a few MiB`
	if res.Err == nil || res.Err.Error() != want {
		t.Fatalf("got %v\nwant %s", res.Err, want)
	}
	if mib := (after.TotalAlloc - before.TotalAlloc) >> 20; mib > 32 {
		t.Errorf("the build allocated %d MiB before refusing the stroke", mib)
	}
}
