// Package excalin reads an Excalidraw scene (a .excalidraw or .json file)
// and writes it as a sketchdeck drawing (TOML, package drawtoml): every
// element where Excalidraw placed it, with its kind, points, heads, text,
// colours (a palette name where the colour is exactly one), roughness,
// stroke and fill styles, rotation and rounded corners.
package excalin
