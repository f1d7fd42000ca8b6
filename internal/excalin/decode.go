package excalin

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"
	"unicode/utf8"
)

// Error is a mistake in a scene, at a line and column (1-based, columns
// in characters) of its JSON.
type Error struct {
	Line, Col int
	Msg       string
	// Embedded says the scene is the one an SVG or PNG export embeds: the
	// line and column are in its JSON, not in the export.
	Embedded bool
	err      error // what errors.Is finds: ErrPictures
}

func (e *Error) Error() string {
	if e.Embedded {
		return fmt.Sprintf("the embedded scene, %d:%d: %s", e.Line, e.Col, e.Msg)
	}
	return fmt.Sprintf("%d:%d: %s", e.Line, e.Col, e.Msg)
}

// Unwrap is the sentinel the error is an instance of, or nil.
func (e *Error) Unwrap() error { return e.err }

// element is the part of an Excalidraw element sketchdeck reads.
type element struct {
	ID              string           `json:"id"`
	Type            string           `json:"type"`
	X               float64          `json:"x"`
	Y               float64          `json:"y"`
	Width           float64          `json:"width"`
	Height          float64          `json:"height"`
	Angle           float64          `json:"angle"`
	StrokeColor     string           `json:"strokeColor"`
	BackgroundColor string           `json:"backgroundColor"`
	FillStyle       string           `json:"fillStyle"`
	StrokeWidth     float64          `json:"strokeWidth"`
	StrokeStyle     string           `json:"strokeStyle"`
	Roughness       *float64         `json:"roughness"`
	Opacity         *float64         `json:"opacity"`
	GroupIDs        []string         `json:"groupIds"`
	FrameID         *string          `json:"frameId"`
	Text            string           `json:"text"`
	FontSize        float64          `json:"fontSize"`
	FontFamily      int              `json:"fontFamily"`
	TextAlign       string           `json:"textAlign"`
	ContainerID     *string          `json:"containerId"`
	Points          [][]float64      `json:"points"`
	StartArrowhead  *string          `json:"startArrowhead"`
	EndArrowhead    *string          `json:"endArrowhead"`
	StartBinding    *binding         `json:"startBinding"`
	EndBinding      *binding         `json:"endBinding"`
	StrokeSharpness string           `json:"strokeSharpness"`
	Roundness       *roundness       `json:"roundness"`
	IsDeleted       bool             `json:"isDeleted"`
	Name            *string          `json:"name"`
	FileID          *string          `json:"fileId"`
	Link            *string          `json:"link"`
	Scale           []float64        `json:"scale"`
	Crop            *json.RawMessage `json:"crop"`

	idx int // the element's index in the scene's list

	off int    // where the element starts in the scene's JSON
	raw []byte // the element's JSON
}

type binding struct {
	ElementID string `json:"elementId"`
}

type roundness struct {
	Type  int      `json:"type"`
	Value *float64 `json:"value"`
}

// file is an entry of the scene's files: a picture as a data: URL.
type file struct {
	MimeType string `json:"mimeType"`
	DataURL  string `json:"dataURL"`
}

// scene is a decoded scene with what its messages need to point into it.
type scene struct {
	js       []byte
	elements []element // not deleted, in painting order
	files    map[string]file
	filesOff int // where "files" starts, for a missing entry
}

