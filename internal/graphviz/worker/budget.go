package worker

import (
	"errors"
	"fmt"
	"time"
)

// ErrOverBudget is what Serve returns after answering a layout that used
// more CPU time than its Request allowed: the layout is still inside
// Graphviz, which cannot be interrupted, so the worker program must exit.
var ErrOverBudget = errors.New("worker: a layout used up its CPU time")

// budgetPoll is how often a worker reads its own CPU time during a layout.
const budgetPoll = 20 * time.Millisecond

// OverBudget is the error of a layout stopped at its CPU-time limit.
func OverBudget(limit time.Duration) string {
	return fmt.Sprintf("layout used more than %v of CPU time, the limit, and was stopped: "+
		"the graph is too tangled for Graphviz (fewer nodes or edges, or another layout engine, will help), "+
		"or raise the limit with --layout-timeout", limit)
}

// watchBudget fires once the process has used limit of CPU time since it
// was called, polling until stop is closed. With no limit, or where the
// system does not tell a process its CPU time, it never fires.
func watchBudget(limit time.Duration, stop <-chan struct{}) <-chan struct{} {
	over := make(chan struct{})
	start, ok := cpuTime()
	if limit <= 0 || !ok {
		return over
	}
	go func() {
		tick := time.NewTicker(budgetPoll)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				if now, _ := cpuTime(); now-start >= limit {
					close(over)
					return
				}
			}
		}
	}()
	return over
}
