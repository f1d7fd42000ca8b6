package spec

import (
	"strconv"
	"strings"
	"testing"
)

// TestManyUnknownReferences: 6000 unknown node references among 2000 ids
// of 100 characters (a suggestion each, by edit distance against every id:
// 800 references took 28 s, these would take minutes) suggest only for the
// errors shown, and the rest are counted.
func TestManyUnknownReferences(t *testing.T) {
	long := strings.Repeat("n", 100)
	var b strings.Builder
	for i := range 2000 {
		b.WriteString("[[nodes]]\nid = \"" + long + strconv.Itoa(i) + "\"\n")
	}
	for i := range 3000 {
		b.WriteString("[[edges]]\nfrom = \"" + long + "q" + strconv.Itoa(i) + "\"\nto = \"" + long + "q" + strconv.Itoa(i) + "\"\n")
	}
	_, err := Decode("refs.toml", []byte(b.String()))
	if err == nil {
		t.Fatal("no error")
	}
	lines := strings.Split(err.Error(), "\n")
	first := `refs.toml:4002:1: edge "` + long + "q0 → " + long + `q0": unknown node "` + long + `q0" (did you mean "` + long + `0"?)`
	if lines[0] != first {
		t.Errorf("first error:\n%s\nwant:\n%s", lines[0], first)
	}
	if last, want := lines[len(lines)-1], "refs.toml: too many errors: 5950 more not shown"; last != want {
		t.Errorf("last line %q, want %q", last, want)
	}
}

// TestSuggestLongName: a name of 500 000 characters is no typo of a short
// one, and is not compared with each (2000 comparisons of 1600 characters
// took 0.75 s).
func TestSuggestLongName(t *testing.T) {
	ids := make([]string, 2000)
	for i := range ids {
		ids[i] = "node" + strconv.Itoa(i)
	}
	if got := didYouMean(strings.Repeat("q", 500_000), ids); got != "" {
		t.Errorf("got %q", got)
	}
	if got := didYouMean("node17x", ids); got != ` (did you mean "node17"?)` {
		t.Errorf("got %q", got)
	}
}
