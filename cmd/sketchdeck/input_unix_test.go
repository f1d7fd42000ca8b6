//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestSpecialFiles: a link to /dev/zero (read whole, it ran the build out
// of memory), a named pipe (it hung the build) and an oversized file, as a
// diagram, a theme, a catalog, a PO file, a part or a deck, are refused
// with a message naming the file, after reading at most one byte past the
// limit.
func TestSpecialFiles(t *testing.T) {
	cases := []struct {
		name  string
		files map[string]string // name → "zero", "fifo", "big" or contents
		args  []string
		code  int
		want  string // stderr; DIR is the test's folder
		built string // an SVG the build still writes beside the refused file
	}{
		{"diagram linked to /dev/zero", map[string]string{"diagrams/z.toml": "zero", "diagrams/a.toml": "[[nodes]]\nid = \"a\"\n"}, []string{"build", "--out", "DIR/out", "DIR/diagrams"},
			exitBad, "sketchdeck: DIR/diagrams/z.toml (a link to /dev/zero) is a device, not a regular file: sketchdeck reads only regular files\n", "out/a.svg"},
		{"diagram that is a FIFO", map[string]string{"diagrams/x.toml": "fifo"}, []string{"build", "--out", "DIR/out", "DIR/diagrams"},
			exitBad, "sketchdeck: DIR/diagrams/x.toml is a named pipe (FIFO), not a regular file: sketchdeck reads only regular files\n", ""},
		{"oversized diagram", map[string]string{"diagrams/big.toml": "big"}, []string{"build", "--out", "DIR/out", "DIR/diagrams/big.toml"},
			exitBad, "sketchdeck: DIR/diagrams/big.toml is 1048577 bytes; the limit is 1048576 bytes (1 MiB)\n", ""},
		{"theme linked to /dev/zero", map[string]string{"t.toml": "zero", "a.toml": "[[nodes]]\nid = \"a\"\n"}, []string{"build", "--theme", "DIR/t.toml", "--out", "DIR/out", "DIR/a.toml"},
			exitUsage, "sketchdeck: theme: DIR/t.toml (a link to /dev/zero) is a device, not a regular file: sketchdeck reads only regular files\n", ""},
		{"catalog linked to /dev/zero", map[string]string{"locales/fr.toml": "zero", "a.toml": "[[nodes]]\nid = \"a\"\n"}, []string{"build", "--lang", "fr", "--locales", "DIR/locales", "--out", "DIR/out", "DIR/a.toml"},
			exitBad, "sketchdeck: DIR/locales/fr.toml (a link to /dev/zero) is a device, not a regular file: sketchdeck reads only regular files\n", ""},
		{"PO file that is a FIFO", map[string]string{"fr.po": "fifo"}, []string{"i18n", "import", "DIR/fr.po"},
			exitBad, "sketchdeck: DIR/fr.po is a named pipe (FIFO), not a regular file: sketchdeck reads only regular files\n", ""},
		{"part linked to /dev/zero", map[string]string{"parts/p.toml": "zero", "a.toml": "[[nodes]]\nid = \"a\"\n"}, []string{"build", "--parts", "DIR/parts", "--out", "DIR/out", "DIR/a.toml"},
			exitUsage, "sketchdeck: part: DIR/parts: p.toml is a device, not a regular file: sketchdeck reads only regular files\n", ""},
		{"deck that is a FIFO", map[string]string{"slides.md": "fifo"}, []string{"check", "--deck", "DIR/slides.md", "--diagrams", "DIR"},
			exitBad, "sketchdeck: deck: DIR/slides.md is a named pipe (FIFO), not a regular file: sketchdeck reads only regular files\n", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, body := range c.files {
				p := filepath.Join(dir, name)
				if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
					t.Fatal(err)
				}
				var err error
				switch body {
				case "zero":
					err = os.Symlink("/dev/zero", p)
				case "fifo":
					err = syscall.Mkfifo(p, 0o644)
				case "big":
					err = os.WriteFile(p, []byte("#"+strings.Repeat(" ", 1<<20)), 0o644)
				default:
					err = os.WriteFile(p, []byte(body), 0o644)
				}
				if err != nil {
					t.Skip("cannot make the file:", err)
				}
			}
			args := make([]string, len(c.args))
			for i, a := range c.args {
				args[i] = strings.ReplaceAll(a, "DIR", dir)
			}
			// A regression blocks on the FIFO until the test binary's timeout.
			code, _, errs := runCLI(t, "", args...)
			if errs = strings.ReplaceAll(errs, dir, "DIR"); code != c.code || errs != c.want {
				t.Errorf("exit %d, stderr\n%s\nwant exit %d, stderr\n%s", code, errs, c.code, c.want)
			}
			if c.built != "" {
				if _, err := os.Stat(filepath.Join(dir, c.built)); err != nil {
					t.Errorf("the readable diagram was not built beside the refused one: %v", err)
				}
			}
		})
	}
}
