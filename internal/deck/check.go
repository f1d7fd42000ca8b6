package deck

import (
	"fmt"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/input"
)

// MaxDeck is the largest slide deck Check reads, in bytes.
const MaxDeck = 16 << 20

// Options say where a deck's pictures come from.
type Options struct {
	// Deck is the slide deck's file ("slides.md"); problems name it.
	Deck string
	// Images is the folder holding the built SVGs the deck's references
	// resolve to by base name ("images/cdn.svg" → Images/cdn.svg).
	Images string
	// Diagrams is the folder of diagram sources (NAME.toml).
	Diagrams string
	// Sources are more files every diagram is built from (a theme file,
	// a catalog): an SVG older than any of them is stale too.
	Sources []string
}

// Problem is one thing wrong with a deck's pictures.
type Problem struct {
	// File, Line and Col locate it: in the deck for a reference, or the
	// diagram's source (Line 0) for a diagram no slide uses.
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
}

// Check reads the deck and the diagrams folder and reports every SVG
// reference with no diagram and no file, every SVG that is missing or older
// than its sources, and every diagram no slide uses. References to other
// images (photos) are not checked. Only an unreadable deck or folder is an
// error; everything else is a Problem.
func Check(o Options) (*Report, error) {
	src, err := input.ReadFile(o.Deck, MaxDeck)
	if err != nil {
		return nil, fmt.Errorf("deck: %w", err)
	}
	diagrams, err := sources(o.Diagrams)
	if err != nil {
		return nil, fmt.Errorf("deck: %w", err)
	}
	refs := Refs(src)
	r := &Report{Refs: len(refs)}
	used := map[string]bool{}
	for _, ref := range refs {
		if !strings.EqualFold(path.Ext(ref.Path), ".svg") {
			continue
		}
		name := strings.TrimSuffix(path.Base(ref.Path), path.Ext(ref.Path))
		at := Problem{File: o.Deck, Line: ref.Line, Col: ref.Col}
		if msg := checkRef(o, name, used); msg != "" {
			at.Msg = ref.Path + ": " + msg
			r.Problems = append(r.Problems, at)
		}
		if used[name] {
			r.Diagrams++
		}
	}
	for _, d := range diagrams {
		name := strings.TrimSuffix(filepath.Base(d), filepath.Ext(d))
		if !used[name] {
			r.Problems = append(r.Problems, Problem{File: d, Msg: "no slide of " + o.Deck + " shows this diagram (it would be images/" + name + ".svg)"})
		}
	}
	return r, nil
}

// checkRef checks one SVG reference and marks its diagram used.
func checkRef(o Options, name string, used map[string]bool) string {
	svgPath := filepath.Join(o.Images, name+".svg")
	tomlPath := filepath.Join(o.Diagrams, name+".toml")
	if _, err := os.Stat(tomlPath); err != nil {
		if md := filepath.Join(o.Diagrams, name+".md"); name != "README" && exists(md) {
			tomlPath = md // a mind map written as a Markdown outline
		}
	}
	svg, svgErr := os.Stat(svgPath)
	if _, err := os.Stat(tomlPath); err != nil {
		if svgErr == nil {
			return "" // a picture of its own, not built from a diagram
		}
		return "no diagram " + tomlPath + " and no file " + svgPath
	}
	used[name] = true
	if svgErr != nil {
		return svgPath + " is missing: run sketchdeck build"
	}
	for _, s := range append([]string{tomlPath}, o.Sources...) {
		st, err := os.Stat(s)
		if err != nil {
			return "cannot read " + s + ": " + err.Error()
		}
		if st.ModTime().After(svg.ModTime()) {
			return svgPath + " is older than " + s + ": run sketchdeck build"
		}
	}
	return ""
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