// decodeScene decodes a scene's JSON; every mistake is an *Error at its
// place.
func decodeScene(js []byte) (*scene, error) {
	s := &scene{js: js}
	var top struct {
		Type     *string                    `json:"type"`
		Elements []json.RawMessage          `json:"elements"`
		Files    map[string]json.RawMessage `json:"files"`
	}
	if err := json.Unmarshal(js, &top); err != nil {
		return nil, s.jsonError(s.js, 0, err, "the scene")
	}
	if top.Type != nil && *top.Type != "excalidraw" && *top.Type != "excalidraw/clipboard" {
		return nil, s.errorAt(s.fieldOff(js, 0, "type"), "not an Excalidraw scene: its type is %q, not \"excalidraw\" (or \"excalidraw/clipboard\", what Excalidraw copies)", *top.Type)
	}
	if top.Elements == nil {
		return nil, s.errorAt(0, "not an Excalidraw scene: it has no \"elements\" list")
	}
	offs, err := s.listOffsets("elements")
	if err != nil {
		return nil, err
	}
	for i, raw := range top.Elements {
		e := element{off: offs[i], raw: raw, idx: i}
		if err := json.Unmarshal(raw, &e); err != nil {
			var id struct{ ID, Type any }
			_ = json.Unmarshal(raw, &id)
			return nil, s.jsonError(raw, e.off, err, elementName(i, id.ID, id.Type))
		}
		if e.IsDeleted {
			continue
		}
		if err := s.checkElement(i, &e); err != nil {
			return nil, err
		}
		if err := s.checkValues(&e); err != nil {
			return nil, err
		}
		s.elements = append(s.elements, e)
	}
	s.files = map[string]file{}
	s.filesOff = s.fieldOff(js, 0, "files")
	for _, id := range slices.Sorted(maps.Keys(top.Files)) { // the first broken one by id, whatever the map's order
		raw := top.Files[id]
		var f file
		if err := json.Unmarshal(raw, &f); err != nil {
			return nil, s.jsonError(raw, s.fileOff(id), err, fmt.Sprintf("file %q", id))
		}
		s.files[id] = f
	}
	return s, nil
}

// fileOff is where the files entry id starts.
func (s *scene) fileOff(id string) int {
	if s.filesOff == 0 {
		return 0
	}
	return s.fieldOff(s.js[s.filesOff:], s.filesOff, id)
}

// elementName is how messages name element i: by its id and type.
func elementName(i int, id, typ any) string {
	n := fmt.Sprintf("element %d", i)
	if s, ok := id.(string); ok && s != "" {
		n = fmt.Sprintf("element %q", s)
	}
	if t, ok := typ.(string); ok && t != "" {
		n += " (" + t + ")"
	}
	return n
}

func (e *element) name() string { return elementName(e.idx, e.ID, e.Type) }

// checkElement checks the values sketchdeck reads that JSON's types do
// not bound.
func (s *scene) checkElement(i int, e *element) error {
	bad := func(key, format string, args ...any) error {
		return s.errorAt(s.fieldOff(e.raw, e.off, key), "%s: %s", e.name(), fmt.Sprintf(format, args...))
	}
	switch {
	case e.Type == "":
		return s.errorAt(e.off, "%s has no \"type\"", e.name())
	case e.Opacity != nil && (*e.Opacity < 0 || *e.Opacity > 100):
		return bad("opacity", "opacity is %v; Excalidraw's opacity is from 0 to 100", *e.Opacity)
	case e.Roughness != nil && (*e.Roughness < 0 || *e.Roughness > 10):
		return bad("roughness", "roughness is %v; it must be from 0 to 10 (Excalidraw's are 0, 1 and 2)", *e.Roughness)
	case e.StrokeWidth < 0:
		return bad("strokeWidth", "strokeWidth is %v; it cannot be negative", e.StrokeWidth)
	case e.FontSize < 0:
		return bad("fontSize", "fontSize is %v; it cannot be negative", e.FontSize)
	}
	for k, p := range e.Points {
		if len(p) != 2 {
			return bad("points", "points[%d] has %d numbers; a point is [x, y]", k, len(p))
		}
	}
	return nil
}

