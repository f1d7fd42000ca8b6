package build

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/i18n"
	"github.com/sketchdeck/sketchdeck/internal/scene"
)

// TestTranslationKeepsItemIDs builds every diagram of the deck in English,
// in French and in the pseudo-locale, and checks that the three scenes
// have the same items in the same order: item ids seed the wobble, so the
// variants wobble alike, and only text (and layout) may differ. A text a
// translation wraps into more lines may have one more underline or strike
// per line: those are left out.
func TestTranslationKeepsItemIDs(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "..", "diagrams", "*.toml"))
	if err != nil || len(files) == 0 {
		t.Skip("no diagrams")
	}
	data, err := os.ReadFile(filepath.Join("..", "..", "diagrams", "locales", "fr.toml"))
	if err != nil {
		t.Skip("no French catalog")
	}
	fr, err := i18n.Decode("diagrams/locales/fr.toml", data)
	if err != nil {
		t.Fatal(err)
	}
	b, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	var srcs []Source
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		src := Source{File: filepath.ToSlash(f), Data: data}
		srcs = append(srcs, src)
		src.Translator = fr
		srcs = append(srcs, src)
		src.Translator = i18n.Pseudo{}
		srcs = append(srcs, src)
	}
	res := b.BuildAll(context.Background(), srcs)
	for i := 0; i < len(res); i += 3 {
		en, fr, xa := res[i], res[i+1], res[i+2]
		if en.Err != nil {
			continue // another test reports broken diagrams
		}
		for _, r := range []Result{fr, xa} {
			if r.Err != nil {
				t.Errorf("%s: %v", srcs[i].File, r.Err)
				continue
			}
			if a, b := ids(en.Scene), ids(r.Scene); !slices.Equal(a, b) {
				t.Errorf("%s: item ids differ between languages:\n en %v\n %v", srcs[i].File, a, b)
			}
		}
		if string(en.SVG) == string(xa.SVG) && hasText(en.Scene) {
			t.Errorf("%s: the pseudo-locale changed nothing", srcs[i].File)
		}
	}
}

func ids(sc *scene.Scene) []string {
	var out []string
	for _, it := range sc.Items {
		if !lineDecoration.MatchString(it.ID) {
			out = append(out, it.ID)
		}
	}
	return out
}

// lineDecoration matches the id of a text's underline or strike on its
// second line or later.
var lineDecoration = regexp.MustCompile(`:(underline|strike:)[1-9][0-9]*$`)

func hasText(sc *scene.Scene) bool {
	for _, it := range sc.Items {
		if it.Text != nil {
			return true
		}
	}
	return false
}
