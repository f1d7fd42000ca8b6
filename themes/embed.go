// Package themes embeds the themes that ship with sketchdeck, so that a
// build needs no file beside the binary. Each NAME.toml is a theme that
// --theme NAME selects; internal/theme decodes them.
package themes

import "embed"

// FS holds every shipped theme as NAME.toml.
//
//go:embed *.toml
var FS embed.FS
