// Package proctest helps tests that start real processes: write the files
// they read, wait for a condition within a generous bound, and tell
// whether a process has exited even when it is no child of the test (an
// orphan re-parented to PID 1); run a test alone in a process of its own.
package proctest
