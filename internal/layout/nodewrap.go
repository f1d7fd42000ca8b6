package layout

import (
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
// nodes are matched by id. Nodes with an icon or a picture keep their
// label as written.
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
		if !ok || nd.spec.Icon != "" || nd.spec.Image != "" || nd.spec.Label == "" && !spec.HasText(nd.spec.Lines) {
			continue
		}
		of := sizeNode(o, orig.Defaults, env).foot
		fixed := nd.style.Width > 0
		if nd.foot.W <= of.W*nodeGrowth+1e-9 && (!fixed || nd.foot.W <= of.W+1e-9) {
			continue
		}
		if w := wrapWidth(nd, d.Defaults, env, of.W, of.H, fixed); w > 0 {
			*nd = sizeNodeWrapped(nd.spec, d.Defaults, env, w)
		}
	}
}

// wrapWidth is the width to wrap a node's label at: of each number of
// lines the label can take, the narrowest wrap (even lines), and of
// those the one whose node grows least past ow×oh, the original's size
// (a node that sets its width keeps to ow if it can, else grows the
// least wide); 0 if the
// label as written grows it least.
func wrapWidth(nd *node, def spec.NodeStyle, env Env, ow, oh float64, fixed bool) float64 {
	label := nodeText(nd.spec, nd.style, "")
	lw, _ := label.measure(env.Text)
	word := label.widestWord(env.Text)
	if word >= lw {
		return 0
	}
	count := func(w float64) int { return label.wrap(env.Text, w).lineCount() }
	score := func(f geom.Rect) float64 {
		s := max(f.W-ow, f.H-oh, 0)
		if fixed && f.W > ow+1e-9 {
			s += 1e3 * (f.W - ow) // a set width is kept, or grows least
		}
		return s
	}
	best, bestScore := 0.0, score(nd.foot)
	for k := label.lineCount() + 1; k <= count(word); k++ {
		// The narrowest width that wraps the label into at most k lines.
		hi := narrowest(word, lw, 14, func(w float64) bool { return count(w) <= k })
		if s := score(sizeNodeWrapped(nd.spec, def, env, hi).foot); s < bestScore-1e-9 {
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
