//go:build unix

package native

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/sketchdeck/sketchdeck/internal/graphviz"
)

// ready waits until every spare that s has ready has started, and returns
// their processes.
func ready(t *testing.T, s *Spares) []*process {
	t.Helper()
	s.mu.Lock()
	sps := append([]*spare(nil), s.ready...)
	s.mu.Unlock()
	var ps []*process
	for _, sp := range sps {
		<-sp.started
		if sp.p == nil {
			t.Fatal("a spare failed to start")
		}
		ps = append(ps, sp.p)
	}
	return ps
}

// gone checks that every process in ps was killed and reaped: waited for,
// and no process with its id left.
func gone(t *testing.T, ps []*process) {
	t.Helper()
	for _, p := range ps {
		if !p.exited() {
			t.Errorf("spare %d not reaped", p.cmd.Process.Pid)
		}
		if err := syscall.Kill(p.cmd.Process.Pid, 0); !errors.Is(err, syscall.ESRCH) {
			t.Errorf("spare %d still there: %v", p.cmd.Process.Pid, err)
		}
	}
}

// TestSpares: a request that fits takes a spare, which starts the next
// while layouts are expected; one that does not fit (another engine) runs
// dot of its own, as does any once the expected layouts have come. Each
// answers with what its own dot would.
func TestSpares(t *testing.T) {
	runs := filepath.Join(t.TempDir(), "runs")
	d := fakeDot(t, `echo run >>`+runs+`; echo "$@"; exec cat`)
	s := d.NewSpares(graphviz.Dot, "dot", time.Minute, 1)
	defer s.Close()
	ctx := context.Background()
	s.Prestart(ctx, 3)
	steps := []struct {
		engine graphviz.Engine
		format string
		served int
	}{
		{graphviz.Dot, "dot", 1},
		{graphviz.Neato, "dot", 1},
		{graphviz.Dot, "json", 1},
		{graphviz.Dot, "dot", 2}, // the spare started after the first
		{graphviz.Dot, "dot", 2}, // three expected: none is left
	}
	for k, st := range steps {
		out, err := s.Render(ctx, st.engine, "digraph {}", st.format, time.Minute, time.Hour, over)
		want := "-K" + string(st.engine) + " -T" + st.format + "\ndigraph {}"
		if err != nil || out != want || s.Served() != st.served {
			t.Errorf("step %d: %q, %v, %d served; want %q, %d served", k, out, err, s.Served(), want, st.served)
		}
	}
	if ps := ready(t, s); len(ps) != 0 {
		t.Errorf("%d spares left ready, want none", len(ps))
	}
	data, _ := os.ReadFile(runs)
	if n := strings.Count(string(data), "run"); n != len(steps) {
		t.Errorf("dot ran %d times for %d layouts", n, len(steps))
	}
}

// TestSparesKilled: spares not used are killed and reaped at Close, or
// once Prestart's context ends; a layout afterwards runs dot of its own.
func TestSparesKilled(t *testing.T) {
	d := fakeDot(t, `echo "$@"; exec cat`)
	s := d.NewSpares(graphviz.Dot, "dot", time.Minute, 2)
	s.Prestart(context.Background(), 5)
	ps := ready(t, s)
	if len(ps) != 2 {
		t.Fatalf("%d spares ready, want 2", len(ps))
	}
	s.Close()
	gone(t, ps)
	s.Prestart(context.Background(), 5)
	if ps := ready(t, s); len(ps) != 0 {
		t.Errorf("%d spares started after Close", len(ps))
	}

	s = d.NewSpares(graphviz.Dot, "dot", time.Minute, 2)
	defer s.Close()
	ctx, cancel := context.WithCancel(context.Background())
	s.Prestart(ctx, 5)
	ps = ready(t, s)
	cancel()
	for _, p := range ps {
		<-p.done
	}
	gone(t, ps)
	out, err := s.Render(context.Background(), graphviz.Dot, "digraph {}", "dot", time.Minute, time.Hour, over)
	if err != nil || out != "-Kdot -Tdot\ndigraph {}" || s.Served() != 0 {
		t.Errorf("after cancel: %q, %v, %d served", out, err, s.Served())
	}
}

// TestSpareDied: a spare that ended before it was used (killed) is passed
// over for a dot of the layout's own.
func TestSpareDied(t *testing.T) {
	d := fakeDot(t, `echo "$@"; exec cat`)
	s := d.NewSpares(graphviz.Dot, "dot", time.Minute, 1)
	defer s.Close()
	s.Prestart(context.Background(), 1)
	for _, p := range ready(t, s) {
		p.kill()
	}
	out, err := s.Render(context.Background(), graphviz.Dot, "digraph {}", "dot", time.Minute, time.Hour, over)
	if err != nil || out != "-Kdot -Tdot\ndigraph {}" {
		t.Errorf("%q, %v", out, err)
	}
}

// TestSpareBounds: a spare keeps the CPU-time limit, the wall-clock bound
// (counted from the request) and dot's failure, each with the message a
// dot of the layout's own gives.
func TestSpareBounds(t *testing.T) {
	tests := []struct {
		name, script string
		cpu, wall    time.Duration
		want         string // %s: the program's path
	}{
		{"cpu", "read l; while :; do :; done", time.Second, 10 * time.Minute, "over 1s"},
		{"wall", "read l; exec sleep 600", time.Minute, 100 * time.Millisecond,
			"%s gave no answer within 100ms of wall-clock time and was stopped (the wall-clock bound is 1 times --layout-timeout: raise that to give it longer)"},
		{"fails", `read l; echo "Error: <stdin>: syntax error in line 1 near '{'" >&2; exit 1`, time.Minute, time.Minute,
			"%s -Kdot failed (exit status 1): Error: <stdin>: syntax error in line 1 near '{'"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.name == "cpu" && runtime.GOOS != "linux" {
				t.Skip("RLIMIT_CPU of another process: Linux")
			}
			d := fakeDot(t, tt.script)
			want := strings.ReplaceAll(tt.want, "%s", d.Path)
			s := d.NewSpares(graphviz.Dot, "dot", tt.cpu, 1)
			defer s.Close()
			s.Prestart(context.Background(), 1)
			ps := ready(t, s)
			_, err := s.Render(context.Background(), graphviz.Dot, "digraph {\n", "dot", tt.cpu, tt.wall, over)
			if err == nil || err.Error() != want || s.Served() != 1 {
				t.Errorf("error %v, %d served\nwant %s, 1 served", err, s.Served(), want)
			}
			gone(t, ps)
		})
	}
}

// TestSpareCancelled: a layout in a spare whose context ends is killed
// and reports the context's error.
func TestSpareCancelled(t *testing.T) {
	// The fake dot says on a named pipe that it has read its input.
	fifo := filepath.Join(t.TempDir(), "read")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no named pipe:", err)
	}
	d := fakeDot(t, "read l; echo >"+fifo+"; exec sleep 600")
	s := d.NewSpares(graphviz.Dot, "dot", time.Minute, 1)
	defer s.Close()
	s.Prestart(context.Background(), 1)
	ps := ready(t, s)
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		_, _ = os.ReadFile(fifo)
		cancel()
	}()
	_, err := s.Render(ctx, graphviz.Dot, "digraph {\n", "dot", time.Minute, time.Hour, over)
	if !errors.Is(err, context.Canceled) || s.Served() != 1 {
		t.Errorf("error %v, %d served; want %v, 1 served", err, s.Served(), context.Canceled)
	}
	gone(t, ps)
}
