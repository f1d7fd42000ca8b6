package build

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/layout"
	"github.com/sketchdeck/sketchdeck/internal/part"
)

// TestDrawingErrors builds broken drawings and compares the whole messages.
func TestDrawingErrors(t *testing.T) {
	b := newTestBuilder(t)
	names, icons := partChoices(t, b)
	head := "version = 1\nkind = \"drawing\"\n"
	checkBuildErrors(t, b, []buildError{
		{"unknown part", head + "[[elements]]\nkind = \"part\"\npart = \"robott\"\n",
			`x.toml:5:1: unknown part "robott" (did you mean "robot"?); the library has ` + names + icons},
		{"unknown part far", head + "[[elements]]\nkind = \"part\"\npart = \"zzzzzzzzzzzz\"\n",
			`x.toml:5:1: unknown part "zzzzzzzzzzzz"; the library has ` + names + icons},
		{"unknown icon", head + "[[elements]]\nkind = \"part\"\npart = \"tabler:sever-2\"\n",
			`x.toml:5:1: unknown icon "tabler:sever-2" (did you mean "tabler:server-2"?); 'sketchdeck icons WORD' searches the icons' names and tags`},
		{"icon colour role", head + "[[elements]]\nkind = \"part\"\npart = \"tabler:server-2\"\ncolors = { accent = \"red\" }\n",
			`x.toml:3:1: part "tabler:server-2": icon "tabler:server-2" has the colour roles fill and stroke, not "accent"`},
		{"point with three numbers", head + "[[elements]]\nkind = \"line\"\npoints = [[0, 0], [1, 2, 3]]\n",
			"x.toml:5:1: points[1]: a point is [x, y], not 3 numbers"},
		{"polygon of two points", head + "[[elements]]\nkind = \"polygon\"\npoints = [[0, 0], [1, 2]]\n",
			"x.toml:5:1: a polygon needs at least 3 points, not 2"},
		{"no elements", head, "x.toml: the drawing has no elements: add at least one [[elements]] table"},
		{"unknown kind", head + "[[elements]]\nkind = \"blob\"\n",
			`x.toml:4:1: unknown element kind "blob": valid choices are "rect", "ellipse", "diamond", "cylinder", "hexagon", "parallelogram", "document", "note", "cloud", "block_arrow", "line", "arrow", "polygon", "freehand", "arc", "text", "part", "chart", "status", "grid" or "image"`},
		{"at before", head + "[[elements]]\nkind = \"rect\"\nat = \"bx\"\nwidth = 1\nheight = 1\n[[elements]]\nid = \"box\"\nkind = \"text\"\ntext = \"a\"\n",
			`x.toml:5:1: at: no element "bx" before this one`},
		{"rect without size", head + "[[elements]]\nkind = \"rect\"\n", "x.toml:3:1: a rect needs width and height"},
		{"bad colour override", head + "[[elements]]\nkind = \"part\"\npart = \"robot\"\ncolors = { fill = \"#12\" }\n",
			`x.toml:6:1: bad colour "#12": a hex colour has 3, 4, 6 or 8 hex digits, as in "#228be6"`},
		{"opacity above 1", head + "[[elements]]\nkind = \"ellipse\"\nwidth = 10\nheight = 10\nopacity = 50\n",
			"x.toml:7:1: opacity must be from 0 (invisible) to 1 (opaque), not 50"},
		{"negative opacity", head + "[[elements]]\nkind = \"text\"\ntext = \"a\"\nopacity = -0.5\n",
			"x.toml:6:1: opacity must be from 0 (invisible) to 1 (opaque), not -0.5"},
		{"opacity nan", head + "[[elements]]\nkind = \"text\"\ntext = \"a\"\nopacity = nan\n",
			"x.toml:6:1: opacity must be from 0 (invisible) to 1 (opaque), not NaN"},
		{"unknown key", head + "[[elements]]\nkind = \"text\"\ntext = \"a\"\nfont = 3\n",
			`x.toml:6:1: unknown key "font" in [elements]; valid keys are ` + elementKeys()},
	})
}

// buildError is a source and the whole error message building it gives.
type buildError struct{ name, src, want string }

