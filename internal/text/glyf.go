package text

import (
	"fmt"
	"slices"
)

// glyphOutline is one glyph's TrueType contours as stored: quadratic
// B-splines given by on- and off-curve points, in em with y up, composite
// glyphs already flattened into their components' transformed points.
// Keeping the raw points (not path ops) keeps parsing cheap and lets a
// composite's point-matching anchors index them as the spec does.
type glyphOutline struct {
	pts  []gpoint
	ends []int // index one past the last point of each contour
	// lo and hi bound pts (on- and off-curve), in em with y up: the
	// glyph's ink box, which Ink places at the pen without walking the
	// points again.
	lo, hi gpoint
}

// bound sets o's ink box from its points.
func (o *glyphOutline) bound() {
	if len(o.pts) == 0 {
		return
	}
	lo, hi := o.pts[0], o.pts[0]
	for _, q := range o.pts[1:] {
		lo.x, lo.y = min(lo.x, q.x), min(lo.y, q.y)
		hi.x, hi.y = max(hi.x, q.x), max(hi.y, q.y)
	}
	o.lo, o.hi = gpoint{x: lo.x, y: lo.y}, gpoint{x: hi.x, y: hi.y}
}

// gpoint is one contour point in em, y up.
type gpoint struct {
	x, y float32
	on   bool // on the curve; off-curve points are quadratic control points
}

// maxCompositeDepth bounds component nesting; real fonts use one or two
// levels, so anything deeper is a malformed font.
const maxCompositeDepth = 8

// parseOutlines decodes every glyph's contours, scaling font units to em,
// and fails on the first malformed one (a component cycle included): the
// check of a whole font. A loaded face decodes a glyph when it is first
// drawn instead (face.cached): a build draws a few hundred of the shipped
// faces' glyphs, and TestShippedOutlines checks them all this way.
func parseOutlines(glyphs [][]byte, upem float64) ([]glyphOutline, error) {
	p := outlineParser{glyphs: glyphs, scale: float32(1 / upem), out: make([]glyphOutline, len(glyphs)), state: make([]uint8, len(glyphs))}
	for gid := range glyphs {
		if err := p.resolve(gid, 0); err != nil {
			return nil, fmt.Errorf("glyf: glyph %d: %w", gid, err)
		}
	}
	return p.out, nil
}

type outlineParser struct {
	glyphs [][]byte
	scale  float32
	out    []glyphOutline
	state  []uint8 // parseNone, parseBusy or parseDone per glyph
	flags  []byte  // scratch, reused from glyph to glyph
	face   *face   // when not nil, components come from its cache, not out
	xs, ys []int32 // scratch
}

const (
	parseNone = iota
	parseBusy // its components are being parsed: meeting it again is a cycle
	parseDone
)

// resolve parses glyph gid into p.out[gid] unless already done, parsing
// composites' components first.
func (p *outlineParser) resolve(gid, depth int) error {
	switch p.state[gid] {
	case parseDone:
		return nil
	case parseBusy:
		return fmt.Errorf("components form a cycle")
	}
	p.state[gid] = parseBusy
	var err error
	p.out[gid], err = p.parse(p.glyphs[gid], depth)
	p.state[gid] = parseDone
	return err
}

// parse decodes one glyph, at depth among composites, with its ink box.
func (p *outlineParser) parse(g []byte, depth int) (glyphOutline, error) {
	o, err := p.parseContours(g, depth)
	o.bound()
	return o, err
}

// parseContours is parse without the ink box.
func (p *outlineParser) parseContours(g []byte, depth int) (glyphOutline, error) {
	switch {
	case len(g) == 0: // blank glyph, e.g. space
		return glyphOutline{}, nil
	case len(g) < 10:
		return glyphOutline{}, fmt.Errorf("short header")
	case int16(u16(g, 0)) >= 0:
		return p.parseSimple(g)
	case depth >= maxCompositeDepth:
		return glyphOutline{}, fmt.Errorf("composite glyphs nested over %d deep", maxCompositeDepth)
	}
	return p.parseComposite(g, depth)
}

