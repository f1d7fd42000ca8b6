package main

import (
	"os"
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/theme"
)

// themeUsage is the help of the --theme flag, which build, serve and
// schema share.
func themeUsage() string {
	return "a shipped theme (" + strings.Join(theme.Shipped(), ", ") + "; default: default), or a theme file: a value that ends in .toml or contains a path separator"
}

// isThemeFile tells how --theme is read: a value that ends in ".toml" or
// contains a path separator names a file, anything else a shipped theme
// (whose names have neither).
func isThemeFile(ref string) bool {
	return strings.HasSuffix(ref, ".toml") || strings.ContainsRune(ref, os.PathSeparator)
}

// loadTheme loads the theme --theme names; "" is the default.
func loadTheme(ref string) (*theme.Theme, error) {
	if isThemeFile(ref) {
		return theme.LoadFile(ref)
	}
	return theme.Load(ref)
}
