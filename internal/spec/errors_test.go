package spec

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestCount(t *testing.T) {
	for _, tc := range []struct {
		n    int
		want string
	}{{0, "0 rows"}, {1, "1 row"}, {2, "2 rows"}} {
		if got := Count(tc.n, "row", "rows"); got != tc.want {
			t.Errorf("Count(%d) = %q, want %q", tc.n, got, tc.want)
		}
	}
}

// TestClip: a long value is named by its first 40 bytes, cut before a
// character they would split, so that the message stays UTF-8.
func TestClip(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"M0 0 L1 1", "M0 0 L1 1"},
		{strings.Repeat("a", 40), strings.Repeat("a", 40)},
		{strings.Repeat("a", 41), strings.Repeat("a", 40) + "…"},
		{strings.Repeat("a", 39) + "→b", strings.Repeat("a", 39) + "…"},
		{strings.Repeat("→", 20), strings.Repeat("→", 13) + "…"},
	} {
		got := Clip(tc.in)
		if got != tc.want || !utf8.ValidString(got) {
			t.Errorf("Clip(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestControlIn finds the control characters that draw nothing, counted
// in characters; a line break, written \n or \r\n, is none.
func TestControlIn(t *testing.T) {
	for _, tc := range []struct {
		s   string
		r   rune
		at  int
		bad bool
	}{
		{"plain", 0, 0, false},
		{"two\nlines", 0, 0, false},
		{"two\r\nlines", 0, 0, false},
		{"é\u202eright to left", 0, 0, false},
		{"é\x01", 1, 2, true},
		{"tab\there", '\t', 4, true},
		{"alone\r", '\r', 6, true},
		{"\x7f", 0x7f, 1, true},
		{"next\u0085line", 0x85, 5, true},
	} {
		r, at, bad := controlIn(tc.s)
		if r != tc.r || at != tc.at || bad != tc.bad {
			t.Errorf("controlIn(%q) = %U, %d, %v; want %U, %d, %v", tc.s, r, at, bad, tc.r, tc.at, tc.bad)
		}
	}
}