// component is the outline of component gid of a composite: from the
// face's cache when p decodes for one (cached), else parsed into p.out.
func (p *outlineParser) component(gid, depth int) (*glyphOutline, error) {
	if p.face != nil {
		return p.face.cached(gid, depth)
	}
	if err := p.resolve(gid, depth); err != nil {
		return nil, err
	}
	return &p.out[gid], nil
}

// cached is glyph gid's outline, decoded now if it was not yet (its
// components through the cache too) and kept. Two goroutines may decode
// the same glyph at once: they keep equal outlines.
func (f *face) cached(gid, depth int) (*glyphOutline, error) {
	if o := f.decoded[gid].Load(); o != nil {
		return o, nil
	}
	p := outlineParser{glyphs: f.glyphs, scale: float32(1 / f.upem), face: f}
	o, err := p.parse(f.glyphs[gid], depth)
	if err != nil {
		return nil, err
	}
	f.decoded[gid].Store(&o)
	return &o, nil
}

// Simple glyph flags.
const (
	flagOnCurve = 0x01
	flagXShort  = 0x02
	flagYShort  = 0x04
	flagRepeat  = 0x08
	flagXSame   = 0x10 // with flagXShort: x delta is positive
	flagYSame   = 0x20 // with flagYShort: y delta is positive
)

// parseSimple decodes a simple glyph: contour ends, flags (with repeats),
// then delta-coded x and y coordinates.
func (p *outlineParser) parseSimple(g []byte) (glyphOutline, error) {
	n := int(int16(u16(g, 0)))
	at := 10 + 2*n
	if len(g) < at+2 {
		return glyphOutline{}, fmt.Errorf("short contour ends")
	}
	o := glyphOutline{ends: make([]int, n)}
	for i := range o.ends {
		o.ends[i] = int(u16(g, 10+2*i)) + 1
		if i > 0 && o.ends[i] < o.ends[i-1] {
			return glyphOutline{}, fmt.Errorf("contour ends out of order")
		}
	}
	numPts := 0
	if n > 0 {
		numPts = o.ends[n-1]
	}
	at += 2 + int(u16(g, at)) // skip instructions
	flags := p.flags[:0]
	for len(flags) < numPts {
		if at >= len(g) {
			return glyphOutline{}, fmt.Errorf("short flags")
		}
		f := g[at]
		at++
		count := 1
		if f&flagRepeat != 0 {
			if at >= len(g) {
				return glyphOutline{}, fmt.Errorf("short flags")
			}
			count += int(g[at])
			at++
		}
		for ; count > 0 && len(flags) < numPts; count-- {
			flags = append(flags, f)
		}
	}
	p.flags = flags
	xs, at, err := deltas(p.xs, g, at, flags, flagXShort, flagXSame)
	if err != nil {
		return glyphOutline{}, fmt.Errorf("x coordinates: %w", err)
	}
	ys, _, err := deltas(p.ys, g, at, flags, flagYShort, flagYSame)
	if err != nil {
		return glyphOutline{}, fmt.Errorf("y coordinates: %w", err)
	}
	p.xs, p.ys = xs, ys
	o.pts = make([]gpoint, numPts)
	for i := range o.pts {
		o.pts[i] = gpoint{float32(xs[i]) * p.scale, float32(ys[i]) * p.scale, flags[i]&flagOnCurve != 0}
	}
	return o, nil
}

// deltas decodes one axis of a simple glyph's coordinates into absolute
// font units, reusing v's array, and says where the axis's data ends.
func deltas(v []int32, g []byte, at int, flags []byte, short, same byte) ([]int32, int, error) {
	v = slices.Grow(v[:0], len(flags))[:len(flags)]
	var c int32
	for i, f := range flags {
		switch {
		case f&short != 0:
			if at >= len(g) {
				return nil, 0, fmt.Errorf("short data")
			}
			d := int32(g[at])
			if f&same == 0 {
				d = -d
			}
			c += d
			at++
		case f&same == 0:
			if at+2 > len(g) {
				return nil, 0, fmt.Errorf("short data")
			}
			c += int32(int16(u16(g, at)))
			at += 2
		}
		v[i] = c
	}
	return v, at, nil
}

