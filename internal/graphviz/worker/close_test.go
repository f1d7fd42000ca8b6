package worker

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"
)

// lingerEnv names a folder where a test worker whose input has ended
// says so (PID.ended) and waits for another worker to say the same before
// it exits, saying that it saw one (PID.saw): TestCloseStopsAllAtOnce.
const lingerEnv = "SKETCHDECK_TEST_LAYOUT_LINGER"

// linger is a test worker's end under lingerEnv: it waits up to a minute
// for a second PID.ended in dir (a Client kills a worker that has not
// exited a second after its input ended, so a worker stopped alone never
// writes PID.saw).
func linger(dir string) {
	pid := strconv.Itoa(os.Getpid())
	_ = os.WriteFile(filepath.Join(dir, pid+".ended"), nil, 0o644)
	for range 60000 {
		if m, _ := filepath.Glob(filepath.Join(dir, "*.ended")); len(m) >= 2 {
			_ = os.WriteFile(filepath.Join(dir, pid+".saw"), nil, 0o644)
			return
		}
		time.Sleep(time.Millisecond)
	}
}

// TestCloseStopsAllAtOnce: Close ends the input of every worker before it
// waits for any to exit, so that their exits (a few milliseconds each,
// the last thing a build waits for) overlap. Each test worker waits, once
// its input has ended, for the other's to end too: stopped one after the
// other, the first would wait in vain and be killed.
func TestCloseStopsAllAtOnce(t *testing.T) {
	dir := t.TempDir()
	t.Setenv(lingerEnv, dir)
	c := testClient(t, Options{Procs: 2})
	c.Prestart(context.Background(), 2)
	c.mu.Lock()
	procs := slices.Clone(c.lanes)
	c.mu.Unlock()
	for _, p := range procs {
		<-p.ready // started and said Hello: Close stops it, not kills it
		if p.startErr != nil {
			t.Fatal(p.startErr)
		}
	}
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
	saw, _ := filepath.Glob(filepath.Join(dir, "*.saw"))
	if len(saw) != 2 {
		ended, _ := filepath.Glob(filepath.Join(dir, "*.ended"))
		t.Errorf("%d of %d workers saw the other's input end before they exited, want both", len(saw), len(ended))
	}
}
