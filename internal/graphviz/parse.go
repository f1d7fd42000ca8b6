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
	// Every attribute and every edge has its "=" and its "->": counting
	// them sizes the lists once (HTML labels' own "=" make it a little
	// more than needed).
	out := &layoutOut{nodes: map[string]attrList{}, edges: make([]edgeOut, 0, strings.Count(src, "->"))}
	p := parser{src: src, all: make([]attrPair, 0, strings.Count(src, "="))}
	p.scan()
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
				return nil, p.lexError(err)
			}
		}
	}
	if p.err != nil {
		return nil, p.err
	}
	return out, nil
}

// parser reads tokens as it goes, one ahead; the attribute lists it
// returns share one backing array (all), each capped at its end, so that
// a layout's hundreds of attributes cost a few allocations, not one map
// each.
type parser struct {
	src string
	pos int   // of the next token's text in src, or past its blanks
	tok token // the token ahead, when has
	has bool
	err error // the lexer's, which ends the tokens
	all []attrPair
}

type token struct {
	text   string
	quoted bool // a string or HTML literal, never punctuation
}

func (p *parser) more() bool { return p.has }

// peek returns the next token's text, or "" for a literal: punctuation is
// never quoted, so the parser can't mistake a string "{" for a brace.
func (p *parser) peek() string {
	if !p.has || p.tok.quoted {
		return ""
	}
	return p.tok.text
}

func (p *parser) next() string { t := p.tok.text; p.scan(); return t }

// lexError is the error of the first token that could not be read, if
// there is one in what is left of the source, and err otherwise: a
// statement cut short by a bad token is told as the bad token.
func (p *parser) lexError(err error) error {
	for p.has {
		p.scan()
	}
	if p.err != nil {
		return p.err
	}
	return err
}
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
		if p.peek() != "=" {
			return list(), fmt.Errorf("attribute %q has no value", k)
		}
		p.next()
		if !p.more() {
			return list(), fmt.Errorf("attribute %q has no value", k)
		}
		p.all = append(p.all, attrPair{k, p.next()})
	}
	if !p.more() {
		return list(), fmt.Errorf("unterminated attribute list")
	}
	p.next()
	return list(), nil
}

// byteClass sorts the bytes of DOT for scan: a name (an identifier or a
// number) runs until a blank, punctuation, a quote or an HTML label's <
// (and an edge operator, which starts with a byte of a name).
var byteClass = func() (c [256]uint8) {
	for _, b := range []byte(" \t\r\n") {
		c[b] = blank
	}
	for _, b := range []byte("{}[];,=") {
		c[b] = punct
	}
	c['"'], c['<'] = quote, html
	return c
}()

// The classes of byteClass; 0 is a byte of a name.
const (
	blank = 1 + iota
	punct
	quote
	html
)

// scan reads the next token into p.tok, or sets has false at the end
// of the source or at a token it cannot read (err). Inside "…" only \"
// is an escape and a backslash-newline is a line continuation, as in
// Graphviz's scanner.
func (p *parser) scan() {
	s, i := p.src, p.pos
	for i < len(s) && byteClass[s[i]] == blank {
		i++
	}
	p.has = i < len(s) && p.err == nil
	if !p.has {
		p.pos = i
		return
	}
	switch byteClass[s[i]] {
	case punct:
		p.tok, p.pos = token{text: s[i : i+1]}, i+1
		return
	case quote:
		text, n, err := lexString(s[i:])
		p.tok, p.pos = token{text: text, quoted: true}, i+n
		p.fail(err)
		return
	case html:
		n, err := lexHTML(s[i:])
		p.tok, p.pos = token{text: s[i : i+n], quoted: true}, i+n
		p.fail(err)
		return
	}
	if edgeOp(s, i) {
		p.tok, p.pos = token{text: s[i : i+2]}, i+2
		return
	}
	j := i + 1
	for j < len(s) && byteClass[s[j]] == 0 && !edgeOp(s, j) {
		j++
	}
	p.tok, p.pos = token{text: s[i:j]}, j
}

// fail ends the tokens at a lexer's error.
func (p *parser) fail(err error) {
	if err != nil {
		p.err, p.has = err, false
	}
}

// edgeOp tells whether s[i:] starts with an edge operator, -> or --.
func edgeOp(s string, i int) bool {
	return s[i] == '-' && i+1 < len(s) && (s[i+1] == '>' || s[i+1] == '-')
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
	x, err1 := parseNum(xs)
	y, err2 := parseNum(strings.TrimSuffix(ys, "!"))
	if err1 != nil || err2 != nil {
		return geom.Point{}, fmt.Errorf("bad point %q", s)
	}
	return geom.Point{X: x, Y: y}, nil
}

// pow10 are the powers of ten a float64 holds exactly, up to those
// parseNum divides by.
var pow10 = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15}

// parseNum is strconv.ParseFloat(s, 64), quicker for the numbers Graphviz
// writes (an edge's spline holds dozens): a decimal of at most 15 digits
// without an exponent is its digits as an integer, exact in a float64,
// divided by a power of ten, exact too, and IEEE division rounds the
// quotient correctly, as ParseFloat rounds the decimal. Anything else
// goes to ParseFloat.
func parseNum(s string) (float64, error) {
	i, neg := 0, false
	if len(s) > 0 && (s[0] == '-' || s[0] == '+') {
		i, neg = 1, s[0] == '-'
	}
	var m uint64
	digits, frac, dot := 0, 0, false
	for ; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			m = 10*m + uint64(c-'0')
			digits++
			if dot {
				frac++
			}
		case c == '.' && !dot:
			dot = true
		default:
			return strconv.ParseFloat(s, 64)
		}
	}
	if digits == 0 || digits >= len(pow10) {
		return strconv.ParseFloat(s, 64)
	}
	f := float64(m) / pow10[frac]
	if neg {
		f = -f
	}
	return f, nil
}

// spline is an edge's "pos": optional arrow tips s,x,y and e,x,y, then the
// Bézier chain. Only the first of several ';'-separated splines is kept.
type spline struct {
	points           []geom.Point
	start, end       geom.Point
	hasStart, hasEnd bool
}

// isSpace tells the ASCII white space that separates a spline's points.
func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

func parseSpline(s string) (spline, error) {
	var sp spline
	first, _, _ := strings.Cut(s, ";")
	sp.points = make([]geom.Point, 0, strings.Count(first, " ")+1)
	for i := 0; i < len(first); {
		for i < len(first) && isSpace(first[i]) {
			i++
		}
		j := i
		for j < len(first) && !isSpace(first[j]) {
			j++
		}
		if i == j {
			break
		}
		f := first[i:j]
		i = j
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
