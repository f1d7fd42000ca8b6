package build

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/cache"
	"github.com/sketchdeck/sketchdeck/internal/canvas"
	"github.com/sketchdeck/sketchdeck/internal/pdf"
	"github.com/sketchdeck/sketchdeck/internal/png"
	"github.com/sketchdeck/sketchdeck/internal/spec"
	"github.com/sketchdeck/sketchdeck/internal/svg"
	"github.com/sketchdeck/sketchdeck/internal/text"
	"github.com/sketchdeck/sketchdeck/internal/theme"
)

// Format is an output file format; its name is the file's extension.
type Format string

// The output formats: one backend of internal/canvas each, but Excalidraw,
// a scene file of elements that internal/excalout writes from the scene.
const (
	SVG        Format = "svg"
	PNG        Format = "png"
	PDF        Format = "pdf"
	Excalidraw Format = "excalidraw"
)

// Formats lists every output format, in the order ParseFormats keeps.
var Formats = []Format{SVG, PNG, PDF, Excalidraw}

// ParseFormats reads a comma-separated list of formats ("svg,png,pdf"),
// in any order and case, each at most once; "" is SVG alone. The result
// is in the order of Formats, so that outputs come in one order.
func ParseFormats(list string) ([]Format, error) {
	if strings.TrimSpace(list) == "" {
		return []Format{SVG}, nil
	}
	want := map[Format]bool{}
	for _, name := range strings.Split(list, ",") {
		f := Format(strings.ToLower(strings.TrimSpace(name)))
		if !f.valid() {
			names := make([]string, len(Formats))
			for i, f := range Formats {
				names[i] = string(f)
			}
			return nil, fmt.Errorf("unknown format %q%s: the formats are %s, separated by commas", name, spec.DidYouMean(string(f), names), strings.Join(names, ", "))
		}
		want[f] = true
	}
	var out []Format
	for _, f := range Formats {
		if want[f] {
			out = append(out, f)
		}
	}
	return out, nil
}

func (f Format) valid() bool {
	for _, g := range Formats {
		if f == g {
			return true
		}
	}
	return false
}

// CheckScale says whether s is a usable PNG scale: 0 (the default) or
// within 0.1 to 16 pixels per CSS pixel.
func CheckScale(s float64) error {
	if s != 0 && !(s >= 0.1 && s <= 16) {
		return fmt.Errorf("scale %v is out of range: give 0.1 to 16 pixels per CSS pixel (default %d)", s, png.DefaultScale)
	}
	return nil
}

// Formats are the formats the Builder draws, in order.
func (b *Builder) Formats() []Format { return b.formats }

// Output is one built file of a diagram: NAME.Format.
type Output struct {
	Format Format
	Data   []byte
	// Dark marks the dark picture of an auto-scheme theme's PNG or PDF,
	// which cannot follow the viewer's colour scheme as the SVG does: it
	// is written beside the light one, as NAME.dark.EXT.
	Dark bool
}

// DarkSuffix is what a dark picture's file name has before its
// extension: NAME.dark.png beside NAME.png.
const DarkSuffix = ".dark"

// Still reports whether f is a still picture, which cannot follow the
// reader's colour scheme as an SVG does: an auto-scheme theme draws it
// twice, light and dark (NAME.EXT and NAME.dark.EXT). PNG and PDF are.
func (f Format) Still() bool { return f == PNG || f == PDF }

// DarkOf reads a dark picture's file name ("cdn.dark.png"): the
// diagram's name and the light picture's file name ("cdn.png"). ok is
// false for any other name.
func DarkOf(file string) (name, light string, ok bool) {
	for _, f := range Formats {
		if !f.Still() {
			continue
		}
		if base, found := strings.CutSuffix(file, DarkSuffix+"."+string(f)); found && base != "" {
			return base, base + "." + string(f), true
		}
	}
	return "", "", false
}

// FileNames are the files a diagram called name is drawn into, in the
// Builder's formats (its step files aside): NAME.EXT for each, and for an
// auto-scheme theme NAME.dark.EXT too beside each PNG or PDF.
func (b *Builder) FileNames(name string) []string {
	var out []string
	for _, f := range b.formats {
		out = append(out, name+"."+string(f))
		if f.Still() && b.theme.Scheme() == theme.Auto {
			out = append(out, name+DarkSuffix+"."+string(f))
		}
	}
	return out
}

// FileKey is the incremental-build key of one output file, by its name,
// given its diagram's key (Key): an SVG file (steps too) has the
// diagram's key, a PNG's adds its format and scale, a PDF's and an
// Excalidraw scene's their format; so asking for another format or scale
// rebuilds only what it changes.
func (b *Builder) FileKey(key, file string) string {
	switch {
	case strings.HasSuffix(file, "."+string(PNG)):
		return cache.Key(cache.String("key", key), cache.String("output", "png@"+strconv.FormatFloat(b.scale(), 'g', -1, 64)))
	case strings.HasSuffix(file, "."+string(PDF)):
		return cache.Key(cache.String("key", key), cache.String("output", "pdf"))
	case strings.HasSuffix(file, "."+string(Excalidraw)):
		return cache.Key(cache.String("key", key), cache.String("output", "excalidraw"))
	}
	return key
}

func (b *Builder) scale() float64 {
	if b.opts.Scale > 0 {
		return b.opts.Scale
	}
	return png.DefaultScale
}

// canvas starts a document of format f. An auto-scheme theme's SVG
// carries the dark palette too, for prefers-color-scheme; a PNG or PDF,
// which cannot follow the viewer, is drawn twice, in Light and in Dark
// (see drawAll), and is never given Auto.
func (b *Builder) canvas(f Format, page canvas.Page, fonts *text.Fonts, scheme theme.Scheme) canvas.Canvas {
	switch f {
	case PNG:
		return png.New(page, png.Options{Scale: b.scale(), Fonts: fonts})
	case PDF:
		return pdf.New(page, pdf.Options{Fonts: fonts})
	}
	opt := svg.Options{Fonts: fonts, Text: b.opts.Text, Shared: b.shared}
	if scheme == theme.Auto {
		opt.Dark = theme.DarkColor
	}
	return svg.New(page, opt)
}

// As is a Builder like b that draws in formats instead: it shares b's
// theme, fonts, parts and layout worker (serve draws a PNG on request with
// it), and its Close releases nothing of b's.
func (b *Builder) As(formats []Format) *Builder {
	if len(formats) == 0 {
		formats = []Format{SVG}
	}
	return &Builder{theme: b.theme, fonts: b.fonts, shared: b.shared, placer: b.placer, parts: b.parts, digest: b.digest,
		seed: b.seed, formats: formats, opts: b.opts}
}
