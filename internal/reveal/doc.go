// Package reveal plans how a laid-out scene is shown on a slide: which
// items a build step file keeps, which it dims, and, for the draw-on
// animation, the order and timing in which each item draws itself.
//
// It takes a scene.Scene (whose items carry their build step) and gives
// one canvas.Effect per item kept, for canvas.DrawWith. It never moves an
// item nor changes its id, so a step file and an animated file keep the
// layout and the hand-drawn wobble of the plain picture.
package reveal
