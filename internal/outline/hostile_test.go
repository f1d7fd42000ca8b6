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

// TestBadBytes: invalid UTF-8 and control characters get a positioned
// error, as they do in a TOML diagram, instead of being drawn as U+FFFD
// (or passed on) in silence.
func TestBadBytes(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"invalid UTF-8", "# a\xffb\n- c\n", "m.md:1:4: invalid UTF-8 byte 0xff: save the file as UTF-8"},
		{"NUL", "# a\n- c\x00d\n", "m.md:2:4: control character U+0000 is not allowed in a Markdown outline"},
		{"ESC", "# a\n- b\n  - \x1b[31mred\n", "m.md:3:5: control character U+001B is not allowed in a Markdown outline"},
		{"C1 control", "# a\n- \u0085b\n", "m.md:2:3: control character U+0085 is not allowed in a Markdown outline"},
		{"lone CR", "# a\r- b\n", "m.md:1:4: control character U+000D is not allowed in a Markdown outline"},
		{"front matter", "+++\ntitle = \"\x07\"\n+++\n# a\n", "m.md:2:10: control character U+0007 is not allowed in a Markdown outline"},
		{"several", "# \xfe\n- \x00\r\n", "m.md:1:3: invalid UTF-8 byte 0xfe: save the file as UTF-8\nm.md:2:3: control character U+0000 is not allowed in a Markdown outline"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Decode("m.md", []byte(c.src))
			if err == nil || err.Error() != c.want {
				t.Errorf("got %v\nwant %s", err, c.want)
			}
		})
	}
	// Tabs, CRLF line ends and any valid non-control text are fine.
	if _, err := Decode("m.md", []byte("# a\r\n\t- b ✓ 日本\r\n")); err != nil {
		t.Errorf("valid outline: %v", err)
	}
}
