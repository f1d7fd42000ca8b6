package main

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"flag"
	"image"
	"image/draw"
	stdpng "image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

var fidelityRun = flag.String("fidelity-run", "*", "glob of the deck diagrams TestFidelity compares (e.g. 'human*')")

var fidelityOut = flag.String("fidelity-out", "", "directory to keep TestFidelity's renderings in (NAME.chromium.png, NAME.pdf.png), to look at them")

// The fidelity bounds of issue 16: after a 1 px blur, the mean absolute
// difference of two renderings is under 1% and no 32×32 region differs
// by more than 10%.
const (
	maxMeanDiff = 0.01
	maxTileDiff = 0.10
	tileSize    = 32
)

// TestFidelity draws every deck diagram as SVG, PNG and PDF and checks
// that the PNG, and the PDF rasterised by pdftoppm, look like Chromium's
// rendering of the SVG, within the fidelity bounds. One Chromium renders
// every SVG, at the PNG's scale (2).
func TestFidelity(t *testing.T) {
	if testing.Short() {
		t.Skip("renders with Chromium and pdftoppm")
	}
	pdftoppm := lookPdftoppm(t)
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	dir := t.TempDir()
	buildOrFail(t, "--format", "svg,png,pdf", "--out", dir, "../../diagrams")
	svgs, _ := filepath.Glob(filepath.Join(dir, *fidelityRun+".svg"))
	if len(svgs) < 30 && *fidelityRun == "*" {
		t.Fatalf("the deck built %d SVGs; want every diagram", len(svgs))
	}
	compareRenderings(t, ctx, pdftoppm, svgs, *fidelityOut)
}

// lookPdftoppm returns the path of pdftoppm, skipping the test without
// it (.ci/run installs poppler-utils).
func lookPdftoppm(t *testing.T) string {
	t.Helper()
	p, err := exec.LookPath("pdftoppm")
	if err != nil {
		t.Skip("pdftoppm is not installed (.ci/run installs poppler-utils)")
	}
	return p
}

// buildOrFail runs sketchdeck build with args in-process, failing the
// test when it does not succeed.
func buildOrFail(t *testing.T, args ...string) {
	t.Helper()
	if code, _, stderr := runCLI(t, "", append([]string{"build"}, args...)...); code != exitOK {
		t.Fatalf("build: exit %d: %s", code, stderr)
	}
}

