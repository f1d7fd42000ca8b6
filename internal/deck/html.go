package deck

import (
	"bytes"
	"net/url"
	"strings"

	"golang.org/x/net/html"
)

// pictureAttrs are the attributes of HTML elements that show a picture.
var pictureAttrs = map[string]string{"img": "src", "embed": "src", "source": "src", "object": "data"}

// html records the pictures of the HTML in src[start:stop]: the src or data
// attribute of <img>, <embed>, <source> and <object>, and CSS url() in
// style attributes. Comments are skipped, as no slide shows them.
func (w *walker) html(start, stop int) {
	z := html.NewTokenizer(bytes.NewReader(w.src[start:stop]))
	for at := start; ; {
		tt := z.Next()
		if tt == html.ErrorToken {
			return
		}
		raw := string(z.Raw())
		if tt == html.StartTagToken || tt == html.SelfClosingTagToken {
			w.tag(z.Token(), raw, at)
		}
		at += len(raw)
	}
}

// tag records the pictures of one tag, written as raw at offset at.
func (w *walker) tag(t html.Token, raw string, at int) {
	want := pictureAttrs[t.Data]
	// Attribute values are searched for in the raw tag after its name.
	from := len(t.Data) + 1
	for _, a := range t.Attr {
		if a.Key != want && a.Key != "style" {
			continue
		}
		i := strings.Index(raw[from:], a.Val)
		pos := at // an entity-encoded value is placed at the tag
		if i >= 0 {
			pos = at + from + i
		}
		if a.Key == want {
			w.found = append(w.found, found{path: a.Val, at: pos})
		} else if i >= 0 {
			w.urls(a.Val, pos)
		}
	}
}

// pathOf is the file path a reference names: without its query or
// fragment, %-escapes decoded.
func pathOf(ref string) string {
	if i := strings.IndexAny(ref, "?#"); i >= 0 {
		ref = ref[:i]
	}
	if p, err := url.PathUnescape(ref); err == nil {
		return p
	}
	return ref
}
