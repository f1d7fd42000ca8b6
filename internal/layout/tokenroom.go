package layout

import (
	"github.com/sketchdeck/sketchdeck/internal/head"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// tokenClear is the least blank along an edge between its tokens and
// either end of the line as drawn, or an arrowhead there.
const tokenClear = 10

// tokenRoom is the rank gap a dot graph needs so that the tokens riding
// its edges stand clear of the arrowheads (lint's "arrowhead hidden
// under" finding), as a person drawing it would leave room: for each
// edge with tokens, the length of their row where they ride (token_at,
// the middle by default), its heads, and the arrow gaps at both ends.
// Tokens put at an end (token_at within a tenth of it) and edges whose
// tokens ride elsewhere (squiggles, curls, block arrows) do not count. 0
// when no edge has tokens.
func tokenRoom(r resolver, d *spec.Diagram) float64 {
	room := 0.0
	for i := range d.Edges {
		e := &d.Edges[i]
		toks := spec.AllTokens(e.Token, e.Tokens)
		if len(toks) == 0 || e.Style == spec.EdgeSquiggly || e.Style == spec.EdgeCurl || e.Style == spec.EdgeBlock {
			continue
		}
		_, row := tokenWidths(r, toks, pick(e.TokenSize, r.env.Theme.TokenSize))
		st := edgeStyle(r, e, "")
		hs := heads(e.Heads, spec.ArrowEnd)
		before, after := float64(tokenClear), float64(tokenClear)
		if hs.Start {
			before += head.Length(st.StrokeWidth, hs.Size)
		}
		if hs.End {
			after += head.Length(st.StrokeWidth, hs.Size)
		}
		// The row's middle rides at `at` of the line's length l:
		// l*at - row/2 >= before and l*(1-at) - row/2 >= after. Tokens
		// put at an end on purpose (on the head) are left there, and
		// those near one are not given a much longer line for it.
		at := 0.5
		if e.TokenAt != 0 {
			if e.TokenAt <= 0.1 || e.TokenAt >= 0.9 {
				continue
			}
			at = min(max(e.TokenAt, 0.25), 0.75)
		}
		line := max((row/2+before)/at, (row/2+after)/(1-at))
		room = max(room, line+2*arrowGap(r, e))
	}
	return room
}
