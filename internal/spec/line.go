package spec

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
)

// Line is one line of a rich label (lines in nodes, topics and drawing
// texts, texts in table cells): a plain string, or a table with its own
// colour, a strike-through and a heavier pen.
type Line struct {
	Text string `toml:"text" i18n:"text"`
	// Color is the line's text colour; "" keeps the label's.
	Color Color `toml:"color"`
	// Strike crosses the line out with a pen stroke.
	Strike bool `toml:"strike"`
	// Bold draws the line with a heavier pen (its glyphs outlined).
	Bold bool `toml:"bold"`
	// Font is the shipped family the line is set and measured in; ""
	// keeps the theme's. "mono" sets code.
	Font Font `toml:"font"`

	// read keeps what decoding the line found, reported by validation at
	// the line's key path.
	read valueReader
}

func (l Line) problems() []trouble { return l.read.troubles }

// lineKeys are the keys of a line written as a table.
var lineKeys = []string{"bold", "color", "font", "strike", "text"}

// lineForms says how a line may be written, for messages.
const lineForms = `a string or a table such as { text = "...", color = "...", strike = true, bold = true, font = "mono" }`

// Font is a shipped font family: the handwriting face, a sans-serif or a
// monospaced one (the families of package text, which a test keeps equal).
type Font string

// Fonts is the enumeration of font families.
func Fonts() Enum[Font] {
	return Enum[Font]{What: "font", Choices: []Font{"handwriting", "sans", "mono"},
		Aliases: map[string]Font{"code": "mono", "monospace": "mono"}}
}

// UnmarshalText implements encoding.TextUnmarshaler (see Enum.decode).
func (f *Font) UnmarshalText(b []byte) error { return Fonts().decode(f, b) }

// UnmarshalTOML reads a line written as a string or as an inline table.
func (l *Line) UnmarshalTOML(v any) error {
	switch v := v.(type) {
	case string:
		l.Text = v
	case map[string]any:
		for _, k := range slices.Sorted(maps.Keys(v)) {
			l.field(k, v[k])
		}
		if _, ok := v["text"]; !ok {
			l.read.add("", `a line needs text = "..."`)
		}
	default:
		l.read.add("", "a line is "+lineForms+", not "+typeName(v))
	}
	return nil
}

func (l *Line) field(k string, x any) {
	switch k {
	case "text":
		l.Text = l.read.str(k, x)
	case "color":
		l.Color.UnmarshalText([]byte(l.read.str(k, x)))
	case "strike":
		l.Strike = l.read.flag(k, x)
	case "bold":
		l.Bold = l.read.flag(k, x)
	case "font":
		l.Font.UnmarshalText([]byte(l.read.str(k, x)))
	default:
		l.read.add("", fmt.Sprintf("unknown key %q in a line%s; valid keys are %s", k, didYouMean(k, lineKeys), joinKeys(lineKeys)))
	}
}

// decodeLines reads a list of lines written by hand (in a cell or a
// topic); a value that is not a list is one trouble of the holder.
func decodeLines(x any) ([]Line, string) {
	xs, ok := x.([]any)
	if !ok {
		return nil, fmt.Sprintf("want a list of lines, each %s; not %s", lineForms, typeName(x))
	}
	out := make([]Line, len(xs))
	for i, e := range xs {
		out[i].UnmarshalTOML(e)
	}
	return out, ""
}

// checkLines validates the lines of a label at path ("nodes[2].lines"):
// their lengths, and that the label is not also written as a plain
// string (plainKey, "label"). Colours and decoding problems are reported
// by the value walk.
func (c checker) checkLines(path, plainKey, plain string, ls []Line) {
	if plain != "" && len(ls) > 0 {
		c.errorf(path, "%s and %s both write the label: give one of them", plainKey, lastKey(path))
	}
	for i, l := range ls {
		c.text(path+"["+strconv.Itoa(i)+"].text", l.Text)
	}
}

// HasText reports whether any line has words.
func HasText(ls []Line) bool {
	for _, l := range ls {
		if l.Text != "" {
			return true
		}
	}
	return false
}

// reportedAt reports whether an error was already given where path is
// written (a value of the wrong type, found while decoding).
func (c checker) reportedAt(path string) bool {
	at, ok := c.pos[path]
	if !ok {
		return false
	}
	for _, e := range *c.errs {
		if e.File == c.file && e.Pos == at {
			return true
		}
	}
	return false
}
