package spec

import (
	"testing"
)

// TestFigureErrors: rounded and cap take only the values they document,
// and only on figures that draw them; as defaults they apply where they
// can and are no error elsewhere.
func TestFigureErrors(t *testing.T) {
	checkDecodeErrors(t, []decodeCase{
		{"rounded is not a string", "[[nodes]]\nid = \"a\"\nrounded = \"yes\"\n",
			[]string{`d.toml:3:1: rounded must be true, false or a corner radius in px, not a string`}},
		{"negative radius", "[[nodes]]\nid = \"a\"\nrounded = -4\n",
			[]string{`d.toml:3:1: rounded must be true, false or a corner radius from 0 to 10000 px, not -4`}},
		{"rounded circle", "[[nodes]]\nid = \"a\"\nshape = \"circle\"\nrounded = true\n",
			[]string{`d.toml:4:1: rounded has no effect on shape "circle"; it is for rectangle, square`}},
		{"cap on a box, by the default shape", "[defaults]\nshape = \"box\"\n[[nodes]]\nid = \"a\"\ncap = 0.2\n",
			[]string{`d.toml:5:1: cap has no effect on shape "rectangle"; it is for cylinder, tube`}},
		{"cap out of range", "[[nodes]]\nid = \"a\"\nshape = \"db\"\ncap = -1\n",
			[]string{`d.toml:4:1: cap must be a fraction of the height (0 to 1) or a height in px up to 10000, not -1`}},
		{"element rounded ellipse", "kind = \"drawing\"\n[[elements]]\nkind = \"ellipse\"\nwidth = 9\nheight = 9\nrounded = 3\n",
			[]string{`d.toml:6:1: rounded has no effect on a ellipse element; it is for rect`}},
		{"element cap on a line", "kind = \"drawing\"\n[[elements]]\nkind = \"line\"\npoints = [[0, 0], [9, 9]]\ncap = 3\n",
			[]string{`d.toml:5:1: cap has no effect on a line element; it is for cylinder`}},
	})
	ok := "[defaults]\nrounded = true\ncap = 0.3\n[[nodes]]\nid = \"a\"\nshape = \"circle\"\n[[nodes]]\nid = \"b\"\nrounded = false\n"
	if _, err := Decode("d.toml", []byte(ok)); err != nil {
		t.Errorf("defaults that some shapes do not take: %v", err)
	}
}
