package spec

import (
	"reflect"
	"slices"
	"strings"
	"sync"

	"github.com/sketchdeck/sketchdeck/internal/shape"
)

// shapes stands for every outline kind of internal/shape ("rect",
// "ellipse"…) in elementKeyKinds.
const shapes ElementKind = "shapes"

// elementKeyKinds lists, for each element key that only some kinds draw,
// the kinds that draw it; a key missing here is read by every kind. The
// drawing code reads these keys: a key set on another kind would be
// silently ignored, so it is an error.
// keyKinds is elementKeyKinds made once; its users only read it.
var keyKinds = sync.OnceValue(elementKeyKinds)

func elementKeyKinds() map[string][]ElementKind {
	stroked := []ElementKind{shapes, ElemLine, ElemArrow, ElemPolygon, ElemFreehand, ElemArc, ElemChart, ElemStatus, ElemGrid}
	lined := append(slices.Clone(stroked), ElemText) // a text's underline
	texts := []ElementKind{shapes, ElemText, ElemLine, ElemArrow}
	return map[string][]ElementKind{
		"stroke": stroked, "stroke_width": lined, "stroke_style": lined, "roughness": lined,
		"fill": {shapes, ElemPolygon, ElemChart}, "fill_style": {shapes, ElemPolygon, ElemChart},
		"text": texts, "font_size": texts, "color": texts, "underline": texts, "weight": texts,
		"align":     {ElemText},
		"lines":     {shapes, ElemText},
		"arrow":     append([]ElementKind{ElemLine, ElemArrow, ElemArc}, outlineKinds(func(o *shape.Outline) bool { return o.Headed })...),
		"arrowhead": {ElemLine, ElemArrow, ElemArc},
		"arrowtail": {ElemLine, ElemArrow, ElemArc}, "arrow_size": {ElemLine, ElemArrow, ElemArc},
		"points": {ElemLine, ElemArrow, ElemPolygon, ElemFreehand},
		"smooth": {ElemLine, ElemArrow, ElemPolygon},
		"start":  {ElemArc}, "end": {ElemArc},
		"part": {ElemPart}, "scale": {ElemPart}, "colors": {ElemPart}, "image": {ElemImage},
		"series": {ElemChart}, "axes": {ElemChart}, "no_frame": {ElemChart},
		"statuses": {ElemStatus}, "size": {ElemStatus, ElemGrid},
		"cells": {ElemGrid}, "columns": {ElemGrid}, "gap": {ElemGrid},
		"width": {shapes, ElemArc, ElemChart, ElemStatus, ElemPart, ElemText, ElemImage}, "height": {shapes, ElemArc, ElemChart, ElemStatus, ElemPart, ElemText, ElemImage},
		"rounded": outlineKinds(func(o *shape.Outline) bool { return o.Rounds }),
		"cap":     outlineKinds(func(o *shape.Outline) bool { return o.Capped }),
	}
}

// outlineKinds are the element kinds of the outlines keep passes.
func outlineKinds(keep func(*shape.Outline) bool) []ElementKind {
	var kinds []ElementKind
	for _, o := range shape.Outlines() {
		if keep(o) {
			kinds = append(kinds, ElementKind(o.Name))
		}
	}
	return kinds
}

// readsKey reports whether an element of kind k draws key.
func readsKey(k ElementKind, key string, table map[string][]ElementKind) bool {
	kinds, ok := table[key]
	return !ok || slices.Contains(kinds, k) || k.outline() && slices.Contains(kinds, shapes)
}

// kindNames words a list of kinds for a message.
func kindNames(kinds []ElementKind) string {
	names := make([]string, len(kinds))
	for i, k := range kinds {
		names[i] = string(k)
	}
	return strings.Join(names, ", ")
}

// unreadKeys reports every key set on an element whose kind does not draw
// it, at the key.
func (c checker) unreadKeys(p string, e *Element) {
	if e.Kind == "" || (!e.Kind.outline() && !slices.Contains(elementKinds().Choices, e.Kind)) {
		return // no kind, or an unknown one: reported as such
	}
	table := keyKinds()
	v := reflect.ValueOf(e).Elem()
	for i := range v.NumField() {
		key, _, _ := strings.Cut(v.Type().Field(i).Tag.Get("toml"), ",")
		if key == "" || key == "-" || v.Field(i).IsZero() || readsKey(e.Kind, key, table) {
			continue
		}
		msg := key + " has no effect on a " + string(e.Kind) + " element; it is for " + kindNames(table[key])
		if e.Kind == ElemText && key == "stroke" {
			msg += " (a text's colour is color)"
		}
		c.errorf(p+"."+key, "%s", msg)
	}
}
