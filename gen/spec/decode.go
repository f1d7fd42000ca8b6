package spec

import (
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"strings"

	"github.com/BurntSushi/toml"
)

// MaxSource is the largest diagram source Decode accepts, in bytes: a
// diagram is a page of text, and a bound keeps hostile input cheap.
const MaxSource = 1 << 20

// Decode reads one diagram's TOML source. file names it in errors and gives
// the output name. The error, if any, is an ErrorList holding every problem.
func Decode(file string, data []byte) (*Diagram, error) {
	d := &Diagram{File: file, Name: NameOf(file)}
	var errs ErrorList
	if len(data) > MaxSource {
		errs.Add(file, Pos{}, "", "source is %d bytes; the limit is %d bytes (%d MiB)", len(data), MaxSource, MaxSource>>20)
		return nil, errs.Err()
	}
	src := string(data)
	md, err := toml.Decode(src, d)
	if err != nil {
		errs = append(errs, tomlError(file, err))
		return nil, errs.Err()
	}
	pos := locate(src)
	for _, k := range md.Undecoded() {
		errs = append(errs, unknownKey(file, k, pos))
	}
	d.attachPositions(pos)
	d.validate(&errs, pos)
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return d, nil
}

// NameOf is the output name of a source file: its base name without ".toml".
func NameOf(file string) string {
	base := filepath.Base(file)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

func tomlError(file string, err error) *Error {
	var pe toml.ParseError
	if errors.As(err, &pe) {
		msg := pe.Message
		if pe.LastKey != "" && !strings.Contains(msg, pe.LastKey) {
			msg = fmt.Sprintf("%s: %s", pe.LastKey, msg)
		}
		return &Error{File: file, Pos: Pos{pe.Position.Line, pe.Position.Col}, Msg: msg}
	}
	return &Error{File: file, Msg: err.Error()}
}

// unknownKey reports a key the format does not have, with the keys that
// are valid in its table.
func unknownKey(file string, k toml.Key, pos positions) *Error {
	parent := k[:len(k)-1]
	name := k[len(k)-1]
	valid := validKeys(reflect.TypeFor[Diagram](), parent)
	where := "at the top level"
	if len(parent) > 0 {
		where = "in [" + strings.Join(parent, ".") + "]"
	}
	msg := fmt.Sprintf("unknown key %q %s%s", name, where, didYouMean(name, valid))
	if len(valid) > 0 {
		msg += "; valid keys are " + strings.Join(valid, ", ")
	}
	return &Error{File: file, Pos: pos.first(k), Msg: msg}
}

// first finds the earliest written occurrence of k, whatever array indices
// it was written under.
func (p positions) first(k toml.Key) Pos {
	var best Pos
	for path, at := range p {
		if stripIndices(path) != k.String() {
			continue
		}
		if best.Line == 0 || at.Line < best.Line || at.Line == best.Line && at.Col < best.Col {
			best = at
		}
	}
	return best
}

func stripIndices(path string) string {
	var b strings.Builder
	depth := 0
	for _, r := range path {
		switch {
		case r == '[':
			depth++
		case r == ']':
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// validKeys lists the TOML keys of the struct reached from t along path.
func validKeys(t reflect.Type, path []string) []string {
	for _, seg := range path {
		t = elemStruct(t)
		if t == nil {
			return nil
		}
		f, ok := fieldByTag(t, seg)
		if !ok {
			return nil
		}
		t = f.Type
	}
	t = elemStruct(t)
	if t == nil {
		return nil
	}
	var keys []string
	collectKeys(t, &keys)
	slices.Sort(keys)
	return keys
}

func elemStruct(t reflect.Type) reflect.Type {
	for t.Kind() == reflect.Slice || t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct {
		return nil
	}
	return t
}

func fieldByTag(t reflect.Type, name string) (reflect.StructField, bool) {
	for i := range t.NumField() {
		f := t.Field(i)
		if f.Anonymous {
			if g, ok := fieldByTag(f.Type, name); ok {
				return g, true
			}
			continue
		}
		if tag, _, _ := strings.Cut(f.Tag.Get("toml"), ","); tag == name {
			return f, true
		}
	}
	return reflect.StructField{}, false
}

func collectKeys(t reflect.Type, keys *[]string) {
	for i := range t.NumField() {
		f := t.Field(i)
		if f.Anonymous {
			collectKeys(f.Type, keys)
			continue
		}
		tag, _, _ := strings.Cut(f.Tag.Get("toml"), ",")
		if tag != "" && tag != "-" {
			*keys = append(*keys, tag)
		}
	}
}
