package main

import (
	"testing"
)

// TestIcons searches the parts and the icon sets, and lists the sets.
func TestIcons(t *testing.T) {
	tests := []struct {
		args   []string
		code   int
		golden string // stdout
		errs   string
	}{
		{[]string{"icons"}, exitOK, "icons.txt", ""},
		{[]string{"icons", "server"}, exitOK, "icons-server.txt", ""},
		{[]string{"icons", "Laptop", "code"}, exitOK, "icons-laptop-code.txt", ""},
		{[]string{"icons", "qqqq"}, exitBad, "", "sketchdeck icons: no part or icon matches \"qqqq\"\n"},
		{[]string{"icons", "--nope"}, exitUsage, "", "sketchdeck icons: unknown flag: --nope\nRun 'sketchdeck icons --help' for the flags.\n"},
	}
	for _, tt := range tests {
		code, out, errs := runCLI(t, "", tt.args...)
		if code != tt.code || errs != tt.errs {
			t.Errorf("sketchdeck %v: exit %d, stderr %q; want %d, %q", tt.args, code, errs, tt.code, tt.errs)
		}
		if tt.golden != "" {
			goldenText(t, tt.golden, out)
		} else if out != "" {
			t.Errorf("sketchdeck %v: stdout %q", tt.args, out)
		}
	}
}
