package lint_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/build"
	"github.com/sketchdeck/sketchdeck/internal/i18n"
	"github.com/sketchdeck/sketchdeck/internal/lint"
	"github.com/sketchdeck/sketchdeck/internal/spec"
	"github.com/sketchdeck/sketchdeck/internal/text"
)

// deck lays out every diagram of the deck once.
func deck(t testing.TB, b *build.Builder) []laidOut {
	t.Helper()
	var files []string
	for _, pat := range []string{"*.toml", "*.md"} {
		m, err := filepath.Glob(filepath.Join("..", "..", "diagrams", pat))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) < 30 {
		t.Fatalf("only %d diagrams found", len(files))
	}
	out := make([]laidOut, len(files))
	for i, f := range files {
		out[i] = layoutFile(t, b, f)
	}
	return out
}

// TestDeckItemsHaveElements: every item the deck draws is claimed by an
// element of its diagram, so findings name the right line, and
// exceptions can name it.
func TestDeckItemsHaveElements(t *testing.T) {
	b, _ := newBuilder(t)
	for _, l := range deck(t, b) {
		var lost []string
		for _, it := range l.sc.Items {
			if lint.ElementPos(l.d, it.ID) == (spec.Pos{}) {
				lost = append(lost, it.ID)
			}
		}
		if len(lost) > 0 {
			t.Errorf("%s: items with no element position: %s", l.d.File, strings.Join(lost, ", "))
		}
	}
}

// BenchmarkCheckDeck checks every laid-out diagram of the deck once per
// iteration: what "sketchdeck lint diagrams" adds to laying them out.
func BenchmarkCheckDeck(b *testing.B) {
	bld, fonts := newBuilder(b)
	all := deck(b, bld)
	b.ResetTimer()
	for range b.N {
		for _, l := range all {
			lint.Check(l.d, l.sc, fonts)
		}
	}
}

// TestDeckClean: the deck has no finding in English, in the pseudo-locale
// and in each catalog's language, and none of its exceptions is stale (make check runs the same
// through "sketchdeck lint").
func TestDeckClean(t *testing.T) {
	b, fonts := newBuilder(t)
	cats, err := filepath.Glob(filepath.Join("..", "..", "diagrams", "locales", "*.toml"))
	if err != nil || len(cats) == 0 {
		t.Fatalf("no catalogs: %v", err)
	}
	trs := []i18n.Translator{nil, i18n.Pseudo{}}
	for _, f := range cats {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		c, err := i18n.Decode(f, data)
		if err != nil {
			t.Fatal(err)
		}
		trs = append(trs, c)
	}
	files, _ := filepath.Glob(filepath.Join("..", "..", "diagrams", "*.toml"))
	md, _ := filepath.Glob(filepath.Join("..", "..", "diagrams", "*.md"))
	for _, f := range append(files, md...) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		checkLangs(t, b, fonts, build.Source{File: filepath.ToSlash(f), Data: data}, trs)
	}
}

// checkLangs lints src in each language of trs (nil for its own) and
// reports each finding, and each exception no language needed.
func checkLangs(t *testing.T, b *build.Builder, fonts *text.Fonts, src build.Source, trs []i18n.Translator) {
	t.Helper()
	var d *spec.Diagram
	var used []bool
	for _, tr := range trs {
		src.Translator = tr
		dd, sc, err := b.LayOut(context.Background(), src)
		if err != nil {
			t.Fatal(err)
		}
		found, u := lint.Check(dd, sc, fonts)
		for _, fd := range found {
			t.Errorf("%v (translator %T)", fd, tr)
		}
		d, used = dd, lint.OrUsed(used, u)
	}
	for _, fd := range lint.Stale(d, used) {
		t.Error(fd)
	}
}
