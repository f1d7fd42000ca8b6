package layout

import (
	"strconv"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// tokenGap is the space between tokens in a row.
const tokenGap = 10

// tokenRow lays tokens side by side along dir, centred on c. A colour token
// is a filled square; a text token is a white box holding its text.
// where is the key path (or spec.Pos) of the token(s), for error positions.
func tokenRow(r resolver, id string, toks []spec.Token, size float64, c, dir geom.Point, where any) []scene.Item {
	widths, total := tokenWidths(r, toks, size)
	fontSize := tokenFont(size)
	at := c.Sub(dir.Scale(total / 2))
	var out []scene.Item
	for i, t := range toks {
		center := at.Add(dir.Scale(widths[i] / 2))
		at = at.Add(dir.Scale(widths[i] + tokenGap))
		tid := id + ":" + strconv.Itoa(i)
		box := geom.RectCenter(center, widths[i], size)
		if t.Text == "" {
			out = append(out, scene.Item{ID: tid, Kind: scene.Rect, Box: box, Style: r.fillStyle(r.color(t.Color, "", where))})
			continue
		}
		white, _ := r.env.Theme.Color("white")
		text, _ := r.env.Theme.Color(r.env.Theme.TextColor)
		out = append(out,
			scene.Item{ID: tid, Kind: scene.Rect, Box: box, Style: r.fillStyle(white)},
			textInBox(r.env.Text, textSpec{ID: tid + ":text", Text: t.Text, Size: fontSize, Color: text}, box))
	}
	return out
}

// tokenFont is the font size of a text token size units tall.
func tokenFont(size float64) float64 { return size * 0.75 }

// tokenWidths are the widths of a row of tokens size units tall (a colour
// square, or a text's box), and the row's length with the gaps between.
func tokenWidths(r resolver, toks []spec.Token, size float64) ([]float64, float64) {
	widths := make([]float64, len(toks))
	total := tokenGap * float64(len(toks)-1)
	for i, t := range toks {
		widths[i] = size
		if t.Text != "" {
			widths[i] = max(size, r.env.Text.Width(t.Text, tokenFont(size))+8)
		}
		total += widths[i]
	}
	return widths, total
}
