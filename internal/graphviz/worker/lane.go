package worker

import (
	"context"
	"errors"
	"slices"
	"time"

	"github.com/sketchdeck/sketchdeck/internal/graphviz"
)

// queueDepth is how many layouts a worker is given at once: the one it
// lays out and the next ones, whose requests wait in its input. A worker
// that answers finds its next layout there instead of waiting for this
// process to read the answer and send another, which on small graphs (a
// layout of about a millisecond) kept it idle a fair share of the time.
// With both cores busy this process took 0.4 ms (median) to read an
// answer, 1.5 ms for one in ten and up to 4 ms, each a few small layouts:
// with one layout queued (and two diagrams per core under way), a worker
// of a build of 500 three-node graphs still waited for its next request
// after two layouts in five; with five queued (and six diagrams per core,
// internal/build's underWayPerCore), after one in twenty-five. Only small
// graphs are queued (queueBehind), and a worker with nothing to do is
// given a layout before one that has, so a deeper queue does not hold a
// graph back while another worker is free.
const queueDepth = 6

// queueBehind bounds the DOT text a worker may have when it is given
// another layout: small graphs are queued, but a graph given to a worker
// laying out a large one (whose layout may take seconds) would wait for it
// although another worker may be free first; it waits for a free worker
// instead. 8 KiB of DOT text is a graph of about a hundred nodes.
const queueBehind = 8 << 10

// pcall is one layout given to a worker: its request, the context of
// whoever asked, and where its outcome goes.
type pcall struct {
	req  Request
	ctx  context.Context
	wall time.Duration // the wall-clock backstop, counted from when the worker starts it
	out  chan outcome  // buffered: whoever asked may have gone
}

// outcome is a layout's answer, or its error, or retry: the worker ended
// before it began this layout (another one stopped or killed it), which
// is not this layout's fault, so it is given to another worker.
type outcome struct {
	resp  Response
	err   error
	retry bool
}

// layOnce gives job to a worker, starting one if it chooses an empty lane,
// and waits for the answer. retry says that the worker ended before it
// began the layout: the caller gives it to another.
func (c *Client) layOnce(ctx context.Context, job *graphviz.Job) (string, bool, error) {
	size := len(job.DOT)
	p, fresh, err := c.pick(ctx, size)
	if err != nil {
		return "", false, err
	}
	defer c.drop(p, size)
	if fresh {
		go c.launch(ctx, p)
	}
	select {
	case <-p.ready:
	case <-ctx.Done():
		return "", false, ctx.Err()
	}
	if err := p.startErr; err != nil {
		// A start that another layout's context cut short is no reason for
		// this one to fail.
		retry := ctx.Err() == nil && (errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded))
		return "", retry, err
	}
	call := &pcall{req: Request{Engine: job.Engine, DOT: job.DOT, Format: job.Format, CPULimit: c.opt.Timeout},
		ctx: ctx, wall: WallFactor * c.opt.Timeout, out: make(chan outcome, 1)}
	if !p.send(call) {
		return "", true, nil // it died since its last answer: another worker, unseen
	}
	c.mu.Lock()
	c.sent++
	c.mu.Unlock()
	var o outcome
	select {
	case o = <-call.out:
	case <-ctx.Done():
		// The conductor kills the worker when this layout is, or becomes,
		// the one it lays out.
		return "", false, ctx.Err()
	}
	switch {
	case o.retry:
		return "", true, nil
	case o.err != nil:
		return "", false, o.err
	case o.resp.Error != "":
		return "", false, errors.New(o.resp.Error)
	}
	return o.resp.Out, false, nil
}

// pick chooses the worker for a layout of size bytes of DOT text and
// counts the layout against it, waiting while no worker can take it: a
// worker with no layout, else an empty lane, where the caller starts one
// (fresh), else the worker with the least DOT text to lay out, if it has
// fewer than queueDepth layouts and at most queueBehind bytes. So a second
// worker starts only when two layouts are wanted at once, as the first
// layouts of a build are.
func (c *Client) pick(ctx context.Context, size int) (p *proc, fresh bool, err error) {
	for {
		c.mu.Lock()
		if c.closed {
			c.mu.Unlock()
			return nil, false, ErrClosed
		}
		i := c.choose()
		if i >= 0 {
			fresh = c.lanes[i] == nil
			if fresh {
				c.lanes[i] = newProc(c.opt)
			}
			p = c.lanes[i]
			p.load++
			p.given++
			p.bytes += size
			if c.opt.RecycleAfter > 0 && p.given >= c.opt.RecycleAfter {
				p.retiring = true
			}
			c.mu.Unlock()
			return p, fresh, nil
		}
		changed := c.changed
		c.mu.Unlock()
		select {
		case <-changed:
		case <-ctx.Done():
			return nil, false, ctx.Err()
		}
	}
}

// choose is the lane pick takes, or -1. c.mu is held.
func (c *Client) choose() int {
	best, empty := -1, -1
	for i, p := range c.lanes {
		switch {
		case p == nil:
			if empty < 0 {
				empty = i
			}
		case p.retiring || p.load >= queueDepth || (p.load > 0 && p.bytes > queueBehind):
		case best < 0 || p.bytes < c.lanes[best].bytes:
			best = i
		}
	}
	if best >= 0 && (c.lanes[best].load == 0 || empty < 0) {
		return best
	}
	return empty
}

