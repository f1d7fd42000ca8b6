//go:build unix

package main

import (
	"syscall"
	"time"
)

// childCPU is the CPU time (user and system) of this process's children
// that have exited and been waited for.
func childCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_CHILDREN, &ru); err != nil {
		return -1
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
