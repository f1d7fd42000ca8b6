package workertest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/graphviz"
	"github.com/sketchdeck/sketchdeck/internal/graphviz/wasm"
	"github.com/sketchdeck/sketchdeck/internal/graphviz/worker"
)

// HangRankGap is a rank gap, px, that makes the test worker spin (use CPU
// time without end) instead of laying the graph out: a stand-in for a graph
// Graphviz takes minutes on, so that a test of the time limit assumes no
// speed.
const HangRankGap = 7777

// logEnv names the file every test worker appends its pid to: workersLog,
// in the folder Main puts first on PATH.
const (
	logEnv     = "SKETCHDECK_TEST_WORKER_LOG"
	workersLog = "workers.log"
)

// Main runs m's tests with this test binary as the layout worker, and
// exits. When this binary was started as the worker, it serves layouts
// instead.
func Main(m *testing.M) {
	if IsWorker() {
		os.Exit(serve())
	}
	os.Exit(run(m))
}

// IsWorker reports whether this test binary was started as the worker.
func IsWorker() bool {
	return strings.TrimSuffix(filepath.Base(os.Args[0]), ".exe") == worker.Program
}

func run(m *testing.M) int {
	dir, err := os.MkdirTemp("", "sketchdeck-test-worker")
	if err != nil {
		fmt.Fprintln(os.Stderr, "workertest:", err)
		return 1
	}
	defer os.RemoveAll(dir)
	name := worker.Program
	if runtime.GOOS == "windows" {
		name += ".exe"
	}
	exe, err := os.Executable()
	if err == nil {
		err = link(exe, filepath.Join(dir, name))
	}
	if err == nil {
		err = os.Setenv("PATH", dir+string(os.PathListSeparator)+os.Getenv("PATH"))
	}
	if err == nil {
		err = os.WriteFile(filepath.Join(dir, workersLog), nil, 0o644)
	}
	if err == nil {
		err = os.Setenv(logEnv, filepath.Join(dir, workersLog))
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "workertest:", err)
		return 1
	}
	return m.Run()
}

// link makes name start exe: a symbolic link, or a copy where links need
// privileges (Windows).
func link(exe, name string) error {
	if err := os.Symlink(exe, name); err == nil || runtime.GOOS != "windows" {
		return err
	}
	data, err := os.ReadFile(exe)
	if err != nil {
		return err
	}
	return os.WriteFile(name, data, 0o755)
}

// Environ is os.Environ without what Main added: for a test that runs
// programs that must find the real worker (or none), not this binary.
func Environ() []string {
	var env []string
	for _, kv := range os.Environ() {
		name, value, _ := strings.Cut(kv, "=")
		switch {
		case name == logEnv:
			continue
		case name == "PATH":
			var keep []string
			for _, dir := range filepath.SplitList(value) {
				if _, err := os.Stat(filepath.Join(dir, workersLog)); err != nil {
					keep = append(keep, dir)
				}
			}
			kv = "PATH=" + strings.Join(keep, string(os.PathListSeparator))
		}
		env = append(env, kv)
	}
	return env
}

// OfflineGoEnv is Environ for the go command building a module of a test's
// own that requires this one through a replace directive: offline, every
// module comes from the module cache this checkout already fills, and
// go.sum is written from it.
func OfflineGoEnv() []string {
	return append(Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off", "GOSUMDB=off", "GOWORK=off")
}

// Starts is how many test workers have started since Main began.
func Starts() int { return len(events("start")) }

func serve() int {
	err := record("start")
	if err == nil {
		err = worker.Serve(context.Background(), os.Stdin, os.Stdout, renderer{wasm.NewRunner(wasm.Options{})})
	}
	if err != nil && !errors.Is(err, worker.ErrOverBudget) {
		fmt.Fprintln(os.Stderr, worker.Program+" (test):", err)
		return 1
	}
	return 0
}

// record appends "EVENT PID" to the workers' log, if there is one.
func record(event string) error {
	log := os.Getenv(logEnv)
	if log == "" {
		return nil
	}
	f, err := os.OpenFile(log, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintln(f, event, os.Getpid())
	return errors.Join(err, f.Close())
}

// Hanging returns the pids of the test workers hanging on a HangRankGap
// graph, in the order they began.
func Hanging() []int { return events("hang") }

func events(event string) []int {
	data, _ := os.ReadFile(os.Getenv(logEnv)) // no log: no events
	var pids []int
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, event+" "); ok {
			if pid, err := strconv.Atoi(rest); err == nil {
				pids = append(pids, pid)
			}
		}
	}
	return pids
}

// spin uses CPU time until ctx ends, as Graphviz does on a graph it takes
// minutes on: the worker's CPU-time limit stops it.
func spin(ctx context.Context) {
	for ctx.Err() == nil {
	}
}

// renderer is Graphviz, except for graphs with HangRankGap.
type renderer struct{ r *wasm.Runner }

var hangAttr = "ranksep=\"" + strconv.FormatFloat(HangRankGap/72.0, 'f', -1, 64) + "\""

func (t renderer) Render(ctx context.Context, e graphviz.Engine, dot string) (string, error) {
	if strings.Contains(dot, hangAttr) {
		if err := record("hang"); err != nil {
			return "", err
		}
		spin(ctx)
	}
	return t.r.Render(ctx, e, dot)
}

// RenderFormat is Graphviz writing another format (a user's graph file).
func (t renderer) RenderFormat(ctx context.Context, e graphviz.Engine, dot, format string) (string, error) {
	return t.r.RenderFormat(ctx, e, dot, format)
}