// compareRenderings checks each built SVG's PNG, and its PDF rasterised by
// pdftoppm, against Chromium's rendering of the SVG, within the fidelity
// bounds; keep, when not "", keeps the renderings to look at.
func compareRenderings(t *testing.T, ctx context.Context, pdftoppm string, svgs []string, keep string) {
	dir := filepath.Dir(svgs[0])
	if keep != "" {
		if err := os.MkdirAll(keep, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	names := make([]string, len(svgs))
	pdfs := make([]string, len(svgs))
	for i, file := range svgs {
		names[i] = strings.TrimSuffix(filepath.Base(file), ".svg")
		pdfs[i] = filepath.Join(dir, names[i]+".pdf")
	}
	// pdftoppm rasterises the PDFs while Chromium renders the SVGs, and
	// the comparisons run beside both: the test is mostly waiting.
	pages := rasterise(t, ctx, pdftoppm, 192, pdfs)
	b := startBrowser(t, ctx, "about:blank", "--force-device-scale-factor=2", "--hide-scrollbars")
	var wg sync.WaitGroup
	for i, file := range svgs {
		name := names[i]
		ours := decodePNG(t, readFile(t, filepath.Join(dir, name+".png")))
		shot := screenshot(t, b, file, ours.Bounds().Size())
		wg.Add(1)
		go func() {
			defer wg.Done()
			page, ok := <-pages[i]
			if !ok {
				return
			}
			if keep != "" {
				writePNG(t, filepath.Join(keep, name+".chromium.png"), shot)
				writePNG(t, filepath.Join(keep, name+".png"), ours)
				writePNG(t, filepath.Join(keep, name+".pdf.png"), page)
			}
			checkFidelity(t, name, "PNG", ours, shot)
			checkFidelity(t, name, "PDF", page, shot)
		}()
	}
	wg.Wait()
}

// rasterise has pdftoppm rasterise each PDF at dpi, one after another in
// the background; the page of pdfs[i] arrives on the i-th channel, which
// is closed without one when it fails (and the test is failed).
func rasterise(t *testing.T, ctx context.Context, pdftoppm string, dpi int, pdfs []string) []chan image.Image {
	pages := make([]chan image.Image, len(pdfs))
	for i := range pdfs {
		pages[i] = make(chan image.Image, 1)
	}
	go func() {
		for i, pdf := range pdfs {
			out, err := exec.CommandContext(ctx, pdftoppm, "-r", strconv.Itoa(dpi), "-png", "-singlefile", pdf, pdf).CombinedOutput()
			if err != nil {
				t.Errorf("%s: pdftoppm: %v: %s", pdf, err, out)
				close(pages[i])
				continue
			}
			img, err := decodeFile(pdf + ".png")
			if err != nil {
				t.Errorf("%s: %v", pdf, err)
				close(pages[i])
				continue
			}
			pages[i] <- img
		}
	}()
	return pages
}

// checkFidelity compares one rendering with Chromium's, within the bounds.
func checkFidelity(t *testing.T, name, what string, img, shot image.Image) {
	checkFidelityAgainst(t, name, what, img, "Chromium's SVG", shot)
}

// checkFidelityAgainst compares the rendering what with the rendering
// ref, within the bounds.
func checkFidelityAgainst(t *testing.T, name, what string, img image.Image, ref string, refImg image.Image) {
	mean, tile, at := compare(img, refImg)
	t.Logf("%-18s %s: mean %.3f%%, worst 32×32 region %.2f%% at %v", name, what, 100*mean, 100*tile, at)
	if mean >= maxMeanDiff || tile > maxTileDiff {
		t.Errorf("%s: the %s differs from %s: mean %.3f%% (bound %.0f%%), worst 32×32 region %.2f%% at %v (bound %.0f%%); run with -fidelity-out DIR and look",
			name, what, ref, 100*mean, 100*maxMeanDiff, 100*tile, at, 100*maxTileDiff)
	}
}

// screenshot renders an SVG file in the browser at scale 2, size being the
// picture's size in device pixels.
func screenshot(t *testing.T, b *browser, file string, size image.Point) image.Image {
	t.Helper()
	w, h := (size.X+1)/2, (size.Y+1)/2
	if _, err := b.call("Emulation.setDeviceMetricsOverride", map[string]any{"width": w, "height": h, "deviceScaleFactor": 2, "mobile": false}); err != nil {
		t.Fatalf("setDeviceMetricsOverride: %v", err)
	}
	// The SVG as a page embeds it: an <img> at its own size, top left.
	page := strings.TrimSuffix(file, ".svg") + ".html"
	html := `<!doctype html><body style="margin:0;background:#fff"><img src="` + filepath.Base(file) + `" style="display:block">`
	if err := os.WriteFile(page, []byte(html), 0o644); err != nil {
		t.Fatal(err)
	}
	abs, _ := filepath.Abs(page)
	if _, err := b.call("Page.navigate", map[string]any{"url": "file://" + abs}); err != nil {
		t.Fatalf("navigate: %v", err)
	}
	for i := 0; ; i++ {
		state, err := b.eval("document.readyState + ' ' + (document.images.length > 0 && document.images[0].complete && document.images[0].naturalWidth > 0) + ' ' + location.pathname")
		if err == nil && strings.HasPrefix(state, "complete true ") && strings.HasSuffix(state, filepath.Base(page)) {
			break
		}
		if i > 200 {
			t.Fatalf("%s did not load: %q %v", page, state, err)
		}
		time.Sleep(20 * time.Millisecond)
	}
	res, err := b.call("Page.captureScreenshot", map[string]any{"format": "png"})
	if err != nil {
		t.Fatalf("captureScreenshot: %v", err)
	}
	var shot struct{ Data string }
	if err := json.Unmarshal(res, &shot); err != nil {
		t.Fatal(err)
	}
	data, err := base64.StdEncoding.DecodeString(shot.Data)
	if err != nil {
		t.Fatal(err)
	}
	return decodePNG(t, data)
}

// compare blurs both pictures (over white, by 1 px) on the
// size they share and returns their mean absolute difference, the worst
// 32×32 region's, and where that region is, all as fractions of full
// scale.
func compare(a, b image.Image) (mean, worst float64, at image.Point) {
	size := a.Bounds().Size()
	sb := b.Bounds().Size()
	size.X, size.Y = min(size.X, sb.X), min(size.Y, sb.Y)
	pa, pb := blur(overWhite(a, size), size), blur(overWhite(b, size), size)
	tw, th := (size.X+tileSize-1)/tileSize, (size.Y+tileSize-1)/tileSize
	tiles := make([]int64, tw*th)
	counts := make([]int64, tw*th)
	var total int64
	for y := range size.Y {
		for x := range size.X {
			i := 4 * (y*size.X + x)
			d := absDiff(pa[i], pb[i]) + absDiff(pa[i+1], pb[i+1]) + absDiff(pa[i+2], pb[i+2])
			total += d
			k := (y/tileSize)*tw + x/tileSize
			tiles[k] += d
			counts[k]++
		}
	}
	full := float64(3 * 255 * gaussSum * gaussSum) // three channels, scaled by blur
	for k, s := range tiles {
		if v := float64(s) / float64(counts[k]) / full; v > worst {
			worst, at = v, image.Pt(k%tw*tileSize, k/tw*tileSize)
		}
	}
	return float64(total) / float64(size.X*size.Y) / full, worst, at
}

func absDiff(a, b int32) int64 {
	if a > b {
		return int64(a - b)
	}
	return int64(b - a)
}

// overWhite is the picture's top-left size pixels over white.
func overWhite(img image.Image, size image.Point) *image.RGBA {
	out := image.NewRGBA(image.Rectangle{Max: size})
	draw.Draw(out, out.Rect, image.White, image.Point{}, draw.Src)
	draw.Draw(out, out.Rect, img, img.Bounds().Min, draw.Over)
	return out
}

// gauss is a Gaussian kernel of standard deviation 1 px (CSS's blur(1px)),
// cut at 3 px, in thousandths.
var gauss = [7]int32{4, 54, 242, 399, 242, 54, 4}

// gaussSum is the kernel's sum; a pixel blurred both ways is scaled by its
// square (at most 255 × 999², within an int32).
const gaussSum = 999

// blur blurs a picture by a 1 px Gaussian, edges clamped, in RGBA order
// (alpha unused), each value scaled by gaussSum².
func blur(img *image.RGBA, size image.Point) []int32 {
	p := make([]int32, len(img.Pix))
	for i, v := range img.Pix {
		p[i] = int32(v)
	}
	return blurPass(blurPass(p, size, 1, 0), size, 0, 1)
}

// blurPass convolves p with gauss along (dx, dy).
func blurPass(p []int32, size image.Point, dx, dy int) []int32 {
	out := make([]int32, len(p))
	for y := range size.Y {
		for x := range size.X {
			for c := range 3 {
				var s int32
				for k, w := range gauss {
					xx := min(max(x+(k-3)*dx, 0), size.X-1)
					yy := min(max(y+(k-3)*dy, 0), size.Y-1)
					s += w * p[4*(yy*size.X+xx)+c]
				}
				out[4*(y*size.X+x)+c] = s
			}
		}
	}
	return out
}

func readFile(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func decodePNG(t *testing.T, data []byte) image.Image {
	t.Helper()
	img, err := decodePNGBytes(data)
	if err != nil {
		t.Fatal(err)
	}
	return img
}

// writePNG writes a picture to look at (from any goroutine: it fails the
// test without stopping it).
func writePNG(t *testing.T, name string, img image.Image) {
	var buf bytes.Buffer
	if err := stdpng.Encode(&buf, img); err != nil {
		t.Error(err)
		return
	}
	if err := os.WriteFile(name, buf.Bytes(), 0o644); err != nil {
		t.Error(err)
	}
}

func decodePNGBytes(data []byte) (image.Image, error) {
	return stdpng.Decode(bytes.NewReader(data))
}

// decodeFile reads a PNG file.
func decodeFile(name string) (image.Image, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	return stdpng.Decode(bytes.NewReader(data))
}
