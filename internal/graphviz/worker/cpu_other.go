//go:build !unix

package worker

import "time"

// cpuTime is unknown here: a layout is bounded by the Client's wall-clock
// backstop alone.
func cpuTime() (time.Duration, bool) { return 0, false }
