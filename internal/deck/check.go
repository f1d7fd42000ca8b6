package deck

import (
	"fmt"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/cache"
	"github.com/sketchdeck/sketchdeck/internal/input"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// MaxDeck is the largest slide deck Check reads, in bytes.
const MaxDeck = 16 << 20

// MaxDiagram is the largest diagram source Check reads, in bytes: what
// the build reads.
const MaxDiagram = spec.MaxSource

// Options say where a deck's pictures come from.
type Options struct {
	// Deck is the slide deck's file ("slides.md"); problems name it.
	Deck string
	// Images is the folder holding the built SVGs the deck's references
	// resolve to by base name ("images/cdn.svg" → Images/cdn.svg), and
	// the build's record of them (cache.FileName).
	Images string
	// Diagrams is the folder of diagram sources (NAME.toml).
	Diagrams string
	// Key is the incremental-build key of a diagram source, computed as
	// the build does: an SVG is up to date exactly when the build would
	// not rebuild it.
	Key func(file string, data []byte) string
	// Build is the command that brings the SVGs up to date, for hints
	// ("sketchdeck build --out images diagrams").
	Build string
}

// Problem is one thing wrong with a deck's pictures.
type Problem struct {
	// File, Line and Col locate it: in the deck for a reference, or the
	// diagram's source or the SVG (Line 0) for a diagram no slide uses or
	// an SVG whose diagram is gone.
	File      string
	Line, Col int
	Msg       string
}

func (p Problem) String() string {
	if p.Line == 0 {
		return p.File + ": " + p.Msg
	}
	return fmt.Sprintf("%s:%d:%d: %s", p.File, p.Line, p.Col, p.Msg)
}

// Report is what Check found.
type Report struct {
	// Refs are the deck's image references; Diagrams those of them built
	// from a diagram.
	Refs, Diagrams int
	Problems       []Problem
	// Fine are the SVG references that are no problem, each saying why
	// ("images/cdn.svg: up to date"), for a verbose report.
	Fine []Problem
}

// Check reads the deck and the diagrams folder and reports every SVG
// reference with no diagram and no file, every SVG the build would
// rebuild (missing, edited, or built from other inputs: decided by
// content, as the incremental build decides, never by file times), every
// diagram no slide uses, and every SVG built from a diagram that is gone.
// References to other images (photos) are not checked. Only an
// unreadable deck or folder is an error; everything else is a Problem.
func Check(o Options) (*Report, error) {
	src, err := input.ReadFile(o.Deck, MaxDeck)
	if err != nil {
		return nil, fmt.Errorf("deck: %w", err)
	}
	diagrams, err := sources(o.Diagrams)
	if err != nil {
		return nil, fmt.Errorf("deck: %w", err)
	}
	man, err := cache.Load(o.Images)
	if err != nil {
		return nil, fmt.Errorf("deck: %w", err)
	}
	c := checker{Options: o, man: man, used: map[string]bool{}, reported: map[string]bool{}}
	refs := Refs(src)
	r := &Report{Refs: len(refs)}
	for _, ref := range refs {
		if !isSVG(ref.Path) {
			continue
		}
		name := strings.TrimSuffix(path.Base(pathOf(ref.Path)), path.Ext(pathOf(ref.Path)))
		diagram, msg := c.ref(name)
		at := Problem{File: o.Deck, Line: ref.Line, Col: ref.Col, Msg: ref.Path + ": " + msg}
		switch {
		case msg != "":
			r.Problems = append(r.Problems, at)
		case c.used[diagram]:
			at.Msg = ref.Path + ": up to date"
			r.Fine = append(r.Fine, at)
		default:
			at.Msg = ref.Path + ": a picture of its own"
			r.Fine = append(r.Fine, at)
		}
		if c.used[diagram] {
			r.Diagrams++
		}
	}
	for _, d := range diagrams {
		name := strings.TrimSuffix(filepath.Base(d), filepath.Ext(d))
		if !c.used[name] {
			r.Problems = append(r.Problems, Problem{File: d, Msg: "no slide of " + o.Deck + " shows this diagram (it would be " + filepath.Join(o.Images, name+".svg") + ")"})
		}
	}
	r.Problems = append(r.Problems, c.orphans()...)
	return r, nil
}

// checker checks one deck's references against one images folder.
type checker struct {
	Options
	man *cache.Manifest
	// used are the diagrams some slide shows; reported the SVGs already
	// reported as built from a diagram that is gone.
	used, reported map[string]bool
}

// ref checks one SVG reference (NAME, or a build step's NAME.step-K)
// and marks its diagram used; it returns the diagram's name.
func (c *checker) ref(name string) (string, string) {
	if base, k, ok := spec.StepOf(name + ".svg"); ok && c.diagram(name) == "" && c.diagram(base) != "" {
		return base, c.stepRef(name, base, k)
	}
	return name, c.svgRef(name, c.diagram(name))
}

// stepRef checks a reference to step k of the diagram base.
func (c *checker) stepRef(name, base string, k int) string {
	c.used[base] = true
	if n, ok := c.steps(base); ok && k > n {
		return c.noStep(base, k, n)
	}
	return c.svgRef(name, c.diagram(base))
}

// steps is how many build steps the diagram called name has; ok is false
// when its source cannot be read (the build reports it).
func (c *checker) steps(name string) (int, bool) {
	file := c.diagram(name)
	data, err := input.ReadFile(file, MaxDiagram)
	if err != nil {
		return 0, false
	}
	d, err := spec.Decode(file, data)
	if err != nil {
		return 0, false
	}
	return d.MaxStep(), true
}

func (c *checker) noStep(base string, k, n int) string {
	have := "no build steps"
	if n > 0 {
		have = fmt.Sprintf("steps 1 to %d", n)
	}
	return fmt.Sprintf("%s has %s, not step %d: run %s, which removes the step files it no longer has", c.diagram(base), have, k, c.Build)
}

// svgRef checks a reference to one SVG the build writes, NAME.svg, from
// the diagram source file ("" if there is none), and marks it used.
func (c *checker) svgRef(name, file string) string {
	svgPath := filepath.Join(c.Images, name+".svg")
	if file == "" {
		switch {
		case c.built(name):
			c.reported[name] = true
			return c.gone(name)
		case exists(svgPath):
			return "" // a picture of its own, not built from a diagram
		}
		return "no diagram " + filepath.Join(c.Diagrams, name+".toml") + " and no file " + svgPath
	}
	c.used[spec.NameOf(file)] = true
	data, err := input.ReadFile(file, MaxDiagram)
	if err != nil {
		return "cannot read " + file + ": " + err.Error()
	}
	switch c.man.State(name+".svg", c.Key(file, data)) {
	case cache.Missing:
		return svgPath + " is missing: run " + c.Build
	case cache.Unrecorded:
		return svgPath + " has no record of being built from " + file + " in " + c.man.Path() + ": run " + c.Build
	case cache.Edited:
		return svgPath + " was changed since it was built from " + file + ": run " + c.Build
	case cache.OtherKey:
		return svgPath + " is out of date: " + file + ", the theme, a catalog or sketchdeck changed since it was built, or it was built with other flags: run " + c.Build
	}
	return ""
}

// diagram is the source of the diagram called name: NAME.toml, or the
// Markdown mind map NAME.md; "" if there is none.
func (c *checker) diagram(name string) string {
	if f := filepath.Join(c.Diagrams, name+".toml"); exists(f) {
		return f
	}
	if f := filepath.Join(c.Diagrams, name+".md"); !strings.EqualFold(name, "README") && exists(f) {
		return f
	}
	return ""
}

// built reports whether the images folder holds NAME.svg as the build
// wrote it.
func (c *checker) built(name string) bool {
	return slices.Contains(c.man.Names(), name+".svg") && exists(filepath.Join(c.Images, name+".svg"))
}

func (c *checker) gone(name string) string {
	return "built from " + filepath.Join(c.Diagrams, name+".toml") + ", which is gone: restore the diagram or delete " + filepath.Join(c.Images, name+".svg")
}

// orphans are the SVGs the build wrote whose diagram is gone, and the
// step files of steps their diagram no longer has, that no slide
// references (those are reported at the reference).
func (c *checker) orphans() []Problem {
	var out []Problem
	for _, svg := range c.man.Names() {
		name := strings.TrimSuffix(svg, ".svg")
		if c.reported[name] || c.diagram(name) != "" || !c.built(name) {
			continue
		}
		if base, k, ok := spec.StepOf(svg); ok && c.diagram(base) != "" {
			if n, ok := c.steps(base); ok && k > n {
				out = append(out, Problem{File: filepath.Join(c.Images, svg), Msg: "stale step file: " + c.noStep(base, k, n)})
			}
			continue
		}
		out = append(out, Problem{File: filepath.Join(c.Images, svg), Msg: c.gone(name)})
	}
	return out
}

// sources lists a folder's diagram sources, as the build reads them: every
// .toml and every Markdown mind map (.md, README.md excepted), sorted.
func sources(dir string) ([]string, error) {
	if _, err := os.Stat(dir); err != nil {
		return nil, err
	}
	toml, _ := filepath.Glob(filepath.Join(dir, "*.toml"))
	md, _ := filepath.Glob(filepath.Join(dir, "*.md"))
	md = slices.DeleteFunc(md, func(f string) bool { return strings.EqualFold(filepath.Base(f), "README.md") })
	all := append(toml, md...)
	slices.Sort(all)
	return all, nil
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
