package spec

// Table is part of the format of the table kind: rows of cells across columns.
// (To be filled in by the work on that kind.)
type Table struct{}

// checkTable validates the table kind.
func (d *Diagram) checkTable(c checker) {
	c.errorf("kind", "diagram kind %q is not implemented yet", d.Kind)
}
