package excalin

import (
	"strings"
	"testing"
)

// TestTransparentStroke: a shape without an outline (strokeColor
// transparent) is drawn without one, not with the theme's stroke; and
// roughness 0 (architect) is kept.
func TestTransparentStroke(t *testing.T) {
	scene := `{"type":"excalidraw","elements":[{"type":"rectangle","x":0,"y":0,"width":10,"height":10,"strokeColor":"transparent","backgroundColor":"#ffec99","fillStyle":"solid","roughness":0}]}`
	out, err := Import([]byte(scene), "t", nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`stroke = "none"`, `roughness = 0`} {
		if !strings.Contains(string(out), want) {
			t.Errorf("the drawing lacks %s:\n%s", want, out)
		}
	}
}
