package worker

import (
	"crypto/sha256"
	"encoding/hex"
	"sync"

	"github.com/sketchdeck/sketchdeck/internal/graphviz"
)

// memoMax bounds how many layouts a Client remembers; past it the memo
// starts over, so a long serve session does not grow without end. The
// deck has 33 distinct layouts.
const memoMax = 4096

// memoBytes bounds the bytes of the outputs a Client remembers, as memoMax
// bounds their number: a 2000-node graph's output is hundreds of KB, and
// a build of many graphs keeps a build's memory flat only if what it
// remembers is bounded in size too. The deck's 33 layouts take 40 KB.
const memoBytes = 8 << 20

// readMax bounds how many outputs the memo keeps read, far fewer than it
// remembers: a reading is shared only by the jobs of one DOT text laid
// out close together (a diagram's translations, built one after the
// other), and one read is several times its text, so keeping every layout
// of a build of thousands of graphs read would grow the build's memory
// with the number of its diagrams. Past it the readings start over; a job
// that then misses reads the text again, to the same result.
const readMax = 64

// memo remembers Graphviz's output per distinct request (engine and DOT
// text), so that identical graphs, such as a diagram's translations whose
// nodes keep the original's sizes, are laid out once. Requests for a
// layout under way wait for it instead of sending their own.
type memo struct {
	mu   sync.Mutex
	done map[string]string      // key → Graphviz's output
	size int                    // the bytes of done's outputs
	busy map[string]*memoFlight // key → the layout under way
	read map[string]memoRead    // key → Graphviz's output, read
}

// memoRead is Graphviz's output for a key (text) and the same read.
type memoRead struct {
	text string
	out  *graphviz.Output
}

// Store remembers Graphviz's output per request beyond one Client: a
// build's layout cache (internal/cache.Layouts). Its methods are called
// concurrently. key is a hash of the request and of the worker's identity.
type Store interface {
	// Layout returns the output remembered for key.
	Layout(key string) (out string, ok bool)
	// Keep remembers out for key.
	Keep(key, out string)
}

// memoFlight is one layout under way; ready is closed when it ends.
type memoFlight struct {
	ready chan struct{}
	out   string
	err   error
}

// memoKey names a request by content: what lays it out (identity: the
// Graphviz release, WebAssembly or native, and the protocol), the engine,
// the output format and the DOT text. It is also the key of Options.Store,
// which outlives the process: whatever changes Graphviz's answer must be
// part of it.
func memoKey(identity string, job *graphviz.Job) string {
	h := sha256.New()
	for _, s := range []string{identity, string(job.Engine), job.Format, job.DOT} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}

// do returns the remembered output for key, or waits for the same layout
// under way, or runs lay and remembers its output (an error is given to
// whoever waited, never remembered).
func (m *memo) do(key string, lay func() (string, error)) (string, error) {
	m.mu.Lock()
	if out, ok := m.done[key]; ok {
		m.mu.Unlock()
		return out, nil
	}
	if f, ok := m.busy[key]; ok {
		m.mu.Unlock()
		<-f.ready
		return f.out, f.err
	}
	if m.busy == nil {
		m.busy, m.done = map[string]*memoFlight{}, map[string]string{}
	}
	f := &memoFlight{ready: make(chan struct{})}
	m.busy[key] = f
	m.mu.Unlock()

	f.out, f.err = lay()
	m.mu.Lock()
	delete(m.busy, key)
	if f.err == nil {
		if len(m.done) >= memoMax || m.size+len(f.out) > memoBytes {
			clear(m.done)
			m.size = 0
		}
		m.done[key] = f.out
		m.size += len(f.out)
	}
	m.mu.Unlock()
	close(f.ready)
	return f.out, f.err
}

// output returns text, Graphviz's output for key, read by job: read once
// per key and text, so that the translations of a diagram, which share
// its layout, share its reading too. Reading it again gives the same.
func (m *memo) output(key, text string, job *graphviz.Job) (*graphviz.Output, error) {
	m.mu.Lock()
	r, ok := m.read[key]
	m.mu.Unlock()
	if ok && r.text == text {
		return r.out, nil
	}
	out, err := job.Read(text)
	if err != nil {
		return nil, err
	}
	m.mu.Lock()
	if m.read == nil || len(m.read) >= readMax {
		m.read = map[string]memoRead{}
	}
	m.read[key] = memoRead{text, out}
	m.mu.Unlock()
	return out, nil
}
