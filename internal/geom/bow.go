package geom

// bowEnd is how near an arc's ends (as a fraction of the chord) a point
// may lie and still be passed: closer, the arc would have to leave its
// end almost sideways.
const bowEnd = 0.05

// BowPast is how far the middle of a parabolic arc from p to q (the arc
// an edge's bend draws) must move off the chord, towards the unit normal
// n, for the arc to leave every point of pts behind it, margin further
// (measured across the chord): the bend that takes an edge around a
// convex outline, given its corners. ok is false when no arc can: a point
// on n's side lies past, or within bowEnd of, an end of the chord.
func BowPast(p, q, n Point, pts []Point, margin float64) (bend float64, ok bool) {
	d := q.Sub(p)
	l := d.Len()
	if l == 0 {
		return 0, false
	}
	d = d.Scale(1 / l)
	least := 4 * bowEnd * (1 - bowEnd)
	for _, c := range pts {
		v := c.Sub(p)
		u := (v.X*d.X + v.Y*d.Y) / l
		h := v.X*n.X + v.Y*n.Y + margin
		if h <= 0 {
			continue
		}
		// The arc is 4u(1-u)·bend off the chord at fraction u of it.
		w := 4 * u * (1 - u)
		if w < least {
			return 0, false
		}
		bend = max(bend, h/w)
	}
	return bend, true
}

// UpNormal is the unit normal of the direction dir that points up (or
// right, for a vertical dir): the side an edge's positive bend and its
// label go to.
func UpNormal(dir Point) Point {
	normal := Pt(dir.Y, -dir.X)
	if normal.Y > 0 || normal.Y == 0 && normal.X < 0 {
		normal = normal.Scale(-1)
	}
	return normal
}
