package build

import (
	"fmt"

	"github.com/sketchdeck/sketchdeck/internal/excalout"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/spec"
	"github.com/sketchdeck/sketchdeck/internal/text"
)

// excalidraw writes a diagram's scene as an Excalidraw scene file: the
// whole picture (build steps are not kept), seeded as the SVG is sketched,
// on the theme's page colour. A dark theme's scene keeps the light colours:
// Excalidraw's own dark mode darkens it.
func (b *Builder) excalidraw(d *spec.Diagram, sc *scene.Scene) ([]byte, error) {
	fonts, err := b.fonts()
	if err != nil {
		return nil, err
	}
	bg, _ := b.theme.Color(b.theme.Background)
	data, err := excalout.Write(sc, excalout.Options{Seed: b.seed ^ uint64(d.Seed), Background: bg,
		FontFamily: excalout.FontFamilies[b.theme.Family().String()], Metrics: fonts,
		FontMetrics: func(font string) excalout.Metrics {
			f, err := text.ParseFamily(font)
			if err != nil { // layout lets only the families through
				return fonts
			}
			return fonts.In(f)
		}})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", d.Name, err)
	}
	return data, nil
}
