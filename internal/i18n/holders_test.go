package i18n

import (
	"reflect"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// TestHoldsText: the walk follows what can hold a translatable text (a
// topic's sub-branches too: Topic reaches itself) and skips styles and
// numbers; a type outside the format is followed.
func TestHoldsText(t *testing.T) {
	for _, tt := range []struct {
		t    reflect.Type
		want bool
	}{
		{reflect.TypeFor[spec.Diagram](), true},
		{reflect.TypeFor[[]spec.Node](), true},
		{reflect.TypeFor[spec.Topic](), true},
		{reflect.TypeFor[[]spec.Topic](), true},
		{reflect.TypeFor[spec.NodeStyle](), false},
		{reflect.TypeFor[spec.Layout](), false},
		{reflect.TypeFor[[]float64](), false},
		{reflect.TypeFor[struct{ X string }](), true},
	} {
		if got := spec.HoldsText(tt.t); got != tt.want {
			t.Errorf("spec.HoldsText(%v) = %v, want %v", tt.t, got, tt.want)
		}
	}
}
