package worker

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sketchdeck/sketchdeck/internal/graphviz"
	"github.com/sketchdeck/sketchdeck/internal/graphviz/wasm"
)

// The test binary doubles as the worker: run with this variable set, it
// serves layouts through testRenderer instead of running the tests. With
// parentEnv set instead, it is a program that starts a worker and asks it
// for a layout that never ends (orphan_test.go).
const (
	workerEnv  = "SKETCHDECK_TEST_LAYOUT_WORKER"
	parentEnv  = "SKETCHDECK_TEST_LAYOUT_PARENT"
	pidFileEnv = "SKETCHDECK_TEST_LAYOUT_PIDFILE" // where a hanging worker writes its pid
	// A graph with a node gatedPx wide (gated) waits for the file gateEnv
	// names, then does what
	// gatedEnv says: "spin" (use CPU time until stopped), "exit" (die) or
	// "stop" (stop Graphviz for good), as queue_test.go needs.
	gateEnv  = "SKETCHDECK_TEST_LAYOUT_GATE"
	gatedEnv = "SKETCHDECK_TEST_LAYOUT_GATED"
)

func TestMain(m *testing.M) {
	switch {
	case os.Getenv(workerEnv) != "":
		r := wasm.NewRunner(wasm.Options{})
		if err := Serve(context.Background(), os.Stdin, os.Stdout, testRenderer{r}); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		if dir := os.Getenv(lingerEnv); dir != "" {
			linger(dir)
		}
		os.Exit(0)
	case os.Getenv(parentEnv) != "":
		os.Exit(hangingParent())
	}
	os.Exit(m.Run())
}

// killerDOT makes Graphviz exit inside its WebAssembly instance (dot keeps
// weights in ints); graphviz.Prepare refuses such a weight, so only a
// renderer handed the DOT text directly can send it.
const killerDOT = "digraph {\nn0 [label=\" \"]; n1 [label=\" \"];\nn0 -> n1 [weight=10000000000];\n}\n"

// testRenderer misbehaves on request: twopi hangs (writing the worker's pid
// to $pidFileEnv first, when set), fdp dies, circo stops Graphviz for good.
type testRenderer struct{ r *wasm.Runner }

func (t testRenderer) Render(ctx context.Context, e graphviz.Engine, dot string) (string, error) {
	switch e {
	case graphviz.Twopi:
		if f := os.Getenv(pidFileEnv); f != "" {
			if err := os.WriteFile(f, []byte(strconv.Itoa(os.Getpid())), 0o644); err != nil {
				return "", err
			}
		}
		time.Sleep(time.Hour)
	case graphviz.Fdp:
		fmt.Fprintln(os.Stderr, "boom: out of luck")
		os.Exit(3)
	case graphviz.Circo:
		return t.r.Render(ctx, graphviz.Dot, killerDOT)
	}
	if strings.Contains(dot, "width="+strconv.FormatFloat(float64(gatedPx)/72, 'g', -1, 64)+",") {
		return t.gated(ctx)
	}
	return t.r.Render(ctx, e, dot)
}

// gatedPx is the width of the node that makes a graph gated.
const gatedPx = 777

// gated is a graph that testRenderer gates.
func gated() graphviz.Graph {
	return graphviz.Graph{Name: "gated", Engine: graphviz.Dot, Nodes: []graphviz.Node{{ID: "g", Width: gatedPx, Height: 20}}}
}

