package text

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	imgpng "image/png"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

var renderOut = flag.String("render-out", "", "directory to keep TestRender's SVG and PNGs in, to look at them")

// renderSample is French with every accent, guillemets and œ, plus one
// rune from each fallback face.
const renderSample = "Déjà vu « œuvre » ça ! → ✓"

// TestRender proves the subset fonts draw: it renders an SVG embedding them
// with headless Chromium and checks the picture differs from the same SVG
// in plain sans-serif (it would not if Chromium rejected the fonts). It
// also renders with rsvg-convert, which ignores @font-face, with Virgil
// made visible to fontconfig instead. Whether every accent is drawn in the
// handwriting face (no tofu boxes) needs eyes: run
//
//	go test ./internal/text -run TestRender -render-out /tmp/render
//
// and look at /tmp/render/*.png.
func TestRender(t *testing.T) {
	if testing.Short() {
		t.Skip("renders with external programs")
	}
	chromium, err := exec.LookPath("chromium")
	if err != nil {
		t.Skip("chromium not installed")
	}
	dir := t.TempDir()
	if *renderOut != "" {
		dir = *renderOut
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	fs := mustLoad(t)
	files, err := fs.Subset(renderSample)
	if err != nil {
		t.Fatal(err)
	}
	// The box drawn round the text is Width wide and one LineHeight tall,
	// with the text on Baseline: in the picture it should hug the text
	// left and right and look vertically centred.
	box := fmt.Sprintf(`<rect x="20" y="%.2f" width="%.2f" height="%.2f" fill="none" stroke="red"/>`,
		70-fs.Baseline(36), fs.Width(renderSample, 36), fs.LineHeight(36))
	embedded := writeFile(t, dir, "embedded.svg", sampleSVG(CSS(files), fs.FontFamily(), box))
	plain := writeFile(t, dir, "plain.svg", sampleSVG("", "sans-serif", box))
	a := renderChromium(t, chromium, embedded)
	b := renderChromium(t, chromium, plain)
	if bytes.Equal(a, b) {
		t.Errorf("Chromium drew the embedded fonts as plain sans-serif")
	}
	if rsvg, err := exec.LookPath("rsvg-convert"); err == nil {
		renderRsvg(t, rsvg, embedded)
	}
	t.Logf("pictures in %s", dir)
}

func sampleSVG(css, family, box string) string {
	return fmt.Sprintf(`<svg xmlns="http://www.w3.org/2000/svg" width="800" height="200" viewBox="0 0 800 200">`+
		`<style>%s</style><rect width="800" height="200" fill="white"/>`+
		`%s<text x="20" y="70" font-size="36" font-family="%s">%s</text></svg>`, css, box, family, renderSample)
}

func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// renderChromium screenshots svg. The window is 200 px tall because headless
// Chromium captures a blank page in much shorter windows.
func renderChromium(t *testing.T, chromium, svg string) []byte {
	t.Helper()
	png := svg[:len(svg)-len(".svg")] + ".chromium.png"
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, chromium, "--headless", "--no-sandbox", "--disable-gpu",
		"--disable-background-networking", "--disable-component-update", "--no-first-run",
		"--user-data-dir="+t.TempDir(), "--screenshot="+png, "--window-size=800,200", "file://"+svg)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("chromium: %v\n%s", err, out)
	}
	data, err := os.ReadFile(png)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// renderRsvg points fontconfig at the shipped fonts through a private
// config, since librsvg only finds fonts that way.
func renderRsvg(t *testing.T, rsvg, svg string) {
	t.Helper()
	fontDir, err := filepath.Abs("font")
	if err != nil {
		t.Fatal(err)
	}
	conf := writeFile(t, t.TempDir(), "fonts.conf", `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">`+
		`<fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include><dir>`+fontDir+`</dir>`+
		`<cachedir>`+t.TempDir()+`</cachedir></fontconfig>`)
	png := svg[:len(svg)-len(".svg")] + ".rsvg.png"
	cmd := exec.Command(rsvg, "-o", png, svg)
	cmd.Env = append(os.Environ(), "FONTCONFIG_FILE="+conf)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("rsvg-convert: %v\n%s", err, out)
	}
}

// TestRenderOutline renders renderSample drawn by Outline with
// rsvg-convert, which ignores @font-face, and checks the ink lies in the
// box Width and the line metrics give. Whether it is Virgil with every
// accent needs eyes: run with -render-out and look at outline.rsvg.png.
func TestRenderOutline(t *testing.T) {
	rsvg, err := exec.LookPath("rsvg-convert")
	if testing.Short() || err != nil {
		t.Skip("needs rsvg-convert")
	}
	dir := t.TempDir()
	if *renderOut != "" {
		dir = *renderOut
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	fs := mustLoad(t)
	const size, x, y = 36.0, 20.0, 70.0
	w := fs.Width(renderSample, size)
	top := y - fs.Baseline(size)
	// The invisible <text> is what the svg stage keeps for selection and
	// search; it must not show in librsvg either.
	svg := writeFile(t, dir, "outline.svg", fmt.Sprintf(
		`<svg xmlns="http://www.w3.org/2000/svg" width="800" height="200" viewBox="0 0 800 200">`+
			`<rect width="800" height="200" fill="white"/>`+
			`<rect x="%s" y="%s" width="%s" height="%s" fill="none" stroke="red"/>`+
			`<path fill="black" d="%s"/>`+
			`<text x="%s" y="%s" font-size="36" fill-opacity="0">%s</text></svg>`,
		num(x), num(top), num(w), num(fs.LineHeight(size)),
		fs.Outline(renderSample, size, x, y, num), num(x), num(y), renderSample))
	png := svg[:len(svg)-len(".svg")] + ".rsvg.png"
	if out, err := exec.Command(rsvg, "-o", png, svg).CombinedOutput(); err != nil {
		t.Fatalf("rsvg-convert: %v\n%s", err, out)
	}
	f, err := os.Open(png)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := imgpng.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	ink, outside := 0, 0
	for py := img.Bounds().Min.Y; py < img.Bounds().Max.Y; py++ {
		for px := img.Bounds().Min.X; px < img.Bounds().Max.X; px++ {
			r, g, b, _ := img.At(px, py).RGBA()
			if r > 0x8000 || g > 0x8000 || b > 0x8000 { // white, red or light antialiasing
				continue
			}
			ink++
			if float64(px) < x-1 || float64(px) > x+w+1 || float64(py) < y-fs.Ascent(size)-1 || float64(py) > y+fs.Descent(size)+1 {
				outside++
			}
		}
	}
	if ink < 1500 || outside > 0 {
		t.Errorf("rsvg-convert drew %d dark pixels, %d outside the text's box; want ink, all inside", ink, outside)
	}
	t.Logf("picture in %s", png)
}
