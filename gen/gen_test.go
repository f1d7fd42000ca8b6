package gen

import (
	"path/filepath"
	"testing"
)

// TestNewThemeErrors: a theme is named or read from a file, never guessed
// from its spelling, and asking for both is an error.
func TestNewThemeErrors(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "missing.toml")
	tests := []struct {
		opts Options
		want string
	}{
		{Options{Theme: "default", ThemeFile: "../themes/default.toml"}, "gen: Options.Theme and Options.ThemeFile are both set: give one"},
		{Options{Theme: "../themes/default.toml"}, `theme: unknown theme "../themes/default.toml": shipped themes are auto, clean, dark, default, excalidraw, or give a .toml file`},
		{Options{ThemeFile: missing}, "theme: " + missing + ": no such file or directory"},
	}
	for _, tt := range tests {
		b, err := New(tt.opts)
		if err == nil {
			b.Close()
			t.Errorf("New(%+v): no error; want %s", tt.opts, tt.want)
			continue
		}
		if err.Error() != tt.want {
			t.Errorf("New(%+v) = %v; want %s", tt.opts, err, tt.want)
		}
	}
}
