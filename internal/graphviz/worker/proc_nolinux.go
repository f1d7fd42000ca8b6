//go:build unix && !linux

package worker

import "syscall"

// dieWithParent does nothing here: only Linux has a parent-death signal.
// The worker still exits when its input ends (Serve).
func dieWithParent(*syscall.SysProcAttr) {}
