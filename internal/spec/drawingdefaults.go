package spec

import (
	"maps"
	"reflect"
	"slices"
	"strings"
)

// drawingDefaults maps the [defaults] keys a drawing reads to the element
// key each one fills in.
func drawingDefaults() map[string]string {
	return map[string]string{
		"fill": "fill", "fill_style": "fill_style", "font_size": "font_size", "roughness": "roughness",
		"stroke": "stroke", "stroke_style": "stroke_style", "stroke_width": "stroke_width", "text_color": "color",
	}
}

// applyDefaults gives every element the [defaults] it leaves unset, where
// its kind draws the key (a text takes text_color, not fill), and reports
// the [defaults] keys a drawing has no use for.
func (d *Diagram) applyDefaults(c checker) {
	keys := drawingDefaults()
	table := keyKinds()
	def := reflect.ValueOf(&d.Defaults).Elem()
	for i := range def.NumField() {
		key, _, _ := strings.Cut(def.Type().Field(i).Tag.Get("toml"), ",")
		if def.Field(i).IsZero() {
			continue
		}
		elemKey, ok := keys[key]
		if !ok {
			c.errorf("defaults."+key, "[defaults] %s has no meaning in a drawing; a drawing's defaults are %s", key, strings.Join(slices.Sorted(maps.Keys(keys)), ", "))
			continue
		}
		for j := range d.Elements {
			e := &d.Elements[j]
			f := elementField(e, elemKey)
			if f.IsValid() && f.IsZero() && readsKey(e.Kind, elemKey, table) {
				f.Set(def.Field(i))
			}
		}
	}
}

// elementField is the field of e tagged key.
func elementField(e *Element, key string) reflect.Value {
	v := reflect.ValueOf(e).Elem()
	for i := range v.NumField() {
		if tag, _, _ := strings.Cut(v.Type().Field(i).Tag.Get("toml"), ","); tag == key {
			return v.Field(i)
		}
	}
	return reflect.Value{}
}
