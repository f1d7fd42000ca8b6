package worker

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"sync"
	"time"
)

// proc is one worker process. A Client gives it up to queueDepth layouts
// at once: their requests are written to its input in turn, and its
// conductor (lane.go) reads the answers back in the same order.
type proc struct {
	cmd    *exec.Cmd
	stdin  io.WriteCloser
	enc    *json.Encoder
	dec    *json.Decoder
	stderr *tail
	done   chan struct{} // closed when the process has exited
	expire expiry
	// ready is closed once the process has started and said Hello, or
	// failed to (startErr); the fields above are set before.
	ready    chan struct{}
	startErr error
	// The Client's lane fields, guarded by Client.mu: layouts given to this
	// worker and not yet over, layouts given to it in all, their DOT text,
	// and whether it takes no more (recycled, or its Graphviz stopped).
	load, given int
	bytes       int // the DOT text of the layouts counted in load
	retiring    bool
	// queue is what the conductor waits for: the layouts whose requests
	// were written, in order, the first the one the worker lays out.
	mu    sync.Mutex
	queue []*pcall
	kick  chan struct{} // a request was queued (buffered)
	gone  chan struct{} // closed when the conductor has returned
	// readErr is why the worker's output ended, set before answers closes.
	readErr error
}

// expiry starts a clock that fires after limit, and gives a function that
// stops it. Tests replace the real one to fire it when they choose.
type expiry func(limit time.Duration) (<-chan time.Time, func())

func realExpiry(limit time.Duration) (<-chan time.Time, func()) {
	t := time.NewTimer(limit)
	return t.C, func() { t.Stop() }
}

// newProc is a worker not started yet (see start).
func newProc(opt Options) *proc {
	p := &proc{stderr: &tail{max: 4 << 10}, done: make(chan struct{}), expire: opt.expire,
		ready: make(chan struct{}), kick: make(chan struct{}, 1), gone: make(chan struct{})}
	if p.expire == nil {
		p.expire = realExpiry
	}
	return p
}

// start launches the worker and waits for its Hello.
func (p *proc) start(ctx context.Context, opt Options) error {
	argv := opt.Command
	if len(argv) == 0 {
		var err error
		if argv, err = Command(); err != nil {
			return err
		}
	}
	cmd := exec.Command(argv[0], argv[1:]...)
	p.cmd = cmd
	cmd.Stderr = p.stderr
	cmd.Env = withCacheDir(os.Environ(), compileCacheDir(), os.TempDir())
	// Once the worker has exited, stop waiting for its pipes: a process it
	// started could keep them open.
	cmd.WaitDelay = time.Second
	detach(cmd)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return fmt.Errorf("starting the layout worker: %w", err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return fmt.Errorf("starting the layout worker: %w", err)
	}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("starting the layout worker %q: %w", strings.Join(argv, " "), err)
	}
	go func() {
		_ = cmd.Wait() // the exit status is read from cmd.ProcessState
		close(p.done)
	}()
	p.stdin, p.enc, p.dec = stdin, json.NewEncoder(stdin), json.NewDecoder(stdout)
	var hello Hello
	err = p.await(ctx, opt.StartTimeout, func() error { return p.dec.Decode(&hello) })
	if err == nil && hello.Protocol != Protocol {
		err = fmt.Errorf("the layout worker %q speaks protocol %d, not %d: rebuild it", argv[0], hello.Protocol, Protocol)
	}
	if err != nil {
		p.kill()
		return fmt.Errorf("starting the layout worker %q: %w", strings.Join(argv, " "), err)
	}
	return nil
}

// await runs io (a read of the worker's Hello) and waits for it, ctx or
// limit, whichever comes first. On a timeout the worker is killed, which
// ends io.
func (p *proc) await(ctx context.Context, limit time.Duration, io func() error) error {
	errc := make(chan error, 1)
	go func() { errc <- io() }()
	expired, stop := p.expire(limit)
	defer stop()
	select {
	case err := <-errc:
		if err != nil {
			p.kill()
			return p.died(err)
		}
		return nil
	case <-expired:
		p.kill()
		<-errc
		return fmt.Errorf("no answer within %v", limit)
	case <-ctx.Done():
		p.kill()
		<-errc
		return ctx.Err()
	}
}

// overWall is the error of a layout that overran its wall-clock backstop.
func overWall(limit time.Duration) error {
	return fmt.Errorf("layout took longer than %v of wall-clock time (%d times the CPU-time limit) and was stopped: "+
		"the graph is too tangled for Graphviz (fewer nodes or edges, or another layout engine, will help), "+
		"or raise the limit with --layout-timeout", limit, WallFactor)
}

// died explains a broken pipe by the worker's exit status and last words.
func (p *proc) died(err error) error {
	select {
	case <-p.done:
	case <-time.After(time.Second):
	}
	msg := "the layout worker stopped"
	if st := p.cmd.ProcessState; st != nil {
		msg += " (" + st.String() + ")"
	}
	if s := strings.TrimSpace(p.stderr.String()); s != "" {
		msg += ": " + s
	} else {
		msg += ": " + err.Error()
	}
	return fmt.Errorf("%s", msg)
}

// exited reports whether the worker process has ended.
func (p *proc) exited() bool {
	select {
	case <-p.done:
		return true
	default:
		return false
	}
}

// kill stops the worker at once and waits for it to exit.
func (p *proc) kill() {
	_ = killGroup(p.cmd) // it may have exited already
	_ = p.cmd.Process.Kill()
	<-p.done
}

// stop asks the worker to finish by closing its input, and kills it if it
// has not exited within a second.
func (p *proc) stop() {
	_ = p.stdin.Close() // a dead worker's pipe may be closed already
	select {
	case <-p.done:
	case <-time.After(time.Second):
		p.kill()
	}
}

// tail keeps the last max bytes written to it: a worker's last words.
type tail struct {
	mu  sync.Mutex
	max int
	buf []byte
}

func (t *tail) Write(b []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.buf = append(t.buf, b...)
	if over := len(t.buf) - t.max; over > 0 {
		t.buf = append(t.buf[:0], t.buf[over:]...)
	}
	return len(b), nil
}

func (t *tail) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return string(t.buf)
}
