package reveal

import (
	"slices"
	"time"

	"github.com/sketchdeck/sketchdeck/internal/canvas"
	"github.com/sketchdeck/sketchdeck/internal/scene"
)

// Options say how one document shows the scene.
type Options struct {
	// Step, when above 0, keeps the items of steps up to Step (and those
	// without a step): the step file NAME.step-Step.svg. 0 keeps all.
	Step int
	// DimPast fades the items of steps before Step.
	DimPast bool
	// Animate, when above 0, is how long the draw-on animation lasts. In a
	// step file only the step's own items are drawn in: the earlier ones
	// were on the slide before.
	Animate time.Duration
}

// Plan is the scene to draw and each of its items' effect.
type Plan struct {
	Scene *scene.Scene
	// Effects are the items' effects; nil when none has one (the plain
	// picture).
	Effects []canvas.Effect
	// Kept maps each item of Scene to its index in the scene planned, to
	// pick its drawing (Drawn); nil when Scene is the scene planned.
	Kept []int
}

// Drawn is the index, in the scene planned, of item i of p.Scene.
func (p Plan) Drawn(i int) int {
	if p.Kept == nil {
		return i
	}
	return p.Kept[i]
}

// Make plans the document o asks for.
func Make(sc *scene.Scene, o Options) Plan {
	if o.Step == 0 && o.Animate == 0 {
		// The plain picture, every document's but a step file's or an
		// animated one's: the scene itself, not a copy of every item
		// (a large graph has thousands).
		return Plan{Scene: sc}
	}
	out := *sc
	out.Items = make([]scene.Item, 0, len(sc.Items))
	p := Plan{Scene: &out, Kept: make([]int, 0, len(sc.Items)), Effects: make([]canvas.Effect, 0, len(sc.Items))}
	for i, it := range sc.Items {
		if o.Step > 0 && it.Step > o.Step {
			continue
		}
		out.Items = append(out.Items, it)
		p.Kept = append(p.Kept, i)
		p.Effects = append(p.Effects, canvas.Effect{Dim: o.DimPast && it.Step > 0 && it.Step < o.Step})
	}
	if o.Animate > 0 {
		schedule(p, o)
	}
	return p
}

// phase orders what is drawn within a step: shapes, then the lines
// between them, then the words.
func phase(it scene.Item) int {
	switch it.Kind {
	case scene.Label:
		return 2
	case scene.Polyline, scene.Bezier, scene.Curve:
		return 1
	}
	return 0
}

// schedule spreads the animated items over the duration in drawing order:
// step by step, and in each step shapes, lines, then words, each kind in
// painting order. Each item takes a few slots, overlapping the next ones,
// so that the pen seems to move on while a stroke ends; the last ends
// exactly at the duration, on the static picture.
func schedule(p Plan, o Options) {
	var order []int
	for i, it := range p.Scene.Items {
		if o.Step == 0 || it.Step == o.Step {
			order = append(order, i)
		}
	}
	slices.SortStableFunc(order, func(a, b int) int {
		x, y := p.Scene.Items[a], p.Scene.Items[b]
		if x.Step != y.Step {
			return x.Step - y.Step
		}
		return phase(x) - phase(y)
	})
	n := len(order)
	if n == 0 {
		return
	}
	total := o.Animate.Seconds()
	dur := min(total, max(3*total/float64(n+2), minDur))
	for k, i := range order {
		start := 0.0
		if n > 1 {
			start = float64(k) * (total - dur) / float64(n-1)
		}
		p.Effects[i].Start, p.Effects[i].Dur = start, dur
	}
}

// minDur is the shortest an item takes to draw, s: quicker reads as a
// flicker.
const minDur = 0.25
