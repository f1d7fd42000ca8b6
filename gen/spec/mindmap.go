package spec

// Mindmap is part of the format of the mindmap kind: a central topic and its branches.
// (To be filled in by the work on that kind.)
type Mindmap struct{}

// checkMindmap validates the mindmap kind.
func (d *Diagram) checkMindmap(c checker) {
	c.errorf("kind", "diagram kind %q is not implemented yet", d.Kind)
}
