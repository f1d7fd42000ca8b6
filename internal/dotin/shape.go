package dotin

import (
	"slices"
	"strings"
)

// box is a node's box in drawing coordinates: centre and size.
type box struct{ cx, cy, w, h float64 }

func (b box) x() float64 { return b.cx - b.w/2 }
func (b box) y() float64 { return b.cy - b.h/2 }

// kinds maps Graphviz shapes to a drawing's figures of the same name,
// drawn by the sketch pen with the node's words inside. Every other shape
// is drawn as Graphviz outlined it (its polygons, ellipses and lines).
var kinds = map[string]string{
	"box": "rect", "rect": "rect", "rectangle": "rect", "square": "rect",
	"ellipse": "ellipse", "oval": "ellipse", "circle": "ellipse",
	"diamond": "diamond", "cylinder": "cylinder", "note": "note",
	"hexagon": "hexagon", "parallelogram": "parallelogram",
}

// graphvizShapes are the node shapes Graphviz knows (its documentation's
// list, lower case); it draws any other as a box.
var graphvizShapes = []string{
	"assembly", "box", "box3d", "cds", "circle", "component", "cylinder", "diamond",
	"doublecircle", "doubleoctagon", "egg", "ellipse", "fivepoverhang", "folder", "hexagon",
	"house", "insulator", "invhouse", "invtrapezium", "invtriangle", "larrow", "lpromoter",
	"mcircle", "mdiamond", "mrecord", "msquare", "none", "note", "noverhang", "octagon", "oval",
	"parallelogram", "pentagon", "plain", "plaintext", "point", "polygon", "primersite",
	"promoter", "proteasesite", "proteinstab", "rarrow", "record", "rect", "rectangle",
	"restrictionsite", "ribosite", "rnastab", "rpromoter", "septagon", "signature", "square",
	"star", "tab", "terminator", "threepoverhang", "trapezium", "triangle", "tripleoctagon",
	"underline", "utr",
}

// Known reports whether Graphviz knows the shape (else it draws a box).
func Known(shape string) bool {
	_, ok := slices.BinarySearch(graphvizShapes, strings.ToLower(shape))
	return ok || shape == ""
}

// shapeNames lists the shapes drawn as themselves, for messages.
func shapeNames() []string { return graphvizShapes }
