// Package lint checks a laid-out diagram for collisions a reader would
// see: text on text, text crossed by a stroke that is not its own, shapes
// overlapping shapes they do not contain, anything outside the canvas,
// arrowheads hidden under shapes, and edges run through nodes they do not
// join. It takes the spec.Diagram (for element positions and [lint]
// exceptions) and its scene.Scene, and returns findings positioned at the
// diagram's elements. docs/LINT.md states the rules.
package lint
