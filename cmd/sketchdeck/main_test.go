package main

import (
	"os"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/graphviz/workertest"
)

// cliEnv makes this test binary the sketchdeck command, for tests that
// need it as a process of its own (signals).
const cliEnv = "SKETCHDECK_TEST_CLI"

// TestMain makes this test binary the layout worker (no test runs the go
// command to build one) and, with cliEnv set, the command itself.
func TestMain(m *testing.M) {
	if os.Getenv(cliEnv) != "" && !workertest.IsWorker() {
		os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
	}
	workertest.Main(m)
}
