package layout

import (
	"context"
	"fmt"

	"github.com/sketchdeck/sketchdeck/gen/scene"
	"github.com/sketchdeck/sketchdeck/gen/spec"
)

// Mindmap lays out the mindmap kind.
type Mindmap struct{}

// Layout implements Engine.
func (Mindmap) Layout(ctx context.Context, d *spec.Diagram, env Env) (*scene.Scene, error) {
	return nil, fmt.Errorf("%s: diagram kind %q is not implemented yet", d.File, d.Kind)
}
