package worker

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/sketchdeck/sketchdeck/internal/graphviz"
)

// Protocol is the version a worker announces in its Hello; a Client refuses
// any other, so that a stale worker binary is reported, not misread.
const Protocol = 1

// Hello is the first message a worker writes, once it is ready.
type Hello struct {
	Protocol int `json:"protocol"`
}

// Request asks for one layout: DOT text and the layout program.
type Request struct {
	Engine graphviz.Engine `json:"engine"`
	DOT    string          `json:"dot"`
}

// Response is Graphviz's "dot" output for one Request, or why it failed.
type Response struct {
	Out   string `json:"out,omitempty"`
	Error string `json:"error,omitempty"`
}

// Renderer lays DOT text out and returns Graphviz's "dot" output;
// *wasm.Runner is one.
type Renderer interface {
	Render(ctx context.Context, engine graphviz.Engine, dot string) (string, error)
}

// Serve announces itself on w, then answers every Request read from r with
// one Response, until r ends (nil) or cannot be read or written (an error).
// A Graphviz error is a Response, not the end of the service.
func Serve(ctx context.Context, r io.Reader, w io.Writer, rd Renderer) error {
	enc := json.NewEncoder(w)
	if err := enc.Encode(Hello{Protocol: Protocol}); err != nil {
		return fmt.Errorf("worker: %w", err)
	}
	dec := json.NewDecoder(r)
	for {
		var req Request
		if err := dec.Decode(&req); err != nil {
			if errors.Is(err, io.EOF) {
				return nil
			}
			return fmt.Errorf("worker: reading a request: %w", err)
		}
		var resp Response
		if !req.Engine.Valid() {
			resp.Error = fmt.Sprintf("unknown layout engine %q", req.Engine)
		} else if out, err := rd.Render(ctx, req.Engine, req.DOT); err != nil {
			resp.Error = err.Error()
		} else {
			resp.Out = out
		}
		if err := enc.Encode(resp); err != nil {
			return fmt.Errorf("worker: %w", err)
		}
	}
}
