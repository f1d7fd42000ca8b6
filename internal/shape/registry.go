package shape

// shapes are the node shapes, in the order error messages list them; the
// first is the default.
var shapes = []*Shape{&rectangle, &square, &circle, &ellipseShape, &diamondShape, &cylinderShape, &text, &tube,
	&hexagonShape, &parallelogramShape, &documentShape, &noteShape, &cloudShape}

// outlines are the figures, in the order error messages list them.
var outlines = []*Outline{&rect, &ellipse, &diamond, &cylinder, &hexagon, &parallelogram, &document, &note, &cloud, &blockArrow}

// Shapes lists every node shape; the first is the default. The values are
// shared: read them, do not change them.
func Shapes() []*Shape { return shapes }

// Default is the shape of a node that names none.
func Default() *Shape { return shapes[0] }

// Named returns the shape with this canonical name.
func Named(name string) (*Shape, bool) {
	for _, s := range shapes {
		if s.Name == name {
			return s, true
		}
	}
	return nil, false
}

// Outlines lists every figure. The values are shared: read them, do not
// change them.
func Outlines() []*Outline { return outlines }

// OutlineNamed returns the figure with this name (a scene item kind).
func OutlineNamed(name string) (*Outline, bool) {
	for _, o := range outlines {
		if o.Name == name {
			return o, true
		}
	}
	return nil, false
}
