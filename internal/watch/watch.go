package watch

import (
	"context"
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// Defaults of a Watcher's timing. A diagram is built in tens of
// milliseconds, so the time from a save to its picture is mostly these.
const (
	DefaultInterval = 50 * time.Millisecond
	DefaultSettle   = 15 * time.Millisecond
)

// Watcher watches files for changes.
type Watcher struct {
	// Paths are diagram files, and folders whose *.toml and *.md files
	// are watched (a file or folder that does not exist yet is watched
	// for its appearance).
	Paths []string
	// Patterns are further files, as filepath.Glob patterns
	// ("locales/*.toml", a theme file).
	Patterns []string
	// Also, when set, gives more Paths at every look: what the last build
	// read from beside the diagrams (their pictures, their parts folders).
	Also func() []string
	// Interval is how often the files are read; 0 is DefaultInterval.
	Interval time.Duration
	// Settle is how long the files must hold still after a change before
	// it is acted on; 0 is DefaultSettle.
	Settle time.Duration
}

// Fingerprint names every watched file with a hash of its content, in a
// stable order: it changes exactly when a watched file is added, removed
// or edited.
func (w Watcher) Fingerprint() string {
	var b strings.Builder
	for _, p := range w.patterns() {
		files, _ := filepath.Glob(p) // a bad pattern watches nothing
		for _, f := range files {
			st, err := os.Stat(f)
			if err != nil || st.IsDir() {
				continue
			}
			data, err := os.ReadFile(f)
			if err != nil {
				fmt.Fprintf(&b, "%s unreadable %d %d\n", f, st.Size(), st.ModTime().UnixNano())
				continue
			}
			fmt.Fprintf(&b, "%s %x\n", f, sha256.Sum256(data))
		}
	}
	return b.String()
}

// patterns are the glob patterns of every watched file.
func (w Watcher) patterns() []string {
	var out []string
	paths := w.Paths
	if w.Also != nil {
		paths = append(slices.Clone(paths), w.Also()...)
	}
	for _, p := range paths {
		if st, err := os.Stat(p); err == nil && st.IsDir() {
			out = append(out, filepath.Join(globEscape(p), "*.toml"), filepath.Join(globEscape(p), "*.md"))
			continue
		}
		out = append(out, globEscape(p))
	}
	return append(out, w.Patterns...)
}

// globEscape quotes the characters filepath.Glob reads as a pattern.
func globEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(`*?[\`, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Run calls do at once, then after every change, until ctx ends; do runs
// on Run's goroutine, so a change made while it runs is acted on when it
// returns.
func (w Watcher) Run(ctx context.Context, do func()) {
	interval, settle := w.Interval, w.Settle
	if interval <= 0 {
		interval = DefaultInterval
	}
	if settle <= 0 {
		settle = DefaultSettle
	}
	t := time.NewTicker(interval)
	defer t.Stop()
	last := ""
	for first := true; ; first = false {
		if s := w.Fingerprint(); first || s != last {
			last = w.settled(ctx, s, settle)
			if ctx.Err() != nil {
				return
			}
			do()
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// settled waits until the fingerprint holds still for settle, starting
// from s, and returns it: a save in several writes makes one change.
func (w Watcher) settled(ctx context.Context, s string, settle time.Duration) string {
	for range 100 { // a file rewritten for ever still gets built, now and then
		select {
		case <-ctx.Done():
			return s
		case <-time.After(settle):
		}
		now := w.Fingerprint()
		if now == s {
			return s
		}
		s = now
	}
	return s
}
