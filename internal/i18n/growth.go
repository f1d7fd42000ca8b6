package i18n

import (
	"fmt"

	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// MaxGrowth is how much wider or taller than the original a translated
// picture may be: a slide scaling it to the same room shows its text at
// least 1/1.1 of the original's size.
const MaxGrowth = 0.10

// Growth is one direction in which a translation draws the picture more
// than MaxGrowth larger than the original.
type Growth struct {
	Dir       string // "wider" or "taller"
	Got, Want float64
	// Of measures a scene in this direction.
	Of func(*scene.Scene) float64
}

// Grown lists the directions in which sc, a translation, is over
// MaxGrowth larger than orig, the original laid out.
func Grown(sc, orig *scene.Scene) []Growth {
	var out []Growth
	for _, g := range []Growth{
		{Dir: "wider", Of: func(s *scene.Scene) float64 { return s.Width }},
		{Dir: "taller", Of: func(s *scene.Scene) float64 { return s.Height }},
	} {
		g.Got, g.Want = g.Of(sc), g.Of(orig)
		if g.Want > 0 && g.Got > g.Want*(1+MaxGrowth)+0.5 {
			out = append(out, g)
		}
	}
	return out
}

// Problem is the growth reported at the catalog entry (c, which may be
// nil) of key, the text whose translation alone grows the picture most
// that way ("" when none is known: then at the diagram); sc and orig are
// the translation's and the original's sizes.
func (g Growth) Problem(d *spec.Diagram, c *Catalog, key string, sc, orig *scene.Scene) Problem {
	msg := fmt.Sprintf("the translation draws the picture %.1f%% %s than the original (%.0f×%.0f px, not %.0f×%.0f; at most %.0f%%): shorten this text, the one that grows it most",
		(g.Got/g.Want-1)*100, g.Dir, sc.Width, sc.Height, orig.Width, orig.Height, MaxGrowth*100)
	p := Problem{File: d.File, Diagram: d.Name, Kind: Grows, Msg: msg}
	if key == "" {
		return p
	}
	p.Key = key
	for _, t := range Texts(d) {
		if t.Key == key {
			p.Pos = t.Pos
		}
	}
	if c != nil {
		if e := c.Section(d.Name).Entry(key); e != nil {
			p.File, p.Pos = c.File, e.Pos
		}
	}
	return p
}

// Only translates one text of a diagram as Tr does, and keeps the others
// as written: to measure what that text's translation alone does.
type Only struct {
	Tr  Translator
	Key string
}

// Translate implements Translator.
func (o Only) Translate(diagram, key, source string) (string, bool) {
	if key != o.Key {
		return "", false
	}
	return o.Tr.Translate(diagram, key, source)
}

// Identity implements Translator.
func (o Only) Identity(diagram string) string { return o.Tr.Identity(diagram) + "\x00only " + o.Key }
