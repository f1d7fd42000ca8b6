package proctest

import (
	"testing"
	"time"
)

// WaitUntil polls cond every 50 ms and fails the test after a minute: a
// bound generous enough for a loaded machine, not a timing claim.
func WaitUntil(t testing.TB, what string, cond func() bool) {
	t.Helper()
	for range 1200 {
		if cond() {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("gave up waiting for %s", what)
}
