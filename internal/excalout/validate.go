package excalout

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/lazyre"
)

// The structure below is what Excalidraw's element types declare and its
// scene restore reads, written down from them: the fields each element
// type has, the JSON type of each, and the values an enumeration takes.

// kind is the JSON type of a field.
type kind int

const (
	kNumber kind = iota
	kInt
	kString
	kBool
	kArray
	kObject
	kStringOrNull
	kObjectOrNull
	kArrayOrNull
)

var kindNames = map[kind]string{kNumber: "a number", kInt: "an integer", kString: "a string", kBool: "true or false",
	kArray: "an array", kObject: "an object", kStringOrNull: "a string or null", kObjectOrNull: "an object or null", kArrayOrNull: "an array or null"}

// common are the fields of every element.
var common = map[string]kind{
	"id": kString, "type": kString, "x": kNumber, "y": kNumber, "width": kNumber, "height": kNumber, "angle": kNumber,
	"strokeColor": kString, "backgroundColor": kString, "fillStyle": kString, "strokeWidth": kNumber, "strokeStyle": kString,
	"roundness": kObjectOrNull, "roughness": kNumber, "opacity": kNumber, "seed": kInt, "version": kInt, "versionNonce": kInt,
	"index": kStringOrNull, "isDeleted": kBool, "groupIds": kArray, "frameId": kStringOrNull, "boundElements": kArrayOrNull,
	"updated": kNumber, "link": kStringOrNull, "locked": kBool,
}

// typed are the fields of each element type besides the common ones.
var typed = map[string]map[string]kind{
	"rectangle": {}, "ellipse": {}, "diamond": {}, "embeddable": {}, "iframe": {},
	"frame": {"name": kStringOrNull}, "magicframe": {"name": kStringOrNull},
	"text": {"text": kString, "fontSize": kNumber, "fontFamily": kInt, "textAlign": kString, "verticalAlign": kString,
		"containerId": kStringOrNull, "originalText": kString, "autoResize": kBool, "lineHeight": kNumber},
	"line": {"points": kArray, "startBinding": kObjectOrNull, "endBinding": kObjectOrNull, "startArrowhead": kStringOrNull,
		"endArrowhead": kStringOrNull, "polygon": kBool},
	"arrow": {"points": kArray, "startBinding": kObjectOrNull, "endBinding": kObjectOrNull, "startArrowhead": kStringOrNull,
		"endArrowhead": kStringOrNull, "elbowed": kBool},
	"freedraw": {"points": kArray, "pressures": kArray, "simulatePressure": kBool},
	"image":    {"fileId": kStringOrNull, "status": kString, "scale": kArray, "crop": kObjectOrNull},
}

// enums are the values of the enumerated fields.
var enums = map[string][]string{
	"fillStyle":     {"hachure", "cross-hatch", "solid", "zigzag"},
	"strokeStyle":   {"solid", "dashed", "dotted"},
	"textAlign":     {"left", "center", "right"},
	"verticalAlign": {"top", "middle", "bottom"},
	"status":        {"pending", "saved", "error"},
	"arrowhead": {"arrow", "bar", "circle", "circle_outline", "triangle", "triangle_outline", "diamond", "diamond_outline",
		"cardinality_one", "cardinality_many", "cardinality_one_or_many", "cardinality_exactly_one", "cardinality_zero_or_one",
		"cardinality_zero_or_many", "dot", "crowfoot_one", "crowfoot_many", "crowfoot_one_or_many"},
	"mode": {"inside", "orbit", "skip"},
}

// fontFamilies are Excalidraw's font family numbers (4 is unused).
var fontFamilies = []int{1, 2, 3, 5, 6, 7, 8, 9, 10}

// containers are the element types a text may be bound to.
var containers = []string{"rectangle", "ellipse", "diamond", "arrow"}

var colourRe = lazyre.New(`^(#[0-9a-f]{6}|transparent)$`)

