package gen

import (
	"fmt"

	"github.com/sketchdeck/sketchdeck/internal/i18n"
	"github.com/sketchdeck/sketchdeck/internal/input"
)

// Catalog is a translation catalog, one file per language such as
// diagrams/locales/fr.toml (docs/i18n.md); Source.Catalog builds a diagram
// in its language.
type Catalog struct{ c *i18n.Catalog }

// LoadCatalog reads the catalog file at path; its file name gives its
// language ("fr.toml": fr). Problems in it come back as an ErrorList.
func LoadCatalog(path string) (*Catalog, error) {
	data, err := input.ReadFile(path, i18n.MaxCatalog)
	if err != nil {
		return nil, fmt.Errorf("gen: %w", err)
	}
	c, err := i18n.Decode(path, data)
	if err != nil {
		return nil, err
	}
	return &Catalog{c: c}, nil
}

// Lang is the catalog's language, e.g. "fr".
func (c *Catalog) Lang() string { return c.c.Lang }
