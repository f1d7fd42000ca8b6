package scene

// Start is where line l of the text begins, its pen's x: Lines hold the
// x that SVG's text-anchor reads for the alignment.
func (t *Text) Start(l Line) float64 {
	switch t.Align {
	case Center, "":
		return l.X - l.Width/2
	case Right:
		return l.X - l.Width
	}
	return l.X
}