// Validate checks data as an Excalidraw scene file: the document's
// fields, each element's fields by its type, and that the elements agree
// with each other (bindings and containers name existing elements that
// name them back, images have their files, ids are unique, indices
// increase). Colours must be "#rrggbb" or "transparent", as this package
// writes them. The error lists every problem.
func Validate(data []byte) error {
	var doc map[string]any
	if err := json.Unmarshal(data, &doc); err != nil {
		return fmt.Errorf("not JSON: %w", err)
	}
	v := &validator{byID: map[string]map[string]any{}}
	v.document(doc)
	if len(v.errs) == 0 {
		v.links(doc)
	}
	return errors.Join(v.errs...)
}

type validator struct {
	errs []error
	byID map[string]map[string]any
	els  []map[string]any
}

func (v *validator) errorf(format string, args ...any) {
	v.errs = append(v.errs, fmt.Errorf(format, args...))
}

func (v *validator) document(doc map[string]any) {
	if doc["type"] != "excalidraw" {
		v.errorf(`type is %v, not "excalidraw"`, doc["type"])
	}
	if doc["version"] != 2.0 {
		v.errorf("version is %v, not 2", doc["version"])
	}
	for _, f := range []struct {
		name string
		k    kind
	}{{"source", kString}, {"elements", kArray}, {"appState", kObject}, {"files", kObject}} {
		v.field(doc, f.name, f.k, "the scene")
	}
	if app, ok := doc["appState"].(map[string]any); ok {
		if c, ok := app["viewBackgroundColor"].(string); ok && !colourRe().MatchString(c) {
			v.errorf("appState.viewBackgroundColor %q is not #rrggbb", c)
		}
	}
	els, _ := doc["elements"].([]any)
	for i, raw := range els {
		e, ok := raw.(map[string]any)
		if !ok {
			v.errorf("element %d is not an object", i)
			continue
		}
		v.element(i, e)
	}
}

// field checks that o has the field name of kind k; where names o.
func (v *validator) field(o map[string]any, name string, k kind, where string) bool {
	val, ok := o[name]
	if !ok {
		v.errorf("%s lacks %s", where, name)
		return false
	}
	if !isKind(val, k) {
		v.errorf("%s: %s is %s, not %s", where, name, jsonType(val), kindNames[k])
		return false
	}
	return true
}

func isKind(val any, k kind) bool {
	switch k {
	case kNumber:
		f, ok := val.(float64)
		return ok && !math.IsInf(f, 0) && !math.IsNaN(f)
	case kInt:
		f, ok := val.(float64)
		return ok && f == math.Trunc(f)
	case kString:
		_, ok := val.(string)
		return ok
	case kBool:
		_, ok := val.(bool)
		return ok
	case kArray:
		_, ok := val.([]any)
		return ok
	case kObject:
		_, ok := val.(map[string]any)
		return ok
	}
	return val == nil || isKind(val, orNull[k])
}

// orNull is the kind a nullable kind is when it is not null.
var orNull = map[kind]kind{kStringOrNull: kString, kObjectOrNull: kObject, kArrayOrNull: kArray}

func jsonType(val any) string {
	switch val.(type) {
	case nil:
		return "null"
	case float64:
		return "a number"
	case string:
		return "a string"
	case bool:
		return "a boolean"
	case []any:
		return "an array"
	}
	return "an object"
}

// element checks one element's own fields.
func (v *validator) element(i int, e map[string]any) {
	id, _ := e["id"].(string)
	typ, _ := e["type"].(string)
	where := fmt.Sprintf("element %d (%s %q)", i, typ, id)
	fields, known := typed[typ]
	if !known {
		v.errorf("%s: unknown type %q", where, typ)
		return
	}
	ok := true
	for _, name := range sortedKeys(common) {
		ok = v.field(e, name, common[name], where) && ok
	}
	for _, name := range sortedKeys(fields) {
		ok = v.field(e, name, fields[name], where) && ok
	}
	if !ok {
		return
	}
	if id == "" {
		v.errorf("%s: id is empty", where)
	} else if _, dup := v.byID[id]; dup {
		v.errorf("%s: id is used twice", where)
	}
	v.byID[id] = e
	v.els = append(v.els, e)
	v.values(where, typ, e)
}

