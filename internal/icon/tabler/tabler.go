// Package tabler embeds Tabler Icons (https://tabler.io/icons, MIT, see
// LICENSE): the outline icons of the npm package @tabler/icons, converted
// by ../convert into one compact table. README.md says which version and how
// to regenerate it; package icon reads and draws them.
package tabler

import _ "embed"

//go:generate go run ../convert -tgz tabler-icons-3.52.0.tgz -out .

// Table is icons.txt.gz: comment lines starting with "#" (the first names
// the package and version), then one icon a line,
// NAME TAB CATEGORY TAB TAGS TAB PATHS, sorted by name; tags are separated
// by commas, paths (SVG path data) by semicolons, and a path filled with
// the pen's colour starts with "*".
//
//go:embed icons.txt.gz
var Table []byte

// License is the icons' licence, which travels with them.
//
//go:embed LICENSE
var License string