// gated waits for the file $gateEnv, then misbehaves as $gatedEnv says.
func (t testRenderer) gated(ctx context.Context) (string, error) {
	for {
		if _, err := os.Stat(os.Getenv(gateEnv)); err == nil {
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	switch os.Getenv(gatedEnv) {
	case "spin":
		return spinner{}.Render(ctx, graphviz.Dot, "")
	case "exit":
		fmt.Fprintln(os.Stderr, "gated: out of luck")
		os.Exit(3)
	case "stop":
		return t.r.Render(ctx, graphviz.Dot, killerDOT)
	}
	return "", errors.New("gated: " + gatedEnv + " not set")
}

func testClient(t *testing.T, opt Options) *Client {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv(workerEnv, "1")
	opt.Command = []string{exe}
	c := New(opt)
	t.Cleanup(func() { c.Close() })
	return c
}

func square(engine graphviz.Engine) graphviz.Graph { return squareN(engine, 0) }

// squareN is square with its first node n px wider: another request.
func squareN(engine graphviz.Engine, n int) graphviz.Graph {
	return graphviz.Graph{Name: "square", Engine: engine,
		Nodes: []graphviz.Node{{ID: "a", Width: 40 + float64(n), Height: 20}, {ID: "b", Width: 40, Height: 20, Shape: "ellipse"},
			{ID: "c", Width: 30, Height: 30, Shape: "circle"}},
		Edges: []graphviz.Edge{{From: "a", To: "b", LabelWidth: 30, LabelHeight: 12}, {From: "b", To: "c"}, {From: "a", To: "c"}}}
}

// TestSameAsInProcess: a layout through a worker is the one Graphviz gives
// in this process, and workers are reused, recycled and run side by side.
func TestSameAsInProcess(t *testing.T) {
	in := wasm.NewRunner(wasm.Options{})
	defer in.Close()
	// Ten different graphs: identical ones would be laid out once (memo).
	want := make([]graphviz.Result, 10)
	for i := range want {
		var err error
		if want[i], err = in.Layout(context.Background(), squareN(graphviz.Dot, i)); err != nil {
			t.Fatal(err)
		}
	}
	c := testClient(t, Options{Procs: 2, RecycleAfter: 3})
	var wg sync.WaitGroup
	errs := make(chan error, 10)
	for i := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got, err := c.Layout(context.Background(), squareN(graphviz.Dot, i))
			if err == nil && !reflect.DeepEqual(got, want[i]) {
				err = fmt.Errorf("worker layout differs:\n%v\n%v", got, want)
			}
			if err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// TestTimeoutAndCrash: a layout that overruns the time limit, and a worker
// that dies, give an error, and the next layout gets a new worker. Time is
// up when the test says so: once the hanging worker has written its pid,
// so no layout's speed is assumed.
func TestTimeoutAndCrash(t *testing.T) {
	pidFile := filepath.Join(t.TempDir(), "worker.pid")
	t.Setenv(pidFileEnv, pidFile)
	hanging := func(time.Duration) (<-chan time.Time, func()) {
		fire, quit := make(chan time.Time, 1), make(chan struct{})
		go func() {
			for {
				if _, err := os.Stat(pidFile); err == nil {
					fire <- time.Time{}
					return
				}
				select {
				case <-quit:
					return
				case <-time.After(10 * time.Millisecond):
				}
			}
		}()
		return fire, func() { close(quit) }
	}
	c := testClient(t, Options{Timeout: 300 * time.Millisecond, expire: hanging})
	for _, tc := range []struct {
		engine graphviz.Engine
		want   string
	}{
		{graphviz.Twopi, `graphviz: graph "square": layout took longer than 6s of wall-clock time (20 times the CPU-time limit) and was stopped: the graph is too tangled for Graphviz (fewer nodes or edges, or another layout engine, will help), or raise the limit with --layout-timeout`},
		{graphviz.Fdp, `graphviz: graph "square": the layout worker stopped (exit status 3): boom: out of luck`},
	} {
		_, err := c.Layout(context.Background(), square(tc.engine))
		if err == nil || err.Error() != tc.want {
			t.Errorf("%s: got\n%v\nwant\n%s", tc.engine, err, tc.want)
		}
		os.Remove(pidFile)
		// The next layout gets a new worker.
		if _, err := c.Layout(context.Background(), square(graphviz.Dot)); err != nil {
			t.Errorf("after %s: %v", tc.engine, err)
		}
	}
}

// TestReplacedWhateverKilledIt: a worker whose Graphviz stopped for good,
// and a worker killed between two layouts, are replaced for the next
// layout, which succeeds: one bad graph must not fail every later one.
func TestReplacedWhateverKilledIt(t *testing.T) {
	c := testClient(t, Options{})
	_, err := c.Layout(context.Background(), square(graphviz.Circo))
	if want := `graphviz: graph "square": Graphviz stopped and cannot restart in this process: dot layout: module closed with exit_code(1)`; err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("got %v, want %s…", err, want)
	}
	for i := range 2 {
		if _, err := c.Layout(context.Background(), squareN(graphviz.Dot, i)); err != nil {
			t.Fatalf("layout %d after Graphviz stopped: %v", i, err)
		}
	}
	if n := c.Starts(); n != 2 {
		t.Errorf("%d workers started, want 2", n)
	}
	// Kill the idle worker behind the Client's back.
	c.mu.Lock()
	p := c.lanes[0]
	c.mu.Unlock()
	if err := p.cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	<-p.done
	if _, err := c.Layout(context.Background(), squareN(graphviz.Dot, 2)); err != nil {
		t.Fatalf("layout after the worker was killed: %v", err)
	}
	if n := c.Starts(); n != 3 {
		t.Errorf("%d workers started, want 3", n)
	}
}

// TestCancelledStartsNothing: layouts asked for under an ended context
// fail with its error and start no worker.
func TestCancelledStartsNothing(t *testing.T) {
	c := testClient(t, Options{Procs: 4})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var wg sync.WaitGroup
	for range 40 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := c.Layout(ctx, square(graphviz.Dot)); !errors.Is(err, context.Canceled) {
				t.Errorf("got %v, want %v", err, context.Canceled)
			}
		}()
	}
	wg.Wait()
	if n := c.Starts(); n != 0 {
		t.Errorf("%d workers started for cancelled layouts", n)
	}
}

