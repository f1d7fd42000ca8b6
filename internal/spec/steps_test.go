package spec

import (
	"testing"
	"time"
)

// TestStepErrors: bad build steps and animation settings are reported at
// their key, with what is allowed.
func TestStepErrors(t *testing.T) {
	node := "[[nodes]]\nid = \"a\"\n"
	checkDecodeErrors(t, []decodeCase{
		{"step zero", node + "step = 0\n",
			[]string{`d.toml:3:1: step must be 1 or more, not 0 (leave it out to show the element from the start)`}},
		{"negative step on an edge", node + "[[edges]]\nfrom = \"a\"\nto = \"a\"\nstep = -2\n",
			[]string{`d.toml:6:1: step must be 1 or more, not -2 (leave it out to show the element from the start)`}},
		{"gap", node + "step = 1\n[[nodes]]\nid = \"b\"\nstep = 3\n",
			[]string{`d.toml:6:1: step 3 follows a gap: no element has step 2 (steps count 1, 2, 3 … without a gap)`}},
		{"past the limit", node + "step = 51\n",
			[]string{`d.toml:3:1: step 51 is past the limit of 50 steps`}},
		{"mark step zero", node + "[[marks]]\nkind = \"cross\"\non = \"a\"\nstep = 0\n",
			[]string{`d.toml:6:1: step must be 1 or more, not 0 (leave it out to show the element from the start)`}},
		{"mark step after a gap", node + "step = 1\n[[marks]]\nkind = \"cross\"\non = \"a\"\nstep = 3\n",
			[]string{`d.toml:7:1: step 3 follows a gap: no element has step 2 (steps count 1, 2, 3 … without a gap)`}},
		{"group step zero", node + "[[groups]]\nid = \"g\"\nnodes = [\"a\"]\nstep = 0\n",
			[]string{`d.toml:6:1: step must be 1 or more, not 0 (leave it out to show the element from the start)`}},
		{"lane step past the limit", "[[lanes]]\nid = \"l\"\nstep = 51\n[[nodes]]\nid = \"a\"\nlane = \"l\"\n",
			[]string{`d.toml:3:1: step 51 is past the limit of 50 steps`}},
		{"not a number", node + "step = \"one\"\n",
			[]string{`d.toml:3:1: step: want a number, not a string`}},
		{"topic step", "kind = \"mindmap\"\n[mindmap]\ntopic = \"t\"\n[[mindmap.branches]]\ntopic = \"x\"\nstep = \"2\"\n",
			[]string{`d.toml:6:1: step: want a number, not a string`}},
		{"sub-branch step past the limit", "kind = \"mindmap\"\n[mindmap]\ntopic = \"t\"\n[[mindmap.branches]]\ntopic = \"x\"\n[[mindmap.branches.branches]]\ntopic = \"y\"\nstep = 51\n",
			[]string{`d.toml:8:1: step 51 is past the limit of 50 steps`}},
		{"sub-branch colour and side", "kind = \"mindmap\"\n[mindmap]\ntopic = \"t\"\n[[mindmap.branches]]\ntopic = \"x\"\n[[mindmap.branches.branches]]\ntopic = \"y\"\ncolor = \"#12\"\nside = \"up\"\n",
			[]string{
				`d.toml:8:1: bad colour "#12": a hex colour has 3, 4, 6 or 8 hex digits, as in "#228be6"`,
				`d.toml:9:1: unknown label position "up": valid choices are "inside", "above", "below", "left" or "right"`,
				`d.toml:9:1: only a main branch (directly under the centre) has a side`,
			}},
		{"dim_past without steps", node + "[steps]\ndim_past = true\n",
			[]string{`d.toml:4:1: dim_past: no element has a step; give nodes, edges or other elements step = 1, 2 …`}},
		{"bad duration", node + "[animate]\nduration = \"3\"\n",
			[]string{`d.toml:4:1: bad duration "3": write a number and a unit, as in "3s" or "800ms"`}},
		{"duration out of range", node + "[animate]\nduration = \"5m\"\n",
			[]string{`d.toml:4:1: duration "5m" is out of range: from 100ms to 1m0s`}},
		{"unknown animate key", node + "[animate]\nspeed = 2\n",
			[]string{`d.toml:4:1: unknown key "speed" in [animate]; valid keys are duration, enabled`}},
		{"animate neither a boolean nor a table", "animate = 3\n" + node,
			[]string{`d.toml:1:1: animate: want true, false or an [animate] table, not an integer`}},
		{"animate keys of the wrong type", node + "[animate]\nenabled = \"yes\"\nduration = 3\n",
			[]string{
				`d.toml:4:1: enabled: want true or false, not a string`,
				`d.toml:5:1: duration: want a string such as "3s", not an integer`,
			}},
	})
}

// TestAnimateOn: writing [animate] turns the animation on, enabled =
// false turns it off, and without the table the command line decides.
func TestAnimateOn(t *testing.T) {
	for _, tt := range []struct {
		src      string
		on, said bool
		duration time.Duration
	}{
		{"", false, false, DefaultAnimateDuration},
		{"[animate]\nduration = \"1500ms\"\n", true, true, 1500 * time.Millisecond},
		{"[animate]\nenabled = false\n", false, true, DefaultAnimateDuration},
		{"[animate]\nenabled = true\n", true, true, DefaultAnimateDuration},
		{"animate = true\n", true, true, DefaultAnimateDuration},
		{"animate = false\n", false, true, DefaultAnimateDuration},
		{"animate = { duration = \"2s\" }\n", true, true, 2 * time.Second},
	} {
		d, err := Decode("d.toml", []byte(tt.src+"[[nodes]]\nid = \"a\"\n"))
		if err != nil {
			t.Fatal(err)
		}
		on, said := d.Animate.On()
		if on != tt.on || said != tt.said || d.Animate.Duration.Value() != tt.duration {
			t.Errorf("%q: on %v said %v duration %v; want %v %v %v", tt.src, on, said, d.Animate.Duration.Value(), tt.on, tt.said, tt.duration)
		}
	}
}

// TestStepOf reads back the names StepFile writes, and nothing else.
func TestStepOf(t *testing.T) {
	if n, k, ok := StepOf(StepFile("cdn.v2", 12)); !ok || n != "cdn.v2" || k != 12 {
		t.Errorf("StepOf(StepFile) = %q %d %v", n, k, ok)
	}
	for _, f := range []string{"cdn.svg", "cdn.step-0.svg", "cdn.step-01.svg", "cdn.step-x.svg", ".step-1.svg", "cdn.step-1.png"} {
		if _, _, ok := StepOf(f); ok {
			t.Errorf("StepOf(%q) is a step file", f)
		}
	}
}
