package worker

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestGraphvizVersion: GraphvizVersion is the Graphviz release of the
// go-graphviz that go.mod requires (the graphviz.version file of its
// module, read from the module cache).
func TestGraphvizVersion(t *testing.T) {
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("the go command is not on PATH")
	}
	mod, _, _ := strings.Cut(GraphvizModule, " ")
	out, err := exec.Command(goBin, "list", "-m", "-f", "{{.Dir}}", mod).Output()
	if err != nil {
		t.Skipf("go list -m %s: %v", mod, err)
	}
	data, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(out)), "graphviz.version"))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.TrimSpace(string(data)); got != GraphvizVersion {
		t.Errorf("%s builds Graphviz %s; update worker.GraphvizVersion (%s)", GraphvizModule, got, GraphvizVersion)
	}
}
