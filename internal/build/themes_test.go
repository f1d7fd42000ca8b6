package build

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/theme"
)

// sheetDiagrams are the deck's diagrams docs/themes.svg shows in every
// shipped theme: graph nodes and cylinders with data squares, coloured
// fills, and drawn parts (a robot, a face).
var sheetDiagrams = []string{"transaction", "mapreduce", "human-eq"}

// Cells of the contact sheet, px.
const (
	sheetCellW, sheetCellH = 420, 300
	sheetLabelW, sheetGap  = 130, 12
)

// TestThemeSheet builds sheetDiagrams in every shipped theme and lays them
// out as one SVG, a row per theme: the picture of docs/THEMES.md, and the
// themes' golden (-update rewrites it; look at it before you accept it).
func TestThemeSheet(t *testing.T) {
	var rows []string
	for _, name := range theme.Shipped() {
		th, err := theme.Load(name)
		if err != nil {
			t.Fatal(err)
		}
		b, err := New(Options{Theme: th})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { b.Close() })
		var cells []string
		for _, d := range sheetDiagrams {
			file := filepath.Join("..", "..", "diagrams", d+".toml")
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			// The theme in the name keeps each document's ids its own.
			res := b.Build(context.Background(), Source{File: name + "-" + d + ".toml", Data: data})
			if res.Err != nil {
				t.Fatalf("%s in %s: %v", d, name, res.Err)
			}
			checkSVG(t, res.SVG)
			checkScheme(t, name, d, string(res.SVG))
			cells = append(cells, string(res.SVG))
		}
		rows = append(rows, sheetRow(len(rows), name, cells))
	}
	w := sheetLabelW + len(sheetDiagrams)*(sheetCellW+sheetGap)
	h := len(rows) * (sheetCellH + sheetGap)
	sheet := fmt.Sprintf(`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="%d" height="%d" viewBox="0 0 %d %d" role="img">
<title>The shipped themes, each drawing the same three diagrams</title>
<rect width="100%%" height="100%%" fill="#f1f3f5"/>
%s</svg>
`, w, h, w, h, strings.Join(rows, ""))
	golden(t, "../../docs/themes.svg", []byte(sheet))
}

// rootSize finds a document's root size attributes.
var rootSize = regexp.MustCompile(`<svg\s+width="([0-9.]+)"\s+height="([0-9.]+)"`)

// sheetRow is row i of the sheet: the theme's name, then its documents,
// each scaled into a cell.
func sheetRow(i int, name string, docs []string) string {
	y := i * (sheetCellH + sheetGap)
	var b strings.Builder
	fmt.Fprintf(&b, `<text x="12" y="%d" font-family="sans-serif" font-size="22" fill="#212529">%s</text>`+"\n", y+sheetCellH/2, name)
	for j, doc := range docs {
		x := sheetLabelW + j*(sheetCellW+sheetGap)
		start := strings.Index(doc, "<svg")
		doc = rootSize.ReplaceAllString(doc[start:], fmt.Sprintf(`<svg x="%d" y="%d" width="%d" height="%d"`, x, y, sheetCellW, sheetCellH))
		b.WriteString(doc)
	}
	return b.String()
}

// TestShippedThemesList: the help of --theme can list every shipped theme.
func TestShippedThemes(t *testing.T) {
	want := []string{"auto", "clean", "dark", "default", "excalidraw"}
	if got := theme.Shipped(); strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("shipped themes %v, want %v", got, want)
	}
}

// checkScheme: a dark document paints nothing white (no white blob), and
// an auto one carries its dark colours in a media query.
func checkScheme(t *testing.T, themeName, diagram, doc string) {
	t.Helper()
	switch themeName {
	case "dark":
		for _, white := range []string{`fill="#fff"`, `fill="#ffffff"`} {
			if strings.Contains(doc, white) {
				t.Errorf("%s in the dark theme paints %s", diagram, white)
			}
		}
	case "auto":
		if !strings.Contains(doc, `@media (prefers-color-scheme:dark){`) || !strings.Contains(doc, `[fill="#ffffff"]{fill:#121212}`) {
			t.Errorf("%s in the auto theme has no dark colours", diagram)
		}
	}
}

// TestThemeFont: a theme's font sets and measures the text (golden
// testdata/textmode/words.mono.svg, in Noto Sans Mono).
func TestThemeFont(t *testing.T) {
	th, err := theme.Parse("mono.toml", []byte(`font = "mono"`))
	if err != nil {
		t.Fatal(err)
	}
	b, err := New(Options{Theme: th})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	data, err := os.ReadFile("testdata/textmode/words.toml")
	if err != nil {
		t.Fatal(err)
	}
	res := b.Build(context.Background(), Source{File: "testdata/textmode/words.toml", Data: data})
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	golden(t, "testdata/textmode/words.mono.svg", res.SVG)
	checkSVG(t, res.SVG)
}

// TestDarkDeck: in the dark theme, no diagram of the deck paints anything
// white (a part, a fill, the page): every colour was recoloured.
func TestDarkDeck(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the whole deck")
	}
	th, err := theme.Load("dark")
	if err != nil {
		t.Fatal(err)
	}
	b, err := New(Options{Theme: th})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	for _, res := range b.BuildAll(context.Background(), deckSources(t)) {
		if res.Err != nil {
			t.Fatal(res.Err)
		}
		checkScheme(t, "dark", res.Name, string(res.SVG))
	}
}