// jsonError is err (from encoding/json) as an *Error: a syntax error at
// its place, a wrong type at the value, naming what holds it; obj is
// the JSON object decoded, which starts at base.
func (s *scene) jsonError(obj []byte, base int, err error, what string) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		off := base + int(syn.Offset)
		if syn.Error() != "unexpected end of JSON input" {
			off-- // encoding/json counts the wrong character as read
		}
		return s.errorAt(off, "the JSON is malformed: %s", syn.Error())
	case errors.As(err, &typ):
		if typ.Field == "" {
			return s.errorAt(base, "%s is %s, not %s", what, jsonKind(typ.Value), goKind(typ.Type))
		}
		key, _, _ := strings.Cut(typ.Field, ".")
		got, want := jsonKind(typ.Value), goKind(typ.Type)
		if got == want { // a number too large for a float64
			return s.errorAt(s.fieldOff(obj, base, key), "%s: %q is %s, too large a number", what, typ.Field, strings.TrimPrefix(typ.Value, "number "))
		}
		return s.errorAt(s.fieldOff(obj, base, key), "%s: %q is %s, not %s", what, typ.Field, got, want)
	}
	return s.errorAt(base, "%s: %v", what, err)
}

// jsonKind words the kind of a JSON value encoding/json names.
func jsonKind(v string) string {
	switch v {
	case "string", "number":
		return "a " + v
	case "array", "object":
		return "an " + v
	case "bool":
		return "true or false"
	}
	if len(v) > 0 && v[0] == 'n' { // "number 1.5"
		return "a number"
	}
	return v
}

// goKind words what a Go type wants.
func goKind(t reflect.Type) string {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Float64, reflect.Int:
		return "a number"
	case reflect.Bool:
		return "true or false"
	case reflect.Slice:
		return "an array"
	case reflect.Struct, reflect.Map:
		return "an object"
	}
	return t.String()
}

// listOffsets are where the items of the top-level list key start.
func (s *scene) listOffsets(key string) ([]int, error) {
	dec := json.NewDecoder(bytes.NewReader(s.js))
	if _, err := dec.Token(); err != nil { // {
		return nil, s.jsonError(s.js, 0, err, "the scene")
	}
	for dec.More() {
		k, err := dec.Token()
		if err != nil {
			return nil, s.jsonError(s.js, 0, err, "the scene")
		}
		if k != key {
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return nil, s.jsonError(s.js, 0, err, "the scene")
			}
			continue
		}
		if _, err := dec.Token(); err != nil { // [
			return nil, s.jsonError(s.js, 0, err, "the scene")
		}
		var offs []int
		for dec.More() {
			off := skipSpace(s.js, int(dec.InputOffset()))
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return nil, s.jsonError(s.js, 0, err, "the scene")
			}
			offs = append(offs, off)
		}
		return offs, nil
	}
	return nil, nil
}

// skipSpace is the offset of the first byte at or after off that is not
// white space or a comma.
func skipSpace(js []byte, off int) int {
	for off < len(js) && bytes.IndexByte([]byte(" \t\r\n,"), js[off]) >= 0 {
		off++
	}
	return off
}

// fieldOff is where the value of key starts in the object obj (which
// starts at base in the scene), or base when obj has no such key.
func (s *scene) fieldOff(obj []byte, base int, key string) int {
	dec := json.NewDecoder(bytes.NewReader(obj))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return base
	}
	for dec.More() {
		k, err := dec.Token()
		if err != nil {
			return base
		}
		at := int(dec.InputOffset())
		if k == key {
			for at < len(obj) && bytes.IndexByte([]byte(" \t\r\n:"), obj[at]) >= 0 {
				at++
			}
			return base + at
		}
		var skip json.RawMessage
		if dec.Decode(&skip) != nil {
			return base
		}
	}
	return base
}

// errorAt is an *Error at byte offset off of the scene's JSON.
func (s *scene) errorAt(off int, format string, args ...any) error {
	line, col := position(s.js, off)
	return &Error{Line: line, Col: col, Msg: fmt.Sprintf(format, args...)}
}

// position is the line and column (in characters) of byte offset off.
func position(js []byte, off int) (line, col int) {
	off = max(0, min(off, len(js)))
	before := js[:off]
	line = bytes.Count(before, []byte{'\n'}) + 1
	start := bytes.LastIndexByte(before, '\n') + 1
	return line, utf8.RuneCount(before[start:]) + 1
}
