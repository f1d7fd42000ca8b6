// Package excalin reads an Excalidraw scene (a .excalidraw or .json file,
// or the scene an SVG or PNG export embeds) and writes it as a sketchdeck
// drawing (TOML, package drawtoml): every element where Excalidraw placed
// it, with its id, kind, points, heads, text, colours (a palette name
// where the colour is exactly one), roughness, stroke and fill styles,
// opacity, rotation and rounded corners; frames as labelled outlines;
// pictures as files beside the drawing (Result.Pictures). What a drawing
// cannot say (groups, frame membership, links, heads it lacks) is named
// element by element in Result.Warnings. A mistake in the scene is an
// *Error at its line and column, naming the element and the field.
// ImportGraph reads a scene of boxes joined by bound arrows as a graph
// diagram instead.
package excalin
