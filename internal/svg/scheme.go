package svg

import (
	"slices"
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/lazyre"
)

// paintAttr finds the colours a document paints with: fill="#…" and
// stroke="#…", as this package writes them.
var paintAttr = lazyre.New(`\b(fill|stroke)="(#[0-9a-fA-F]{3,8})"`)

// schemeCSS is the rule that recolours the document for readers who
// prefer a dark colour scheme (Options.Dark): one selector per colour the
// page, body and background paint with, matched by attribute, so that a
// colour changes as a fill and as a stroke alike. A CSS property beats the
// presentation attribute it matches; viewers without media queries keep
// the attributes, the light picture. The selectors are scoped by the
// root's class, so an inlined document recolours only itself.
func (c *Canvas) schemeCSS() string {
	if c.dark == nil {
		return ""
	}
	seen := map[string]bool{}
	var rules []string
	add := func(prop, color string) {
		key := prop + "=" + color
		if seen[key] {
			return
		}
		seen[key] = true
		rules = append(rules, "."+c.prefix+` [`+prop+`="`+color+`"]{`+prop+":"+c.dark(color)+"}")
	}
	if bg := c.page.Background; strings.HasPrefix(bg, "#") {
		add("fill", bg)
	}
	for _, m := range paintAttr().FindAllSubmatch(c.body.Bytes(), -1) {
		add(string(m[1]), string(m[2]))
	}
	slices.Sort(rules)
	return "@media (prefers-color-scheme:dark){" + strings.Join(rules, "") + "}"
}
