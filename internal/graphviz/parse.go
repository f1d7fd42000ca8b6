package graphviz

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/geom"
)

// layoutOut is what we read back from Graphviz's "dot" output: the graph's
// attributes, each node's by name, and each edge's in output order.
type layoutOut struct {
	graph attrList
	nodes map[string]attrList
	edges []edgeOut
}

type edgeOut struct {
	tail, head string
	attrs      attrList
}

// attrList is a statement's attributes in written order; of several with
// one name, the last counts, as when Graphviz reads them.
type attrList []attrPair

type attrPair struct{ name, value string }

// get is the value of the attribute name, "" if there is none.
func (as attrList) get(name string) string {
	v, _ := as.lookup(name)
	return v
}

// lookup is the value of the attribute name and whether there is one.
func (as attrList) lookup(name string) (string, bool) {
	for i := len(as) - 1; i >= 0; i-- {
		if as[i].name == name {
			return as[i].value, true
		}
	}
	return "", false
}

// parseOutput reads the DOT that Graphviz writes. It is not a general DOT
// parser: it knows the shapes of statement Graphviz emits (attribute
// defaults, nodes, edges, anonymous subgraphs, a = b).
func parseOutput(src string) (*layoutOut, error) {
	toks, err := lex(src)
	if err != nil {
		return nil, err
	}
	out := &layoutOut{nodes: map[string]attrList{}}
	p := parser{toks: toks}
	for p.more() && p.peek() != "{" { // digraph header
		p.next()
	}
	depth := 0
	for p.more() {
		switch t := p.peek(); t {
		case "{":
			depth++
			p.next()
		case "}":
			depth--
			p.next()
		case ";", "subgraph":
			p.next()
		default:
			if err := p.statement(out, depth); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}

// parser reads tokens; the attribute lists it returns share one backing
// array (all), each capped at its end, so that a layout's hundreds of
// attributes cost a few allocations, not one map each.
type parser struct {
	toks []token
	i    int
	all  []attrPair
}

type token struct {
	text   string
	quoted bool // a string or HTML literal, never punctuation
}

func (p *parser) more() bool { return p.i < len(p.toks) }

// peek returns the next token's text, or "" for a literal: punctuation is
// never quoted, so the parser can't mistake a string "{" for a brace.
func (p *parser) peek() string {
	if !p.more() || p.toks[p.i].quoted {
		return ""
	}
	return p.toks[p.i].text
}

func (p *parser) next() string { t := p.toks[p.i].text; p.i++; return t }

func (p *parser) statement(out *layoutOut, depth int) error {
	first := p.next()
	if p.peek() == "=" { // a = b, e.g. rank=same inside a subgraph
		p.next()
		if p.more() {
			p.next()
		}
		return nil
	}
	if p.peek() == "->" {
		p.next()
		if !p.more() {
			return fmt.Errorf("output ends inside edge from %s", first)
		}
		head := p.next()
		attrs, err := p.attrs()
		out.edges = append(out.edges, edgeOut{first, head, attrs})
		return err
	}
	attrs, err := p.attrs()
	switch {
	case first == "graph" && depth == 1:
		out.graph = merge(out.graph, attrs)
	case first == "graph" || first == "node" || first == "edge":
	default:
		out.nodes[first] = merge(out.nodes[first], attrs)
	}
	return err
}

// merge is the attributes of as followed by those of more (which count
// over them); attribute lists are capped, so appending copies.
func merge(as, more attrList) attrList {
	if as == nil {
		return more
	}
	return append(as, more...)
}

// attrs reads an optional [k=v, k=v] list.
func (p *parser) attrs() (attrList, error) {
	start := len(p.all)
	list := func() attrList { return attrList(p.all[start:len(p.all):len(p.all)]) }
	if p.peek() != "[" {
		return attrList{}, nil
	}
	p.next()
	for p.more() && p.peek() != "]" {
		if p.peek() == "," || p.peek() == ";" {
			p.next()
			continue
		}
		k := p.next()
		if p.peek() != "=" || p.i+1 >= len(p.toks) {
			return list(), fmt.Errorf("attribute %q has no value", k)
		}
		p.next()
		p.all = append(p.all, attrPair{k, p.next()})
	}
	if !p.more() {
		return list(), fmt.Errorf("unterminated attribute list")
	}
	p.next()
	return list(), nil
}

// lex splits DOT into tokens. Inside "…" only \" is an escape and a
// backslash-newline is a line continuation, as in Graphviz's scanner.
func lex(s string) ([]token, error) {
	var toks []token
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case c == '-' && i+1 < len(s) && (s[i+1] == '>' || s[i+1] == '-'):
			toks = append(toks, token{text: s[i : i+2]})
			i += 2
		case strings.IndexByte("{}[];,=", c) >= 0:
			toks = append(toks, token{text: s[i : i+1]})
			i++
		case c == '"':
			text, n, err := lexString(s[i:])
			if err != nil {
				return nil, err
			}
			toks = append(toks, token{text: text, quoted: true})
			i += n
		case c == '<':
			n, err := lexHTML(s[i:])
			if err != nil {
				return nil, err
			}
			toks = append(toks, token{text: s[i : i+n], quoted: true})
			i += n
		default:
			j := i
			for j < len(s) && strings.IndexByte(" \t\r\n{}[];,=\"<", s[j]) < 0 && !(s[j] == '-' && j+1 < len(s) && (s[j+1] == '>' || s[j+1] == '-')) {
				j++
			}
			toks = append(toks, token{text: s[i:j]})
			i = j
		}
	}
	return toks, nil
}

