// Package geom holds the plain 2-D geometry shared by every stage of the
// pipeline: points, rectangles and a few helpers on them. It imports nothing
// of sketchdeck, so every other package may import it.
package geom
