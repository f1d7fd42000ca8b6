// Package drawtoml writes a drawing (kind = "drawing") as sketchdeck TOML:
// the text that importers (a Graphviz graph, an Excalidraw scene) hand to
// the user or to the ordinary decoder, so that an imported picture is
// checked and drawn exactly as a written one.
package drawtoml