func TestErrorsAndClose(t *testing.T) {
	c := testClient(t, Options{})
	g := square(graphviz.Dot)
	g.Edges = append(g.Edges, graphviz.Edge{From: "a", To: "zz"})
	if _, err := c.Layout(context.Background(), g); err == nil || !strings.Contains(err.Error(), `unknown node "zz"`) {
		t.Errorf("bad graph: %v", err)
	}
	bad := New(Options{Command: []string{"/nonexistent/sketchdeck-layout"}})
	_, err := bad.Layout(context.Background(), square(graphviz.Dot))
	if want := `graphviz: graph "square": starting the layout worker "/nonexistent/sketchdeck-layout": fork/exec /nonexistent/sketchdeck-layout: no such file or directory`; err == nil || err.Error() != want {
		t.Errorf("got %v, want %s", err, want)
	}
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Layout(context.Background(), square(graphviz.Dot)); err == nil || !strings.HasSuffix(err.Error(), ErrClosed.Error()) {
		t.Errorf("after Close: %v", err)
	}
}

// TestIdentity: GraphvizModule is the go-graphviz that go.mod requires.
func TestIdentity(t *testing.T) {
	data, err := os.ReadFile("../../../go.mod")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		f := strings.Fields(strings.TrimPrefix(strings.TrimSpace(line), "require "))
		if len(f) >= 2 && f[0] == "github.com/goccy/go-graphviz" {
			if got := f[0] + " " + f[1]; got != GraphvizModule {
				t.Errorf("go.mod requires %s; update worker.GraphvizModule (%s)", got, GraphvizModule)
			}
			return
		}
	}
	t.Error("go.mod does not require github.com/goccy/go-graphviz")
}

func TestIdentityProtocol(t *testing.T) {
	if want := GraphvizModule + ", protocol " + fmt.Sprint(Protocol); Identity != want {
		t.Errorf("Identity %q, want %q", Identity, want)
	}
}

// spinner uses CPU time until its context ends, as Graphviz does on a
// graph it takes minutes on.
type spinner struct{}

func (spinner) Render(ctx context.Context, _ graphviz.Engine, _ string) (string, error) {
	for ctx.Err() == nil {
	}
	return "", ctx.Err()
}

