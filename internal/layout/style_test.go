package layout

import (
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// TestOneStyleResolver: a node and a drawing element that write the same
// look get the same style, and an unknown colour gets the same message,
// at the node's key or at the element; a part's colour roles come first.
func TestOneStyleResolver(t *testing.T) {
	env := testEnv(t)
	rough := 0.5
	node := spec.NodeStyle{Stroke: "red", StrokeWidth: 3, StrokeStyle: "dashed", Roughness: &rough, Fill: "bleu", FillStyle: "solid"}
	el := spec.Element{P: spec.Pos{Line: 7, Col: 1}, Stroke: "red", StrokeWidth: 3, StrokeStyle: "dashed", Roughness: &rough, Fill: "bleu", FillStyle: "solid"}

	var nodeErrs, elErrs spec.ErrorList
	r := resolver{env: env, file: "x.toml", errs: &nodeErrs}
	fromNode := r.shapeStyle(node, "", "nodes[0]")
	d := &drawer{env: env, o: ElementOptions{File: "x.toml"}, errs: &elErrs, r: resolver{env: env, file: "x.toml", errs: &elErrs}}
	fromEl := d.style(&el)
	if fromNode != fromEl {
		t.Errorf("node style %+v\nelement style %+v", fromNode, fromEl)
	}
	msg := `unknown colour "bleu"`
	if len(nodeErrs) != 1 || nodeErrs[0].Path != "nodes[0].fill" || nodeErrs[0].Msg[:len(msg)] != msg {
		t.Errorf("node: %v", nodeErrs)
	}
	if len(elErrs) != 1 || elErrs[0].Pos != el.P || elErrs[0].Msg != nodeErrs[0].Msg {
		t.Errorf("element: %v", elErrs)
	}

	d.r.colors = map[string]string{"bleu": "#0000ff"}
	if st := d.style(&el); st.Fill != "#0000ff" {
		t.Errorf("role colour: fill %q; want #0000ff", st.Fill)
	}
}
