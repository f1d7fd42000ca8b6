package worker

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
)

// Program is the worker program's name; Package is its import path.
const (
	Program = "sketchdeck-layout"
	Package = "github.com/sketchdeck/sketchdeck/cmd/sketchdeck-layout"
)

// Command finds the worker program: beside the running program (where
// "go install ./cmd/..." puts it), then on PATH. Failing both, it is
// "go run Package", which the go command caches after the first build:
// at the running sketchdeck's own version when that was run as
// "go run .../cmd/sketchdeck@VERSION" outside any module, and otherwise
// from the current module, as inside this one ("go run ./cmd/sketchdeck",
// make, tests) or in a deck's module that requires sketchdeck.
func Command() ([]string, error) {
	name := Program
	if runtime.GOOS == "windows" {
		name += ".exe"
	}
	if exe, err := os.Executable(); err == nil {
		beside := filepath.Join(filepath.Dir(exe), name)
		if st, err := os.Stat(beside); err == nil && !st.IsDir() {
			return []string{beside}, nil
		}
	}
	if path, err := exec.LookPath(Program); err == nil {
		return []string{path}, nil
	}
	if gocmd, err := exec.LookPath("go"); err == nil {
		return []string{gocmd, "run", goRunTarget()}, nil
	}
	return nil, errors.New("graph layout needs the " + Program + " program beside sketchdeck or on PATH: go install " + Package)
}

// goRunTarget is Package at the running program's version when that is a
// released sketchdeck (so that "go run .../sketchdeck@v1.2.0" outside any
// module finds its worker), and plain Package for a local checkout or a
// replaced module, which only the current module can resolve.
func goRunTarget() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return Package
	}
	module := strings.TrimSuffix(Package, "/cmd/"+Program)
	if bi.Main.Path == module && bi.Main.Replace == nil && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return Package + "@" + bi.Main.Version
	}
	return Package
}
