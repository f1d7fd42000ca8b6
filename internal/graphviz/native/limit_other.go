//go:build !linux

package native

import (
	"errors"
	"os"
	"time"
)

// limitCPU is not available here: a layout is bounded by its wall-clock
// backstop alone.
func limitCPU(pid int, cpu time.Duration) error {
	return errors.New("no CPU-time limit for another process on this system")
}

// overCPU is never true here: no limit was set.
func overCPU(*os.ProcessState, time.Duration) bool { return false }
