package spec

import (
	"strings"
	"testing"
)

// TestLintAllowErrors: a [[lint.allow]] names exactly two items and says
// why; mistakes are reported at the entry, whole messages checked.
func TestLintAllowErrors(t *testing.T) {
	const node = "[[nodes]]\nid = \"a\"\n"
	tests := []struct {
		name, src string
		want      []string
	}{
		{"one id", node + "[[lint.allow]]\nids = [\"a\"]\nreason = \"r\"\n",
			[]string{`d.toml:4:1: ids must name exactly two items (the two that overlap), not 1`}},
		{"empty id and no reason", node + "[[lint.allow]]\nids = [\"a\", \"\"]\n",
			[]string{
				`d.toml:3:1: lint.allow needs a reason: say why the overlap is intended`,
				`d.toml:4:1: ids[1] is empty: name an item by its id, as lint reports it`,
			}},
		{"unknown key", node + "[lint]\nallows = []\n",
			[]string{`d.toml:4:1: unknown key "allows" in [lint] (did you mean "allow"?); valid keys are allow`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode("d.toml", []byte(tt.src))
			if err == nil {
				t.Fatal("no error")
			}
			if got := err.Error(); got != strings.Join(tt.want, "\n") {
				t.Errorf("got:\n%s\nwant:\n%s", got, strings.Join(tt.want, "\n"))
			}
		})
	}
	d, err := Decode("d.toml", []byte(node+"[[lint.allow]]\nids = [\"a\", \"b\"]\nreason = \"r\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	if a := d.Lint.Allow; len(a) != 1 || a[0].P != (Pos{3, 1}) || a[0].IDs[1] != "b" {
		t.Errorf("allow decoded as %+v", a)
	}
}
