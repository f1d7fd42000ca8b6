package part

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/layout"
)

// TestPlaceIcon places Tabler icons as parts: qualified and plain names,
// fitted or at their own size, recoloured, turned.
func TestPlaceIcon(t *testing.T) {
	l, err := Load(Options{Env: env(t)})
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"tabler:server-2", "server-2", "logo:github"} {
		if err := l.Check(name); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	items, err := l.Place("tabler:server-2", "p", geom.Rect{X: 0, Y: 0, W: 96, H: 96}, layout.PartOptions{Colors: map[string]string{"stroke": "#1864ab", "fill": "#ffffff"}})
	if err != nil || len(items) != 8 {
		t.Fatalf("%d items, %v", len(items), err)
	}
	for _, it := range items {
		if !strings.HasPrefix(it.ID, "p/") {
			t.Errorf("item id %q lacks the placement's prefix", it.ID)
		}
	}
	if st := items[2].Style; st.Stroke != "#1864ab" || st.StrokeWidth != 2 {
		t.Errorf("stroke style %+v", st)
	}
	if items[0].Style.Fill != "#ffffff" {
		t.Errorf("fill style %+v", items[0].Style)
	}
	// Scale 1 with an empty box is IconSize px, from the box's corner.
	items, err = l.Place("server-2", "q", geom.Rect{X: 10, Y: 10}, layout.PartOptions{Scale: 1, Rotate: 90})
	if err != nil {
		t.Fatal(err)
	}
	var b geom.Rect
	for _, it := range items {
		b = b.Union(geom.Bounds(it.Points))
	}
	if b.X < 10 || b.Y < 10 || b.X+b.W > 10+IconSize || b.Y+b.H > 10+IconSize {
		t.Errorf("bounds %v outside the %v px square at (10, 10)", b, IconSize)
	}
}

// TestIconErrors checks the whole messages for names that are neither a
// part nor an icon, and for colour roles icons lack.
func TestIconErrors(t *testing.T) {
	l, err := Load(Options{Env: env(t)})
	if err != nil {
		t.Fatal(err)
	}
	parts := strings.Join(l.Names(), ", ")
	tail := "; icons are written tabler:NAME, logos logo:NAME ('sketchdeck icons WORD' searches them); parts were looked up in the shipped library only: " +
		"a folder of NAME.toml parts is added with parts = [\"FOLDER\"] at the top of the diagram (relative to its file) or --parts FOLDER"
	tests := []struct {
		name   string
		colors map[string]string
		want   string
	}{
		{"robott", nil, `unknown part "robott" (did you mean "robot"?); the library has ` + parts + tail},
		{"sever-2", nil, `unknown part "sever-2" (did you mean "server-2"?); the library has ` + parts + tail},
		{"zzzzzzzzzzzz", nil, `unknown part "zzzzzzzzzzzz"; the library has ` + parts + tail},
		{"tabler:sever-2", nil, `unknown icon "tabler:sever-2" (did you mean "tabler:server-2"?); 'sketchdeck icons WORD' searches the icons' names and tags`},
		{"tablr:server-2", nil, `unknown icon set "tablr" in "tablr:server-2" (did you mean "tabler"?); the icon sets are tabler, logo`},
		{"github", nil, `unknown part "github" (did you mean "logo:github"?); the library has ` + parts + tail},
		{"tabler:server-2", map[string]string{"accent": "#ff0000"}, `icon "tabler:server-2" has the colour roles fill and stroke, not "accent"`},
	}
	for _, tc := range tests {
		_, err := l.Place(tc.name, "p", geom.Rect{W: 10, H: 10}, layout.PartOptions{Colors: tc.colors})
		if err == nil || err.Error() != tc.want {
			t.Errorf("%s: got\n%v\nwant\n%s", tc.name, err, tc.want)
		}
	}
}

// TestPartPlacesIcon: a user part may place icons like parts.
func TestPartPlacesIcon(t *testing.T) {
	dir := t.TempDir()
	src := "[[elements]]\nkind = \"part\"\npart = \"tabler:cloud\"\nwidth = 40\nheight = 40\n"
	if err := os.WriteFile(filepath.Join(dir, "sky.toml"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	l, err := Load(Options{Dirs: []string{dir}, Env: env(t)})
	if err != nil {
		t.Fatal(err)
	}
	items, err := l.Place("sky", "s", geom.Rect{W: 80, H: 80}, layout.PartOptions{})
	if err != nil || len(items) == 0 {
		t.Fatalf("%d items, %v", len(items), err)
	}
	bad := "[[elements]]\nkind = \"part\"\npart = \"tabler:clod\"\n"
	if err := os.WriteFile(filepath.Join(dir, "sky.toml"), []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = Load(Options{Dirs: []string{dir}, Env: env(t)})
	want := dir + `/sky.toml: unknown icon "tabler:clod" (did you mean "tabler:cloud"?); 'sketchdeck icons WORD' searches the icons' names and tags`
	if err == nil || err.Error() != want {
		t.Errorf("got %v\nwant %s", err, want)
	}
}
