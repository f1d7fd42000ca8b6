package layout

import (
	"slices"
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// nodeGrowth is how much wider than the original's a translated node may
// be before its label's words wrap.
const nodeGrowth = 1.1

// fitNodes keeps a translation's nodes near the original's size: a node
// that its translated label makes over a tenth wider than the original's
// (or at all wider, when the node sets its width) wraps the label's words
// at spaces, lines balanced, into the number of lines that grows the
// node least (a pixel wider or taller alike), so that it grows taller
// rather than wider; a word is never broken. orig is the original graph;
// nodes are matched by id. An icon or a picture node's label wraps alike,
// against the whole node (its picture and its label).
func fitNodes(nodes []node, d, orig *spec.Diagram, env Env) {
	if orig == nil {
		return
	}
	byID := make(map[string]*spec.Node, len(orig.Nodes))
	for i := range orig.Nodes {
		byID[orig.Nodes[i].ID] = &orig.Nodes[i]
	}
	for i := range nodes {
		nd := &nodes[i]
		o, ok := byID[nd.spec.ID]
		if !ok || nd.spec.Label == "" && !spec.HasText(nd.spec.Lines) {
			continue
		}
		of := sizeNode(o, orig.Defaults, env).foot
		fixed := nd.style.Width > 0
		if nd.foot.W <= of.W*nodeGrowth+1e-9 && (!fixed || nd.foot.W <= of.W+1e-9) {
			continue
		}
		n := nd.spec
		f := wrapFit{
			text: nodeText(n, nd.style, ""), now: nd.foot, ow: of.W, oh: of.H, fixed: fixed,
			box: func(w float64) geom.Rect { return sizeNodeWrapped(n, d.Defaults, env, w).foot },
		}
		if w := f.width(env.Text); w > 0 {
			*nd = sizeNodeWrapped(n, d.Defaults, env, w)
		}
	}
}

// fitEdgeLabels keeps a translation's edge labels near the original's
// size, as fitNodes keeps its nodes: a label over a tenth wider than the
// original's wraps at spaces into the lines that grow it least past the
// original label's width and height; a label placed on a side of its
// edge keeps its lines. orig is the original graph; edges
// are matched by place (a translation has the same edges). It returns d
// when no label wraps, else a copy of d with its own edges: the diagram
// stays as decoded.
func fitEdgeLabels(d, orig *spec.Diagram, r resolver) *spec.Diagram {
	if orig == nil || len(orig.Edges) != len(d.Edges) {
		return d
	}
	m := r.env.Text
	var edges []spec.Edge
	for i := range d.Edges {
		e, o := &d.Edges[i], &orig.Edges[i]
		// A label on a side of its edge (label_position) is pushed out
		// along that side by its width or height alone: taller, it would
		// reach back over a slanting edge.
		if e.Label == "" || e.LabelPosition != "" || o.From != e.From || o.To != e.To {
			continue
		}
		size := edgeFont(r, e)
		ow, oh := measure(m, o.Label, size)
		w, h := measure(m, e.Label, size)
		if w <= ow*nodeGrowth+1e-9 {
			continue
		}
		label := e.Label
		f := wrapFit{
			text: richText{plain: label, size: size}, now: geom.Rect{W: w, H: h}, ow: ow, oh: oh,
			box: func(w float64) geom.Rect {
				w, h := measure(m, wrapText(m, label, size, w), size)
				return geom.Rect{W: w, H: h}
			},
		}
		if w := f.width(m); w > 0 {
			if edges == nil {
				edges = slices.Clone(d.Edges)
			}
			edges[i].Label = wrapText(m, label, size, w)
		}
	}
	if edges == nil {
		return d
	}
	c := *d
	c.Edges = edges
	return &c
}

// wrapFit is a translated text to wrap so that what holds it (a node, an
// edge label) keeps near the original's size.
type wrapFit struct {
	text   richText
	box    func(width float64) geom.Rect // what holds the text wrapped at width
	now    geom.Rect                     // box as written
	ow, oh float64                       // the original's size
	fixed  bool                          // the holder sets its width: keep to ow if it can
}

// width is the width to wrap the text at: of each number of lines the
// text can take, the narrowest wrap (even lines), and of those the one
// whose box grows least past ow×oh (a box that sets its width keeps to
// ow if it can, else grows the least wide); 0 if the text as written
// grows it least.
func (f wrapFit) width(m Measurer) float64 {
	lw, _ := f.text.measure(m)
	word := f.text.widestWord(m)
	if word >= lw {
		return 0
	}
	count := func(w float64) int { return f.text.wrapCount(m, w) }
	score := func(b geom.Rect) float64 {
		s := max(b.W-f.ow, b.H-f.oh, 0)
		if f.fixed && b.W > f.ow+1e-9 {
			s += 1e3 * (b.W - f.ow) // a set width is kept, or grows least
		}
		return s
	}
	best, bestScore := 0.0, score(f.now)
	for k := f.text.lineCount() + 1; k <= count(word); k++ {
		// The narrowest width that wraps the text into at most k lines.
		hi := narrowest(word, lw, 14, func(w float64) bool { return count(w) <= k })
		if s := score(f.box(hi)); s < bestScore-1e-9 {
			best, bestScore = hi, s
		}
	}
	return best
}

// wrap is the text with each line's words wrapped at width.
func (t richText) wrap(m Measurer, width float64) richText {
	t.plain = wrapText(m, t.plain, t.size, width)
	if len(t.lines) > 0 {
		lines := make([]spec.Line, len(t.lines))
		copy(lines, t.lines)
		for i := range lines {
			lines[i].Text = wrapText(in(m, lines[i].Font), lines[i].Text, t.size, width)
		}
		t.lines = lines
	}
	return t
}

// wrapCount is wrap(m, width).lineCount(), without making the lines.
func (t richText) wrapCount(m Measurer, width float64) int {
	n := wrapCount(m, t.plain, t.size, width)
	for _, l := range t.lines {
		n += wrapCount(in(m, l.Font), l.Text, t.size, width)
	}
	return n
}

// lineCount is how many lines the text draws.
func (t richText) lineCount() int {
	n := strings.Count(t.plain, "\n") + 1
	for _, l := range t.lines {
		n += strings.Count(l.Text, "\n") + 1
	}
	return n
}

// widestWord is the width of the text's widest word.
func (t richText) widestWord(m Measurer) float64 {
	w := 0.0
	for _, word := range strings.Fields(t.plain) {
		w = max(w, m.Width(word, t.size))
	}
	for _, l := range t.lines {
		for _, word := range strings.Fields(l.Text) {
			w = max(w, in(m, l.Font).Width(word, t.size))
		}
	}
	return w
}

// narrowest bisects [lo, hi] steps times for the least width at which ok
// holds, ok being false below some width and true above it (and at hi).
func narrowest(lo, hi float64, steps int, ok func(float64) bool) float64 {
	for range steps {
		mid := (lo + hi) / 2
		if ok(mid) {
			hi = mid
		} else {
			lo = mid
		}
	}
	return hi
}
