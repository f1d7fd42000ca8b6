package gcpace

import "runtime"

// pageSize is the size of the kernel's pages: touching one byte in each
// maps the whole page.
const pageSize = 4096

// Ready maps about n bytes of heap pages now and leaves them free in the
// heap, for a program that is about to wait (for Graphviz) and will then
// allocate that much at once (drawing the laid-out graph). A page the heap
// takes from the kernel for the first time costs a page fault when it is
// first written, about as much as what a large graph's drawing does with
// it; pages readied while the program waits are reused without one.
// Ready also collects the garbage made before the wait (decoding), whose
// pages are reused the same way.
//
// The pages stay with the program, free, under Build's pacing (which
// returns memory to the system only near its budget): n should leave room
// under the budget for what is live.
func Ready(n int) {
	buf := make([]byte, n) // fresh pages, not written yet: not zeroed
	for i := 0; i < len(buf); i += pageSize {
		buf[i] = 1
	}
	runtime.KeepAlive(buf)
	runtime.GC()
}