func lexString(s string) (string, int, error) {
	// Most strings hold no backslash: their text is the source's.
	if end := strings.IndexAny(s[1:], "\\\""); end >= 0 && s[1+end] == '"' {
		return s[1 : 1+end], end + 2, nil
	}
	var b strings.Builder
	for i := 1; i < len(s); i++ {
		switch {
		case s[i] == '"':
			return b.String(), i + 1, nil
		case s[i] == '\\' && i+1 < len(s) && s[i+1] == '"':
			b.WriteByte('"')
			i++
		case s[i] == '\\' && i+1 < len(s) && s[i+1] == '\n':
			i++
		case s[i] == '\\' && i+2 < len(s) && s[i+1] == '\r' && s[i+2] == '\n':
			i += 2
		default:
			b.WriteByte(s[i])
		}
	}
	return "", 0, fmt.Errorf("unterminated string")
}

func lexHTML(s string) (int, error) {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '<':
			depth++
		case '>':
			depth--
			if depth == 0 {
				return i + 1, nil
			}
		}
	}
	return 0, fmt.Errorf("unterminated HTML label")
}

// parsePoint reads "x,y" in points.
func parsePoint(s string) (geom.Point, error) {
	xs, ys, ok := strings.Cut(strings.TrimSpace(s), ",")
	if !ok {
		return geom.Point{}, fmt.Errorf("bad point %q", s)
	}
	x, err1 := strconv.ParseFloat(xs, 64)
	y, err2 := strconv.ParseFloat(strings.TrimSuffix(ys, "!"), 64)
	if err1 != nil || err2 != nil {
		return geom.Point{}, fmt.Errorf("bad point %q", s)
	}
	return geom.Point{X: x, Y: y}, nil
}

// spline is an edge's "pos": optional arrow tips s,x,y and e,x,y, then the
// Bézier chain. Only the first of several ';'-separated splines is kept.
type spline struct {
	points           []geom.Point
	start, end       geom.Point
	hasStart, hasEnd bool
}

func parseSpline(s string) (spline, error) {
	var sp spline
	first, _, _ := strings.Cut(s, ";")
	sp.points = make([]geom.Point, 0, strings.Count(first, " ")+1)
	for f := range strings.FieldsSeq(first) {
		tip := 0
		switch {
		case strings.HasPrefix(f, "s,"):
			tip, f = 's', f[2:]
		case strings.HasPrefix(f, "e,"):
			tip, f = 'e', f[2:]
		}
		pt, err := parsePoint(f)
		if err != nil {
			return sp, err
		}
		switch tip {
		case 's':
			sp.start, sp.hasStart = pt, true
		case 'e':
			sp.end, sp.hasEnd = pt, true
		default:
			sp.points = append(sp.points, pt)
		}
	}
	if len(sp.points) < 4 || (len(sp.points)-1)%3 != 0 {
		return sp, fmt.Errorf("spline %q: want 3n+1 points, have %d", s, len(sp.points))
	}
	return sp, nil
}

// parseBB reads "llx,lly,urx,ury".
func parseBB(s string) (x0, y0, x1, y1 float64, err error) {
	var v [4]float64
	rest := s
	for i := range v {
		f, tail, more := strings.Cut(rest, ",")
		if more == (i == len(v)-1) {
			return 0, 0, 0, 0, fmt.Errorf("bad bounding box %q", s)
		}
		if v[i], err = strconv.ParseFloat(strings.TrimSpace(f), 64); err != nil {
			return 0, 0, 0, 0, fmt.Errorf("bad bounding box %q", s)
		}
		rest = tail
	}
	return v[0], v[1], v[2], v[3], nil
}

// ParseBB reads a bounding box "llx,lly,urx,ury" (points, y up), as
// Graphviz writes a graph's or a cluster's "bb" and a record's "rects".
func ParseBB(s string) (x0, y0, x1, y1 float64, err error) { return parseBB(s) }
