// Package logo embeds the brand logos of Simple Icons
// (https://simpleicons.org, CC0, see LICENSE.md) as the npm package
// simple-icons ships them, converted by ../convert into one compact table;
// README.md says which version, how to regenerate it, and what the marks
// are. Package icon reads and draws them, outlined by the sketch pen.
package logo

import _ "embed"

//go:generate go run ../convert -tgz simple-icons-16.37.0.tgz -out .

// Table is logos.txt.gz, in the format of package tabler's table: the
// category is the brand's name, the tags its aliases.
//
//go:embed logos.txt.gz
var Table []byte

// License is the logos' licence (CC0 1.0), which travels with them.
//
//go:embed LICENSE.md
var License string
