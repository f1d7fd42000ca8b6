package svg

import (
	"fmt"
	"strings"
)

// TextMode is how a document stores its text.
type TextMode int

const (
	// TextSelectable draws text as glyph outlines, which every viewer
	// fills alike, with each line's words in an invisible <text> over
	// them, stretched to the outlines' width: selectable, searchable and
	// read by screen readers. No font is embedded, so the text is stored
	// once as outlines and once as characters. The default.
	TextSelectable TextMode = iota
	// TextOutlines draws text as glyph outlines only: no <text> and no
	// font data, for tools that import SVG as shapes (PowerPoint, Keynote,
	// Inkscape) and would otherwise draw the words in a system font. The
	// document's <title> and <desc> still name it.
	TextOutlines
	// TextFont writes visible <text> in the embedded subset fonts
	// (@font-face) and no outlines: the smallest document, drawn in the
	// handwriting by browsers, but in a system font by viewers that ignore
	// @font-face (librsvg, slide tools).
	TextFont
)

// textModes names the modes, in the order help lists them.
var textModes = []struct {
	mode TextMode
	name string
}{
	{TextSelectable, "selectable"},
	{TextOutlines, "outlines"},
	{TextFont, "font"},
}

// TextModes lists the modes' names, the default first.
func TextModes() []string {
	names := make([]string, len(textModes))
	for i, m := range textModes {
		names[i] = m.name
	}
	return names
}

// String is the mode's name.
func (m TextMode) String() string {
	for _, tm := range textModes {
		if tm.mode == m {
			return tm.name
		}
	}
	return fmt.Sprintf("TextMode(%d)", int(m))
}

// ParseTextMode reads a mode's name; "" is TextSelectable.
func ParseTextMode(s string) (TextMode, error) {
	if s == "" {
		return TextSelectable, nil
	}
	for _, tm := range textModes {
		if tm.name == s {
			return tm.mode, nil
		}
	}
	return 0, fmt.Errorf("unknown text mode %q: valid choices are %s", s, strings.Join(TextModes(), ", "))
}

// outlines tells whether the mode draws glyph outlines.
func (m TextMode) outlines() bool { return m != TextFont }

// characters tells whether the mode writes <text> elements.
func (m TextMode) characters() bool { return m != TextOutlines }
