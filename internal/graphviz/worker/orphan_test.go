//go:build unix

package worker

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/sketchdeck/sketchdeck/internal/graphviz"
	"github.com/sketchdeck/sketchdeck/internal/proctest"
)

// hangingParent is the program of TestWorkerDiesWithParent: it starts a
// worker (this test binary again) and asks it for a layout that never
// ends, until it is killed.
func hangingParent() int {
	exe, err := os.Executable()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	os.Setenv(workerEnv, "1")
	c := New(Options{Command: []string{exe}, Timeout: time.Hour})
	_, err = c.Layout(context.Background(), square(graphviz.Twopi))
	fmt.Fprintln(os.Stderr, "the hanging layout ended:", err)
	return 1
}

// TestWorkerDiesWithParent kills, with each signal, a program whose worker
// is in the middle of a layout, and watches the worker (by its pid) exit
// instead of running on, re-parented to PID 1. The bound on the wait is
// generous: the worker goes within a second (Pdeathsig on Linux, the end
// of its input elsewhere), but the machine may be busy.
func TestWorkerDiesWithParent(t *testing.T) {
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGKILL} {
		t.Run(sig.String(), func(t *testing.T) {
			pidFile := filepath.Join(t.TempDir(), "worker.pid")
			parent := exec.Command(exe, "-test.run=^$")
			parent.Env = append(os.Environ(), parentEnv+"=1", pidFileEnv+"="+pidFile)
			parent.Stderr = os.Stderr
			if err := parent.Start(); err != nil {
				t.Fatal(err)
			}
			pid := 0
			proctest.WaitUntil(t, "the worker to start its layout", func() bool {
				data, err := os.ReadFile(pidFile)
				pid, _ = strconv.Atoi(string(data))
				return err == nil && pid > 0
			})
			t.Cleanup(func() { _ = syscall.Kill(pid, syscall.SIGKILL) }) // if the test fails

			if err := parent.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			_ = parent.Wait() // killed by sig
			proctest.WaitUntil(t, fmt.Sprintf("worker %d to exit", pid), func() bool { return proctest.Exited(pid) })
		})
	}
}
