package native

import (
	"math"
	"os"
	"syscall"
	"time"
	"unsafe"
)

// limitCPU has the kernel stop process pid once it has used cpu of CPU
// time (RLIMIT_CPU counts whole seconds: cpu is rounded up). dot has run
// for a few microseconds when it is set, too few to matter.
func limitCPU(pid int, cpu time.Duration) error {
	secs := uint64(math.Ceil(cpu.Seconds()))
	// SIGXCPU at the soft limit ends dot; SIGKILL a second later in case
	// it did not.
	lim := syscall.Rlimit{Cur: secs, Max: secs + 1}
	_, _, errno := syscall.RawSyscall6(syscall.SYS_PRLIMIT64, uintptr(pid), uintptr(syscall.RLIMIT_CPU),
		uintptr(unsafe.Pointer(&lim)), 0, 0, 0)
	if errno != 0 {
		return errno
	}
	return nil
}

// overCPU reports whether a process limited to cpu by limitCPU ended for
// it: SIGXCPU at the soft limit, or SIGKILL at the hard one. The kernel
// checks the limit on its clock ticks, so the time it reports may fall a
// tick short of cpu.
func overCPU(st *os.ProcessState, cpu time.Duration) bool {
	ws, ok := st.Sys().(syscall.WaitStatus)
	if !ok || !ws.Signaled() {
		return false
	}
	used := st.UserTime() + st.SystemTime()
	return ws.Signal() == syscall.SIGXCPU || ws.Signal() == syscall.SIGKILL && used >= cpu*9/10
}
