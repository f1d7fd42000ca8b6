package icon

import (
	"fmt"
	"strconv"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// Subpath is one stroke of an icon: a chain of cubic segments given as
// P0 C1 C2 P1 C1 C2 P2 … (as scene.Bezier takes them), in the icon's own
// units. Every SVG command becomes cubics: lines with their control points
// on the line, quadratics raised, arcs split into quarter turns at most.
type Subpath struct {
	Points []geom.Point
	// Closed is set by a Z command: the chain ends where it began.
	Closed bool
}

// ParsePath reads SVG path data (M L H V C S Q T A Z, absolute and
// relative, with implicit repeats) into subpaths. A subpath that is only a
// moveto is dropped; a zero-length one (Tabler's dots, "M7 8l0 .01") is
// kept, with its one segment.
func ParsePath(d string) ([]Subpath, error) {
	p := pathParser{s: d}
	if err := p.run(); err != nil {
		return nil, fmt.Errorf("path data %q: %w", spec.Clip(d), err)
	}
	return p.out, nil
}

// pathParser is the state of reading one path: the scanner's offset, the
// current point, the subpath being built and the last control point (for
// S and T, which reflect it).
type pathParser struct {
	s     string
	i     int
	cur   geom.Point
	start geom.Point
	ctrl  geom.Point // reflected by S (after C/S) and T (after Q/T)
	last  byte       // the previous command, upper case
	sub   *Subpath
	out   []Subpath
	// overflow is set by a point past the range of float64 (very large
	// numbers added up): a command that makes one is an error.
	overflow bool
}

func (p *pathParser) run() error {
	var cmd byte
	for {
		p.skip()
		if p.i >= len(p.s) {
			break
		}
		if c := p.s[p.i]; isCommand(c) {
			if p.last == 0 && c|0x20 != 'm' {
				return fmt.Errorf("offset %d: path data must start with a moveto (M or m), not %c", p.i, c)
			}
			cmd = c
			p.i++
		} else if cmd == 0 {
			return fmt.Errorf("offset %d: path data must start with a command, not %q", p.i, c)
		}
		if err := p.command(cmd); err != nil {
			return fmt.Errorf("offset %d: %c: %w", p.i, cmd, err)
		}
		if p.overflow || !p.cur.Finite() {
			return fmt.Errorf("offset %d: %c: the path goes past the largest coordinate (about 1.8e308)", p.i, cmd)
		}
		switch cmd { // a moveto's further pairs are linetos
		case 'M':
			cmd = 'L'
		case 'm':
			cmd = 'l'
		case 'Z', 'z':
			cmd = 0
		}
	}
	p.flush()
	return nil
}

func isCommand(c byte) bool {
	switch c | 0x20 {
	case 'm', 'l', 'h', 'v', 'c', 's', 'q', 't', 'a', 'z':
		return true
	}
	return false
}

// argCount is how many numbers a command takes.
func argCount(up byte) int {
	switch up {
	case 'H', 'V':
		return 1
	case 'C':
		return 6
	case 'S', 'Q':
		return 4
	case 'A':
		return 7
	}
	return 2 // M L T
}

// command reads one command's arguments and appends its segments.
func (p *pathParser) command(cmd byte) error {
	rel := cmd >= 'a'
	up := cmd &^ 0x20
	if up == 'Z' {
		p.close()
		return nil
	}
	var a [7]float64
	for k := range argCount(up) {
		var err error
		if up == 'A' && (k == 3 || k == 4) {
			a[k], err = p.flag()
		} else {
			a[k], err = p.number()
		}
		if err != nil {
			return err
		}
	}
	o := geom.Point{}
	if rel {
		o = p.cur
	}
	pt := func(k int) geom.Point { return geom.Pt(a[k], a[k+1]).Add(o) }
	switch up {
	case 'M':
		p.flush()
		p.cur, p.start = pt(0), pt(0)
	case 'L':
		p.line(pt(0))
	case 'H':
		p.line(geom.Pt(a[0]+o.X, p.cur.Y))
	case 'V':
		p.line(geom.Pt(p.cur.X, a[0]+o.Y))
	case 'C':
		p.cubic(pt(0), pt(2), pt(4))
	case 'S':
		p.cubic(p.reflect('C', 'S'), pt(0), pt(2))
	case 'Q':
		p.quad(pt(0), pt(2))
	case 'T':
		p.quad(p.reflect('Q', 'T'), pt(0))
	case 'A':
		p.arc(a[0], a[1], a[2], a[3] != 0, a[4] != 0, pt(5))
	}
	p.last = up
	return nil
}

// reflect is the control point S and T start with: the previous one
// mirrored through the current point, or the current point itself when the
// previous command was of another family.
func (p *pathParser) reflect(a, b byte) geom.Point {
	if p.last == a || p.last == b {
		return p.cur.Add(p.cur.Sub(p.ctrl))
	}
	return p.cur
}

func (p *pathParser) segment(c1, c2, end geom.Point) {
	if p.sub == nil {
		p.sub = &Subpath{Points: []geom.Point{p.cur}}
	}
	p.sub.Points = append(p.sub.Points, c1, c2, end)
	p.cur = end
	p.overflow = p.overflow || !c1.Finite() || !c2.Finite() || !end.Finite()
}

func (p *pathParser) line(q geom.Point) {
	p.segment(p.cur.Lerp(q, 1.0/3), p.cur.Lerp(q, 2.0/3), q)
}

func (p *pathParser) cubic(c1, c2, end geom.Point) {
	p.segment(c1, c2, end)
	p.ctrl = c2
}

// quad raises a quadratic to a cubic (its control point two thirds of the
// way from each end).
func (p *pathParser) quad(c, end geom.Point) {
	p.segment(p.cur.Lerp(c, 2.0/3), end.Lerp(c, 2.0/3), end)
	p.ctrl = c
}

func (p *pathParser) close() {
	if p.sub != nil {
		if p.cur.Dist(p.start) > 1e-9 {
			p.line(p.start)
		}
		p.sub.Closed = true
		p.flush()
	}
	p.cur = p.start
	p.last = 'Z'
}

func (p *pathParser) flush() {
	if p.sub != nil {
		p.out = append(p.out, *p.sub)
		p.sub = nil
	}
}

func (p *pathParser) skip() {
	for p.i < len(p.s) {
		switch p.s[p.i] {
		case ' ', ',', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

// number scans one number: sign, digits, a point and digits, an exponent.
// A second point starts the next number (".5.5" is two).
func (p *pathParser) number() (float64, error) {
	p.skip()
	j := p.i
	if j < len(p.s) && (p.s[j] == '-' || p.s[j] == '+') {
		j++
	}
	digits := func() {
		for j < len(p.s) && p.s[j] >= '0' && p.s[j] <= '9' {
			j++
		}
	}
	digits()
	if j < len(p.s) && p.s[j] == '.' {
		j++
		digits()
	}
	if j < len(p.s) && (p.s[j] == 'e' || p.s[j] == 'E') {
		k := j + 1
		if k < len(p.s) && (p.s[k] == '-' || p.s[k] == '+') {
			k++
		}
		if k < len(p.s) && p.s[k] >= '0' && p.s[k] <= '9' {
			j = k
			digits()
		}
	}
	v, err := strconv.ParseFloat(p.s[p.i:j], 64)
	if err != nil {
		if p.i >= len(p.s) {
			return 0, fmt.Errorf("a number is missing at the end")
		}
		return 0, fmt.Errorf("want a number, not %q", p.s[p.i:min(p.i+8, len(p.s))])
	}
	p.i = j
	return v, nil
}

// flag scans an arc flag: one digit, 0 or 1, which may touch the next.
func (p *pathParser) flag() (float64, error) {
	p.skip()
	if p.i < len(p.s) && (p.s[p.i] == '0' || p.s[p.i] == '1') {
		p.i++
		return float64(p.s[p.i-1] - '0'), nil
	}
	return 0, fmt.Errorf("an arc flag is 0 or 1")
}
