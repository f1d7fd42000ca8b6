package worker

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sketchdeck/sketchdeck/internal/graphviz"
	"github.com/sketchdeck/sketchdeck/internal/graphviz/wasm"
)

// queued lays a gated graph out in c (one worker), and once its request
// is sent, a square queued behind it on the same worker; then opens the
// gate (or calls open, which must let the gated layout end) and returns
// both errors and the square's layout. The square is sent before the
// gated layout is answered, so whatever ends the worker happens with a
// request queued behind.
func queued(t *testing.T, c *Client, ctx context.Context, open func()) (gatedErr, squareErr error, got graphviz.Result) {
	t.Helper()
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		_, gatedErr = c.Layout(ctx, gated())
	}()
	waitSent(c, 1)
	go func() {
		defer wg.Done()
		got, squareErr = c.Layout(context.Background(), square(graphviz.Dot))
	}()
	waitSent(c, 2)
	open()
	wg.Wait()
	return gatedErr, squareErr, got
}

// waitSent waits until c has sent n requests.
func waitSent(c *Client, n int) {
	for c.Sent() < n {
		runtime.Gosched()
		time.Sleep(time.Millisecond)
	}
}

// gate makes the gated graph's worker do what (gatedEnv) once the
// returned function opens its gate.
func gate(t *testing.T, what string) func() {
	file := filepath.Join(t.TempDir(), "gate")
	t.Setenv(gateEnv, file)
	t.Setenv(gatedEnv, what)
	return func() {
		if err := os.WriteFile(file, nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestQueuedSurvivesItsWorker: a layout queued on a worker behind one
// that ends it (over its CPU time, dead, Graphviz stopped) is laid out by
// a new worker, to the same result as in this process; the layout that
// ended the worker gets its own error.
func TestQueuedSurvivesItsWorker(t *testing.T) {
	in := wasm.NewRunner(wasm.Options{})
	defer in.Close()
	want, err := in.Layout(context.Background(), square(graphviz.Dot))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ what, err string }{
		{"spin", `graphviz: graph "gated": layout used more than 200ms of CPU time, the limit, and was stopped`},
		{"exit", `graphviz: graph "gated": the layout worker stopped (exit status 3): gated: out of luck`},
		{"stop", `graphviz: graph "gated": Graphviz stopped and cannot restart in this process`},
	} {
		t.Run(tc.what, func(t *testing.T) {
			if tc.what == "spin" {
				if _, ok := cpuTime(); !ok {
					t.Skip("this system does not tell a process its CPU time")
				}
			}
			// No wall-clock backstop: a loaded machine may take long over
			// 200ms of CPU time.
			never := func(time.Duration) (<-chan time.Time, func()) { return nil, func() {} }
			c := testClient(t, Options{Timeout: 200 * time.Millisecond, expire: never})
			gErr, sErr, got := queued(t, c, context.Background(), gate(t, tc.what))
			if gErr == nil || !strings.HasPrefix(gErr.Error(), tc.err) {
				t.Errorf("gated layout: got %v, want %s…", gErr, tc.err)
			}
			if sErr != nil {
				t.Fatalf("queued layout: %v", sErr)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("queued layout differs:\n%v\n%v", got, want)
			}
			if n := c.Starts(); n != 2 {
				t.Errorf("%d workers started, want 2", n)
			}
		})
	}
}

// TestQueuedSurvivesKill: the worker is killed while it lays a graph out,
// past the wall-clock backstop or because that layout's context ended; the
// layout queued behind it is laid out by a new worker.
func TestQueuedSurvivesKill(t *testing.T) {
	gate(t, "spin") // never opened: the gated layout runs until killed
	wallErr := `graphviz: graph "gated": layout took longer than 4s of wall-clock time (20 times the CPU-time limit) and was stopped`
	t.Run("wall clock", func(t *testing.T) {
		fire := make(chan time.Time, 1)
		var once sync.Once
		expire := func(limit time.Duration) (<-chan time.Time, func()) {
			// The first layout's clock fires when the test says; the
			// others' and the workers' starts' never.
			var ch <-chan time.Time
			if limit == WallFactor*200*time.Millisecond {
				once.Do(func() { ch = fire })
			}
			return ch, func() {}
		}
		c := testClient(t, Options{Timeout: 200 * time.Millisecond, expire: expire})
		gErr, sErr, _ := queued(t, c, context.Background(), func() { fire <- time.Time{} })
		if gErr == nil || !strings.HasPrefix(gErr.Error(), wallErr) {
			t.Errorf("gated layout: got %v, want %s…", gErr, wallErr)
		}
		if sErr != nil {
			t.Errorf("queued layout: %v", sErr)
		}
	})
	t.Run("cancelled", func(t *testing.T) {
		c := testClient(t, Options{})
		ctx, cancel := context.WithCancel(context.Background())
		gErr, sErr, _ := queued(t, c, ctx, cancel)
		if !errors.Is(gErr, context.Canceled) {
			t.Errorf("gated layout: got %v, want %v", gErr, context.Canceled)
		}
		if sErr != nil {
			t.Errorf("queued layout: %v", sErr)
		}
		if n := c.Starts(); n != 2 {
			t.Errorf("%d workers started, want 2", n)
		}
	})
}

// TestAnswersInOrder: layouts given to one worker at once each get their
// own answer, whatever order they were asked in; a worker is given at most
// queueDepth of them at once.
func TestAnswersInOrder(t *testing.T) {
	in := wasm.NewRunner(wasm.Options{})
	defer in.Close()
	const n = 12
	want := make([]graphviz.Result, n)
	for i := range want {
		var err error
		if want[i], err = in.Layout(context.Background(), squareN(graphviz.Dot, i)); err != nil {
			t.Fatal(err)
		}
	}
	c := testClient(t, Options{Procs: 1})
	var wg sync.WaitGroup
	most := 0
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got, err := c.Layout(context.Background(), squareN(graphviz.Dot, i))
			if err != nil {
				t.Error(err)
			} else if !reflect.DeepEqual(got, want[i]) {
				t.Errorf("layout %d: got the answer to another request", i)
			}
		}()
	}
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	for {
		c.mu.Lock()
		if p := c.lanes[0]; p != nil {
			most = max(most, p.load)
		}
		c.mu.Unlock()
		select {
		case <-done:
			if most > queueDepth {
				t.Errorf("a worker was given %d layouts at once, more than %d", most, queueDepth)
			}
			if n := c.Starts(); n != 1 {
				t.Errorf("%d workers started, want 1", n)
			}
			return
		case <-time.After(100 * time.Microsecond):
		}
	}
}

