package layout

import (
	"math"

	"github.com/sketchdeck/sketchdeck/internal/geom"
)

// Curl shape: the loop's radius as a share of the drawn path (and its
// bounds, px), and how many pen points go round it (the last one leaves). Few points, as in a
// quick hand-made curl: the drawn curve smooths them.
const (
	curlShare  = 0.14
	curlMinRad = 14
	curlMaxRad = 22
	curlSteps  = 7
	// How far past a full turn the pen goes before it leaves, radians:
	// the path veers off its way by that much.
	curlMinVeer = math.Pi / 6
	curlMaxVeer = math.Pi / 3
)

// curl gives a drawn path (straight or arced) one seeded loop of the pen
// part-way along it. The loop bulges out on the side the path bows to
// (over, for a straight path), and the pen, drifting forward as it goes
// round, crosses its own line as a hand-made loop does. On a whole edge the
// pen then goes on to the target: a tangle on the way. On a lost one (cut)
// it leaves a little further round than it came in and veers off on a
// straight run as long as what was left of the path: a message that loses
// its way. It returns the curled path and the loop's far side, where a
// token rides by default.
func curl(id string, base track, lost bool) (track, ride) {
	length := geom.Length(base.pts)
	if length == 0 || len(base.pts) < 2 {
		return base, ride{at: 0.5}
	}
	r := rng(id)
	rad := math.Max(curlMinRad, math.Min(curlMaxRad, length*curlShare)) * (0.9 + 0.2*r.Float64())
	drift := rad * (0.5 + 0.3*r.Float64())
	veer := curlMinVeer + (curlMaxVeer-curlMinVeer)*r.Float64()
	if !lost {
		veer = 0
	}
	f := 0.35 + 0.1*r.Float64()
	c, d := base.at(f), base.dir(f)
	side := bowSide(base, d)
	center := c.Add(side.Scale(rad))
	start := math.Atan2(c.Y-center.Y, c.X-center.X)
	// Go round the way the path is heading at c.
	turn := 1.0
	if -math.Sin(start)*d.X+math.Cos(start)*d.Y < 0 {
		turn = -1
	}
	sweep := 2*math.Pi + veer
	pts := append([]geom.Point{}, base.cut(f).pts...)
	var far geom.Point
	for k := 1; k <= curlSteps; k++ {
		u := float64(k) / curlSteps
		a := start + turn*u*sweep
		wob := rad
		if k < curlSteps {
			wob *= 0.92 + 0.16*r.Float64()
		}
		p := center.Add(geom.Pt(math.Cos(a), math.Sin(a)).Scale(wob)).Add(d.Scale(drift * u))
		if k == curlSteps/2 {
			far = p
		}
		pts = append(pts, p)
	}
	exit := pts[len(pts)-1]
	tail := math.Max(2*rad, (1-f)*length-drift)
	if lost {
		out := d.Rotate(geom.Point{}, turn*veer)
		bow := (r.Float64() - 0.5) * 0.1 * tail
		pts = append(pts, exit.Add(out.Scale(tail/2)).Add(geom.Pt(-out.Y, out.X).Scale(bow)), exit.Add(out.Scale(tail)))
	} else {
		// Back on the path where the drift left the pen, then on to the end.
		pts = append(pts[:len(pts)-1], base.from(math.Min(0.9, f+drift/length)).pts...)
	}
	curled := track{pts: pts}
	return curled, ride{at: curled.fraction(far), out: far.Sub(center.Add(d.Scale(drift / 2))).Unit()}
}

// ride is where an edge's tokens ride by default: a fraction of its path,
// and a direction to push them off it (zero: centred on the line). A token
// on a curl sits on the loop's rim, mostly outside it, so that the loop
// still shows.
type ride struct {
	at  float64
	out geom.Point
}

// bowSide is the unit normal of d on the side the track bows to: towards
// its middle from its chord, or over (geom.UpNormal) when it runs straight.
func bowSide(t track, d geom.Point) geom.Point {
	a, b := t.pts[0], t.pts[len(t.pts)-1]
	bow := t.at(0.5).Sub(a.Lerp(b, 0.5))
	if bow.Len() < 1 {
		bow = geom.UpNormal(b.Sub(a).Unit())
	}
	n := geom.Pt(-d.Y, d.X)
	if n.X*bow.X+n.Y*bow.Y < 0 {
		n = n.Scale(-1)
	}
	return n
}
