package deck

import (
	"bytes"
	"cmp"
	"path"
	"slices"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// Ref is one image reference of a deck.
type Ref struct {
	// Path is the reference as written ("images/cdn.svg", maybe with a
	// query or fragment: "images/sync.svg?v=2").
	Path string
	// Line and Col (1-based, in bytes) locate Path in the deck; for a
	// reference-style image (![CDN][cdn]) they locate the image.
	Line, Col int
}

// Refs returns every picture a deck's source shows, in order: Markdown
// images (inline or reference-style), links to an SVG, the src and data
// attributes of HTML (<img>, <object>, <embed>, <source>), and CSS url()
// in remark's slide properties (background-image: url(...)) or in style
// attributes. The Markdown is parsed as CommonMark, so what no slide
// shows (HTML comments, code blocks and code spans) is left out. Data
// URLs, external URLs and bare fragments are left out too.
func Refs(src []byte) []Ref {
	refs, _ := refsOf(src)
	return refs
}

// refsOf is Refs; it also gives the line index used, whose probe count
// shows the work done.
func refsOf(src []byte) ([]Ref, *lineIndex) {
	w := &walker{src: src}
	doc := goldmark.New().Parser().Parse(text.NewReader(src))
	// The walk function never fails.
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering {
			return w.enter(n), nil
		}
		return ast.WalkContinue, nil
	})
	lines := newLineIndex(src)
	refs := make([]Ref, 0, len(w.found))
	for _, f := range w.found {
		if local(f.path) {
			line, col := lines.position(f.at)
			refs = append(refs, Ref{Path: f.path, Line: line, Col: col})
		}
	}
	slices.SortStableFunc(refs, func(a, b Ref) int { return cmp.Or(a.Line-b.Line, a.Col-b.Col) })
	return refs, lines
}

// found is a reference at byte offset at of the source.
type found struct {
	path string
	at   int
}

// walker collects references in document order. at is how far into the
// source the walk has come: the position of an image's destination is
// searched from there, within the current block (to).
type walker struct {
	src    []byte
	at, to int
	found  []found
}

func (w *walker) enter(n ast.Node) ast.WalkStatus {
	if n.Type() == ast.TypeBlock {
		return w.block(n)
	}
	switch n := n.(type) {
	case *ast.Text:
		w.at = max(w.at, n.Segment.Start)
	case *ast.CodeSpan:
		return ast.WalkSkipChildren
	case *ast.Image:
		w.destination(n, string(n.Destination))
	case *ast.Link:
		if isSVG(string(n.Destination)) {
			w.destination(n, string(n.Destination))
		}
	case *ast.RawHTML:
		if n.Segments.Len() > 0 {
			start, stop := n.Segments.At(0).Start, n.Segments.At(n.Segments.Len()-1).Stop
			w.html(start, stop)
			w.at = max(w.at, stop)
		}
	}
	return ast.WalkContinue
}

// block notes where a block's text lies; HTML blocks are read for their
// attributes and a paragraph's lines for CSS url(); code is skipped.
func (w *walker) block(n ast.Node) ast.WalkStatus {
	lines := n.Lines()
	if lines.Len() == 0 {
		return ast.WalkContinue
	}
	start, stop := lines.At(0).Start, lines.At(lines.Len()-1).Stop
	w.at, w.to = max(w.at, start), stop
	switch n := n.(type) {
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		return ast.WalkSkipChildren
	case *ast.HTMLBlock:
		if n.HasClosure() {
			stop = n.ClosureLine.Stop
		}
		w.html(start, stop)
		return ast.WalkSkipChildren
	case *ast.Paragraph, *ast.TextBlock:
		for i := range lines.Len() {
			seg := lines.At(i)
			w.urls(string(seg.Value(w.src)), seg.Start)
		}
	}
	return ast.WalkContinue
}

// destination records an image's or link's destination at the place it is
// written in the current block; a reference-style image, whose destination
// is written in its definition, is placed at the image itself.
func (w *walker) destination(n ast.Node, dest string) {
	from := min(w.at, w.to)
	first, hasText := n.FirstChild().(*ast.Text)
	if hasText {
		from = max(from, first.Segment.Start)
	}
	// The destination follows the text closely: the search reads at most
	// nearby bytes past it, so a deck is read in linear time.
	ahead := w.src[from:min(w.to, from+len(dest)+nearby)]
	at := from
	switch _, image := n.(*ast.Image); {
	case dest != "" && bytes.Contains(ahead, []byte(dest)):
		at = from + bytes.Index(ahead, []byte(dest))
		w.at = at + len(dest)
	case hasText && image:
		at = max(0, from-len("![")) // the image's text follows its "!["
	case hasText:
		at = max(0, from-len("["))
	case image && bytes.Contains(ahead, []byte("![")):
		at = from + bytes.Index(ahead, []byte("!["))
	}
	w.found = append(w.found, found{path: dest, at: at})
}

// nearby bounds the searches for where a destination is written.
const nearby = 4 << 10

// urls records the CSS url(...) references of s, which starts at byte
// offset base of the source.
func (w *walker) urls(s string, base int) {
	for off := 0; ; {
		i := strings.Index(s[off:], "url(")
		if i < 0 {
			return
		}
		p := off + i + len("url(")
		for p < len(s) && (s[p] == ' ' || s[p] == '"' || s[p] == '\'') {
			p++
		}
		end := p
		for end < len(s) && !strings.ContainsRune(`"') `, rune(s[end])) {
			end++
		}
		if end > p {
			w.found = append(w.found, found{path: s[p:end], at: base + p})
		}
		off = end
	}
}

// local reports whether a reference names a file of the deck: not a data
// URL, an external URL (scheme://, //host) or a fragment of the page.
func local(p string) bool {
	return p != "" && !strings.HasPrefix(p, "data:") && !strings.Contains(p, "://") &&
		!strings.HasPrefix(p, "//") && !strings.HasPrefix(p, "#")
}

// isSVG reports whether a reference names an SVG file, whatever its query
// or fragment.
func isSVG(p string) bool {
	return strings.EqualFold(path.Ext(pathOf(p)), ".svg")
}
