package worker

import (
	"context"
	"errors"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/sketchdeck/sketchdeck/internal/graphviz"
	"github.com/sketchdeck/sketchdeck/internal/graphviz/native"
)

// Defaults for Options.
const (
	// DefaultTimeout bounds one layout, in CPU time of the worker process,
	// not wall-clock time: a loaded machine slows a layout down but does not
	// make it use more CPU, so the same graph builds or fails whatever else
	// runs. The deck's diagrams take milliseconds, a structured 200-node
	// graph about 0.1 s, a random 400-node one about 7.5 s and a banded one
	// at the format's limits (2000 nodes, 4000 edges) about 65 s; the
	// default leaves that one room to spare, and a layout that needs more
	// is a graph too tangled for Graphviz to finish in reasonable time.
	DefaultTimeout = 3 * time.Minute
	// WallFactor times Options.Timeout is a layout's wall-clock backstop,
	// for a worker that stops answering without using CPU time, and the
	// only bound where the system does not tell a process its CPU time
	// (Windows). It is far above any slowdown that load causes.
	WallFactor = 20
	// DefaultStartTimeout bounds a worker's start: a fresh machine compiles
	// the WebAssembly module (about 1 s), and "go run" may first build the
	// worker program.
	DefaultStartTimeout = 2 * time.Minute
	// DefaultRecycleAfter is how many layouts a worker serves before it is
	// replaced, returning the memory go-graphviz leaks (about 100 KB each).
	DefaultRecycleAfter = 500
)

// ErrClosed is returned by Layout after Close.
var ErrClosed = errors.New("graphviz: layout worker is closed")

// Options configure a Client. The zero value is ready to use.
type Options struct {
	// Command is the worker program and its arguments; nil means Command().
	Command []string
	// Timeout bounds one layout in CPU time of the worker (see
	// DefaultTimeout); 0 means DefaultTimeout.
	Timeout time.Duration
	// StartTimeout bounds a worker's start; 0 means DefaultStartTimeout.
	StartTimeout time.Duration
	// RecycleAfter is how many layouts a worker serves before it is
	// replaced; 0 means DefaultRecycleAfter, less than 0 never.
	RecycleAfter int
	// Procs is how many workers may lay out at once; 0 means 1.
	Procs int
	// Native, when set, lays graphs out with the installed Graphviz
	// (--graphviz native) instead of worker processes: one dot process per
	// layout, at most Procs at once, bounded by Timeout of CPU time too;
	// after Prestart, dot -Kdot -Tdot processes are started ahead
	// (native.Spares).
	Native *native.Dot
	// Store, when set, remembers layouts beyond this Client (a build's
	// layout cache on disk, internal/cache.Layouts): a request found there
	// is not sent to a worker, and a worker is started only for the first
	// request that is not.
	Store Store
	// Idle, when set, is called on a goroutine of its own as a layout is
	// handed to Graphviz (not one found in the Store or laid out before),
	// with the graph's numbers of nodes and edges: the caller waits for
	// Graphviz and may use the time to get ready for the answer (a build
	// readies heap pages for drawing the graph, gcpace.Ready).
	Idle func(nodes, edges int)

	expire expiry // nil means realExpiry; tests choose when time is up
}

// Client lays graphs out in worker processes. It is safe for concurrent
// use; Close stops the workers.
type Client struct {
	opt Options
	// lanes holds a worker per lane, or nil: up to Options.Procs workers,
	// each given up to queueDepth layouts at once (lane.go). changed is
	// closed, and replaced, whenever a lane may have room again.
	lanes   []*proc
	changed chan struct{}
	// quit is closed by Close once no layout is under way: a worker still
	// starting then (Prestart) is killed, not waited for.
	quit chan struct{}
	// natives bounds the layouts with Options.Native: one token each.
	natives chan struct{}
	// starting is held while a worker starts until the WebAssembly module
	// is known to be compiled (compiled): on a fresh machine the first
	// worker compiles it and the others wait to find it compiled.
	starting sync.Mutex
	compiled atomic.Bool
	mu       sync.Mutex
	closed   bool
	starts   int // worker processes started, for tests and measurements
	sent     int // layout requests sent to workers, likewise
	memo     memo
	spares   *native.Spares // with Options.Native
}

// New returns a Client. No worker starts before the first Layout (or
// Prestart).
func New(opt Options) *Client {
	if opt.Timeout <= 0 {
		opt.Timeout = DefaultTimeout
	}
	if opt.StartTimeout <= 0 {
		opt.StartTimeout = DefaultStartTimeout
	}
	if opt.RecycleAfter == 0 {
		opt.RecycleAfter = DefaultRecycleAfter
	}
	opt.Procs = max(opt.Procs, 1)
	c := &Client{opt: opt, lanes: make([]*proc, opt.Procs), changed: make(chan struct{}), quit: make(chan struct{})}
	if opt.Native != nil {
		c.natives = make(chan struct{}, opt.Procs)
		c.spares = opt.Native.NewSpares(graphviz.Dot, nativeFormat(""), opt.Timeout, spareCount)
	}
	return c
}

