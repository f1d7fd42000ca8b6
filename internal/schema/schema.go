package schema

import (
	"encoding"
	"encoding/json"
	"reflect"
	"slices"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// Schema is one JSON Schema node, with the keywords Generate uses.
type Schema struct {
	Draft       string             `json:"$schema,omitempty"`
	ID          string             `json:"$id,omitempty"`
	Title       string             `json:"title,omitempty"`
	Description string             `json:"description,omitempty"`
	Ref         string             `json:"$ref,omitempty"`
	Type        string             `json:"type,omitempty"`
	Enum        []string           `json:"enum,omitempty"`
	Pattern     string             `json:"pattern,omitempty"`
	Properties  map[string]*Schema `json:"properties,omitempty"`
	// AdditionalProperties is false for a table of fixed keys and the
	// values' schema for a table of free keys.
	AdditionalProperties any                `json:"additionalProperties,omitempty"`
	Items                *Schema            `json:"items,omitempty"`
	AnyOf                []*Schema          `json:"anyOf,omitempty"`
	Definitions          map[string]*Schema `json:"definitions,omitempty"`
}

// Options adjust the generated schema.
type Options struct {
	// Palette lists the colour names to offer for completion; any name or
	// hex value is still accepted, since themes add names.
	Palette []string
}

// refPrefix is where named tables live in the schema.
const refPrefix = "#/definitions/"

// hexColor and colorName are the syntaxes spec.Color accepts.
const (
	hexColor  = "^#([0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$"
	colorName = "^[a-zA-Z][a-zA-Z0-9_-]{0,39}$"
)

// Generate returns the schema of a diagram file.
func Generate(o Options) *Schema {
	g := &generator{defs: map[string]*Schema{}, enums: spec.EnumsByType(), opts: o}
	root := g.structSchema(reflect.TypeFor[spec.Diagram]())
	root.Draft = "http://json-schema.org/draft-07/schema#"
	root.ID = "https://github.com/sketchdeck/sketchdeck/diagram.schema.json"
	root.Title = "sketchdeck diagram"
	root.Description = "One diagram of a sketchdeck deck: diagrams/NAME.toml builds to out/LANG/NAME.svg."
	root.Definitions = g.defs
	return root
}

// JSON is the schema as indented JSON with a final newline; encoding/json
// sorts map keys, so the bytes are the same every run.
func (s *Schema) JSON() []byte {
	b, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		panic(err) // a tree of strings, maps and slices always encodes
	}
	return append(b, '\n')
}

type generator struct {
	defs  map[string]*Schema
	enums map[reflect.Type]spec.EnumInfo
	opts  Options
}

var (
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
	tomlUnmarshaler = reflect.TypeFor[toml.Unmarshaler]()
)

// of returns the schema of a value of type t.
func (g *generator) of(t reflect.Type) *Schema {
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t == reflect.TypeFor[spec.Color]() {
		return g.color()
	}
	if t == reflect.TypeFor[spec.Corner]() {
		// rounded = true, or a radius in px.
		return &Schema{AnyOf: []*Schema{{Type: "boolean"}, {Type: "number"}}}
	}
	if e, ok := g.enums[t]; ok {
		return enumSchema(e)
	}
	if t == reflect.TypeFor[spec.Rules]() {
		return &Schema{AnyOf: []*Schema{{Type: "string", Enum: []string{"all", "none"}}, {Type: "array", Items: &Schema{Type: "integer"}}}}
	}
	if t == reflect.TypeFor[spec.Animate]() {
		// animate = true, or an [animate] table.
		return &Schema{AnyOf: []*Schema{{Type: "boolean"}, g.ref(t)}}
	}
	pt := reflect.PointerTo(t)
	if pt.Implements(tomlUnmarshaler) && t.Kind() == reflect.Struct {
		// Written as a plain string or as a table (a mind map topic, a cell).
		return &Schema{AnyOf: []*Schema{{Type: "string"}, g.ref(t)}}
	}
	if pt.Implements(textUnmarshaler) {
		return &Schema{Type: "string"}
	}
	switch t.Kind() {
	case reflect.Bool:
		return &Schema{Type: "boolean"}
	case reflect.String:
		return &Schema{Type: "string"}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return &Schema{Type: "integer"}
	case reflect.Float32, reflect.Float64:
		return &Schema{Type: "number"}
	case reflect.Slice, reflect.Array:
		return &Schema{Type: "array", Items: g.of(t.Elem())}
	case reflect.Map:
		return &Schema{Type: "object", AdditionalProperties: g.of(t.Elem())}
	case reflect.Struct:
		return g.ref(t)
	}
	return &Schema{}
}

// ref defines a named table once and points at it, which also lets a
// table hold itself (a topic's branches are topics).
func (g *generator) ref(t reflect.Type) *Schema {
	name := t.Name()
	if _, ok := g.defs[name]; !ok {
		g.defs[name] = nil // reserve the name before recursing
		g.defs[name] = g.structSchema(t)
	}
	return &Schema{Ref: refPrefix + name}
}

// structSchema is the schema of a table with the struct's toml keys.
func (g *generator) structSchema(t reflect.Type) *Schema {
	s := &Schema{Type: "object", Properties: map[string]*Schema{}, AdditionalProperties: false}
	g.fields(t, s.Properties)
	return s
}

func (g *generator) fields(t reflect.Type, props map[string]*Schema) {
	for i := range t.NumField() {
		f := t.Field(i)
		if f.Anonymous {
			g.fields(f.Type, props)
			continue
		}
		if !f.IsExported() {
			continue
		}
		key := Key(f)
		if key == "" {
			continue
		}
		props[key] = g.of(f.Type)
	}
}

// Key is the TOML key of a struct field: its toml tag's name, or "" for a
// field the format does not have (tagged "-" or untagged).
func Key(f reflect.StructField) string {
	name, _, _ := strings.Cut(f.Tag.Get("toml"), ",")
	if name == "-" {
		return ""
	}
	return name
}

func (g *generator) color() *Schema {
	names := slices.Clone(g.opts.Palette)
	names = append(names, "none", "transparent")
	return &Schema{
		Description: "A palette name (" + strings.Join(names, ", ") + ") or a hex colour such as \"#228be6\".",
		AnyOf: []*Schema{
			{Type: "string", Enum: names},
			{Type: "string", Pattern: hexColor},
			{Type: "string", Pattern: colorName},
		},
	}
}
