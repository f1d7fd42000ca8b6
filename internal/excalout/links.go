package excalout

import (
	"maps"
	"slices"
	"strings"
)

// links checks what elements say of each other: bindings, containers,
// bound elements, groups and frames name existing elements that agree,
// images' files exist, indices increase.
func (v *validator) links(doc map[string]any) {
	files, _ := doc["files"].(map[string]any)
	last := ""
	for _, e := range v.els {
		id, typ := e["id"].(string), e["type"].(string)
		where := "element " + quote(id)
		if idx, ok := e["index"].(string); ok {
			if idx <= last {
				v.errorf("%s: index %q does not come after %q", where, idx, last)
			}
			last = idx
		}
		if f, ok := e["frameId"].(string); ok && v.typeOf(f) != "frame" && v.typeOf(f) != "magicframe" {
			v.errorf("%s: frameId %q is not a frame", where, f)
		}
		for _, end := range []string{"startBinding", "endBinding"} {
			v.binding(where, id, typ, end, e[end])
		}
		if c, ok := e["containerId"].(string); ok {
			if !slices.Contains(containers, v.typeOf(c)) {
				v.errorf("%s: containerId %q is not a %s", where, c, strings.Join(containers, ", "))
			} else if !v.lists(c, id, "text") {
				v.errorf("%s: its container %q does not list it in boundElements", where, c)
			}
		}
		v.bound(where, id, e)
		if typ == "image" {
			v.file(where, e, files)
		}
	}
	for _, id := range slices.Sorted(maps.Keys(files)) {
		f, ok := files[id].(map[string]any)
		if !ok {
			v.errorf("file %q is not an object", id)
			continue
		}
		for _, fk := range []struct {
			name string
			k    kind
		}{{"mimeType", kString}, {"id", kString}, {"dataURL", kString}, {"created", kNumber}} {
			v.field(f, fk.name, fk.k, "file "+quote(id))
		}
		if f["id"] != id {
			v.errorf("file %q: its id is %v", id, f["id"])
		}
		if u, _ := f["dataURL"].(string); !strings.HasPrefix(u, "data:") {
			v.errorf("file %q: dataURL is not a data: URL", id)
		}
	}
}

// binding checks an arrow end's binding.
func (v *validator) binding(where, id, typ, end string, raw any) {
	b, ok := raw.(map[string]any)
	if !ok {
		return
	}
	if typ != "arrow" {
		v.errorf("%s: a %s has a %s", where, typ, end)
	}
	target, _ := b["elementId"].(string)
	if !bindable[v.typeOf(target)] {
		v.errorf("%s: %s.elementId %q is not an element an arrow binds to", where, end, target)
		return
	}
	if !v.lists(target, id, "arrow") {
		v.errorf("%s: %q, which its %s names, does not list it in boundElements", where, target, end)
	}
	if m, _ := b["mode"].(string); !slices.Contains(enums["mode"], m) {
		v.errorf("%s: %s.mode %q is not one of %s", where, end, m, strings.Join(enums["mode"], ", "))
	}
	if p, ok := b["fixedPoint"].([]any); !ok || len(p) != 2 || !isKind(p[0], kNumber) || !isKind(p[1], kNumber) {
		v.errorf("%s: %s.fixedPoint is not a pair of numbers", where, end)
	}
}

// bound checks a shape's boundElements against the elements they name.
func (v *validator) bound(where, id string, e map[string]any) {
	list, _ := e["boundElements"].([]any)
	texts := 0
	for _, raw := range list {
		b, _ := raw.(map[string]any)
		bid, _ := b["id"].(string)
		btype, _ := b["type"].(string)
		other, ok := v.byID[bid]
		switch {
		case !ok:
			v.errorf("%s: bound element %q does not exist", where, bid)
		case btype == "text":
			texts++
			if other["type"] != "text" || other["containerId"] != id {
				v.errorf("%s: bound text %q does not name it as its container", where, bid)
			}
		case btype == "arrow":
			if other["type"] != "arrow" || (boundTo(other["startBinding"]) != id && boundTo(other["endBinding"]) != id) {
				v.errorf("%s: bound arrow %q is not bound to it", where, bid)
			}
		default:
			v.errorf("%s: bound element %q has type %q, not arrow or text", where, bid, btype)
		}
	}
	if texts > 1 {
		v.errorf("%s: %d bound texts; a container holds one", where, texts)
	}
}

// file checks an image's file.
func (v *validator) file(where string, e map[string]any, files map[string]any) {
	id, ok := e["fileId"].(string)
	if !ok {
		return
	}
	if _, ok := files[id]; !ok {
		v.errorf("%s: its file %q is not in files", where, id)
	}
}

func (v *validator) typeOf(id string) string {
	if e, ok := v.byID[id]; ok {
		t, _ := e["type"].(string)
		return t
	}
	return ""
}

// lists says whether element id lists other (of type typ) among its
// bound elements.
func (v *validator) lists(id, other, typ string) bool {
	list, _ := v.byID[id]["boundElements"].([]any)
	for _, raw := range list {
		if b, ok := raw.(map[string]any); ok && b["id"] == other && b["type"] == typ {
			return true
		}
	}
	return false
}

func boundTo(raw any) string {
	if b, ok := raw.(map[string]any); ok {
		s, _ := b["elementId"].(string)
		return s
	}
	return ""
}

func quote(s string) string { return `"` + s + `"` }
