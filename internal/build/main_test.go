package build

import (
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/graphviz/workertest"
)

// TestMain makes this test binary the layout worker: no test runs the go
// command to build one.
func TestMain(m *testing.M) { workertest.Main(m) }
