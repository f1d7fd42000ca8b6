package spec

// Element is part of the format of the drawing kind: elements and parts placed by coordinates.
// (To be filled in by the work on that kind.)
type Element struct{}

// checkDrawing validates the drawing kind.
func (d *Diagram) checkDrawing(c checker) {
	c.errorf("kind", "diagram kind %q is not implemented yet", d.Kind)
}
