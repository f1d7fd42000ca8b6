//go:build unix

package worker

import (
	"os/exec"
	"syscall"
)

// detach puts the worker in a process group of its own, so that killing
// the group also kills what it started: under "go run" the worker is a
// child of the go command, and killing only that would leave it running
// and holding our pipes. Where the system can (Linux), the worker is also
// killed when this process dies, however it dies.
func detach(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	dieWithParent(cmd.SysProcAttr)
}

// killGroup kills the worker's process group.
func killGroup(cmd *exec.Cmd) error {
	return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
}
