package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/sketchdeck/sketchdeck/internal/icon/logo"
	"github.com/sketchdeck/sketchdeck/internal/icon/tabler"
)

// featuresSVG is an SVG picture with every feature PNG and PDF draw of
// one: each shape, rounded corners, transforms in groups, opacities, an
// even-odd star, dashes, butt and square caps, miter and bevel joins,
// colour names, rgb(), style attributes and currentColor, with a viewBox
// twice its size.
const featuresSVG = `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="90" viewBox="0 0 240 180">
  <title>features</title>
  <defs><linearGradient id="unused"/></defs>
  <rect x="10" y="10" width="60" height="40" rx="8" fill="#f4a261" stroke="#264653" stroke-width="4"/>
  <circle cx="110" cy="30" r="20" fill="teal" fill-opacity="0.6" stroke="black" stroke-width="3" stroke-dasharray="6 4"/>
  <ellipse cx="180" cy="30" rx="40" ry="18" style="fill: rgb(233, 196, 106); stroke: #e76f51; stroke-width: 5"/>
  <g transform="translate(20 70) rotate(-10)" stroke="#2a9d8f" stroke-width="8" fill="none">
    <polyline points="0,0 30,40 60,0" stroke-linejoin="miter"/>
    <polyline points="70,0 100,40 130,0" stroke-linejoin="bevel" stroke-linecap="square"/>
    <line x1="150" y1="0" x2="190" y2="40" stroke-linecap="butt"/>
  </g>
  <polygon points="60,120 72,160 30,135 90,135 48,160" fill="#e63946" fill-rule="evenodd"/>
  <g opacity="0.5"><rect x="110" y="120" width="50" height="50" fill="navy"/></g>
  <path d="M180 120 q 30 0 30 25 t 30 25" stroke="purple" stroke-width="3" fill="none"/>
  <path d="M170 175 A 20 10 30 0 1 230 175" color="#555" stroke="currentColor" fill="none" stroke-width="2"/>
</svg>
`

// TestPictureFidelity draws a diagram of SVG pictures (shipped Tabler
// icons and Simple Icons logos written as SVG files, and featuresSVG) as
// SVG, PNG and PDF, and checks that the PNG and the PDF, which draw the
// pictures' shapes themselves, look like Chromium's rendering of the SVG,
// which shows the picture files, within TestFidelity's bounds.
func TestPictureFidelity(t *testing.T) {
	if testing.Short() {
		t.Skip("renders with Chromium and pdftoppm")
	}
	pdftoppm := lookPdftoppm(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	src := t.TempDir()
	writePictureDiagram(t, src)
	out := t.TempDir()
	buildOrFail(t, "--format", "svg,png,pdf", "--out", out, src)
	keep := ""
	if *fidelityOut != "" {
		keep = filepath.Join(*fidelityOut, "pictures")
	}
	compareRenderings(t, ctx, pdftoppm, []string{filepath.Join(out, "pictures.svg")}, keep)
}

// writePictureDiagram writes into src a drawing, pictures.toml, of SVG
// pictures: shipped Tabler icons and Simple Icons logos written as SVG
// files, and featuresSVG.
func writePictureDiagram(t *testing.T, src string) {
	t.Helper()
	pics := map[string]string{"features": featuresSVG}
	for _, name := range []string{"server-2", "database", "cloud", "settings", "heart", "user"} {
		pics["tabler-"+name] = tablerSVG(t, name)
	}
	for _, name := range []string{"github", "docker", "go"} {
		pics["logo-"+name] = logoSVG(t, name)
	}
	if err := os.Mkdir(filepath.Join(src, "pictures"), 0o755); err != nil {
		t.Fatal(err)
	}
	var toml strings.Builder
	toml.WriteString("kind = \"drawing\"\ntitle = \"SVG pictures\"\n")
	cell := 0 // the next place in the grid
	for _, name := range sortedNames(pics) {
		if err := os.WriteFile(filepath.Join(src, "pictures", name+".svg"), []byte(pics[name]), 0o644); err != nil {
			t.Fatal(err)
		}
		// Square boxes, the features picture (4:3) in a wide one at the
		// bottom; one icon turned.
		x, y, w, h, rot := 10+130*(cell%4), 10+130*(cell/4), 110, 110, 0
		switch name {
		case "features":
			x, y, w, h = 10, 400, 500, 200
			cell--
		case "tabler-heart":
			rot = 20
		}
		cell++
		fmt.Fprintf(&toml, "\n[[elements]]\nkind = \"image\"\nimage = \"pictures/%s.svg\"\nx = %d\ny = %d\nwidth = %d\nheight = %d\nrotate = %d\n",
			name, x, y, w, h, rot)
	}
	if err := os.WriteFile(filepath.Join(src, "pictures.toml"), []byte(toml.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// tablerSVG is a shipped Tabler icon as the SVG file Tabler ships.
func tablerSVG(t *testing.T, name string) string {
	f := tableRow(t, tabler.Table, name)
	var b strings.Builder
	b.WriteString(`<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">`)
	for _, d := range strings.Split(f[3], ";") {
		fmt.Fprintf(&b, `<path d="%s"/>`, d)
	}
	return b.String() + "</svg>\n"
}

// logoSVG is a shipped Simple Icons logo as the SVG file Simple Icons ships.
func logoSVG(t *testing.T, name string) string {
	f := tableRow(t, logo.Table, name)
	return `<svg role="img" viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg"><title>` + f[1] + `</title><path fill="#2b4c7e" d="` + f[3] + `"/></svg>` + "\n"
}

// tableRow is the tab-separated row of a vendored icon table for name.
func tableRow(t *testing.T, gz []byte, name string) []string {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		if f := strings.Split(sc.Text(), "\t"); len(f) >= 4 && f[0] == name {
			return f
		}
	}
	t.Fatalf("no icon %q in the table", name)
	return nil
}

func sortedNames(m map[string]string) []string {
	names := make([]string, 0, len(m))
	for k := range m {
		names = append(names, k)
	}
	slices.Sort(names)
	return names
}
