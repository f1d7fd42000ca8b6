// Package scene is the contract between laying out and drawing: plain,
// positioned data. A layout engine turns a spec.Diagram into a Scene; the
// sketch stage turns each Item into hand-drawn strokes and a drawing
// backend (internal/canvas; internal/svg) writes them. A Scene holds no maps, only slices in draw order, so that it
// serialises to stable JSON for golden tests.
package scene