// drop ends a layout of size bytes that pick counted against p.
func (c *Client) drop(p *proc, size int) {
	c.mu.Lock()
	p.load--
	p.bytes -= size
	c.notify()
	c.mu.Unlock()
}

// notify wakes whoever waits for a lane to change. c.mu is held.
func (c *Client) notify() {
	close(c.changed)
	c.changed = make(chan struct{})
}

// clear empties p's lane, once p has ended, failed to start or been
// stopped.
func (c *Client) clear(p *proc) {
	c.mu.Lock()
	if i := slices.Index(c.lanes, p); i >= 0 {
		c.lanes[i] = nil
	}
	c.notify()
	c.mu.Unlock()
}

// launch starts p, a worker that pick or Prestart put in a lane, and
// then runs its conductor. A worker that fails to start leaves its lane empty, and each
// layout given to it gets the error.
func (c *Client) launch(ctx context.Context, p *proc) {
	// Close cuts short the start of a worker that no layout waits for,
	// unless it may be compiling the WebAssembly module (a fresh machine),
	// which is left to finish for the next build.
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go func() {
		select {
		case <-c.quit:
			if c.compiled.Load() {
				cancel()
			}
		case <-ctx.Done():
		}
	}()
	err := c.startWorker(ctx, p)
	if err != nil {
		p.startErr = err
		close(p.ready)
		close(p.gone)
		c.clear(p)
		return
	}
	close(p.ready)
	c.conduct(p)
	c.clear(p)
}

// send writes call's request to the worker after those given before, or
// reports false if the worker has ended (its layouts are given to
// another).
func (p *proc) send(call *pcall) bool {
	if p.exited() {
		return false
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.queue = append(p.queue, call)
	if err := p.enc.Encode(call.req); err != nil {
		// Not read: the worker has ended. The conductor fails or retries
		// what is still queued; this one is given to another worker.
		if i := slices.Index(p.queue, call); i >= 0 {
			p.queue = slices.Delete(p.queue, i, i+1)
		}
		return false
	}
	select {
	case p.kick <- struct{}{}:
	default:
	}
	return true
}

// first is the layout the worker is on (the first queued), or nil.
func (p *proc) first() *pcall {
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.queue) == 0 {
		return nil
	}
	return p.queue[0]
}

// pop removes the first queued layout, or gives nil.
func (p *proc) pop() *pcall {
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.queue) == 0 {
		return nil
	}
	call := p.queue[0]
	p.queue = p.queue[1:]
	return call
}

// conduct reads p's answers and gives each to its layout, in the order
// they were sent, until the worker ends. It bounds the layout the worker
// is on by its wall-clock backstop and by its context, killing the worker
// past either; the layouts queued behind one that ends the worker are
// retried by their callers on another. A worker recycled, or whose
// Graphviz stopped, is stopped once it has answered every layout sent.
func (c *Client) conduct(p *proc) {
	defer close(p.gone)
	answers := p.answers()
	var (
		on      *pcall // the layout whose clock runs
		stopped bool   // the worker said it stops
		expired <-chan time.Time
		stop    = func() {}
	)
	defer func() { stop() }()
	for {
		head := p.first()
		if head != on {
			stop()
			on, expired, stop = head, nil, func() {}
			if head != nil {
				expired, stop = p.expire(head.wall)
			}
		}
		var cancelled <-chan struct{}
		if head != nil {
			cancelled = head.ctx.Done()
		}
		select {
		case resp, ok := <-answers:
			if !ok {
				// A worker whose Graphviz stopped exits after its answer,
				// before the layouts queued behind.
				err := p.died(p.readErr) // waits for it to exit
				p.kill()
				if stopped {
					err = nil
				}
				p.fail(head, err)
				return
			}
			// The first queued, which may have been sent since head was
			// read (and answered at once).
			call := p.pop()
			if call == nil { // an answer to nothing
				p.kill()
				p.fail(nil, nil)
				return
			}
			call.out <- outcome{resp: resp}
			stopped = stopped || resp.Stopped
			if c.retire(p, resp.Stopped) {
				p.stop()
				p.fail(nil, nil)
				return
			}
		case <-expired:
			p.kill()
			p.fail(head, overWall(head.wall))
			return
		case <-cancelled:
			p.kill()
			p.fail(head, head.ctx.Err())
			return
		case <-p.kick:
		}
	}
}

// retire marks p as taking no more layouts when its Graphviz stopped,
// and reports whether p is done: it takes no more (stopped, or given its
// Options.RecycleAfter layouts) and has answered every layout sent.
func (c *Client) retire(p *proc, stopped bool) bool {
	c.mu.Lock()
	if stopped {
		p.retiring = true
	}
	retiring := p.retiring
	c.mu.Unlock()
	return retiring && p.first() == nil
}

// fail ends the layouts queued on a worker that has ended: on, the one it
// was laying out, with err, and the others to be retried.
func (p *proc) fail(on *pcall, err error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, call := range p.queue {
		if call == on && err != nil {
			call.out <- outcome{err: err}
		} else {
			call.out <- outcome{retry: true}
		}
	}
	p.queue = nil
}

// answers decodes the worker's responses until its output ends or fails
// (readErr), then closes the channel.
func (p *proc) answers() <-chan Response {
	ch := make(chan Response)
	go func() {
		defer close(ch)
		for {
			var resp Response
			if err := p.dec.Decode(&resp); err != nil {
				p.readErr = err
				return
			}
			select {
			case ch <- resp:
			case <-p.gone:
				return
			}
		}
	}()
	return ch
}
