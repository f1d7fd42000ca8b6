package svg

import (
	"math"
	"strconv"
)

// pathData writes compact SVG path data: relative commands, a command
// letter only where it changes, no space before a minus sign or a command,
// no leading zero, horizontal and vertical lines as h and v, and
// quadratic segments whose control point mirrors the previous one as t.
// It is what an SVG optimiser does, and it draws exactly the same curves:
// points are rounded to hundredths first and every relative step is
// between rounded points, so no rounding error accumulates along a path.
//
// Coordinates come in user units; the zero value starts a new path.
type pathData struct {
	b      []byte
	x, y   int64 // the current point, in hundredths
	sx, sy int64 // the start of the current subpath
	last   byte  // the last command written, 0 at first
	// qx, qy is the last quadratic control point, valid when last is
	// 'q' or 't'.
	qx, qy int64
	// fill drops segments that draw nothing once rounded; a stroked path
	// keeps them, since a round cap draws a dot for an empty line.
	fill bool
}

// hundredths rounds v to an integer number of hundredths (NaN and
// infinities, which no scene should hold, count as 0, as Num writes them).
func hundredths(v float64) int64 {
	if math.IsNaN(v) || math.IsInf(v, 0) || math.Abs(v) > 1e15 {
		return 0
	}
	return int64(math.Round(v * 100))
}

// MoveTo starts a subpath at (x, y).
func (p *pathData) MoveTo(x, y float64) {
	ax, ay := hundredths(x), hundredths(y)
	p.command('m')
	p.num(ax - p.x)
	p.num(ay - p.y)
	p.x, p.y, p.sx, p.sy = ax, ay, ax, ay
}

// LineTo draws a line to (x, y).
func (p *pathData) LineTo(x, y float64) {
	ax, ay := hundredths(x), hundredths(y)
	dx, dy := ax-p.x, ay-p.y
	switch {
	case dx == 0 && dy == 0 && p.fill:
		return
	case dy == 0 && dx != 0:
		p.command('h')
		p.num(dx)
	case dx == 0 && dy != 0:
		p.command('v')
		p.num(dy)
	default:
		p.command('l')
		p.num(dx)
		p.num(dy)
	}
	p.x, p.y = ax, ay
}

// QuadTo draws a quadratic Bézier segment through control (cx, cy) to
// (x, y); when filling, one whose control point sits on an end once
// rounded is the straight line it is.
func (p *pathData) QuadTo(cx, cy, x, y float64) {
	qx, qy := hundredths(cx), hundredths(cy)
	ax, ay := hundredths(x), hundredths(y)
	if p.fill && ((qx == p.x && qy == p.y) || (qx == ax && qy == ay)) {
		p.LineTo(x, y)
		return
	}
	if (p.last == 'q' || p.last == 't') && qx == 2*p.x-p.qx && qy == 2*p.y-p.qy {
		p.command('t')
	} else {
		p.command('q')
		p.num(qx - p.x)
		p.num(qy - p.y)
	}
	p.num(ax - p.x)
	p.num(ay - p.y)
	p.x, p.y, p.qx, p.qy = ax, ay, qx, qy
}

// CubicTo draws a cubic Bézier segment.
func (p *pathData) CubicTo(c1x, c1y, c2x, c2y, x, y float64) {
	ax, ay := hundredths(x), hundredths(y)
	p.command('c')
	b := p.b // appended to locally: one store to p, not one per number
	b = appendCoord(b, hundredths(c1x)-p.x)
	b = appendCoord(b, hundredths(c1y)-p.y)
	b = appendCoord(b, hundredths(c2x)-p.x)
	b = appendCoord(b, hundredths(c2y)-p.y)
	b = appendCoord(b, ax-p.x)
	p.b = appendCoord(b, ay-p.y)
	p.x, p.y = ax, ay
}

// Close closes the subpath; the current point returns to its start.
func (p *pathData) Close() {
	p.b = append(p.b, 'z')
	p.last = 'z'
	p.x, p.y = p.sx, p.sy
}

// String is the path data written so far.
func (p *pathData) String() string { return string(p.b) }

// command writes c unless it repeats the last command, which SVG then
// implies (a repeated m would mean l, so m is always written).
func (p *pathData) command(c byte) {
	if c != p.last || c == 'm' {
		p.b = append(p.b, c)
		p.last = c
		return
	}
	p.b = append(p.b, ' ') // separates this segment's first number; num may take it back
}

// num writes n hundredths (see appendCoord).
func (p *pathData) num(n int64) { p.b = appendCoord(p.b, n) }

// appendCoord appends n hundredths to path data b with at most two
// decimals, without a leading zero, after a space unless it starts with a
// minus sign or follows a command letter.
func appendCoord(b []byte, n int64) []byte {
	if n < 0 {
		if k := len(b); k > 0 && b[k-1] == ' ' {
			b = b[:k-1]
		}
		b = append(b, '-')
		n = -n
	} else if k := len(b); k > 0 && !isCommand(b[k-1]) && b[k-1] != ' ' {
		b = append(b, ' ')
	}
	whole, frac := n/100, n%100
	switch {
	case whole >= 10 || (whole == 0 && frac == 0):
		b = strconv.AppendInt(b, whole, 10)
	case whole != 0:
		b = append(b, byte('0'+whole)) // one digit, the common case
	}
	if frac != 0 {
		b = append(b, '.', byte('0'+frac/10))
		if frac%10 != 0 {
			b = append(b, byte('0'+frac%10))
		}
	}
	return b
}

func isCommand(c byte) bool { return c >= 'a' && c <= 'z' }
