package layout

import (
	"fmt"
	"strconv"
	"strings"
)

// MaxScene bounds what laying out one diagram may make: items plus the
// points they hold. The deck's largest drawing (human) makes 441; a
// drawing's own elements and points (spec.MaxElements, spec.MaxTotalPoints)
// fit in it twice over, and the largest graph the format allows fits too
// (spec.MaxEdges edges at edgeCost and one token's worth each: 400 000;
// it was 250 000, which refused 2500 of the 4000 edges); six parts
// each placing forty copies of the next would make four billion.
const MaxScene = 500_000

// Budget counts what laying out one diagram makes, before it is made, so
// that no input (nested parts, long polygons drawn smooth, charts placed
// many times) can ask for more than its limit. Every part placed in the
// diagram, however deep, draws on the same budget.
type Budget struct {
	limit, used int
	told        bool // the overrun was reported (by a resolver)
}

// NewBudget is a budget of limit items and points.
func NewBudget(limit int) *Budget { return &Budget{limit: limit} }

// Take counts n more items and points; it reports false, counting nothing,
// when that would pass the limit.
func (b *Budget) Take(n int) bool {
	if n < 0 || n > b.limit-b.used {
		return false
	}
	b.used += n
	return true
}

// Limit is the budget's size.
func (b *Budget) Limit() int { return b.limit }

// Used is how many items and points were counted.
func (b *Budget) Used() int { return b.used }

// take counts n items and points about to be made for what path names
// (an edge, a mark); past the budget it reports a positioned error, once.
func (r resolver) take(n int, path string) bool {
	b := r.env.Budget
	if b.Take(n) {
		return true
	}
	if !b.told {
		b.told = true
		r.errorAt(path, "%s", &SceneError{Limit: b.limit})
	}
	return false
}

// Estimates of what one edge and one mark make, items and points, before
// they are made: an edge's track (Graphviz's spline, sampled arc, scribble
// or curl) and its few items, and each token's box and text; a mark's
// items, with a fan's arrows.
const (
	edgeCost     = 96
	perTokenCost = 4
	markCost     = 48
	perArrowCost = 3
)

// bounded gives env a budget of MaxScene when it has none.
func (e Env) bounded() Env {
	if e.Budget == nil {
		e.Budget = NewBudget(MaxScene)
	}
	return e
}

// SceneError is laying out past the budget: the element that passed it,
// inside the parts of Chain (outermost first; empty at the top level).
type SceneError struct {
	Chain []string
	Limit int
}

func (e *SceneError) Error() string {
	what := "laying this out"
	if len(e.Chain) > 0 {
		what = "placing " + PartChain(e.Chain)
	}
	return "the diagram is too big: " + what + " passes " + strconv.Itoa(e.Limit) + " items and points, the limit for one diagram"
}

// PartChain names a chain of parts as `part "a" → "b" → "c"`.
func PartChain(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = fmt.Sprintf("%q", n)
	}
	return "part " + strings.Join(q, " → ")
}
