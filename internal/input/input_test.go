package input

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"testing/fstest"
)

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	at := func(name string) string { return filepath.Join(dir, name) }
	if err := os.WriteFile(at("ok.toml"), []byte("title = \"x\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(at("big.toml"), make([]byte, 2048), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(at("dir.toml"), 0o755); err != nil {
		t.Fatal(err)
	}
	links := map[string]string{"zero.toml": os.DevNull, "link.toml": at("ok.toml"), "biglink.toml": at("big.toml")}
	for name, target := range links {
		if err := os.Symlink(target, at(name)); err != nil {
			t.Skip("no symbolic links here:", err)
		}
	}
	fifo := runtime.GOOS != "windows" && syscall.Mkfifo(at("fifo.toml"), 0o644) == nil
	cases := []struct{ name, want string }{
		{"ok.toml", ""},
		{"link.toml", ""},
		{"big.toml", "big.toml is 2048 bytes; the limit is 1024 bytes (1 KiB)"},
		{"biglink.toml", "biglink.toml is 2048 bytes; the limit is 1024 bytes (1 KiB)"},
		{"dir.toml", "dir.toml is a folder, not a regular file: sketchdeck reads only regular files"},
		{"zero.toml", "zero.toml (a link to " + os.DevNull + ") is a device, not a regular file: sketchdeck reads only regular files"},
		{"fifo.toml", "fifo.toml is a named pipe (FIFO), not a regular file: sketchdeck reads only regular files"},
		{"missing.toml", "missing.toml: no such file or directory"}, // not "stat …"
	}
	for _, c := range cases {
		if c.name == "fifo.toml" && !fifo {
			continue
		}
		// Opening a FIFO blocks until a writer comes: a regression hangs
		// here until the test binary's timeout.
		_, err := ReadFile(at(c.name), 1024)
		got := ""
		if err != nil {
			got = strings.ReplaceAll(err.Error(), dir+string(filepath.Separator), "")
		}
		if got != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.name, got, c.want)
		}
	}
	if _, err := Stat(at("missing.toml")); err == nil || !errors.Is(err, fs.ErrNotExist) ||
		strings.ReplaceAll(err.Error(), dir+string(filepath.Separator), "") != "missing.toml: no such file or directory" {
		t.Errorf("Stat: %v", err)
	}
}

// endless is a file that never ends and says it is empty, as a file that
// grows while it is read does; it counts the bytes read from it.
type endless struct{ read *int }

func (e endless) Stat() (fs.FileInfo, error) { return fstest.MapFS{"f": {}}.Stat("f") }
func (e endless) Close() error               { return nil }
func (e endless) Read(p []byte) (int, error) {
	*e.read += len(p)
	return len(p), nil
}

type endlessFS struct{ read *int }

func (f endlessFS) Open(string) (fs.File, error) { return endless(f), nil }

// TestReadBounded: a file that keeps growing is read one byte past the
// limit and refused, never whole.
func TestReadBounded(t *testing.T) {
	n := 0
	_, err := ReadFS(endlessFS{&n}, "f", 1<<20)
	if want := "f is over 1048576 bytes, the limit (1 MiB)"; err == nil || err.Error() != want {
		t.Errorf("got %v, want %s", err, want)
	}
	if n != 1<<20+1 {
		t.Errorf("read %d bytes for a limit of %d", n, 1<<20)
	}
	data, err := ReadFS(fstest.MapFS{"p.toml": {Data: []byte("x")}}, "p.toml", 1)
	if err != nil || string(data) != "x" {
		t.Errorf("ReadFS = %q, %v", data, err)
	}
}
