// Command renderdiff renders the SVGs of two folders with Chromium and
// with librsvg and says how far the pictures of each same-named pair
// differ: the mean absolute difference of their pixels after a 1 px blur,
// and the worst 32×32 px region, as fractions of full scale. It is how a
// change to the SVG writer is shown to change no picture:
//
//	go run ./scripts/renderdiff [-max 0.01] OLD_DIR NEW_DIR
//
// It prints one line per file and renderer and exits 1 when a mean
// passes -max. Needs chromium and rsvg-convert (Debian: chromium,
// librsvg2-bin).
package main

import (
	"bytes"
	"flag"
	"fmt"
	"image"
	"image/draw"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
)

func main() {
	maxMean := flag.Float64("max", 0.01, "the largest mean difference accepted, as a fraction of full scale")
	flag.Parse()
	if flag.NArg() != 2 {
		fmt.Fprintln(os.Stderr, "usage: renderdiff [-max 0.01] OLD_DIR NEW_DIR")
		os.Exit(2)
	}
	code, err := run(flag.Arg(0), flag.Arg(1), *maxMean)
	if err != nil {
		fmt.Fprintln(os.Stderr, "renderdiff:", err)
		os.Exit(2)
	}
	os.Exit(code)
}

func run(oldDir, newDir string, maxMean float64) (int, error) {
	files, err := filepath.Glob(filepath.Join(newDir, "*.svg"))
	if err != nil {
		return 0, err
	}
	sort.Strings(files)
	tmp, err := os.MkdirTemp("", "renderdiff")
	if err != nil {
		return 0, err
	}
	defer os.RemoveAll(tmp)
	code := 0
	worst := map[string]float64{}
	for _, newFile := range files {
		oldFile := filepath.Join(oldDir, filepath.Base(newFile))
		for _, r := range renderers {
			a, err := r.render(oldFile, tmp)
			if err != nil {
				return 0, err
			}
			b, err := r.render(newFile, tmp)
			if err != nil {
				return 0, err
			}
			mean, region := compare(a, b)
			worst[r.name] = max(worst[r.name], mean)
			fmt.Printf("%-28s %-8s mean %.4f%%  worst 32px region %.3f%%\n", filepath.Base(newFile), r.name, mean*100, region*100)
			if mean > maxMean {
				code = 1
			}
		}
	}
	for _, r := range renderers {
		fmt.Printf("largest mean difference, %s: %.4f%% over %d files\n", r.name, worst[r.name]*100, len(files))
	}
	return code, nil
}

type renderer struct {
	name   string
	render func(svg, tmp string) (*image.RGBA, error)
}

var renderers = []renderer{{"chromium", chromium}, {"librsvg", librsvg}}

var sizeAttr = regexp.MustCompile(`<svg[^>]*?\swidth="([0-9.]+)"[^>]*?\sheight="([0-9.]+)"`)

// chromium screenshots the SVG at its own size.
func chromium(svg, tmp string) (*image.RGBA, error) {
	data, err := os.ReadFile(svg)
	if err != nil {
		return nil, err
	}
	m := sizeAttr.FindSubmatch(data)
	if m == nil {
		return nil, fmt.Errorf("%s: no width and height", svg)
	}
	w, _ := strconv.ParseFloat(string(m[1]), 64)
	h, _ := strconv.ParseFloat(string(m[2]), 64)
	abs, err := filepath.Abs(svg)
	if err != nil {
		return nil, err
	}
	out := filepath.Join(tmp, "chromium.png")
	cmd := exec.Command("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
		"--user-data-dir="+filepath.Join(tmp, "profile"), fmt.Sprintf("--window-size=%d,%d", int(w+0.999), int(h+0.999)),
		"--screenshot="+out, "file://"+abs)
	if msg, err := cmd.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("chromium %s: %v\n%s", svg, err, msg)
	}
	return readPNG(out)
}

// librsvg renders the SVG with rsvg-convert.
func librsvg(svg, tmp string) (*image.RGBA, error) {
	out := filepath.Join(tmp, "rsvg.png")
	if msg, err := exec.Command("rsvg-convert", "-b", "white", "-o", out, svg).CombinedOutput(); err != nil {
		return nil, fmt.Errorf("rsvg-convert %s: %v\n%s", svg, err, msg)
	}
	return readPNG(out)
}

func readPNG(file string) (*image.RGBA, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	rgba := image.NewRGBA(img.Bounds())
	draw.Draw(rgba, rgba.Bounds(), img, img.Bounds().Min, draw.Src)
	return rgba, nil
}

// compare blurs both pictures by 1 px and gives the mean absolute
// difference of their RGB channels and that of the worst 32×32 region,
// as fractions of full scale. Pictures of different sizes differ fully.
func compare(a, b *image.RGBA) (mean, region float64) {
	if a.Bounds() != b.Bounds() {
		return 1, 1
	}
	da, db := blur(a), blur(b)
	w, h := a.Bounds().Dx(), a.Bounds().Dy()
	const cell = 32
	cw, ch := (w+cell-1)/cell, (h+cell-1)/cell
	cells := make([]float64, cw*ch)
	counts := make([]float64, cw*ch)
	total := 0.0
	for y := range h {
		for x := range w {
			d := 0.0
			for c := range 3 {
				v := da[(y*w+x)*3+c] - db[(y*w+x)*3+c]
				if v < 0 {
					v = -v
				}
				d += v
			}
			d /= 3 * 255
			total += d
			k := (y/cell)*cw + x/cell
			cells[k] += d
			counts[k]++
		}
	}
	for k := range cells {
		region = max(region, cells[k]/counts[k])
	}
	return total / float64(w*h), region
}

// blur is the picture's RGB channels averaged over each pixel's 3×3
// neighbourhood (clamped at the edges).
func blur(img *image.RGBA) []float64 {
	w, h := img.Bounds().Dx(), img.Bounds().Dy()
	out := make([]float64, w*h*3)
	for y := range h {
		for x := range w {
			var sum [3]float64
			n := 0.0
			for dy := -1; dy <= 1; dy++ {
				for dx := -1; dx <= 1; dx++ {
					px, py := x+dx, y+dy
					if px < 0 || py < 0 || px >= w || py >= h {
						continue
					}
					i := py*img.Stride + px*4
					for c := range 3 {
						sum[c] += float64(img.Pix[i+c])
					}
					n++
				}
			}
			for c := range 3 {
				out[(y*w+x)*3+c] = sum[c] / n
			}
		}
	}
	return out
}
