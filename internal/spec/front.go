package spec

import (
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
}

// DecodeWith is Decode with options.
func DecodeWith(file string, data []byte, o Options) (*Diagram, error) {
	return decodeFront(file, data, 1, "", nil, o)
}

func decodeFront(file string, data []byte, line int, kind Kind, fill func(*Diagram) ErrorList, o Options) (*Diagram, error) {
	d := &Diagram{File: file, Name: NameOf(file)}
	var errs ErrorList
	if len(data) > MaxSource {
		errs.Add(file, Pos{}, "", "source is %d bytes; the limit is %d bytes (%d MiB)", len(data), MaxSource, MaxSource>>20)
		return nil, errs.Err()
	}
	src := strings.Repeat("\n", max(line-1, 0)) + string(data)
	if err := CheckNesting(file, src); err != nil {
		return nil, err
	}
	md, err := toml.Decode(src, d)
	if err != nil {
		errs = append(errs, tomlError(file, src, err))
		return nil, errs.Err()
	}
	pos := locate(src)
	unknownKeys(file, md, pos, &errs)
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
