package spec

import (
	"math"

	"github.com/sketchdeck/sketchdeck/internal/head"
)

// ArrowHead is the figure at one end of a line: the name of one of
// internal/head's Heads.
type ArrowHead string

// ArrowHeads is the enumeration of arrowheads, read from internal/head.
func ArrowHeads() Enum[ArrowHead] {
	e := Enum[ArrowHead]{What: "arrowhead", Aliases: map[string]ArrowHead{}}
	for _, h := range head.Heads() {
		e.Choices = append(e.Choices, ArrowHead(h.Name))
		for _, a := range h.Aliases {
			e.Aliases[a] = ArrowHead(h.Name)
		}
	}
	return e
}

// UnmarshalText implements encoding.TextUnmarshaler (see Enum.decode).
func (h *ArrowHead) UnmarshalText(b []byte) error { return ArrowHeads().decode(h, b) }

// HeadNone is the arrowhead that draws nothing.
const HeadNone ArrowHead = head.NoneName

// Heads says what each end of a line carries: arrow picks the ends that
// carry the default head (def when arrow is not written), arrowhead and
// arrowtail name the end's and the start's head. Each named head puts
// itself on its end, "none" takes the end's head away; a written arrow and
// a head that contradict it are an error (checkHeads).
type Heads struct {
	Arrow     Arrow     `toml:"arrow"`
	ArrowHead ArrowHead `toml:"arrowhead"`
	ArrowTail ArrowHead `toml:"arrowtail"`
	// ArrowSize scales the heads: 1 (or 0) is the theme's size.
	ArrowSize float64 `toml:"arrow_size"`
}

// Ends resolves the heads: the start's and the end's, "" for none and
// otherwise a head's name ("open" for the default one). def is the
// placement when arrow is not written (end for edges and arrows).
func (h Heads) Ends(def Arrow) (start, end ArrowHead) {
	a := h.Arrow
	if a == "" {
		a = def
	}
	pick := func(on bool, named ArrowHead) ArrowHead {
		switch {
		case named == HeadNone:
			return ""
		case named != "":
			return named
		case on:
			return ArrowHead(head.Default().Name)
		}
		return ""
	}
	return pick(a == ArrowStart || a == ArrowBoth, h.ArrowTail), pick(a == ArrowEnd || a == ArrowBoth, h.ArrowHead)
}

// checkHeads reports a written arrow that a head contradicts, and a size
// out of range or with no head to size (unless sizesBody: a block edge's
// arrow_size is its width, headed or not).
func (c checker) checkHeads(p string, h Heads, def Arrow, sizesBody bool) {
	if a := h.Arrow; a != "" {
		for _, e := range []struct {
			key  string
			on   bool
			name ArrowHead
			end  string
		}{
			{"arrowhead", a == ArrowEnd || a == ArrowBoth, h.ArrowHead, "end"},
			{"arrowtail", a == ArrowStart || a == ArrowBoth, h.ArrowTail, "start"},
		} {
			switch {
			case e.on && e.name == HeadNone:
				c.errorf(p+"."+e.key, "%s = %q takes away the %s's head that arrow = %q puts there: drop one of them", e.key, e.name, e.end, a)
			case !e.on && e.name != "" && e.name != HeadNone:
				c.errorf(p+"."+e.key, "%s = %q puts a head on the %s, which arrow = %q leaves bare: drop arrow, or write arrow = %q", e.key, e.name, e.end, a, withEnd(a, e.end))
			}
		}
	}
	if s := h.ArrowSize; math.IsNaN(s) || s < 0 || s > 10 {
		c.errorf(p+".arrow_size", "arrow_size must be a number from 0 to 10 (1 is the usual size), not %v", s)
	} else if start, end := h.Ends(def); s != 0 && start == "" && end == "" && !sizesBody {
		c.errorf(p+".arrow_size", "arrow_size sizes arrowheads, and this line has none")
	}
}

// withEnd is the placement that adds end ("start" or "end") to a.
func withEnd(a Arrow, end string) Arrow {
	if a == ArrowNone || a == Arrow(end) {
		return Arrow(end)
	}
	return ArrowBoth
}
