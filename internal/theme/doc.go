// Package theme decodes a theme (the palette, roughness, stroke width, font
// sizes and seed of a look) from TOML, either one shipped in themes/ or a
// user's file, and resolves colour names against its palette.
package theme
