package main

import (
	"fmt"
	"io"
)

// runServe is the live preview; it is being written.
func runServe(_ []string, _ io.Reader, _, stderr io.Writer) int {
	fmt.Fprintln(stderr, "sketchdeck serve: not implemented yet")
	return exitUsage
}