// Layout places g's nodes and routes its edges in a worker. A graph whose
// request (engine and DOT text) the Client has laid out before, or is
// laying out, is not sent again: its output is reused, and read once, so
// a diagram and its translations of the same sizes cost one layout. Invalid input
// gives graphviz.Prepare's error; a layout that overruns Options.Timeout of
// CPU time (or WallFactor times it of wall-clock time), or a worker that dies, gives an error and the worker is replaced by the
// next layout.
func (c *Client) Layout(ctx context.Context, g graphviz.Graph) (graphviz.Result, error) {
	job, err := graphviz.Prepare(g)
	if err != nil {
		return graphviz.Result{}, err
	}
	key := memoKey(c.opt.Identity(), job)
	text, err := c.memo.do(key, func() (string, error) { return c.stored(ctx, key, job) })
	if err != nil {
		return graphviz.Result{}, job.Wrap(err)
	}
	out, err := c.memo.output(key, text, job)
	if err != nil {
		return graphviz.Result{}, err
	}
	return job.ResultOf(out)
}

// stored returns the output that Options.Store holds for key, or lays job
// out and stores its output.
func (c *Client) stored(ctx context.Context, key string, job *graphviz.Job) (string, error) {
	st := c.opt.Store
	if st == nil {
		return c.lay(ctx, job)
	}
	if out, ok := st.Layout(key); ok {
		return out, nil
	}
	out, err := c.lay(ctx, job)
	if err == nil {
		st.Keep(key, out)
	}
	return out, err
}

// lay sends job to a worker, once one has room, and returns its output.
// A layout queued behind one that ended its worker is given to another.
func (c *Client) lay(ctx context.Context, job *graphviz.Job) (string, error) {
	// A lane may have room as ctx ends: select would pick either at random.
	if err := ctx.Err(); err != nil {
		return "", err
	}
	if c.opt.Idle != nil {
		go c.opt.Idle(job.Size())
	}
	if c.opt.Native != nil {
		return c.renderNative(ctx, job)
	}
	for {
		text, retry, err := c.layOnce(ctx, job)
		if !retry {
			return text, err
		}
		if err := ctx.Err(); err != nil {
			return "", err
		}
	}
}

// RenderJob runs a prepared job (graphviz.UserJob) in a worker and returns
// Graphviz's output as it is, for the caller to read. It is not memoised
// (a user's graph file is laid out once per build), but Options.Store may
// hold it from a build before.
func (c *Client) RenderJob(ctx context.Context, job *graphviz.Job) (string, error) {
	text, err := c.stored(ctx, memoKey(c.opt.Identity(), job), job)
	if err != nil {
		return "", job.Wrap(err)
	}
	return text, nil
}

// renderNative runs job with the installed Graphviz, at most Options.Procs
// at once.
func (c *Client) renderNative(ctx context.Context, job *graphviz.Job) (string, error) {
	if c.isClosed() {
		return "", ErrClosed
	}
	select {
	case c.natives <- struct{}{}:
	case <-ctx.Done():
		return "", ctx.Err()
	}
	defer func() { <-c.natives }()
	if c.isClosed() {
		return "", ErrClosed
	}
	c.mu.Lock()
	c.sent++
	c.mu.Unlock()
	return c.spares.Render(ctx, job.Engine, job.DOT, nativeFormat(job.Format), c.opt.Timeout, WallFactor*c.opt.Timeout, OverBudget)
}

// isClosed reports whether Close was called.
func (c *Client) isClosed() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.closed
}

// spareCount is how many dot processes with Options.Native are started
// ahead and kept ready at once (native.Spares).
const spareCount = 1

// nativeFormat is the dot -T format of a job's Format.
func nativeFormat(format string) string {
	if format == "" {
		return "dot"
	}
	return format
}

// Identity names what lays graphs out with these options: Identity, or
// the installed Graphviz's release with Native. Incremental-build keys and
// remembered layouts include it, so that the two are never mixed.
func (o Options) Identity() string {
	if o.Native != nil {
		return o.Native.Identity() + ", protocol " + strconv.Itoa(Protocol)
	}
	return Identity
}

// Starts is how many worker processes the Client has started (whether or
// not they went on to say Hello).
func (c *Client) Starts() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.starts
}

// Sent is how many layout requests the Client has sent to workers: fewer
// than its Layout calls when graphs repeat.
func (c *Client) Sent() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.sent
}

// Close stops every worker, waiting for layouts in progress (each bounded
// by Options.Timeout of CPU time). Layout returns ErrClosed afterwards;
// closing twice is harmless.
func (c *Client) Close() error {
	c.mu.Lock()
	if c.closed {
		c.mu.Unlock()
		return nil
	}
	c.closed = true
	c.notify()
	c.mu.Unlock()
	if c.spares != nil {
		c.spares.Close()
		// Wait for the layouts under way; any still waiting for a token
		// then finds the Client closed.
		for range c.opt.Procs {
			c.natives <- struct{}{}
		}
		for range c.opt.Procs {
			<-c.natives
		}
		return nil
	}
	for {
		c.mu.Lock()
		busy := slices.ContainsFunc(c.lanes, func(p *proc) bool { return p != nil && p.load > 0 })
		changed := c.changed
		procs := slices.Clone(c.lanes)
		c.mu.Unlock()
		if !busy {
			// A worker still starting, which no layout waits for, is
			// killed; the others are stopped, all at once: each exit
			// takes a few milliseconds, which one after the other were
			// the last of a build.
			close(c.quit)
			var wg sync.WaitGroup
			for _, p := range procs {
				if p == nil {
					continue
				}
				wg.Add(1)
				go func() {
					defer wg.Done()
					<-p.ready
					if p.startErr == nil {
						p.stop()
					}
					<-p.gone
				}()
			}
			wg.Wait()
			return nil
		}
		<-changed
	}
}
