package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestNoDiagramsFolder: run where there is no diagrams/ folder, or given a
// path that does not exist, each command that reads diagrams says which
// path is missing and how to name the folder, instead of a bare "stat".
func TestNoDiagramsFolder(t *testing.T) {
	t.Chdir(t.TempDir())
	const hint = ": name your diagrams' folder or files after the command (without any, diagrams/ is read)\n"
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"build"}, "sketchdeck: no folder or file diagrams" + hint},
		{[]string{"lint"}, "sketchdeck: no folder or file diagrams" + hint},
		{[]string{"i18n", "check"}, "sketchdeck: no folder or file diagrams" + hint},
		{[]string{"build", "slides/x.toml"}, "sketchdeck: no folder or file slides/x.toml" + hint},
		{[]string{"serve", "--addr", "127.0.0.1:0", "slides"}, "sketchdeck serve: no folder or file slides" + hint},
	} {
		var stdout, stderr bytes.Buffer
		code := run(c.args, strings.NewReader(""), &stdout, &stderr)
		if code == 0 || stderr.String() != c.want {
			t.Errorf("sketchdeck %s: exit %d, stderr\n%s\nwant\n%s", strings.Join(c.args, " "), code, stderr.String(), c.want)
		}
	}
}
