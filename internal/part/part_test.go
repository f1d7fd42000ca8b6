package part

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/layout"
	"github.com/sketchdeck/sketchdeck/internal/text"
	"github.com/sketchdeck/sketchdeck/internal/theme"
)

func env(t *testing.T) layout.Env {
	t.Helper()
	th, err := theme.Load("")
	if err != nil {
		t.Fatal(err)
	}
	f, err := text.Load()
	if err != nil {
		t.Fatal(err)
	}
	return layout.Env{Theme: th, Text: f}
}

// TestShipped loads the shipped library and places every part.
func TestShipped(t *testing.T) {
	l, err := Load(Options{Env: env(t)})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"boom", "bug", "bulb", "cache", "calendar", "chart", "chat", "check", "checkbox",
		"clock", "cloud", "code", "container", "cross", "database", "desktop", "developer", "document",
		"documents", "face", "folder", "gear", "git-branch", "globe", "heart", "key", "laptop",
		"load-balancer", "lock", "magnifier", "mail", "mug", "network", "people", "person", "phone",
		"plug", "queue", "robot", "rocket", "server", "server-rack", "shield", "skateboarder", "smiley",
		"stick-figure", "terminal", "tools", "warning"}
	if got := strings.Join(l.Names(), " "); got != strings.Join(want, " ") {
		t.Errorf("names = %s", got)
	}
	for _, n := range l.Names() {
		items, err := l.Place(n, "p", geom.Rect{X: 10, Y: 10, W: 100, H: 100}, layout.PartOptions{})
		if err != nil || len(items) == 0 {
			t.Errorf("%s: %d items, %v", n, len(items), err)
		}
		for _, it := range items {
			if !strings.HasPrefix(it.ID, "p/") {
				t.Errorf("%s: item id %q lacks the placement's prefix", n, it.ID)
			}
		}
	}
}

// TestLoadErrors checks the whole messages of broken user folders.
func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"cycle", map[string]string{
			"a.toml": "[[elements]]\nkind = \"part\"\npart = \"b\"\n",
			"b.toml": "[[elements]]\nkind = \"part\"\npart = \"a\"\n"},
			"DIR/a.toml: part \"a\" → \"b\" → \"a\": a part cannot contain itself"},
		{"bad points", map[string]string{"p.toml": "[[elements]]\nkind = \"freehand\"\npoints = [[1]]\n"},
			"DIR/p.toml:3:1: points[0]: a point is [x, y], not 1 numbers"},
		{"unknown nested", map[string]string{"q.toml": "[[elements]]\nkind = \"part\"\npart = \"smily\"\n"},
			"DIR/q.toml: unknown part \"smily\" (did you mean \"smiley\"?); the library has boom, bug, bulb, cache, calendar, chart, chat, check, checkbox, clock, cloud, code, container, cross, database, desktop, developer, document, documents, face, folder, gear, git-branch, globe, heart, key, laptop, load-balancer, lock, magnifier, mail, mug, network, people, person, phone, plug, q, queue, robot, rocket, server, server-rack, shield, skateboarder, smiley, stick-figure, terminal, tools, warning; icons are written tabler:NAME, logos logo:NAME ('sketchdeck icons WORD' searches them); parts were looked up in the shipped library and in DIR: a folder of NAME.toml parts is added with parts = [\"FOLDER\"] at the top of the diagram (relative to its file) or --parts FOLDER"},
		{"wrong type with the other problems", map[string]string{"w.toml": "width = \"wide\"\n[[elements]]\nkind = \"rect\"\n"},
			"DIR/w.toml:1:1: width: want a number, not a string\n" +
				"DIR/w.toml:2:1: a rect needs width and height"},
		{"image", map[string]string{"i.toml": "[[elements]]\nkind = \"image\"\nimage = \"logo.png\"\n"},
			"DIR/i.toml:1:1: a part cannot show an image: its pictures would be read from wherever a diagram places it; place the image in the diagram (kind = \"image\")"},
		{"unknown key", map[string]string{"k.toml": "size = 3\n[[elements]]\nkind = \"rect\"\nwidth = 1\nheight = 1\n"},
			"DIR/k.toml:1:1: unknown key \"size\" at the top level; valid keys are colors, description, elements, height, width"},
		{"key in another case", map[string]string{"k.toml": "Width = 3\n[[elements]]\nkind = \"rect\"\nwidth = 1\nheight = 1\n"},
			"DIR/k.toml:1:1: unknown key \"Width\" at the top level (did you mean \"width\"?); valid keys are colors, description, elements, height, width"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, data := range tc.files {
				if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			_, err := Load(Options{Dirs: []string{dir}, Env: env(t)})
			if err == nil {
				t.Fatal("no error")
			}
			if got := strings.ReplaceAll(err.Error(), dir, "DIR"); got != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}

// TestShippedChecked decodes every shipped part and checks its nested
// parts, however deep (they exist, none contains itself): Load decodes a
// shipped part only when it is first used, and checks only the nested
// parts of the users' parts, so this is the check of the shipped library.
// A part's name is its file's.
func TestShippedChecked(t *testing.T) {
	l, err := Load(Options{Env: env(t)})
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range l.Names() {
		p, err := l.Part(n)
		if err != nil {
			t.Error(err)
			continue
		}
		if want := "parts/" + n + ".toml"; p.File != want || p.Name != n {
			t.Errorf("part %q comes from %s as %q, want %s", n, p.File, p.Name, want)
		}
	}
	if err := l.checkRefs(l.Names()); err != nil {
		t.Error(err)
	}
}

// TestLoadLazy: loading the library decodes none of the shipped parts;
// a user's part that nests a shipped one decodes that one and no other.
func TestLoadLazy(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "desk.toml"), []byte("[[elements]]\nkind = \"part\"\npart = \"laptop\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		dirs []string
		want []string
	}{{nil, nil}, {[]string{dir}, []string{"desk", "laptop"}}} {
		l, err := Load(Options{Dirs: tc.dirs, Env: env(t)})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, n := range l.Names() {
			if l.parts[n].part != nil {
				got = append(got, n)
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("dirs %v: decoded %v, want %v", tc.dirs, got, tc.want)
		}
	}
}
