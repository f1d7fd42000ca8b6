package theme

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/spec"
	"github.com/sketchdeck/sketchdeck/themes"
)

// FuzzParse feeds Parse arbitrary themes, seeded from the shipped ones and
// a few edge cases. Parse must never panic; it gives either a theme whose
// numbers are within their documented ranges or an ErrorList whose every
// entry names the file.
//
//	go test -fuzz=FuzzParse -fuzztime=5m ./internal/theme
func FuzzParse(f *testing.F) {
	for _, name := range Shipped() {
		data, err := themes.FS.ReadFile(name + ".toml")
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, s := range []string{
		"roughness = 1\n",
		"roughness = inf\nstroke_width = 1e308\nmargin = -0.0\nfont_size = nan\n",
		"fill_style = \"bogus\"\nstroke = \"#12\"\n[palette]\nblue = \"\\\" onload=\\\"x\"\n",
		"[[palette]]\n",
		"[palette.x]\ny = 1\n",
		"seed = -1\n",
		"name = \"\"\"\nx\n\"\"\"\n[palette]\n\"a.b\" = \"#fff\"\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		th, err := Parse("fuzz.toml", data)
		if err != nil {
			var list spec.ErrorList
			if !errors.As(err, &list) || len(list) == 0 {
				t.Fatalf("error is not a non-empty ErrorList: %T %v", err, err)
			}
			for _, e := range list {
				if !strings.HasPrefix(e.Error(), "fuzz.toml") {
					t.Fatalf("error does not name the file: %q", e.Error())
				}
			}
			return
		}
		for _, v := range []float64{th.Roughness, th.Bowing, th.StrokeWidth, th.FontSize, th.TitleSize, th.Margin, th.TokenSize, th.StatusSize, th.ArrowGap} {
			if math.IsNaN(v) || v < 0 || v > spec.MaxSize {
				t.Fatalf("accepted %v", v)
			}
		}
		if _, err := th.Color(th.Stroke); err != nil {
			t.Fatalf("accepted stroke %q: %v", th.Stroke, err)
		}
	})
}
