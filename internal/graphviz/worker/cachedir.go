package worker

import (
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
)

// compileCacheDir is where the worker's go-graphviz keeps its compiled
// WebAssembly module (in a go-graphviz folder inside): sketchdeck's folder
// of the user's cache (os.UserCacheDir: ~/.cache on Linux, honouring
// XDG_CACHE_HOME; ~/Library/Caches on macOS; %LocalAppData% on Windows),
// where Go keeps its own build cache, and not the temporary folder that
// go-graphviz picks by itself, which a reboot may empty: compiling the
// module again costs about a second. "" when there is no such folder or it
// cannot be made: go-graphviz then uses the temporary folder.
func compileCacheDir() string {
	base, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	dir := filepath.Join(base, "sketchdeck")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return ""
	}
	return dir
}

// withCacheDir is env with the temporary folder set to dir, where go-graphviz
// looks for its compilation cache (os.TempDir), or env unchanged when dir
// is "". The worker writes no other temporary file; when it runs under
// "go run", GOTMPDIR (unless set already) keeps the go command's own work
// folders in tmp, the temporary folder, so none is left in the cache.
func withCacheDir(env []string, dir, tmp string) []string {
	if dir == "" {
		return env
	}
	name := "TMPDIR"
	if runtime.GOOS == "windows" {
		name = "TMP"
	}
	out := append(env[:len(env):len(env)], name+"="+dir)
	if !slices.ContainsFunc(env, func(kv string) bool { return strings.HasPrefix(kv, "GOTMPDIR=") }) {
		out = append(out, "GOTMPDIR="+tmp)
	}
	return out
}
