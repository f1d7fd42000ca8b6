package layout

import (
	"math"
	"strconv"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/lint"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// mover is a text the layout may shift to make room when it collides
// (a longer translation, mostly), with the items that go with it (an
// edge's tokens): at are their indexes in the items, moves makes the
// candidate shifts in order of preference, one displacement per item,
// asked only for a text that collides (most never do).
type mover struct {
	at    []int
	moves func() [][]geom.Point
}

// offset returns m with its indexes moved by n (its items were appended
// after n others).
func (m mover) offset(n int) mover {
	at := make([]int, len(m.at))
	for i, k := range m.at {
		at[i] = k + n
	}
	return mover{at: at, moves: m.moves}
}

// Nudges: a free text (a mark's, a drawing's) that collides tries shifts
// of up to nudgeMax em, in steps of nudgeStep em, nearest first.
const (
	nudgeStep = 0.1
	nudgeMax  = 2.0
)

// nudges are the shifts tried for a free text of font size size, nearest
// first; at equal distance up, down, left, right, then the diagonals. n is
// how many items move together (a text and its underlines).
func nudges(size float64, n int) [][]geom.Point {
	dirs := []geom.Point{{Y: -1}, {Y: 1}, {X: -1}, {X: 1},
		{X: -math.Sqrt2 / 2, Y: -math.Sqrt2 / 2}, {X: math.Sqrt2 / 2, Y: -math.Sqrt2 / 2},
		{X: -math.Sqrt2 / 2, Y: math.Sqrt2 / 2}, {X: math.Sqrt2 / 2, Y: math.Sqrt2 / 2}}
	var out [][]geom.Point
	for k := 1; float64(k)*nudgeStep <= nudgeMax+1e-9; k++ {
		for _, d := range dirs {
			mv := make([]geom.Point, n)
			for i := range mv {
				mv[i] = d.Scale(float64(k) * nudgeStep * size)
			}
			out = append(out, mv)
		}
	}
	return out
}

// makeRoom moves each mover whose items collide (lint's rules, lint's
// exceptions) to the first of its candidate places where none does; one
// that fits nowhere stays where it was, for lint to report. It only runs
// when the measurer can ink text (the shipped fonts); items that collide
// with nothing never move, so a layout that is clean stays as it was.
func makeRoom(d *spec.Diagram, env Env, items []scene.Item, movers []mover) {
	ink, ok := env.Text.(lint.Inker)
	if !ok || len(movers) == 0 {
		return
	}
	room := lint.NewRoom(d, items, ink)
	for _, m := range movers {
		if !clashes(room, m.at) {
			continue
		}
		orig := room.Save(m.at)
		for _, mv := range m.moves() {
			for i, k := range m.at {
				room.Set(k, shifted(orig.Item(i), mv[i]))
			}
			if !blocked(room, m.at) {
				break
			}
			room.Restore(orig)
		}
		for _, k := range m.at {
			items[k] = room.Item(k)
		}
	}
}

func clashes(room *lint.Room, at []int) bool {
	for _, k := range at {
		if room.Clashes(k) {
			return true
		}
	}
	return false
}

// blocked reports whether a mover's items, tried at a new place, collide
// with anything, their own element's other items included.
func blocked(room *lint.Room, at []int) bool {
	for _, k := range at {
		if room.Blocked(k, at) {
			return true
		}
	}
	return false
}

// shifted is a copy of it moved by v (its points and lines copied).
func shifted(it scene.Item, v geom.Point) scene.Item {
	if v == (geom.Point{}) {
		return it
	}
	it.Box = it.Box.Translate(v)
	if it.Points != nil {
		pts := make([]geom.Point, len(it.Points))
		for i, p := range it.Points {
			pts[i] = p.Add(v)
		}
		it.Points = pts
	}
	if it.Text != nil {
		t := *it.Text
		t.Lines = append([]scene.Line(nil), t.Lines...)
		for i := range t.Lines {
			t.Lines[i].X += v.X
			t.Lines[i].Y += v.Y
		}
		it.Text = &t
	}
	return it
}

// textMovers are a drawing's free texts (text elements, with their
// underlines), found among its items by id; prefix is the drawing's
// ("el:").
func textMovers(els []spec.Element, items []scene.Item, prefix string) []mover {
	at := make(map[string]int, len(items))
	for i, it := range items {
		at[it.ID] = i
	}
	var out []mover
	for i := range els {
		e := &els[i]
		id := prefix + e.Name(i)
		k, ok := at[id]
		if e.Kind != spec.ElemText || !ok || items[k].Text == nil {
			continue
		}
		m := mover{at: []int{k}}
		for n := 0; ; n++ {
			u, ok := at[id+":underline"+strconv.Itoa(n)]
			if !ok {
				break
			}
			m.at = append(m.at, u)
		}
		size, n := items[k].Text.Size, len(m.at)
		m.moves = func() [][]geom.Point { return nudges(size, n) }
		out = append(out, m)
	}
	return out
}
