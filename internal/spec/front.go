package spec

import (
	"errors"
	"reflect"
	"strings"

	"github.com/BurntSushi/toml"
)

// DecodeFront decodes a diagram whose TOML is only part of its source, as
// the front matter of a Markdown outline is: line is the source line the
// TOML starts on (so that errors point into the whole file), kind is the
// diagram's kind when the TOML names none, and fill adds what the rest of
// the source holds before the diagram is validated as a whole, or returns
// the problems that stop it.
func DecodeFront(file string, data []byte, line int, kind Kind, fill func(*Diagram) ErrorList) (*Diagram, error) {
	return decodeFront(file, data, line, kind, fill, Options{})
}

// Options are what decoding may check beyond the format itself.
type Options struct {
	// Color reports a colour name the theme's palette does not have (the
	// theme's Color method), so that a typo is reported with every other
	// problem of the file instead of once they are fixed.
	Color func(string) error
	// Picture, when set, reports what stops a picture file from being
	// read (the caller knows the folder it is read from), and PartsDir
	// a parts folder: a missing one is then reported at the key that
	// names it with every other problem of the file, instead of once
	// they are fixed.
	Picture  func(Image) error
	PartsDir func(string) error
	// Icon, when set, reports a part or icon name (a node's or a topic's
	// icon, a cell's, a column's header_icon, a part element's or a part
	// mark's name) that the parts library does not have, parts being the
	// diagram's own parts folders as written: an unknown one is then
	// reported at its key with every other problem of the file (a
	// missing picture among them), instead of once they are fixed.
	Icon func(name string, parts []string) error
}

// DecodeWith is Decode with options.
func DecodeWith(file string, data []byte, o Options) (*Diagram, error) {
	return decodeFront(file, data, 1, "", nil, o)
}

func decodeFront(file string, data []byte, line int, kind Kind, fill func(*Diagram) ErrorList, o Options) (*Diagram, error) {
	var errs ErrorList
	if len(data) > MaxSource {
		errs.Add(file, Pos{}, "", "source is %d bytes; the limit is %d bytes (%d MiB)", len(data), MaxSource, MaxSource>>20)
		return nil, errs.Err()
	}
	src := strings.Repeat("\n", max(line-1, 0)) + string(data)
	if err := CheckNesting(file, src); err != nil {
		return nil, err
	}
	located := locateAside(src)
	d, md, err := decodeAll(file, src, &errs)
	if err != nil {
		return nil, err
	}
	pos := located()
	unknownKeys(file, md, pos, &errs)
	if MiscasedKeys(reflect.TypeFor[Diagram](), md, func(k toml.Key) { addUnknownKey(file, k, pos, &errs) }) {
		// The values decoded may be those of either spelling: checking
		// them would report problems that change from run to run.
		return nil, errs.Err()
	}
	if d.Kind == "" {
		d.Kind = kind
	}
	if d.Kind == "" {
		d.Kind = KindGraph
	}
	checkKindKeys(d, md, pos, &errs)
	d.attachPositions(pos)
	if fill != nil {
		if more := fill(d); len(more) > 0 {
			// The rest of the source is broken: checking the diagram as a
			// whole would only repeat it in the format's words.
			return nil, append(errs, more...).Err()
		}
	}
	d.validate(&errs, pos, o)
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return d, nil
}

// asideFrom is the size of source from which locateAside reads the key
// positions on another goroutine: a few hundred lines, for which that is
// worth starting one. The deck's diagrams (3 KiB at most) are located in
// turn; a graph of 200 nodes (26 KiB) aside, in a fraction of the time
// the decoder takes.
const asideFrom = 16 << 10

// locateAside starts reading the key positions of a large src (locate) on
// another goroutine, so that another core does it while this one decodes
// src; the function it returns waits for them. A small src is located when
// they are asked for. locate reads any text without failing, so it may
// start before the decoder has accepted src.
func locateAside(src string) func() positions {
	if len(src) < asideFrom {
		return func() positions { return locate(src) }
	}
	done := make(chan positions, 1)
	go func() { done <- locate(src) }()
	return func() positions { return <-done }
}

// maxTypeRetries bounds how many values of the wrong type one source may
// have reported with the rest of its problems: each costs a decode.
const maxTypeRetries = 10

// decodeAll decodes src into a new diagram (see DecodeTOML).
func decodeAll(file, src string, errs *ErrorList) (*Diagram, toml.MetaData, error) {
	name := NameOf(file)
	return DecodeTOML(file, src, func() *Diagram { return &Diagram{File: file, Name: name} }, errs)
}

// DecodeTOML decodes src into a value fresh makes, adding its problems to
// errs; themes use it as diagrams do. A value of the wrong type stops the
// TOML decoder; its line is then blanked and the source decoded again into
// a fresh value, so that the file's other problems are reported with it,
// up to maxTypeRetries times: the value is returned, and the caller reports
// errs with the problems it finds next. A syntax error, or a type error on
// a line whose blanking breaks the syntax (a value over several lines),
// ends it with no value and errs.Err().
func DecodeTOML[T any](file, src string, fresh func() *T, errs *ErrorList) (*T, toml.MetaData, error) {
	for range maxTypeRetries + 1 {
		v := fresh()
		md, err := toml.Decode(src, v)
		if err == nil {
			return v, md, nil
		}
		e := tomlError(file, src, err)
		var pe toml.ParseError
		if errors.As(err, &pe) && len(*errs) > 0 {
			// Blanking the last bad line broke the syntax: report what
			// was found before.
			return nil, md, errs.Err()
		}
		*errs = append(*errs, e)
		// A table header of the wrong type ([nodes] for [[nodes]]) is
		// not blanked: its keys would fall to the table above it and
		// each be reported as unknown there.
		if errors.As(err, &pe) || e.Pos.Line == 0 || headerOn(src, e.Pos.Line) != "" {
			return nil, md, errs.Err()
		}
		src = blankLine(src, e.Pos.Line)
	}
	return nil, toml.MetaData{}, errs.Err()
}

// blankLine replaces line n (1-based) of src with spaces, keeping every
// offset and line number.
func blankLine(src string, n int) string {
	start := 0
	for range n - 1 {
		i := strings.IndexByte(src[start:], '\n')
		if i < 0 {
			return src
		}
		start += i + 1
	}
	end := strings.IndexByte(src[start:], '\n')
	if end < 0 {
		end = len(src) - start
	}
	return src[:start] + strings.Repeat(" ", end) + src[start+end:]
}
