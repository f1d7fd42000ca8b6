package proctest

import (
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"
)

// aloneEnv is set in the environment of the process that Alone starts.
const aloneEnv = "SKETCHDECK_TEST_ALONE"

// Alone runs the test t (a subtest too) again in a process of its own
// (the test binary, running only t), and fails t unless it passes there. It
// reports whether this process is that one, where the caller goes on with
// the test's body; elsewhere it returns false and the caller returns. For
// a test that changes its process for good, as one that stops Graphviz,
// which cannot restart in a process.
func Alone(t *testing.T) bool {
	t.Helper()
	if os.Getenv(aloneEnv) != "" {
		return true
	}
	var run []string
	for _, name := range strings.Split(t.Name(), "/") {
		run = append(run, "^"+regexp.QuoteMeta(name)+"$")
	}
	cmd := exec.Command(os.Args[0], "-test.run="+strings.Join(run, "/"), "-test.v")
	cmd.Env = append(os.Environ(), aloneEnv+"=1")
	out, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(out), "--- PASS: "+t.Name()+" ") {
		t.Fatalf("in a process of its own: %v\n%s", err, out)
	}
	return false
}
