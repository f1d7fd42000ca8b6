package layout

import (
	"math"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// TestTokenRoom: the rank gap an edge's tokens need, in the default theme
// (tokens 32 px, heads 27 px on a 1 px stroke, arrow gaps 14 px, 10 px
// clear of each end): the row's half and what stands at each end, over
// where it rides, and the two gaps (none on a line, which meets its nodes).
func TestTokenRoom(t *testing.T) {
	gap := 4.0
	for _, c := range []struct {
		name string
		e    spec.Edge
		want float64
	}{
		{"no token", spec.Edge{}, 0},
		{"one token, head at the end", spec.Edge{Token: "blue"}, (16+10+27)/0.5 + 28},
		{"no head", spec.Edge{Token: "blue", Heads: spec.Heads{Arrow: spec.ArrowNone}}, (16 + 10) / 0.5},
		{"two tokens", spec.Edge{Tokens: []string{"blue", "red"}}, (37+10+27)/0.5 + 28},
		{"nearer the start", spec.Edge{Token: "blue", TokenAt: 0.3}, (16+10)/0.3 + 28},
		{"near the head: as at three quarters", spec.Edge{Token: "blue", TokenAt: 0.85}, (16+10+27)/0.25 + 28},
		{"on the head, on purpose", spec.Edge{Token: "blue", TokenAt: 1}, 0},
		{"a bigger token, no gap", spec.Edge{Token: "blue", TokenSize: 60, Gap: &gap}, (30+10+27)/0.5 + 8},
		{"squiggly: placed otherwise", spec.Edge{Token: "blue", Style: spec.EdgeSquiggly}, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := &spec.Diagram{Edges: []spec.Edge{{From: "a", To: "b"}, c.e}}
			r := resolver{env: testEnv(t), d: d, file: "t.toml", errs: &spec.ErrorList{}}
			if got := tokenRoom(r, d); math.Abs(got-c.want) > 1e-9 {
				t.Errorf("tokenRoom = %v, want %v", got, c.want)
			}
		})
	}
}
