package spec

import (
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"
	"sync"
)

// Enum is one enumeration of the format, declared once: decoding
// (UnmarshalText), validation, error messages, the JSON schema and the
// format reference all read it.
type Enum[T ~string] struct {
	// What names the value in messages: "shape", "fill style".
	What string
	// Choices are the canonical spellings, in the order messages list them.
	Choices []T
	// Aliases maps other accepted spellings, in lower case, to a choice.
	Aliases map[string]T
}

// lookup returns the choice s names, matched without regard to case or
// surrounding space, aliases included; "" names "" (the value was left out).
func (e Enum[T]) lookup(s string) (T, bool) {
	if s == "" {
		return "", true
	}
	k := strings.ToLower(strings.TrimSpace(s))
	for _, v := range e.Choices {
		if strings.ToLower(string(v)) == k {
			return v, true
		}
	}
	a, ok := e.Aliases[k]
	return a, ok
}

// Parse returns the choice s names, or an error naming the valid choices
// (and the closest one when s looks like a typo of it).
func (e Enum[T]) Parse(s string) (T, error) {
	if v, ok := e.lookup(s); ok {
		return v, nil
	}
	names := e.Names()
	return "", fmt.Errorf("unknown %s %q%s: valid choices are %s", e.What, s, didYouMean(s, names), Choices(names))
}

// Names are the canonical choices as strings.
func (e Enum[T]) Names() []string {
	out := make([]string, len(e.Choices))
	for i, v := range e.Choices {
		out[i] = string(v)
	}
	return out
}

// decode is the body of every enumeration's UnmarshalText: it stores the
// canonical choice, or keeps an unknown value as written so that
// validation reports every bad value of a file at once, each at its place.
func (e Enum[T]) decode(v *T, b []byte) error {
	s := string(b)
	if c, ok := e.lookup(s); ok {
		*v = c
	} else {
		*v = T(s)
	}
	return nil
}

// Info is the enumeration with its Go type, as tools that list every
// enumeration (the schema, validation) read it.
func (e Enum[T]) Info() EnumInfo {
	aliases := make(map[string]string, len(e.Aliases))
	for k, v := range e.Aliases {
		aliases[k] = string(v)
	}
	return EnumInfo{Type: reflect.TypeFor[T](), Enum: Enum[string]{What: e.What, Choices: e.Names(), Aliases: aliases}}
}

// EnumInfo is an Enum of any type, with the type it describes.
type EnumInfo struct {
	Type reflect.Type
	Enum[string]
}

// AliasNames are the aliases, sorted.
func (e EnumInfo) AliasNames() []string { return slices.Sorted(maps.Keys(e.Aliases)) }

// Enums lists every enumeration of the format. A test checks that it holds
// every enumerated type a diagram or a part can contain.
func Enums() []EnumInfo {
	return []EnumInfo{
		Aligns().Info(), Anchors().Info(), Arrows().Info(), ArrowHeads().Info(), BandPlaces().Info(),
		ColumnKinds().Info(), CurveSides().Info(), Directions().Info(), Dividers().Info(),
		EdgeStyles().Info(), ElementKinds().Info(), Engines().Info(), FillStyles().Info(), Fonts().Info(),
		Kinds().Info(), Marks().Info(), MindmapLayouts().Info(), OverlayKinds().Info(),
		PanelAligns().Info(), Shapes().Info(), Sides().Info(), StrokeStyles().Info(),
		TextAligns().Info(),
	}
}

// enumTable is EnumsByType made once: every validation walks with it, and
// only reads it.
var enumTable = sync.OnceValue(EnumsByType)

// EnumsByType indexes Enums by Go type, for the validation walk and the
// schema, which meet the format's types by reflection.
func EnumsByType() map[reflect.Type]EnumInfo {
	m := map[reflect.Type]EnumInfo{}
	for _, e := range Enums() {
		m[e.Type] = e
	}
	return m
}
