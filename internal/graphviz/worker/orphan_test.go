//go:build unix

package worker

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/sketchdeck/sketchdeck/internal/graphviz"
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
			poll(t, "the worker to start its layout", func() bool {
				data, err := os.ReadFile(pidFile)
				pid, _ = strconv.Atoi(string(data))
				return err == nil && pid > 0
			})
			t.Cleanup(func() { _ = syscall.Kill(pid, syscall.SIGKILL) }) // if the test fails

			if err := parent.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			_ = parent.Wait() // killed by sig
			poll(t, fmt.Sprintf("worker %d to exit", pid), func() bool { return gone(pid) })
		})
	}
}

// poll waits for cond, failing the test after a minute.
func poll(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for range 1200 {
		if cond() {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("gave up waiting for %s", what)
}

// gone reports whether process pid has exited: it no longer exists, or is
// a zombie its new parent has not reaped yet.
func gone(pid int) bool {
	if err := syscall.Kill(pid, 0); errors.Is(err, syscall.ESRCH) {
		return true
	}
	stat, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return false
	}
	// The state follows the command's closing parenthesis.
	_, after, _ := strings.Cut(string(stat), ") ")
	return strings.HasPrefix(after, "Z")
}
