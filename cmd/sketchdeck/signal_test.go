//go:build unix

package main

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/cache"
	"github.com/sketchdeck/sketchdeck/internal/graphviz/workertest"
	"github.com/sketchdeck/sketchdeck/internal/proctest"
)

// TestBuildStopsOnSignal sends SIGINT and SIGTERM to a build (this test
// binary as the command) while its layout worker is in the middle of a
// graph: the build stops, says so, exits 1, leaves no half-written file
// and a manifest that loads, and its worker exits.
func TestBuildStopsOnSignal(t *testing.T) {
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			dir := t.TempDir()
			src, out := filepath.Join(dir, "diagrams"), filepath.Join(dir, "out")
			graph := "[[nodes]]\nid = \"a\"\n[[nodes]]\nid = \"b\"\n[[edges]]\nfrom = \"a\"\nto = \"b\"\n"
			proctest.WriteFiles(t, src, map[string]string{
				"a.toml":    graph,
				"hang.toml": "[layout]\nrank_gap = " + strconv.Itoa(workertest.HangRankGap) + "\n" + graph,
				"z.toml":    graph,
			})
			hung := len(workertest.Hanging())
			cmd := exec.Command(exe, "build", "--out", out, src)
			cmd.Env = append(os.Environ(), cliEnv+"=1")
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			defer cmd.Process.Kill() //nolint:errcheck // if the test fails
			var worker int
			proctest.WaitUntil(t, "the worker to hang on hang.toml", func() bool {
				pids := workertest.Hanging()
				if len(pids) > hung {
					worker = pids[hung]
				}
				return worker > 0
			})
			if err := cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			err := cmd.Wait()
			if exit := (*exec.ExitError)(nil); !errors.As(err, &exit) || exit.ExitCode() != exitBad {
				t.Errorf("exit: %v, want status %d; stderr:\n%s", err, exitBad, &stderr)
			}
			if !strings.Contains(stderr.String(), "sketchdeck: interrupted:") {
				t.Errorf("stderr does not say the build was interrupted:\n%s", &stderr)
			}
			checkOutFolder(t, out)
			proctest.WaitUntil(t, "the worker to exit", func() bool { return proctest.Exited(worker) })
		})
	}
}

// checkOutFolder: only whole SVGs and a manifest that loads.
func checkOutFolder(t *testing.T, out string) {
	t.Helper()
	entries, _ := os.ReadDir(out) // a build stopped early may have made none
	for _, e := range entries {
		name := e.Name()
		switch {
		case name == cache.FileName:
			if _, err := cache.Load(out); err != nil {
				t.Errorf("the manifest does not load: %v", err)
			}
		case name == cache.LayoutsFileName:
			if data, err := os.ReadFile(filepath.Join(out, name)); err != nil || !json.Valid(data) {
				t.Errorf("the layout cache is not whole JSON (%v)", err)
			}
		case strings.HasSuffix(name, ".svg") && !strings.HasPrefix(name, "."):
			data, err := os.ReadFile(filepath.Join(out, name))
			if err != nil || xml.Unmarshal(data, new(struct{})) != nil {
				t.Errorf("%s is not a whole SVG (%v)", name, err)
			}
		default:
			t.Errorf("%s left in the output folder", name)
		}
	}
	if slices.ContainsFunc(entries, func(e os.DirEntry) bool { return e.Name() == "hang.svg" }) {
		t.Error("hang.svg was written")
	}
}

// TestBuildWatchStopsOnSignal: build --watch (this test binary as the
// command) stops on Ctrl-C once it has built: exit 0, "stopped watching",
// and every file in the output folder whole.
func TestBuildWatchStopsOnSignal(t *testing.T) {
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	src, out := filepath.Join(dir, "diagrams"), filepath.Join(dir, "out")
	proctest.WriteFiles(t, src, map[string]string{"a.toml": "[[nodes]]\nid = \"a\"\n[[nodes]]\nid = \"b\"\n[[edges]]\nfrom = \"a\"\nto = \"b\"\n"})
	cmd := exec.Command(exe, "build", "--watch", "--out", out, src)
	cmd.Env = append(os.Environ(), cliEnv+"=1")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill() //nolint:errcheck // if the test fails
	proctest.WaitUntil(t, "a.svg to be written", func() bool {
		_, err := os.Stat(filepath.Join(out, "a.svg"))
		return err == nil
	})
	if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	if err := cmd.Wait(); err != nil {
		t.Errorf("exit: %v, want 0; stderr:\n%s", err, &stderr)
	}
	if !strings.HasSuffix(stdout.String(), "sketchdeck: stopped watching\n") {
		t.Errorf("stdout:\n%s", &stdout)
	}
	checkOutFolder(t, out)
}

// TestNativeCheckStopsOnSignal sends SIGINT to a build with --graphviz
// native (this test binary as the command, a fake dot first on PATH)
// while its first check of dot's plugins waits on dot: the build stops,
// says so, exits 1, and leaves no temporary folder of the check in the
// cache folder (a process killed by the signal left one).
func TestNativeCheckStopsOnSignal(t *testing.T) {
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	bin, cacheDir, mark := filepath.Join(dir, "bin"), filepath.Join(dir, "cache"), filepath.Join(dir, "started")
	config := filepath.Join(dir, "config6a")
	proctest.WriteFiles(t, dir, map[string]string{
		"config6a": "libgvplugin_core.so.6 core {\n}\nlibgvplugin_dot_layout.so.6 dot_layout {\n}\nlibgvplugin_neato_layout.so.6 neato_layout {\n}\n",
		"bin/dot": "#!/bin/sh\ncase \"$1\" in\n-V) echo \"dot - graphviz version 2.43.0 (0)\" >&2 ;;\n" +
			"-v) printf 'The plugin configuration file:\\n\\t%s\\n\\t\\twas successfully loaded.\\n' " + config + " >&2 ;;\n" +
			"*) cat >/dev/null; touch " + mark + "; exec sleep 60 ;;\nesac\n",
		"diagrams/a.toml": "[[nodes]]\nid = \"a\"\n",
	})
	if err := os.Chmod(filepath.Join(bin, "dot"), 0o755); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, "build", "--graphviz", "native", "--out", filepath.Join(dir, "out"), filepath.Join(dir, "diagrams"))
	cmd.Env = append(os.Environ(), cliEnv+"=1", "PATH="+bin+string(filepath.ListSeparator)+os.Getenv("PATH"), "XDG_CACHE_HOME="+cacheDir, "GVBINDIR=")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill() //nolint:errcheck // if the test fails
	proctest.WaitUntil(t, "the check to start dot", func() bool {
		_, err := os.Stat(mark)
		return err == nil
	})
	if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	err = cmd.Wait()
	if exit := (*exec.ExitError)(nil); !errors.As(err, &exit) || exit.ExitCode() != exitBad {
		t.Errorf("exit: %v, want status %d; stderr:\n%s", err, exitBad, &stderr)
	}
	if want := "sketchdeck: interrupted: stopped while checking the installed Graphviz\n"; stderr.String() != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", &stderr, want)
	}
	left, _ := filepath.Glob(filepath.Join(cacheDir, "sketchdeck", "*", ".lean-*"))
	if len(left) > 0 {
		t.Errorf("the check left %q", left)
	}
}
