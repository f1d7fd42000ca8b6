package spec

// Panel is part of the format of the panels kind: sub-diagrams side by side (issue: composite diagrams).
// (To be filled in by the work on that kind.)
type Panel struct{}

// checkPanels validates the panels kind.
func (d *Diagram) checkPanels(c checker) {
	c.errorf("kind", "diagram kind %q is not implemented yet", d.Kind)
}
