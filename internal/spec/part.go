package spec

import (
	"maps"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"
)

// Part is one reusable drawing of the parts library (parts/NAME.toml): a
// named group of elements in a coordinate frame of its own, placed by name
// in drawings and recoloured through its colour roles.
type Part struct {
	// File names the source in messages; Name is the part's name, the
	// file's base name without ".toml".
	File string `toml:"-" json:"-"`
	Name string `toml:"-" json:"-"`

	Description string `toml:"description"`
	// Width and Height are the part's frame; 0 takes its elements' bounds.
	Width  float64 `toml:"width"`
	Height float64 `toml:"height"`
	// Colors are the part's colour roles and their defaults: elements that
	// name a role ("accent") take the placement's override or this default.
	Colors   map[string]Color `toml:"colors"`
	Elements []Element        `toml:"elements"`
}

// DecodePart reads one part's TOML source; file names it in errors. The
// error, if any, is an ErrorList holding every problem, with positions.
func DecodePart(file string, data []byte) (*Part, error) {
	var errs ErrorList
	if len(data) > MaxSource {
		errs.Add(file, Pos{}, "", "source is %d bytes; the limit is %d bytes", len(data), MaxSource)
		return nil, errs.Err()
	}
	src := string(data)
	if err := CheckNesting(file, src); err != nil {
		return nil, err
	}
	p, md, err := DecodeTOML(file, src, func() *Part { return &Part{File: file, Name: NameOf(file)} }, &errs)
	if err != nil {
		return nil, err
	}
	pos := locate(src)
	report := func(k toml.Key) { errs = append(errs, unknownPartKey(file, k, pos)) }
	for _, k := range md.Undecoded() {
		report(k)
	}
	if MiscasedKeys(reflect.TypeFor[Part](), md, report) {
		return nil, errs.Err() // the values may be either spelling's
	}
	c := checker{file: file, pos: pos, errs: &errs}
	c.checkValues(reflect.ValueOf(p).Elem(), "")
	c.size("width", p.Width)
	c.size("height", p.Height)
	for _, k := range slices.Sorted(maps.Keys(p.Colors)) {
		if err := p.Colors[k].check(); err != nil {
			c.errorf("colors."+k, "%s", err)
		}
	}
	if len(p.Elements) == 0 && !c.reportedAt("elements") {
		c.errorf("", "the part has no elements: add at least one [[elements]] table")
	}
	c.checkElements("elements", p.Elements)
	for i, e := range p.Elements {
		if e.Kind == ElemImage {
			c.errorf("elements["+strconv.Itoa(i)+"]", "a part cannot show an image: its pictures would be read from wherever a diagram places it; place the image in the diagram (kind = \"image\")")
		}
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return p, nil
}

// Roles lists the part's colour roles, sorted.
func (p *Part) Roles() []string { return slices.Sorted(maps.Keys(p.Colors)) }

// PartNames lists the parts its elements place, sorted, without repeats.
func (p *Part) PartNames() []string {
	seen := map[string]bool{}
	for _, e := range p.Elements {
		if e.Kind == ElemPart && e.Part != "" {
			seen[e.Part] = true
		}
	}
	return slices.Sorted(maps.Keys(seen))
}

func unknownPartKey(file string, k toml.Key, pos positions) *Error {
	parent, name := k[:len(k)-1], k[len(k)-1]
	if len(parent) > 0 && parent[len(parent)-1] == "colors" {
		return &Error{File: file, Pos: pos.first(k), Msg: "colors: " + name + " is not a colour"}
	}
	valid := validKeys(reflect.TypeFor[Part](), parent)
	where := "at the top level"
	if len(parent) > 0 {
		where = "in [" + strings.Join(parent, ".") + "]"
	}
	msg := "unknown key \"" + name + "\" " + where + didYouMean(name, valid)
	if len(valid) > 0 {
		msg += "; valid keys are " + strings.Join(valid, ", ")
	}
	return &Error{File: file, Pos: pos.first(k), Msg: msg}
}