// Composite glyph component flags.
const (
	compArgWords    = 0x0001
	compArgsXY      = 0x0002
	compMore        = 0x0020
	compScale       = 0x0008
	compXYScale     = 0x0040
	compTwoByTwo    = 0x0080
	compScaleOffset = 0x0800 // SCALED_COMPONENT_OFFSET: Apple's reading
)

// parseComposite flattens a composite glyph: each component's points go
// through its 2×2 matrix, then its offset, which is either given (x, y)
// or found by matching a point of the glyph so far to one of the
// component's (the spec's point anchoring).
func (p *outlineParser) parseComposite(g []byte, depth int) (glyphOutline, error) {
	var o glyphOutline
	for at, more := 10, true; more; {
		if at+4 > len(g) || at+componentSize(u16(g, at)) > len(g) {
			return glyphOutline{}, fmt.Errorf("short component")
		}
		flags, gid := u16(g, at), int(u16(g, at+2))
		if gid >= len(p.glyphs) {
			return glyphOutline{}, fmt.Errorf("component glyph %d of %d", gid, len(p.glyphs))
		}
		child, err := p.component(gid, depth+1)
		if err != nil {
			return glyphOutline{}, fmt.Errorf("component %d: %w", gid, err)
		}
		arg1, arg2, m := componentArgs(g[at:], flags)
		var dx, dy float32
		if flags&compArgsXY != 0 {
			dx, dy = float32(arg1)*p.scale, float32(arg2)*p.scale
			if flags&compScaleOffset != 0 {
				dx, dy = m[0]*dx+m[2]*dy, m[1]*dx+m[3]*dy
			}
		} else {
			if arg1 < 0 || int(arg1) >= len(o.pts) || arg2 < 0 || int(arg2) >= len(child.pts) {
				return glyphOutline{}, fmt.Errorf("component anchor points %d, %d out of range", arg1, arg2)
			}
			a, b := o.pts[arg1], child.pts[arg2]
			dx, dy = a.x-(m[0]*b.x+m[2]*b.y), a.y-(m[1]*b.x+m[3]*b.y)
		}
		base := len(o.pts)
		for _, q := range child.pts {
			o.pts = append(o.pts, gpoint{m[0]*q.x + m[2]*q.y + dx, m[1]*q.x + m[3]*q.y + dy, q.on})
		}
		for _, e := range child.ends {
			o.ends = append(o.ends, base+e)
		}
		more = flags&compMore != 0
		at += componentSize(flags)
	}
	return o, nil
}

// componentArgs reads a component record's two arguments (signed offsets
// or unsigned point numbers, per compArgsXY) and its matrix
// [xx, xy, yx, yy], mapping (x, y) to (xx·x + yx·y, xy·x + yy·y).
func componentArgs(c []byte, flags uint16) (arg1, arg2 int32, m [4]float32) {
	at := 4
	switch {
	case flags&compArgWords != 0 && flags&compArgsXY != 0:
		arg1, arg2 = int32(int16(u16(c, 4))), int32(int16(u16(c, 6)))
		at += 4
	case flags&compArgWords != 0:
		arg1, arg2 = int32(u16(c, 4)), int32(u16(c, 6))
		at += 4
	case flags&compArgsXY != 0:
		arg1, arg2 = int32(int8(c[4])), int32(int8(c[5]))
		at += 2
	default:
		arg1, arg2 = int32(c[4]), int32(c[5])
		at += 2
	}
	f2dot14 := func(i int) float32 { return float32(int16(u16(c, at+2*i))) / 16384 }
	m = [4]float32{1, 0, 0, 1}
	switch {
	case flags&compScale != 0:
		m[0] = f2dot14(0)
		m[3] = m[0]
	case flags&compXYScale != 0:
		m[0], m[3] = f2dot14(0), f2dot14(1)
	case flags&compTwoByTwo != 0:
		m = [4]float32{f2dot14(0), f2dot14(1), f2dot14(2), f2dot14(3)}
	}
	return arg1, arg2, m
}
