package spec

import (
	"reflect"
	"strings"
	"sync"
)

// typePlan is what the walks over a decoded value (checking its values,
// listing its images and its steps) need to know of one Go type, worked
// out once from the type instead of again for every value: its TOML keys,
// what it is, and which of the things a walk looks for a value of it can
// hold, so that a walk skips what cannot hold any.
type typePlan struct {
	t    reflect.Type
	kind reflect.Kind
	// enum is the type's Enum when isEnum.
	enum   Enum[string]
	isEnum bool
	// troubled and checkable tell that the type has those methods.
	troubled, checkable bool
	// elem is a slice's element or a pointer's target; fields are a
	// struct's exported fields that have a TOML key or are embedded, in
	// written order.
	elem   *typePlan
	fields []fieldPlan
	// What a value of the type can hold, itself included: a value to
	// check (an enumeration, troubled or checkable), an Image, a field of
	// type Step, a text the catalogs translate (a field tagged
	// i18n:"text", or anything behind an interface).
	checks, images, steps, texts bool
}

// fieldPlan is one field of a struct: its index, its TOML key ("" for an
// embedded field, whose keys are its holder's) and its type's plan.
type fieldPlan struct {
	index int
	key   string
	plan  *typePlan
}

// plans are the typePlans of every type a root type reaches.
type plans map[reflect.Type]*typePlan

// formatPlans are the plans of the format's types, those a Diagram or a
// Part reaches, made once: every decoding walks with them, and only reads
// them (as enumTable).
var formatPlans = sync.OnceValue(func() plans {
	return newPlans(reflect.TypeFor[Diagram](), reflect.TypeFor[Part]())
})

// planOf is the plan of t: from formatPlans for the format's types, made
// for this walk alone for any other.
func planOf(t reflect.Type) *typePlan {
	if p, ok := formatPlans()[t]; ok {
		return p
	}
	return newPlans(t)[t]
}

var (
	troubledType  = reflect.TypeFor[troubled]()
	checkableType = reflect.TypeFor[checkable]()
)

// newPlans makes the plans of every type the roots reach.
func newPlans(roots ...reflect.Type) plans {
	ps := plans{}
	enums := enumTable()
	for _, t := range roots {
		ps.add(t, enums)
	}
	ps.settle()
	return ps
}

// add makes t's plan and those of the types it reaches. Maps and arrays
// are not walked into.
func (ps plans) add(t reflect.Type, enums map[reflect.Type]EnumInfo) *typePlan {
	if p, ok := ps[t]; ok {
		return p
	}
	p := &typePlan{t: t, kind: t.Kind()}
	ps[t] = p // first: a type may reach itself
	e, isEnum := enums[t]
	p.enum, p.isEnum = e.Enum, isEnum
	p.troubled = t.Implements(troubledType)
	p.checkable = t.Implements(checkableType)
	p.images = t == imageType
	p.texts = p.kind == reflect.Interface
	switch p.kind {
	case reflect.Pointer, reflect.Slice:
		p.elem = ps.add(t.Elem(), enums)
	case reflect.Struct:
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			name, _, _ := strings.Cut(f.Tag.Get("toml"), ",")
			switch {
			case f.Anonymous:
				p.fields = append(p.fields, fieldPlan{index: i, plan: ps.add(f.Type, enums)})
			case name != "" && name != "-":
				p.fields = append(p.fields, fieldPlan{index: i, key: name, plan: ps.add(f.Type, enums)})
				p.texts = p.texts || f.Tag.Get("i18n") == "text"
			}
		}
	}
	p.checks = p.isEnum || p.troubled || p.checkable
	return p
}

// settle spreads what each type can hold to the types that hold it,
// until nothing changes (types may reach themselves).
func (ps plans) settle() {
	for changed := true; changed; {
		changed = false
		for _, p := range ps {
			checks, images, steps, texts := p.checks, p.images, p.steps, p.texts
			if e := p.elem; e != nil {
				checks, images, steps, texts = checks || e.checks, images || e.images, steps || e.steps, texts || e.texts
			}
			for _, f := range p.fields {
				fp := f.plan
				checks, images, texts = checks || fp.checks, images || fp.images, texts || fp.texts
				steps = steps || fp.steps || fp.t == stepType
			}
			if checks != p.checks || images != p.images || steps != p.steps || texts != p.texts {
				p.checks, p.images, p.steps, p.texts = checks, images, steps, texts
				changed = true
			}
		}
	}
}

// HoldsText reports whether a value of type t can hold a text the
// translation catalogs translate (a field tagged i18n:"text"), so that a
// walk over a diagram's texts skips what cannot (styles, positions, lists
// of numbers): true for a type outside the format's, which such a walk
// then visits.
func HoldsText(t reflect.Type) bool {
	p, ok := formatPlans()[t]
	return !ok || p.texts
}
