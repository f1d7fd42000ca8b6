package native

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"time"

	"github.com/sketchdeck/sketchdeck/internal/graphviz"
)

// process is one dot -K ENGINE -T FORMAT process: started by launch, it
// waits for its input, which finish gives it. Started ahead (a spare,
// Spares), it spends its own start-up (about 11 ms for dot 2.43) while
// sketchdeck still prepares the graph, and then blocks reading its input.
type process struct {
	cmd    *exec.Cmd
	engine graphviz.Engine
	format string
	// cpu is the CPU time it may use; limited, whether that limit is set
	// (limitCPU).
	cpu     time.Duration
	limited bool
	stdin   io.WriteCloser
	stdout  bytes.Buffer
	stderr  bytes.Buffer
	// done is closed once the process has exited and been waited for;
	// err is then what Wait said.
	done chan struct{}
	err  error
}

// launch starts dot for engine and format, limited to cpu of CPU time (0:
// no bound), and reaps it when it ends, whatever ends it.
func (d *Dot) launch(engine graphviz.Engine, format string, cpu time.Duration) (*process, error) {
	cmd := exec.Command(d.Path, "-K"+string(engine), "-T"+format)
	if format == "dot" && d.lean != "" {
		// sketchdeck's own graph: nothing to measure (lean.go).
		cmd.Env = append(os.Environ(), "GVBINDIR="+d.lean)
	}
	p := &process{cmd: cmd, engine: engine, format: format, cpu: cpu, done: make(chan struct{})}
	cmd.Stdout, cmd.Stderr = &p.stdout, &p.stderr
	// Once dot has exited, stop waiting for its pipes: a process it
	// started could keep them open.
	cmd.WaitDelay = time.Second
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return nil, fmt.Errorf("starting %s: %w", d.Path, err)
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("starting %s: %w", d.Path, err)
	}
	p.stdin = stdin
	p.limited = cpu > 0 && limitCPU(cmd.Process.Pid, cpu) == nil
	go func() {
		p.err = cmd.Wait()
		close(p.done)
	}()
	return p, nil
}

// exited reports whether p has ended (before it was given its input: it
// was killed, or dot could not start).
func (p *process) exited() bool {
	select {
	case <-p.done:
		return true
	default:
		return false
	}
}

// kill ends p and waits until it has been reaped.
func (p *process) kill() {
	_ = p.cmd.Process.Kill() // it may have exited already
	<-p.done
}

// errWall marks a process stopped by its wall-clock bound.
var errWall = errors.New("wall-clock bound")

// finish gives p src as its input, closes it, and returns dot's output
// (a "json" output, a user's graph's, with what dot wrote on its standard
// error after it: graphviz.WithMessages), or an error: over's message when dot used up its CPU time, the
// wall-clock message past wall (0: no bound, counted from now), ctx's
// error once ctx ends (p is then killed), or what dot said when it failed.
func (d *Dot) finish(ctx context.Context, p *process, src string, wall time.Duration, over func(time.Duration) string) (string, error) {
	go func() {
		// dot may exit without reading it all (a syntax error): its exit
		// status tells, not the broken pipe.
		_, _ = io.WriteString(p.stdin, src)
		_ = p.stdin.Close()
	}()
	var expired <-chan time.Time
	if wall > 0 {
		t := time.NewTimer(wall)
		defer t.Stop()
		expired = t.C
	}
	var stopped error
	select {
	case <-p.done:
	case <-ctx.Done():
		stopped = ctx.Err()
		p.kill()
	case <-expired:
		stopped = errWall
		p.kill()
	}
	if p.err == nil {
		if p.format == "json" { // a user's graph: what dot said goes with it
			return graphviz.WithMessages(p.stdout.String(), p.stderr.String()), nil
		}
		return p.stdout.String(), nil
	}
	if p.format == "json" && stopped == nil && wentOn(p) {
		return graphviz.WithMessages(p.stdout.String(), p.stderr.String()), nil
	}
	st := p.cmd.ProcessState
	switch {
	case p.limited && st != nil && overCPU(st, p.cpu):
		return "", errors.New(over(p.cpu))
	case stopped == errWall:
		return "", fmt.Errorf("%s gave no answer within %v of wall-clock time and was stopped (the wall-clock bound is %d times --layout-timeout: raise that to give it longer)", d.Path, wall, wallFactor(p.cpu, wall))
	case stopped != nil:
		return "", stopped
	}
	msg := strings.TrimSpace(p.stderr.String())
	if len(msg) > tailMax {
		msg = "…" + msg[len(msg)-tailMax:]
	}
	return "", fmt.Errorf("%s -K%s failed (%v): %s", d.Path, p.engine, p.err, msg)
}

// wentOn reports whether dot, having ended with an error, went on past it
// and wrote the whole graph: it does so for an error in one object of a
// user's graph (an HTML-like label its grammar does not take, an image
// file it cannot open: that object is drawn without it) and exits with
// status 1, where the WebAssembly Graphviz goes on and says nothing. Its
// output is then a whole JSON value, which a graph it could not read (a
// syntax error) or a crash never leaves.
func wentOn(p *process) bool {
	var exit *exec.ExitError
	return errors.As(p.err, &exit) && exit.ExitCode() == 1 && json.Valid(p.stdout.Bytes())
}
