package sketch

import (
	"math/rand/v2"

	"github.com/sketchdeck/sketchdeck/internal/geom"
)

// Pen draws rough primitives. It holds its own random generator, so pens
// never share state and a pen seeded alike draws alike. A Pen is not safe for
// concurrent use; make one per item.
type Pen struct {
	o   Options
	rng *rand.Rand
	// scratch holds jittered points between building and stroking them, so
	// curves and ellipses need no allocation of their own.
	scratch []geom.Point
}

// pcgStream picks the PCG stream; any odd-bit-rich constant would do, it only
// has to differ from the seed's own bits.
const pcgStream = 0x9e3779b97f4a7c15

// NewPen returns a pen whose randomness comes from a PCG generator seeded
// with seed. Zero fields of o take their defaults (see Options).
func NewPen(seed uint64, o Options) *Pen {
	return &Pen{o: o.resolved(), rng: rand.New(rand.NewPCG(seed, seed^pcgStream))}
}

// Seed derives an item's seed from the theme seed and the item's id: FNV-1a
// 64 of the id, xored with the theme seed and passed through SplitMix64's
// finaliser so that neighbouring theme seeds or ids give unrelated streams.
func Seed(themeSeed uint64, id string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(id); i++ {
		h ^= uint64(id[i])
		h *= 1099511628211
	}
	z := h ^ themeSeed
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// offset is rough.js's _offset: a uniform value in [lo, hi) scaled by the
// roughness and by gain.
func (p *Pen) offset(lo, hi, gain float64) float64 {
	return p.o.Roughness * gain * (p.rng.Float64()*(hi-lo) + lo)
}

// offsetOpt is a uniform value in ±x, scaled by the roughness and by gain.
func (p *Pen) offsetOpt(x, gain float64) float64 { return p.offset(-x, x, gain) }

// jitter is a random displacement of up to ±x on each axis.
func (p *Pen) jitter(x, gain float64) geom.Point {
	dx := p.offsetOpt(x, gain)
	return geom.Point{X: dx, Y: p.offsetOpt(x, gain)}
}

// clean reports whether the pen draws exact geometry.
func (p *Pen) clean() bool { return p.o.Roughness == 0 }
