// Package geom holds the plain 2-D geometry shared by every stage of the
// pipeline: points, rectangles, polylines, affine transforms (Affine),
// and the curves more than one stage samples, arcs of ellipses
// (ArcPoints) and cubic Béziers (CubicAt), and the bend of an edge's arc
// around an outline (BowPast, UpNormal). It imports nothing of
// sketchdeck, so every other package may import it.
package geom
