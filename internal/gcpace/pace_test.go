package gcpace

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
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

// TestBuildObeysEnvironment: a GOGC or GOMEMLIMIT set by the user wins,
// over Build and over Jobs, whose function then never collects.
func TestBuildObeysEnvironment(t *testing.T) {
	p0, l0 := pacing()
	for _, env := range []string{"GOGC", "GOMEMLIMIT"} {
		t.Run(env, func(t *testing.T) {
			t.Setenv(env, "200")
			restore := Build(Budget)
			if p, l := pacing(); p != p0 || l != l0 {
				t.Errorf("Build: pacing %d%%, limit %d; want %d%%, %d", p, l, p0, l0)
			}
			restore()
			before := Jobs(WorkerBudget, 1<<20)
			if p, l := pacing(); p != p0 || l != l0 {
				t.Errorf("Jobs: pacing %d%%, limit %d; want %d%%, %d", p, l, p0, l0)
			}
			litter(4 << 20)
			n := cycles()
			before()
			if got := cycles(); got != n {
				t.Errorf("Jobs' function collected %d times with the pacing left to %s", got-n, env)
			}
		})
	}
}

// TestTidy: under Jobs' pacing, the function called before a job collects
// only when more than the slack of garbage has piled up since the last
// collection.
func TestTidy(t *testing.T) {
	w := newWatch(64<<20, true, nil)
	defer w.restore()
	runtime.GC()
	n := cycles()
	w.tidy(4 << 20)
	if got := cycles(); got != n {
		t.Errorf("collected %d times with no garbage", got-n)
	}
	litter(1 << 20)
	w.tidy(4 << 20)
	if got := cycles(); got != n {
		t.Errorf("collected %d times with 1 MiB of garbage, under the 4 MiB slack", got-n)
	}
	litter(8 << 20)
	w.tidy(4 << 20)
	if got := cycles(); got != n+1 {
		t.Errorf("collected %d times with 9 MiB of garbage; want once", got-n)
	}
	w.tidy(4 << 20)
	if got := cycles(); got != n+1 {
		t.Errorf("collected %d times again right after a collection; want none", got-n-1)
	}
}

// TestJobsFollowsLiveHeap: under Jobs' pacing, the memory limit is twice
// the live heap once that is more than half the budget, and the budget
// again once it is less; the collector never paces by GC percent.
func TestJobsFollowsLiveHeap(t *testing.T) {
	p0, l0 := pacing()
	w := newWatch(8<<20, true, func() { t.Error("switched back under Jobs' pacing") })
	live := make([]byte, 16<<20)
	for i := range live {
		live[i] = byte(i)
	}
	// The check runs after a collection, on another goroutine: collect
	// until the limit has moved.
	until := func(what string, ok func(limit int64) bool) {
		t.Helper()
		for i := 0; ; i++ {
			runtime.GC()
			if p, l := pacing(); p != -1 {
				t.Fatalf("%s: pacing %d%%; want off", what, p)
			} else if ok(l) {
				return
			}
			if i == 1000 {
				_, l := pacing()
				t.Fatalf("%s: limit %d after 1000 collections", what, l)
			}
			runtime.Gosched()
		}
	}
	until("16 MiB live", func(l int64) bool { return l >= 32<<20 })
	runtime.KeepAlive(live)
	until("16 MiB dropped", func(l int64) bool { return l == 8<<20 })
	w.restore()
	if p, l := pacing(); p != p0 || l != l0 {
		t.Errorf("restored: pacing %d%%, limit %d; want %d%%, %d", p, l, p0, l0)
	}
}

// litter allocates n bytes on the heap and drops them.
func litter(n int) {
	b := make([]byte, n)
	b[n-1] = 1
	runtime.KeepAlive(b)
}

// cycles is the number of collections asked for (runtime.GC) so far; the
// collector's own are not counted, so that one it starts by itself while a
// test runs does not count as the function's.
func cycles() uint64 {
	s := []metrics.Sample{{Name: "/gc/cycles/forced:gc-cycles"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}
