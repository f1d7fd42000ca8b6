package worker

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
)

// Program is the worker program's name; Package is its import path.
const (
	Program = "sketchdeck-layout"
	Package = "github.com/sketchdeck/sketchdeck/cmd/sketchdeck-layout"
)

// Command finds the worker program: beside the running program (where
// "go install ./cmd/..." and "make" put it), then on PATH. Failing both,
// it is "go run Package", which works inside this module — "go run
// ./cmd/sketchdeck", tests — and which the go command caches after the
// first build.
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
		return []string{gocmd, "run", Package}, nil
	}
	return nil, errors.New("graph layout needs the " + Program + " program beside sketchdeck or on PATH: go install " + Package)
}