// checkBuildErrors builds each source as x.toml and compares the whole
// error message.
func checkBuildErrors(t *testing.T, b *Builder, tests []buildError) {
	t.Helper()
	checkBuildErrorsAt(t, b, "x.toml", tests)
}

// checkBuildErrorsAt is checkBuildErrors with the sources in file.
func checkBuildErrorsAt(t *testing.T, b *Builder, file string, tests []buildError) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := b.Build(context.Background(), Source{File: file, Data: []byte(tc.src)})
			if res.Err == nil {
				t.Fatal("no error")
			}
			if got := res.Err.Error(); got != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}

// partChoices are the shipped parts' names, as an unknown part's message
// lists them, and the hint about icons that follows them.
func partChoices(t *testing.T, b *Builder) (names, icons string) {
	t.Helper()
	lib, err := part.Load(part.Options{Env: envFor(t, b)})
	if err != nil {
		t.Fatal(err)
	}
	return strings.Join(lib.Names(), ", "), "; icons are written tabler:NAME, logos logo:NAME ('sketchdeck icons WORD' searches them); parts were looked up in the shipped library only: " +
		"a folder of NAME.toml parts is added with parts = [\"FOLDER\"] at the top of the diagram (relative to its file) or --parts FOLDER"
}

func elementKeys() string {
	return "align, arrow, arrow_size, arrowhead, arrowtail, at, axes, cap, cells, color, colors, columns, end, fill, fill_style, font_size, gap, height, id, image, kind, " +
		"lines, no_frame, opacity, part, points, rotate, roughness, rounded, scale, series, size, smooth, start, statuses, step, stroke, stroke_style, " +
		"stroke_width, text, underline, weight, width, x, y"
}

// TestPartsGallery draws every shipped part, named, into docs/parts.svg
// (rewritten with -update): the library's picture book.
func TestPartsGallery(t *testing.T) {
	b := newTestBuilder(t)
	lib, err := part.Load(part.Options{Env: envFor(t, b)})
	if err != nil {
		t.Fatal(err)
	}
	var src strings.Builder
	src.WriteString("version = 1\nkind = \"drawing\"\ntitle = \"sketchdeck parts\"\n")
	const cell, perRow = 220.0, 5
	for i, name := range lib.Names() {
		x, y := float64(i%perRow)*cell, float64(i/perRow)*cell
		fmt.Fprintf(&src, "[[elements]]\nid = %q\nkind = \"part\"\npart = %q\nx = %v\ny = %v\nwidth = 160\nheight = 150\n", name, name, x, y)
		fmt.Fprintf(&src, "[[elements]]\nid = %q\nkind = \"text\"\ntext = %q\nfont_size = 24\nalign = \"center\"\nwidth = 160\nx = %v\ny = %v\n", name+"-name", name, x, y+160)
	}
	res := b.Build(context.Background(), Source{File: "parts.toml", Data: []byte(src.String())})
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	checkSVG(t, res.SVG)
	golden(t, filepath.Join("..", "..", "docs", "parts.svg"), res.SVG)
}

// TestUserParts loads a user folder beside the shipped parts.
func TestUserParts(t *testing.T) {
	dir := t.TempDir()
	part1 := "[colors]\nbody = \"green\"\n[[elements]]\nkind = \"rect\"\nwidth = 10\nheight = 10\nfill = \"body\"\n"
	if err := os.WriteFile(filepath.Join(dir, "block.toml"), []byte(part1), 0o644); err != nil {
		t.Fatal(err)
	}
	b, err := New(Options{PartsDirs: []string{dir}})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	src := "kind = \"drawing\"\n[[elements]]\nkind = \"part\"\npart = \"block\"\nscale = 3\ncolors = { body = \"red\" }\n"
	res := b.Build(context.Background(), Source{File: "u.toml", Data: []byte(src)})
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	it := res.Scene.Items[0]
	if it.Box.W != 30 || it.Style.Fill != "#fa5252" {
		t.Errorf("block placed as %+v, %+v; want 30 px wide, red", it.Box, it.Style)
	}
}

// envFor is the layout environment of a builder, for loading parts.
func envFor(t *testing.T, b *Builder) layout.Env {
	t.Helper()
	f, err := b.fonts()
	if err != nil {
		t.Fatal(err)
	}
	return layout.Env{Theme: b.theme, Text: f}
}
