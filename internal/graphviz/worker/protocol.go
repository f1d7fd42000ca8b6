package worker

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/sketchdeck/sketchdeck/internal/graphviz"
)

// Protocol is the version a worker announces in its Hello; a Client refuses
// any other, so that a stale worker binary is reported, not misread.
// Version 2 added Response.Stopped, version 3 Request.CPULimit, version 4
// Request.Format.
const Protocol = 4

// Hello is the first message a worker writes, once it is ready.
type Hello struct {
	Protocol int `json:"protocol"`
}

// Request asks for one layout: DOT text and the layout program.
type Request struct {
	Engine graphviz.Engine `json:"engine"`
	DOT    string          `json:"dot"`
	// CPULimit is how much CPU time the worker may spend on this layout;
	// 0 means no limit. Past it the worker answers with OverBudget's
	// error and Stopped, and exits.
	CPULimit time.Duration `json:"cpu_limit,omitempty"`
	// Format is Graphviz's output format; "" is "dot".
	Format string `json:"format,omitempty"`
}

// Response is Graphviz's "dot" output for one Request, or why it failed.
type Response struct {
	Out   string `json:"out,omitempty"`
	Error string `json:"error,omitempty"`
	// Stopped says Graphviz cannot lay out again in this worker
	// (graphviz.ErrStopped: it exited, or this layout failed in it, which
	// may leave its state half-changed): the worker exits after this
	// response, and the Client starts another for the next layout.
	Stopped bool `json:"stopped,omitempty"`
}

// Renderer lays DOT text out and returns Graphviz's "dot" output;
// *wasm.Runner is one.
type Renderer interface {
	Render(ctx context.Context, engine graphviz.Engine, dot string) (string, error)
}

// ErrAbandoned is what Serve returns when its input ends during a layout:
// whoever asked is gone (its end of the pipe closed when it exited, however
// it was killed), and a layout inside Graphviz cannot be interrupted, so
// the worker program must exit at once instead of finishing it.
// FormatRenderer is a Renderer that can also write another output format
// (a user's graph is read back as "json0").
type FormatRenderer interface {
	RenderFormat(ctx context.Context, engine graphviz.Engine, dot, format string) (string, error)
}

var ErrAbandoned = errors.New("worker: the input ended during a layout")

// Serve announces itself on w, then answers every Request read from r with
// one Response, until r ends (nil; ErrAbandoned during a layout), a
// layout stops Graphviz for good (nil, after its Response), a layout
// overruns its CPU time (ErrOverBudget, after its Response), or r or w
// fails (an error). Any other Graphviz error is a Response, not the end of
// the service. Serve keeps reading r while a layout runs, so that the end
// of its input is seen at once.
func Serve(ctx context.Context, r io.Reader, w io.Writer, rd Renderer) error {
	enc := json.NewEncoder(w)
	if err := enc.Encode(Hello{Protocol: Protocol}); err != nil {
		return fmt.Errorf("worker: %w", err)
	}
	quit := make(chan struct{})
	defer close(quit)
	reqs, ended := readRequests(r, quit)
	for {
		var req Request
		// The end of the input first: whoever asked for the requests still
		// queued is gone.
		select {
		case err := <-ended:
			return err
		default:
		}
		select {
		case req = <-reqs:
		case err := <-ended:
			return err
		}
		resp, err := serveOne(ctx, rd, req, ended)
		if err != nil && !errors.Is(err, ErrOverBudget) {
			return err
		}
		if err := enc.Encode(resp); err != nil {
			return fmt.Errorf("worker: %w", err)
		}
		if err != nil {
			return err
		}
		if resp.Stopped {
			return nil
		}
	}
}

// serveOne answers req, or gives ErrAbandoned when the input ends first, or
// ErrOverBudget with the Response to send when req's CPU time runs out
// first.
func serveOne(ctx context.Context, rd Renderer, req Request, ended <-chan error) (Response, error) {
	done := make(chan Response, 1)
	go func() { done <- answer(ctx, rd, req) }()
	stop := make(chan struct{})
	defer close(stop)
	select {
	case resp := <-done:
		return resp, nil
	case <-ended:
		return Response{}, ErrAbandoned
	case <-watchBudget(req.CPULimit, stop):
		return Response{Error: OverBudget(req.CPULimit), Stopped: true}, ErrOverBudget
	}
}

// readRequests decodes r in a goroutine, until r ends or quit is closed.
// The end of r (nil) or a failure to read it is sent on ended, which is
// buffered: nobody need receive it. A Client sends a worker its next
// request before the answer to the one before (queueDepth): reqs holds a
// few, so that the end of r is still seen during a layout.
func readRequests(r io.Reader, quit <-chan struct{}) (<-chan Request, <-chan error) {
	reqs, ended := make(chan Request, 2*queueDepth), make(chan error, 1)
	go func() {
		dec := json.NewDecoder(r)
		for {
			var req Request
			err := dec.Decode(&req)
			if errors.Is(err, io.EOF) {
				ended <- nil
				return
			}
			if err != nil {
				ended <- fmt.Errorf("worker: reading a request: %w", err)
				return
			}
			select {
			case reqs <- req:
			case <-quit:
				return
			}
		}
	}()
	return reqs, ended
}

func answer(ctx context.Context, rd Renderer, req Request) Response {
	if !req.Engine.Valid() {
		return Response{Error: fmt.Sprintf("unknown layout engine %q", req.Engine)}
	}
	var out string
	var err error
	if fr, ok := rd.(FormatRenderer); ok && req.Format != "" {
		out, err = fr.RenderFormat(ctx, req.Engine, req.DOT, req.Format)
	} else if req.Format != "" && req.Format != "dot" {
		return Response{Error: fmt.Sprintf("this worker writes only the \"dot\" format, not %q", req.Format)}
	} else {
		out, err = rd.Render(ctx, req.Engine, req.DOT)
	}
	if err != nil {
		return Response{Error: err.Error(), Stopped: errors.Is(err, graphviz.ErrStopped)}
	}
	return Response{Out: out}
}
