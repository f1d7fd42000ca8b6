package native

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestVersionRemembered: dot -V (and dot -v, which says where its plugin
// configuration is: lean.go) run once per program file; the same file
// again reads what they said from the cache folder, and a file replaced
// or a damaged cache runs them again.
func TestVersionRemembered(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the cache folder is set through XDG_CACHE_HOME")
	}
	cacheDir := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", cacheDir)
	runs := filepath.Join(t.TempDir(), "runs")
	d := fakeDot(t, `echo "run $1" >>`+runs+`; echo "dot - graphviz version 2.43.0 (0)" >&2`)
	t.Setenv("PATH", filepath.Dir(d.Path))
	find := func(want string, wantRuns int) {
		t.Helper()
		got, err := Find(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		data, _ := os.ReadFile(runs)
		v, probes := strings.Count(string(data), "run -V\n"), strings.Count(string(data), "run -v\n")
		if got.Version != want || v != wantRuns || probes != wantRuns {
			t.Errorf("version %q after %d runs of dot -V and %d of dot -v, want %q after %d of each", got.Version, v, probes, want, wantRuns)
		}
	}
	find("dot - graphviz version 2.43.0 (0)", 1)
	find("dot - graphviz version 2.43.0 (0)", 1)
	// An upgrade writes a new file and renames it over the old one.
	next := d.Path + ".new"
	if err := os.WriteFile(next, []byte("#!/bin/sh\necho \"run $1\" >>"+runs+"; echo \"dot - graphviz version 2.44.1 (0)\" >&2\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(next, d.Path); err != nil {
		t.Fatal(err)
	}
	find("dot - graphviz version 2.44.1 (0)", 2)
	find("dot - graphviz version 2.44.1 (0)", 2)
	if err := os.WriteFile(filepath.Join(cacheDir, "sketchdeck", VersionCache), []byte("{damaged"), 0o644); err != nil {
		t.Fatal(err)
	}
	find("dot - graphviz version 2.44.1 (0)", 3)
	find("dot - graphviz version 2.44.1 (0)", 3)
}

// TestMain keeps what the tests' fake dot programs say out of the user's
// cache folder.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "sketchdeck-native-test")
	if err == nil {
		err = os.Setenv("XDG_CACHE_HOME", dir)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}
