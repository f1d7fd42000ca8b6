package theme

import (
	"fmt"
	"slices"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// baseOf is the theme that file's source starts from: the shipped theme
// its extends key names, else Default (and nothing for Default itself).
// seen lists the themes already extending, to report a loop.
func baseOf(file, src string, seen []string) (*Theme, error) {
	var head struct {
		Extends string `toml:"extends"`
	}
	// A malformed file is reported by the full decoding that follows.
	if _, err := toml.Decode(src, &head); err != nil {
		head.Extends = ""
	}
	name := head.Extends
	if name == "" {
		if file == Default {
			return &Theme{}, nil
		}
		name = Default
	}
	if slices.Contains(seen, name) || name == file {
		chain := append(append(slices.Clone(seen), file), name)
		return nil, fmt.Errorf("theme: %s: extends %q makes a loop: %s", file, name, strings.Join(chain, " → "))
	}
	base, err := load(name, append(slices.Clone(seen), file))
	if err != nil && head.Extends != "" {
		pos := spec.Locate(src)
		var errs spec.ErrorList
		errs.Add(file, pos.At("extends"), "", "extends: unknown theme %q: shipped themes are %s", name, strings.Join(Shipped(), ", "))
		return nil, errs.Err()
	}
	return base, err
}
