package spec

import "math"

// startAngle checks an angle in degrees: from -360 to 360.
func (c checker) startAngle(path string, v float64) {
	if math.IsNaN(v) || v < -360 || v > 360 {
		c.errorf(path, "start_angle must be a number of degrees from -360 to 360 (0 is twelve o'clock, 90 three o'clock), not %v", v)
	}
}

// checkStartAngle checks [layout] start_angle: only twopi and circo,
// which place nodes around a centre, read it.
func (c checker) checkStartAngle(l *Layout) {
	if l.StartAngle == nil {
		return
	}
	c.startAngle("layout.start_angle", *l.StartAngle)
	if l.Engine != Twopi && l.Engine != Circo {
		eng := l.Engine
		if eng == "" {
			eng = Dot
		}
		c.errorf("layout.start_angle", "start_angle orders nodes around a centre: it needs engine = \"twopi\" or \"circo\", not %q", eng)
	}
}

func layoutName(l MindmapLayout) MindmapLayout {
	if l == "" {
		return MindmapBalanced
	}
	return l
}