// TestCPUBudget: a layout that uses more CPU time than its Request allows
// is answered with an error naming the limit and Stopped, and Serve ends
// with ErrOverBudget. The limit is CPU time, so no speed is assumed.
func TestCPUBudget(t *testing.T) {
	if _, ok := cpuTime(); !ok {
		t.Skip("this system does not tell a process its CPU time")
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel() // ends the spinning layout
	in := strings.NewReader(`{"engine":"dot","dot":"digraph {}","cpu_limit":50000000}` + "\n")
	pr, pw := io.Pipe()
	defer pw.Close()
	var out strings.Builder
	err := Serve(ctx, io.MultiReader(in, pr), &out, spinner{})
	if !errors.Is(err, ErrOverBudget) {
		t.Fatalf("Serve: %v, want ErrOverBudget", err)
	}
	want := `{"protocol":` + strconv.Itoa(Protocol) + `}` + "\n" + `{"error":"layout used more than 50ms of CPU time, the limit, and was stopped: the graph is too tangled for Graphviz (fewer nodes or edges, or another layout engine, will help), or raise the limit with --layout-timeout","stopped":true}` + "\n"
	if out.String() != want {
		t.Errorf("got\n%s\nwant\n%s", out.String(), want)
	}
}

// TestIdenticalLaidOutOnce: identical requests, one after the other or at
// the same time, reach a worker once and get the same layout; another
// engine or size is another request.
func TestIdenticalLaidOutOnce(t *testing.T) {
	c := testClient(t, Options{Procs: 2})
	var wg sync.WaitGroup
	got := make([]graphviz.Result, 6)
	errs := make([]error, 6)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i], errs[i] = c.Layout(context.Background(), square(graphviz.Dot))
		}()
	}
	wg.Wait()
	for i := range got {
		if errs[i] != nil {
			t.Fatal(errs[i])
		}
		if !reflect.DeepEqual(got[i], got[0]) {
			t.Errorf("layout %d differs from layout 0", i)
		}
	}
	if n := c.Sent(); n != 1 {
		t.Errorf("%d requests sent for 6 identical layouts, want 1", n)
	}
	for _, g := range []graphviz.Graph{square(graphviz.Dot), square(graphviz.Neato), squareN(graphviz.Dot, 1)} {
		if _, err := c.Layout(context.Background(), g); err != nil {
			t.Fatal(err)
		}
	}
	if n := c.Sent(); n != 3 {
		t.Errorf("%d requests sent, want 3 (dot, neato, a wider node)", n)
	}
	// The same graph under other ids is the same DOT text: its layout and
	// the reading of it are shared, the ids in the result are its own.
	g := square(graphviz.Dot)
	for i := range g.Nodes {
		g.Nodes[i].ID = "x" + g.Nodes[i].ID
	}
	for i := range g.Edges {
		g.Edges[i].From, g.Edges[i].To = "x"+g.Edges[i].From, "x"+g.Edges[i].To
	}
	res, err := c.Layout(context.Background(), g)
	if err != nil {
		t.Fatal(err)
	}
	for i, n := range res.Nodes {
		if want := got[0].Nodes[i]; n.ID != g.Nodes[i].ID || n.Center != want.Center || n.Width != want.Width {
			t.Errorf("node %d: %+v, want %+v with id %q", i, n, want, g.Nodes[i].ID)
		}
	}
	if !reflect.DeepEqual(res.Edges, got[0].Edges) {
		t.Errorf("edges %+v, want %+v", res.Edges, got[0].Edges)
	}
	if n := c.Sent(); n != 3 {
		t.Errorf("%d requests sent, want still 3", n)
	}
}

// TestWithCacheDir: the worker's temporary folder, where go-graphviz keeps
// its compiled module, is the given cache folder, set last so that it
// wins; the go command's work folders (under "go run") stay in the
// temporary folder unless GOTMPDIR says otherwise; without a cache folder
// the environment is left alone.
func TestWithCacheDir(t *testing.T) {
	env := []string{"HOME=/home/a", "TMPDIR=/tmp"}
	name := "TMPDIR"
	if runtime.GOOS == "windows" {
		name = "TMP"
	}
	got := withCacheDir(env, "/cache/sketchdeck", "/tmp")
	want := []string{"HOME=/home/a", "TMPDIR=/tmp", name + "=/cache/sketchdeck", "GOTMPDIR=/tmp"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	own := []string{"GOTMPDIR=/scratch"}
	if got, want := withCacheDir(own, "/c", "/tmp"), []string{"GOTMPDIR=/scratch", name + "=/c"}; !reflect.DeepEqual(got, want) {
		t.Errorf("GOTMPDIR set: got %q, want %q", got, want)
	}
	if got := withCacheDir(env, "", "/tmp"); !reflect.DeepEqual(got, env) {
		t.Errorf("no cache folder: got %q, want %q", got, env)
	}
	if len(env) != 2 {
		t.Errorf("the given environment was changed: %q", env)
	}
}
