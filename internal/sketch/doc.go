// Package sketch turns scene items into hand-drawn strokes, the way rough.js
// and Excalidraw draw them: every straight line becomes two jittered, slightly
// bowed cubic strokes, ellipses are jittered closed curves that overshoot
// where they close, and closed shapes are filled with a solid jittered area or
// with rough hachure, cross-hatch, zigzag or dot patterns.
//
// It takes a [scene.Item] (positions and a fully resolved [scene.Style]) and a
// theme seed, and gives a [Drawing]: plain paths of Move, Line, Cubic and Close
// operations, each tagged with a [Role] that says how it is painted: outline,
// fill area, fill lines, arrowhead or pencil ink (internal/canvas gives each
// role its colour and width, for every backend). Nothing here writes SVG;
// [Path.D] builds a path's d attribute with the caller's number formatter so
// that formatting lives in one place.
//
// Randomness comes only from a [Pen], a generator seeded by [Seed] from the
// theme seed and the item's id: the same input always draws the same strokes,
// and adding an item leaves every other item's wobble unchanged.
//
// Items whose kind is an outline of internal/shape (rectangles, ellipses,
// diamonds, cylinders...) are drawn from the outline's Figure: plain pieces
// (polygons, ellipses, arcs, lines) this package knows how to sketch, so a
// new shape needs no code here.
//
// Lower-level primitives ([Pen.Line], [Pen.Polygon], [Pen.Ellipse],
// [Pen.Curve], [Pen.Bezier], [Pen.Freehand], [Pen.FillPolygon], ...) are
// exported for tests, galleries and callers that draw outside a scene.
//
// To look at every kind × fill style × roughness 0, 1, 2, run
//
//	go test ./internal/sketch -run Gallery -update
//
// and open testdata/gallery.svg (not committed).
//
// Dashed and dotted items are drawn with a single stroke per line instead of
// rough.js's double stroke (as Excalidraw does): two offset dash patterns on
// top of each other read as noise. The dash pattern itself is left to the svg
// stage (stroke-dasharray); arrowheads get their own [Head] role so that they
// can stay solid.
package sketch
