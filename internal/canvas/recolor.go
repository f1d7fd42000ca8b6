package canvas

import "io"

// Recolor wraps c so that every colour drawn on it (paths and text; the
// page's background is the caller's, in its Page) passes through f first:
// how a dark colour scheme recolours a whole document by role without any
// stage above knowing. Pictures are shown as they are.
func Recolor(c Canvas, f func(string) string) Canvas { return recolor{c, f} }

type recolor struct {
	c Canvas
	f func(string) string
}

func (r recolor) Paths(ps []Path) {
	out := make([]Path, len(ps))
	for i, p := range ps {
		p.Paint.Color = r.f(p.Paint.Color)
		out[i] = p
	}
	r.c.Paths(out)
}

func (r recolor) Text(t Text) {
	t.Color = r.f(t.Color)
	r.c.Text(t)
}

func (r recolor) Image(im Image) { r.c.Image(im) }

func (r recolor) WriteTo(w io.Writer) (int64, error) { return r.c.WriteTo(w) }
