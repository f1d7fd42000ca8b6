package spec

import (
	"math"
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/shape"
)

// Corner is how round a figure's corners are: rounded = true asks for the
// default radius, rounded = 12 for a radius of 12 px, rounded = false for
// square corners (over a default that rounds them).
type Corner struct {
	// Set says rounded is written; Radius is px, or shape.AutoRadius for
	// true.
	Set    bool
	Radius float64
	// bad names the type of a value that is neither a boolean nor a number.
	bad string
}

// UnmarshalTOML reads true, false or a number; anything else is kept for
// validation to report at its key.
func (c *Corner) UnmarshalTOML(v any) error {
	c.Set = true
	switch v := v.(type) {
	case bool:
		c.Radius = 0
		if v {
			c.Radius = shape.AutoRadius
		}
	case int64:
		c.Radius = float64(v)
	case float64:
		c.Radius = v
	case string:
		c.bad = "a string"
	default:
		c.bad = typeName(v)
	}
	return nil
}

// IsZero reports whether rounded is left out.
func (c Corner) IsZero() bool { return !c.Set }

// corner reports a value at p+"."+key that is not true, false or a
// radius in range.
func (c checker) corner(p, key string, v Corner) {
	switch {
	case v.bad != "":
		c.errorf(p+"."+key, "rounded must be true, false or a corner radius in px, not %s", v.bad)
	case v.Radius != shape.AutoRadius && (math.IsNaN(v.Radius) || v.Radius < 0 || v.Radius > MaxSize):
		c.errorf(p+"."+key, "rounded must be true, false or a corner radius from 0 to %d px, not %v", MaxSize, v.Radius)
	}
}

// capHeight checks a lid height at p+"."+key: a fraction of the figure's
// height up to 1, or px above.
func (c checker) capHeight(p, key string, v float64) {
	if math.IsNaN(v) || v < 0 || v > MaxSize {
		c.errorf(p+"."+key, "cap must be a fraction of the height (0 to 1) or a height in px up to %d, not %v", MaxSize, v)
	}
}

// figureKeys reports rounded and cap written on a figure that does not
// take them. what words the figure ("shape \"circle\"", "kind
// \"diamond\""); o is nil for a figure that draws no outline; names words
// the figures that do take a key.
func (c checker) figureKeys(path, what string, o *shape.Outline, round Corner, lid float64, names func(keep func(*shape.Outline) bool) string) {
	if round.Set && (o == nil || !o.Rounds) {
		c.errorf(path+".rounded", "rounded has no effect on %s; it is for %s", what, names(func(o *shape.Outline) bool { return o.Rounds }))
	}
	if lid != 0 && (o == nil || !o.Capped) {
		c.errorf(path+".cap", "cap has no effect on %s; it is for %s", what, names(func(o *shape.Outline) bool { return o.Capped }))
	}
}

// shapeNames words the node shapes whose outline passes keep: "rectangle,
// square".
func shapeNames(keep func(*shape.Outline) bool) string {
	var names []string
	for _, s := range shape.Shapes() {
		if s.Outline != nil && keep(s.Outline) {
			names = append(names, s.Name)
		}
	}
	return strings.Join(names, ", ")
}

// CapHeight is a lid height in px for a figure h px high: cap is a
// fraction of h up to 1, px above; 0 is the figure's default.
func CapHeight(lid, h float64) float64 {
	if lid <= 1 {
		return lid * h
	}
	return lid
}
