package sketch

import (
	"fmt"

	"github.com/sketchdeck/sketchdeck/internal/geom"

	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/shape"
)

// drawOutline draws an item that carries one of internal/shape's outlines:
// the figure's fill, then its stroke pieces as one path.
func drawOutline(o *shape.Outline) func(*Pen, scene.Item) Drawing {
	return func(p *Pen, it scene.Item) Drawing {
		var d Drawing
		f := o.Figure(it.Box, it.Params())
		if fillOn(it.Style) {
			d.add(p.fillPiece(f.Fill))
		}
		if strokeOn(it.Style) {
			var ops []Op
			for _, pc := range f.Stroke {
				ops = p.pieceOps(ops, pc)
			}
			d.add(p.strokePath(ops))
		}
		return d
	}
}

// fillPiece paints the inside of a closed piece.
func (p *Pen) fillPiece(pc shape.Piece) Path {
	switch pc.Kind {
	case shape.PolygonPiece:
		return p.FillPolygon(pc.Points)
	case shape.EllipsePiece:
		return p.FillEllipse(pc.Center, pc.W, pc.H)
	case shape.PathPiece:
		return p.FillPolygon(shape.Flatten(pc))
	}
	panic(fmt.Sprintf("sketch: a piece of kind %d has no inside to fill", pc.Kind))
}

// pieceOps appends the rough strokes of one piece.
func (p *Pen) pieceOps(ops []Op, pc shape.Piece) []Op {
	switch pc.Kind {
	case shape.PolygonPiece:
		return p.linearPath(ops, pc.Points, true)
	case shape.EllipsePiece:
		return p.ellipseOps(ops, pc.Center, pc.W, pc.H)
	case shape.ArcPiece:
		return p.arcOps(ops, pc.Center, pc.W, pc.H, pc.From, pc.To)
	case shape.LinePiece:
		return p.doubleLine(ops, pc.Points[0], pc.Points[1], false)
	case shape.PathPiece:
		return p.pathOps(ops, pc.Points[0], pc.Segs)
	}
	panic(fmt.Sprintf("sketch: unknown piece kind %d", pc.Kind))
}

// pathOps appends a chain of lines and cubics the way rough.js draws an SVG
// path: each line bowed and doubled, each cubic drawn twice with its
// controls and end jittered (the second time a little more), so corners
// and bumps look traced by hand like the straight sides.
func (p *Pen) pathOps(ops []Op, start geom.Point, segs []shape.Seg) []Op {
	cur := start
	for _, s := range segs {
		switch {
		case !s.Curve:
			ops = p.doubleLine(ops, cur, s.To, false)
		case p.clean():
			ops = append(ops, moveTo(cur), cubicTo(s.C1, s.C2, s.To))
		default:
			ops = p.roughCubic(ops, cur, s)
		}
		cur = s.To
	}
	return ops
}

// roughCubic is rough.js's _bezierTo: two strokes of the cubic from cur,
// every point jittered by the pen's offset (plus 0.3 the second time),
// the first starting where the previous step ended.
func (p *Pen) roughCubic(ops []Op, cur geom.Point, s shape.Seg) []Op {
	passes := 2
	if p.o.DisableMultiStroke {
		passes = 1
	}
	for pass := range passes {
		ro := p.o.MaxRandomnessOffset + 0.3*float64(pass)
		from := cur
		if pass > 0 {
			from = cur.Add(p.jitter(ro, 1))
		}
		end := s.To
		if !p.o.PreserveVertices {
			end = end.Add(p.jitter(ro, 1))
		}
		ops = append(ops, moveTo(from), cubicTo(s.C1.Add(p.jitter(ro, 1)), s.C2.Add(p.jitter(ro, 1)), end))
	}
	return ops
}
