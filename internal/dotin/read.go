package dotin

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/sketchdeck/sketchdeck/internal/graphviz"
	"github.com/sketchdeck/sketchdeck/internal/lazyre"
)

// Is reports whether file is a Graphviz graph by its name: NAME.gv or
// NAME.dot.
func Is(file string) bool {
	ext := strings.ToLower(filepath.Ext(file))
	return ext == ".gv" || ext == ".dot"
}

var layoutAttr = lazyre.New(`\blayout\s*=\s*"?([a-z]+)`)

// Engine is the layout program a graph's layout attribute names, as
// Graphviz's command would run it; Dot when it names none.
func Engine(src []byte) graphviz.Engine {
	if m := layoutAttr().FindSubmatch(src); m != nil {
		if e := graphviz.Engine(m[1]); e.Valid() {
			return e
		}
	}
	return graphviz.Dot
}

// attrs are one object's Graphviz attributes, every value as text.
type attrs map[string]string

// get returns the first non-empty of the attributes named.
func (a attrs) get(names ...string) string {
	for _, n := range names {
		if v := a[n]; v != "" {
			return v
		}
	}
	return ""
}

func (a attrs) num(name string, def float64) float64 {
	v, err := strconv.ParseFloat(strings.TrimSpace(a[name]), 64)
	if err != nil {
		return def
	}
	return v
}

// laidOut is Graphviz's "json" output read back.
type laidOut struct {
	name     string
	directed bool
	graph    attrs
	clusters []attrs // in output order: a cluster before those inside it
	members  [][]int // each cluster's nodes (indexes into nodes), nested ones' included
	nodes    []attrs
	edges    []edge
}

type edge struct {
	tail, head int // indexes into nodes
	a          attrs
}

// read parses "json" (or "json0") output.
func read(text string) (*laidOut, error) {
	var raw struct {
		Name     string                       `json:"name"`
		Directed bool                         `json:"directed"`
		Subs     int                          `json:"_subgraph_cnt"`
		Objects  []map[string]json.RawMessage `json:"objects"`
		Edges    []map[string]json.RawMessage `json:"edges"`
	}
	if err := json.Unmarshal([]byte(text), &raw); err != nil {
		return nil, fmt.Errorf("reading Graphviz's output: %w", err)
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal([]byte(text), &top); err != nil {
		return nil, fmt.Errorf("reading Graphviz's output: %w", err)
	}
	out := &laidOut{name: raw.Name, directed: raw.Directed, graph: strs(top)}
	gvid := map[int]int{}
	var memberIDs [][]int
	for i, o := range raw.Objects {
		a := strs(o)
		if i < raw.Subs {
			if strings.HasPrefix(a["name"], "cluster") && a["bb"] != "" {
				out.clusters = append(out.clusters, a)
				var ids []int
				_ = json.Unmarshal(o["nodes"], &ids)
				memberIDs = append(memberIDs, ids)
			}
			continue
		}
		id, _ := strconv.Atoi(a["_gvid"])
		gvid[id] = len(out.nodes)
		out.nodes = append(out.nodes, a)
	}
	for _, ids := range memberIDs {
		var m []int
		for _, id := range ids {
			if n, ok := gvid[id]; ok {
				m = append(m, n)
			}
		}
		out.members = append(out.members, m)
	}
	for _, e := range raw.Edges {
		a := strs(e)
		t, _ := strconv.Atoi(a["tail"])
		h, _ := strconv.Atoi(a["head"])
		ti, ok1 := gvid[t]
		hi, ok2 := gvid[h]
		if !ok1 || !ok2 {
			return nil, fmt.Errorf("reading Graphviz's output: edge %s → %s names no node", a["tail"], a["head"])
		}
		out.edges = append(out.edges, edge{tail: ti, head: hi, a: a})
	}
	return out, nil
}

// strs keeps an object's string and number values as text, and its
// drawing operations (_draw_, _ldraw_, …) as their JSON text, read by ops.
func strs(o map[string]json.RawMessage) attrs {
	a := attrs{}
	for k, v := range o {
		if isDrawKey(k) {
			a[k] = string(v)
			continue
		}
		var s string
		if json.Unmarshal(v, &s) == nil {
			a[k] = s
			continue
		}
		var n json.Number
		if json.Unmarshal(v, &n) == nil {
			a[k] = n.String()
		}
	}
	return a
}

var (
	charsetAttr = lazyre.New(`(?i)\bcharset\s*=\s*"?(latin-?1|l1|iso[-_]?8859-1|iso-ir-100)\b`)
	emptyLabel  = lazyre.New(`\blabel\s*=\s*""`)
)

// Prepare is a DOT text as Graphviz is given it (lines stay where they
// were):
//   - the layout worker is sent text as UTF-8, so a file in Latin-1 (not
//     valid UTF-8; Graphviz's charset=latin1) is converted, and its charset
//     attribute set to utf8;
//   - the Graphviz library reads label="" as no label at all (a node is
//     then labelled with its name, as it is not by Graphviz's dot
//     program), so an empty label is written as a space, which draws
//     nothing either.
func Prepare(src []byte) string {
	s := string(src)
	if !utf8.Valid(src) {
		b := make([]rune, 0, len(src))
		for _, c := range src {
			b = append(b, rune(c))
		}
		s = charsetAttr().ReplaceAllStringFunc(string(b), func(m string) string {
			return m[:strings.LastIndexAny(m, "=\"")+1] + "utf8"
		})
	}
	return emptyLabel().ReplaceAllStringFunc(s, func(m string) string { return m[:len(m)-1] + " \"" })
}
