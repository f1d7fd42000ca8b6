package svg

import (
	"strconv"

	"github.com/sketchdeck/sketchdeck/internal/canvas"
)

// effectBytes bounds what an animated element's attributes add.
const effectBytes = 100

// The draw-on animation is CSS only, so that it plays where an SVG is
// shown as an image (<img>, CSS backgrounds), where no script runs: a
// stroke is given pathLength="1" and its dash pattern is animated from
// hidden to whole; an area, a dashed stroke (whose own dashes a
// pathLength would stretch) and text fade in. Each element's delay and
// length are its own, inline. The keyframes only apply while the
// animation runs or waits (animation-fill-mode backwards): before and
// after it, and wherever animations are not played, the element is the
// static picture. The whole style is inside a media query that holds only
// for readers who do not ask for reduced motion: they see the picture,
// and so do renderers that skip the query (librsvg, which would otherwise
// misread the keyframes as rules and hide strokes).

// groupAttrs are the attributes of an item's group for its effect: the
// whole item faded as one (an earlier build step, an element's opacity).
func groupAttrs(e canvas.Effect) []string {
	if e.Faded() {
		return []string{attr("opacity", Num(e.Alpha()))}
	}
	return nil
}

// animated reports whether e animates, and notes that the document
// needs the animation's style.
func (c *Canvas) animated(e canvas.Effect) bool {
	if e.Dur <= 0 {
		return false
	}
	c.animation = true
	return true
}

// strokeAnim gives a stroked path the attributes that draw it in; fade
// asks for a fade instead (areas, dashed strokes).
func (c *Canvas) effectAttrs(e canvas.Effect, fade bool) []string {
	if !c.animated(e) {
		return nil
	}
	timing := attr("style", "animation-delay:"+ms(e.Start)+";animation-duration:"+ms(e.Dur))
	if fade {
		return []string{attr("class", c.prefix+"-fade"), timing}
	}
	return []string{`pathLength="1"`, attr("class", c.prefix+"-draw"), timing}
}

// ms writes seconds as whole milliseconds, which CSS reads exactly.
func ms(s float64) string { return strconv.Itoa(int(s*1000+0.5)) + "ms" }

// animationCSS is the style the animated elements use.
func (c *Canvas) animationCSS() string {
	if !c.animation {
		return ""
	}
	p := c.prefix
	return "@media (prefers-reduced-motion:no-preference){" +
		"@keyframes " + p + "-draw{from{stroke-dasharray:1 2;stroke-dashoffset:1.01}to{stroke-dasharray:1 2;stroke-dashoffset:0}}" +
		"@keyframes " + p + "-fade{from{opacity:0}to{opacity:1}}" +
		"." + p + "-draw{animation:" + p + "-draw 1s ease-in-out backwards}" +
		"." + p + "-fade{animation:" + p + "-fade 1s ease-in backwards}}"
}
