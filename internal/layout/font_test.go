package layout

import (
	"slices"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/spec"
	"github.com/sketchdeck/sketchdeck/internal/text"
)

// TestFontsAreFamilies: the format's font names are package text's
// families, so every font a line names can be measured and drawn.
func TestFontsAreFamilies(t *testing.T) {
	if got, want := spec.Fonts().Names(), text.Families(); !slices.Equal(got, want) {
		t.Errorf("spec.Fonts %v, text.Families %v", got, want)
	}
	fs, err := text.Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range spec.Fonts().Names() {
		if f := in(fs, spec.Font(name)).(*text.Fonts).Family(); f.String() != name {
			t.Errorf("in(%q) sets text in %v", name, f)
		}
	}
	if in(fs, "") != fs {
		t.Error(`in("") should keep the theme's family`)
	}
}
