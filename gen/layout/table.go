package layout

import (
	"context"
	"fmt"

	"github.com/sketchdeck/sketchdeck/gen/scene"
	"github.com/sketchdeck/sketchdeck/gen/spec"
)

// Table lays out the table kind.
type Table struct{}

// Layout implements Engine.
func (Table) Layout(ctx context.Context, d *spec.Diagram, env Env) (*scene.Scene, error) {
	return nil, fmt.Errorf("%s: diagram kind %q is not implemented yet", d.File, d.Kind)
}