// values checks enumerations, colours and ranges.
func (v *validator) values(where, typ string, e map[string]any) {
	for _, name := range []string{"fillStyle", "strokeStyle", "textAlign", "verticalAlign", "status"} {
		if s, ok := e[name].(string); ok && !slices.Contains(enums[name], s) {
			v.errorf("%s: %s %q is not one of %s", where, name, s, strings.Join(enums[name], ", "))
		}
	}
	for _, name := range []string{"startArrowhead", "endArrowhead"} {
		if s, ok := e[name].(string); ok && !slices.Contains(enums["arrowhead"], s) {
			v.errorf("%s: %s %q is not an arrowhead", where, name, s)
		}
	}
	for _, name := range []string{"strokeColor", "backgroundColor"} {
		if c := e[name].(string); !colourRe().MatchString(c) {
			v.errorf("%s: %s %q is not #rrggbb or transparent", where, name, c)
		}
	}
	if o := e["opacity"].(float64); o < 0 || o > 100 {
		v.errorf("%s: opacity %v is not within 0 to 100", where, o)
	}
	if e["version"].(float64) < 1 {
		v.errorf("%s: version must be 1 or more", where)
	}
	if s := e["seed"].(float64); s < 1 || s > math.MaxInt32 {
		v.errorf("%s: seed %v is not a positive 31-bit integer", where, s)
	}
	if r, ok := e["roundness"].(map[string]any); ok {
		if t, _ := r["type"].(float64); t != 1 && t != 2 && t != 3 {
			v.errorf("%s: roundness.type %v is not 1, 2 or 3", where, r["type"])
		}
	}
	switch typ {
	case "text":
		if f := int(e["fontFamily"].(float64)); !slices.Contains(fontFamilies, f) {
			v.errorf("%s: fontFamily %d is not one of Excalidraw's", where, f)
		}
		if e["fontSize"].(float64) <= 0 || e["lineHeight"].(float64) <= 0 {
			v.errorf("%s: fontSize and lineHeight must be positive", where)
		}
	case "line", "arrow", "freedraw":
		v.points(where, typ, e)
	case "image":
		if s, ok := e["scale"].([]any); !ok || len(s) != 2 || !isKind(s[0], kNumber) || !isKind(s[1], kNumber) {
			v.errorf("%s: scale is not a pair of numbers", where)
		}
	}
}

// points checks a linear element's points: pairs of numbers starting at
// [0, 0], enough of them, spanning its width and height.
func (v *validator) points(where, typ string, e map[string]any) {
	pts := e["points"].([]any)
	need := 2
	if typ == "freedraw" {
		need = 1
	}
	if len(pts) < need {
		v.errorf("%s: %d points, fewer than %d", where, len(pts), need)
		return
	}
	minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for k, raw := range pts {
		p, ok := raw.([]any)
		if !ok || len(p) != 2 || !isKind(p[0], kNumber) || !isKind(p[1], kNumber) {
			v.errorf("%s: point %d is not a pair of numbers", where, k)
			return
		}
		x, y := p[0].(float64), p[1].(float64)
		if k == 0 && (x != 0 || y != 0) {
			v.errorf("%s: the first point is [%v, %v], not [0, 0]", where, x, y)
		}
		minX, minY, maxX, maxY = min(minX, x), min(minY, y), max(maxX, x), max(maxY, y)
	}
	if math.Abs(maxX-minX-e["width"].(float64)) > 0.02 || math.Abs(maxY-minY-e["height"].(float64)) > 0.02 {
		v.errorf("%s: width and height %v×%v are not the points' extent %v×%v", where, e["width"], e["height"], maxX-minX, maxY-minY)
	}
	if typ == "freedraw" {
		if pr := e["pressures"].([]any); len(pr) != 0 && len(pr) != len(pts) {
			v.errorf("%s: %d pressures for %d points", where, len(pr), len(pts))
		}
	}
}

func sortedKeys(m map[string]kind) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
