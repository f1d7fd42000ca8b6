package outline

import (
	"strings"
	"testing"
)

// TestLongContinuation: a bullet continued over 500 000 lines (each line
// once copied the topic so far: 1 MiB did not finish in 40 s) is read in
// one go and refused for its length, at the bullet.
func TestLongContinuation(t *testing.T) {
	src := "# a\n- b\n" + strings.Repeat("c\n", 500_000)
	_, err := Decode("long.md", []byte(src))
	want := "long.md:2:3: text is 1000001 characters long; the limit is 2000"
	if err == nil || err.Error() != want {
		t.Errorf("got %v\nwant %s", err, want)
	}
}
