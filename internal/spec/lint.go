package spec

import "strconv"

// MaxLintAllows bounds a diagram's accepted overlaps: a handful is normal,
// hundreds would mean the check is being switched off.
const MaxLintAllows = 100

// Lint configures "sketchdeck lint" for one diagram ([lint]).
type Lint struct {
	// Allow accepts specific, intended overlaps ([[lint.allow]]).
	Allow []LintAllow `toml:"allow"`
}

// LintAllow accepts the findings between two items, named by id: an item's
// scene id or a prefix of it ("node:server" covers the node and its
// label), or the id the diagram gives the element it comes from.
type LintAllow struct {
	// IDs names the two items, in either order.
	IDs []string `toml:"ids"`
	// Reason says why the overlap is intended; it is required.
	Reason string `toml:"reason"`

	P Pos `toml:"-" json:"-"`
}

// checkLint validates [[lint.allow]]: two non-empty ids and a reason each.
func (d *Diagram) checkLint(c checker) {
	if len(d.Lint.Allow) > MaxLintAllows {
		c.errorf("lint.allow", "%d lint.allow entries; the limit is %d", len(d.Lint.Allow), MaxLintAllows)
		return
	}
	for i := range d.Lint.Allow {
		a := &d.Lint.Allow[i]
		p := "lint.allow[" + strconv.Itoa(i) + "]"
		a.P = c.pos.at(p)
		if len(a.IDs) != 2 {
			c.errorf(p+".ids", "ids must name exactly two items (the two that overlap), not %d", len(a.IDs))
		}
		for k, id := range a.IDs {
			if id == "" {
				c.errorf(p+".ids", "ids[%d] is empty: name an item by its id, as lint reports it", k)
			}
		}
		if a.Reason == "" {
			c.errorf(p, "lint.allow needs a reason: say why the overlap is intended")
		}
	}
}
