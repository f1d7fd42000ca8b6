package outline

import (
	"strings"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// shape prints a topic tree as "a(b c(d))", for comparing structures.
func shape(ts []spec.Topic) string {
	parts := make([]string, len(ts))
	for i, t := range ts {
		parts[i] = t.Topic
		if len(t.Branches) > 0 {
			parts[i] += "(" + shape(t.Branches) + ")"
		}
	}
	return strings.Join(parts, " ")
}

func TestDecodeStructure(t *testing.T) {
	cases := []struct{ name, src, topic, tree string }{
		{"headings and bullets", "# C\n## A\n- a1\n  - a11\n- a2\n## B\n* b1\n", "C", "A(a1(a11) a2) B(b1)"},
		{"bullets only", "- C\n  - a\n    - b\n  - c\n", "C", "a(b) c"},
		{"tabs and numbers", "# C\n1. a\n\t2) b\n", "C", "a(b)"},
		{"inline markup", "# **C**\n- [link](http://x) and `code` _em_\n", "C", "link and code em"},
		{"continuation line", "# C\n- a long\n  topic\n- b\n", "C", "a long topic b"},
		{"fenced code is skipped", "# C\n```\n- not a topic\n```\n- a\n", "C", "a"},
		{"deeper heading after bullets", "# C\n## A\n- a\n### A1\n- x\n## B\n", "C", "A(a A1(x)) B"},
		{"front matter topic", "+++\n[mindmap]\ntopic = \"C\"\n+++\n- a\n- b\n", "C", "a b"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, err := Decode("m.md", []byte(c.src))
			if err != nil {
				t.Fatal(err)
			}
			if d.Kind != spec.KindMindmap || d.Mindmap.Topic != c.topic {
				t.Errorf("kind %q topic %q, want mindmap %q", d.Kind, d.Mindmap.Topic, c.topic)
			}
			if got := shape(d.Mindmap.Branches); got != c.tree {
				t.Errorf("tree %s, want %s", got, c.tree)
			}
		})
	}
}

// TestDecodePositions checks that topics keep their Markdown positions.
func TestDecodePositions(t *testing.T) {
	d, err := Decode("m.md", []byte("+++\ntitle = \"T\"\n+++\n# C\n\n- a\n   - b\n"))
	if err != nil {
		t.Fatal(err)
	}
	a := d.Mindmap.Branches[0]
	if a.P != (spec.Pos{Line: 6, Col: 3}) || a.Branches[0].P != (spec.Pos{Line: 7, Col: 6}) {
		t.Errorf("positions %v and %v, want 6:3 and 7:6", a.P, a.Branches[0].P)
	}
}

// TestDecodeErrors checks whole messages, with positions in the Markdown file.
func TestDecodeErrors(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"empty", "\n",
			"m.md:1:1: the outline is empty: write a \"# central topic\" heading and bullets under it"},
		{"two roots", "# A\n# B\n",
			"m.md:1:1: the outline has several top-level topics: start it with one \"# central topic\" heading, or set topic under [mindmap] in the front matter"},
		{"unclosed front matter", "+++\ntitle = \"x\"\n# A\n",
			"m.md:1:1: front matter opened with +++ is never closed: end it with a +++ line"},
		{"bad front matter key", "+++\n[mindmap]\nlayuot = \"radial\"\n+++\n# A\n",
			"m.md:3:1: unknown key \"layuot\" in [mindmap] (did you mean \"layout\"?); valid keys are branches, color, font_size, icon, icon_size, image, image_size, label_position, layout, level_gap, lines, margin, palette, sibling_gap, start_angle, topic, wrap"},
		{"bad layout", "+++\n[mindmap]\nlayout = \"spiral\"\n+++\n# A\n",
			"m.md:3:1: unknown mind map layout \"spiral\": valid choices are \"balanced\", \"radial\" or \"right\""},
		{"not a mind map", "+++\nkind = \"table\"\n+++\n# A\n",
			"m.md:2:1: a Markdown outline is a mind map: kind must be \"mindmap\", not \"table\""},
		{"long topic", "# A\n- " + strings.Repeat("x", spec.MaxTextLen+1) + "\n",
			"m.md:2:3: text is 2001 characters long; the limit is 2000"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Decode("m.md", []byte(c.src))
			got := "<nil>"
			if err != nil {
				got = err.Error()
			}
			if got != c.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, c.want)
			}
		})
	}
}

func TestIs(t *testing.T) {
	for f, want := range map[string]bool{"a.md": true, "a.mindmap.md": true, "A.MD": true, "a.toml": false, "-": false} {
		if Is(f) != want {
			t.Errorf("Is(%q) = %v", f, !want)
		}
	}
}
