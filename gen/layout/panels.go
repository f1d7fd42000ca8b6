package layout

import (
	"context"
	"fmt"

	"github.com/sketchdeck/sketchdeck/gen/scene"
	"github.com/sketchdeck/sketchdeck/gen/spec"
)

// Panels lays out the panels kind.
type Panels struct{}

// Layout implements Engine.
func (Panels) Layout(ctx context.Context, d *spec.Diagram, env Env) (*scene.Scene, error) {
	return nil, fmt.Errorf("%s: diagram kind %q is not implemented yet", d.File, d.Kind)
}
