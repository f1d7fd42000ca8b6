// Package excalout writes a laid-out scene (internal/scene) as an
// Excalidraw scene file (.excalidraw): the JSON document Excalidraw saves,
// type "excalidraw", version 2, with its elements, appState and files.
//
// It works from the scene's items, not from the pen's strokes, so that each
// item becomes the Excalidraw element an author would have drawn: a rect,
// ellipse or diamond as that element, a line or an arrow (bound to the
// shapes it joins), a label as text bound to its shape, a pencil stroke as
// freedraw, a picture as an image with its file. Excalidraw has no element
// for sketchdeck's other figures (cylinder, cloud, note, ...): they are
// written as line elements along the figure's pieces, grouped. Excalidraw
// draws every element with its own rough.js pen, seeded by the element's
// seed, which is the item's sketchdeck seed.
//
// The output is deterministic: ids are the items' ids, seeds and nonces
// derive from them and the theme seed, and no clock is read.
//
// Validate checks a file against the structure Excalidraw's element types
// and scene restore define (required fields, their types and enums,
// bindings, containers and files): the tests hold every written file to it.
package excalout