// TestChoose: a layout goes to a worker with none, else starts one in an
// empty lane, else queues behind the worker with the least DOT text, if
// that is small and the worker has room; else it waits (-1).
func TestChoose(t *testing.T) {
	w := func(load, bytes int) *proc { return &proc{load: load, bytes: bytes} }
	retiring := w(0, 0)
	retiring.retiring = true
	for _, tc := range []struct {
		name  string
		lanes []*proc
		want  int
	}{
		{"none started", []*proc{nil, nil}, 0},
		{"a free worker before an empty lane", []*proc{nil, w(0, 0)}, 1},
		{"an empty lane before queueing", []*proc{w(1, 100), nil}, 1},
		{"queued behind the least text", []*proc{w(1, 300), w(1, 200)}, 1},
		{"not behind a large graph", []*proc{w(1, queueBehind+1), w(1, 200)}, 1},
		{"not behind large graphs only", []*proc{w(1, queueBehind+1), w(1, queueBehind+1)}, -1},
		{"not past queueDepth", []*proc{w(queueDepth, 100), w(queueDepth, 100)}, -1},
		{"not to a retiring worker", []*proc{retiring, w(queueDepth, 100)}, -1},
		{"a retiring worker's lane is not empty", []*proc{retiring, nil}, 1},
	} {
		c := &Client{lanes: tc.lanes}
		if got := c.choose(); got != tc.want {
			t.Errorf("%s: lane %d, want %d", tc.name, got, tc.want)
		}
	}
}
