package spec

import (
	"strings"
	"testing"
)

// TestStartAngleErrors checks whole messages for start_angle: a range in
// degrees, and only where a layout goes around a centre.
func TestStartAngleErrors(t *testing.T) {
	const node = "[[nodes]]\nid = \"a\"\n"
	tests := []struct {
		name, src string
		want      []string
	}{
		{"out of range", "[layout]\nengine = \"twopi\"\nstart_angle = 400\n" + node,
			[]string{`d.toml:3:1: start_angle must be a number of degrees from -360 to 360 (0 is twelve o'clock, 90 three o'clock), not 400`}},
		{"dot has no centre", "[layout]\nstart_angle = 90\n" + node,
			[]string{`d.toml:2:1: start_angle orders nodes around a centre: it needs engine = "twopi" or "circo", not "dot"`}},
		{"in a panel", "kind = \"panels\"\n[[panels]]\nid = \"p\"\n[panels.layout]\nengine = \"neato\"\nstart_angle = 0\n[[panels.nodes]]\nid = \"a\"\n",
			[]string{`d.toml:6:1: start_angle orders nodes around a centre: it needs engine = "twopi" or "circo", not "neato"`}},
		{"mind map not radial", "kind = \"mindmap\"\n[mindmap]\ntopic = \"T\"\nstart_angle = 90\n",
			[]string{`d.toml:4:1: start_angle turns the radial layout; set layout = "radial" (the layout is "balanced")`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode("d.toml", []byte(tt.src))
			if err == nil {
				t.Fatal("no error")
			}
			if got := err.Error(); got != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", got, strings.Join(tt.want, "\n"))
			}
		})
	}
}
