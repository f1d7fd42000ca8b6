package gcpace

import (
	"runtime"
	"runtime/debug"
	"testing"
)

// pacing is the collector's GC percent and memory limit, read without
// changing them.
func pacing() (int, int64) {
	p := debug.SetGCPercent(-1)
	debug.SetGCPercent(p)
	return p, debug.SetMemoryLimit(-1)
}

// TestPaceBudget: under Build's pacing there is no GC percent and the
// memory limit is the budget; a small live heap keeps it so through
// collections, and restore sets back what there was.
func TestPaceBudget(t *testing.T) {
	p0, l0 := pacing()
	restore := pace(64<<20, func() { t.Error("switched back with a small live heap") })
	if p, l := pacing(); p != -1 || l != 64<<20 {
		t.Errorf("pacing %d%%, limit %d; want off, %d", p, l, 64<<20)
	}
	for range 5 {
		runtime.GC()
	}
	if p, l := pacing(); p != -1 || l != 64<<20 {
		t.Errorf("after collections: pacing %d%%, limit %d; want off, %d", p, l, 64<<20)
	}
	restore()
	if p, l := pacing(); p != p0 || l != l0 {
		t.Errorf("restored: pacing %d%%, limit %d; want %d%%, %d", p, l, p0, l0)
	}
}

// TestPaceSwitchesBack: once a collection finds more than half the budget
// live, the pacing is what it was before.
func TestPaceSwitchesBack(t *testing.T) {
	p0, l0 := pacing()
	switched := make(chan struct{})
	restore := pace(8<<20, func() { close(switched) })
	defer restore()
	live := make([]byte, 16<<20)
	for i := range live {
		live[i] = byte(i)
	}
	// The check runs after a collection, on another goroutine: collect
	// until it has run (it runs after the first or second).
	for i := 0; ; i++ {
		runtime.GC()
		select {
		case <-switched:
		default:
			if i == 1000 {
				t.Fatal("the pacing did not switch back with 16 MiB live")
			}
			runtime.Gosched()
			continue
		}
		break
	}
	runtime.KeepAlive(live)
	if p, l := pacing(); p != p0 || l != l0 {
		t.Errorf("pacing %d%%, limit %d; want %d%%, %d", p, l, p0, l0)
	}
}

// TestBuildObeysEnvironment: a GOGC or GOMEMLIMIT set by the user wins.
func TestBuildObeysEnvironment(t *testing.T) {
	p0, l0 := pacing()
	for _, env := range []string{"GOGC", "GOMEMLIMIT"} {
		t.Run(env, func(t *testing.T) {
			t.Setenv(env, "200")
			restore := Build(Budget)
			if p, l := pacing(); p != p0 || l != l0 {
				t.Errorf("pacing %d%%, limit %d; want %d%%, %d", p, l, p0, l0)
			}
			restore()
		})
	}
}
