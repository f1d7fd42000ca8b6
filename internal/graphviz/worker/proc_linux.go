package worker

import "syscall"

// dieWithParent has the kernel kill the worker when the thread that
// started it ends, which for a Go program is when the process does (the
// runtime ends a thread only when a goroutine locked to it exits). It is
// the fast path; a worker also exits when its input ends (Serve), which
// covers a worker under "go run" and every other system.
func dieWithParent(a *syscall.SysProcAttr) { a.Pdeathsig = syscall.SIGKILL }
