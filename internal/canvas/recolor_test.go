package canvas

import (
	"bytes"
	"io"
	"testing"
)

// record is a Canvas that keeps what it is given.
type record struct {
	paths []Path
	texts []Text
}

func (r *record) Paths(ps []Path)                    { r.paths = append(r.paths, ps...) }
func (r *record) Text(t Text)                        { r.texts = append(r.texts, t) }
func (r *record) Image(Image)                        {}
func (r *record) WriteTo(w io.Writer) (int64, error) { return 0, nil }

func TestRecolor(t *testing.T) {
	var r record
	c := Recolor(&r, func(s string) string { return "dark" + s })
	in := []Path{{Paint: Paint{Color: "#fff", Area: true}}, {Paint: Paint{Color: "#000", Width: 1}}}
	c.Paths(in)
	c.Text(Text{Color: "#111"})
	if r.paths[0].Paint.Color != "dark#fff" || r.paths[1].Paint.Color != "dark#000" || r.texts[0].Color != "dark#111" {
		t.Errorf("recoloured %+v %+v", r.paths, r.texts)
	}
	if in[0].Paint.Color != "#fff" {
		t.Error("Recolor changed its caller's paths")
	}
	var buf bytes.Buffer
	if _, err := c.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
}
