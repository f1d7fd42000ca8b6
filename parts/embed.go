// Package parts embeds the parts library that ships with sketchdeck: each
// NAME.toml is a reusable drawing (a robot, a face, a database...) that a
// drawing places by name with { kind = "part", part = "NAME" }; internal/part
// decodes them. docs/format/drawing-parts.md describes the format.
package parts

import "embed"

// FS holds every shipped part as NAME.toml.
//
//go:embed *.toml
var FS embed.FS
