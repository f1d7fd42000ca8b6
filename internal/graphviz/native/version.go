package native

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/sketchdeck/sketchdeck/internal/atomicfile"
	"github.com/sketchdeck/sketchdeck/internal/input"
)

// Running dot -V costs a process start (about 6 ms, more on a loaded
// machine) before every build's first layout; what it says is remembered
// instead, per program, in the user's cache folder (os.UserCacheDir, in
// sketchdeck's folder), as long as the program's file is the same: its
// path with links resolved, size, modification time and, on Linux, its
// inode and change time, which any upgrade that replaces the file changes.
const (
	// VersionCache is the file's name in sketchdeck's cache folder.
	VersionCache = "native-dot-versions.json"
	// versionCacheMax bounds the programs remembered: past it the file
	// starts over with the one just run.
	versionCacheMax = 8
	// versionCacheBytes bounds the file read.
	versionCacheBytes = 64 << 10
)

// versionEntry is what one dot program said to -V, and which file it was;
// with Probed, the plugin configuration file it says it loads (dot -v, ""
// if it did not say: lean.go).
type versionEntry struct {
	Stamp   string `json:"stamp"`
	Version string `json:"version"`
	Config  string `json:"config,omitempty"`
	Probed  bool   `json:"probed,omitempty"`
}

// version is what path says to -V, trimmed, and the plugin configuration
// file it loads (probeConfig, "" if it does not say or there is no cache
// folder): remembered in the cache folder while path's file stays the
// same, else run and remembered.
// The error is one that Find reports as it is.
func version(ctx context.Context, path string) (line, config string, err error) {
	real, stamp := fileStamp(path)
	file := versionCacheFile()
	var known map[string]versionEntry
	if stamp != "" && file != "" {
		known = readVersions(file)
		if e, ok := known[real]; ok && e.Stamp == stamp && e.Probed {
			return e.Version, e.Config, nil
		}
	}
	if line, err = runVersion(ctx, path); err != nil {
		return "", "", err
	}
	if file != "" {
		// Without a cache folder there is no lean configuration to make
		// (leanDir): dot -v, which loads every plugin, would be run for
		// nothing on every build.
		config = probeConfig(ctx, path)
	}
	if stamp != "" && file != "" {
		if len(known) >= versionCacheMax {
			known = nil
		}
		if known == nil {
			known = map[string]versionEntry{}
		}
		known[real] = versionEntry{Stamp: stamp, Version: line, Config: config, Probed: true}
		writeVersions(file, known)
	}
	return line, config, nil
}

// runVersion runs path -V and returns what it says, trimmed.
func runVersion(ctx context.Context, path string) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, path, "-V").CombinedOutput()
	line := strings.TrimSpace(string(out))
	if err != nil {
		return "", fmt.Errorf("--graphviz native: %s -V failed (%v: %s): %s", path, err, line, Install)
	}
	return line, nil
}

// fileStamp is path with its links resolved and a stamp of its file that
// changes when the file does; "" for both when it cannot be read.
func fileStamp(path string) (real, stamp string) {
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		return "", ""
	}
	if real, err = filepath.Abs(real); err != nil {
		return "", ""
	}
	st, err := os.Stat(real)
	if err != nil || !st.Mode().IsRegular() {
		return "", ""
	}
	return real, fmt.Sprintf("%d %d%s", st.Size(), st.ModTime().UnixNano(), sysStamp(st))
}

// versionCacheFile is the cache file's path, "" when there is no user
// cache folder.
func versionCacheFile() string {
	base, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	return filepath.Join(base, "sketchdeck", VersionCache)
}

// readVersions reads the cache file; a missing or damaged one is empty.
func readVersions(file string) map[string]versionEntry {
	data, err := input.ReadFile(file, versionCacheBytes)
	if err != nil {
		return nil
	}
	var known map[string]versionEntry
	if json.Unmarshal(data, &known) != nil {
		return nil
	}
	return known
}

// writeVersions replaces the cache file, if it can (atomicfile.Write
// makes its folder): a cache that cannot be written only means running
// dot -V again next time.
func writeVersions(file string, known map[string]versionEntry) {
	data, err := json.MarshalIndent(known, "", "  ")
	if err != nil {
		return
	}
	_ = atomicfile.Write(file, append(data, '\n'))
}
