package sketch

import (
	"fmt"

	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/shape"
)

// drawOutline draws an item that carries one of internal/shape's outlines:
// the figure's fill, then its stroke pieces as one path.
func drawOutline(o *shape.Outline) func(*Pen, scene.Item) Drawing {
	return func(p *Pen, it scene.Item) Drawing {
		var d Drawing
		f := o.Figure(it.Box)
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
	}
	panic(fmt.Sprintf("sketch: unknown piece kind %d", pc.Kind))
}
