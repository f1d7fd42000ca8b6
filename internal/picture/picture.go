package picture

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/input"
)

// MaxBytes bounds one picture file: 1 MiB (its base64 form adds a third
// to the SVG document).
const MaxBytes = 1 << 20

// MaxSide bounds a PNG's or JPEG's width and height in pixels, so that a
// small file cannot unpack into gigabytes when it is checked.
const MaxSide = 8192

// Picture is a picture file as read.
type Picture struct {
	// MIME is "image/png", "image/jpeg" or "image/svg+xml".
	MIME string
	// Width and Height are its own size, px.
	Width, Height float64
	Data          []byte
}

// Formats lists the file name endings read, for messages.
const Formats = ".png, .jpg, .jpeg or .svg"

// CheckPath reports what is wrong with a path as written, before any file
// is read: it must be relative, inside the folder (no ".." part), with
// forward slashes and one of the Formats' endings.
func CheckPath(name string) error {
	switch {
	case name == "":
		return errors.New("the path is empty: write a file name such as \"pictures/logo.png\", relative to the diagram's folder")
	case strings.Contains(name, "\\"):
		return fmt.Errorf("%q: write the path with forward slashes (/)", name)
	case path.IsAbs(name) || filepath.IsAbs(name) || filepath.VolumeName(name) != "":
		return fmt.Errorf("%q: an absolute path; write it relative to the diagram's folder", name)
	case strings.ContainsRune(name, 0):
		return fmt.Errorf("%q: a path cannot hold a NUL character", name)
	}
	for _, part := range strings.Split(name, "/") {
		if part == ".." {
			return fmt.Errorf("%q: a picture must be inside the diagram's folder, and \"..\" leads out of it", name)
		}
	}
	if _, ok := mimeOf(name); !ok {
		return fmt.Errorf("%q: unsupported picture type %q; the types read are %s", name, path.Ext(name), Formats)
	}
	return nil
}

// mimeOf is the type a file name's ending says.
func mimeOf(name string) (string, bool) {
	switch strings.ToLower(path.Ext(name)) {
	case ".png":
		return "image/png", true
	case ".jpg", ".jpeg":
		return "image/jpeg", true
	case ".svg":
		return "image/svg+xml", true
	}
	return "", false
}

// Read reads the picture name (as CheckPath accepts it) under the folder
// dir, never leaving it; dir names the folder in messages too.
func Read(dir, name string) (*Picture, error) {
	data, err := ReadBytes(dir, name)
	if err != nil {
		return nil, err
	}
	mime, _ := mimeOf(name)
	p := &Picture{MIME: mime, Data: data}
	if mime == "image/svg+xml" {
		p.Width, p.Height, err = svgSize(data)
	} else {
		p.Width, p.Height, err = rasterSize(mime, data)
	}
	if err != nil {
		return nil, fmt.Errorf("%q: %w", name, err)
	}
	return p, nil
}

// ReadBytes reads the file name under dir without checking its contents:
// what an incremental build's key hashes.
func ReadBytes(dir, name string) ([]byte, error) {
	if err := CheckPath(name); err != nil {
		return nil, err
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, fmt.Errorf("%q: the diagram's folder %s: %w", name, dir, errors.Unwrap(err))
	}
	defer root.Close()
	data, err := input.ReadFS(root.FS(), path.Clean(name), MaxBytes)
	if err != nil {
		return nil, fileError(dir, name, err)
	}
	return data, nil
}

// Check reports what would stop Read before reading the file: a path it
// refuses, no such file under dir, a link out of it, a folder; in Read's
// words. The build asks while decoding, so that a missing picture is
// reported with the diagram's other problems.
func Check(dir, name string) error {
	if err := CheckPath(name); err != nil {
		return err
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return fmt.Errorf("%q: the diagram's folder %s: %w", name, dir, errors.Unwrap(err))
	}
	defer root.Close()
	info, err := root.Stat(path.Clean(name))
	if err == nil && info.IsDir() {
		return fmt.Errorf("%q: %s is a folder, not a picture file", name, shown(dir, name))
	}
	return fileError(dir, name, err)
}

// fileError words an error opening or reading the picture name under dir
// for its author; nil for nil.
func fileError(dir, name string, err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("%q: no file %s (a picture's path is relative to the diagram's folder)", name, shown(dir, name))
	case strings.Contains(err.Error(), "escapes from parent"):
		return fmt.Errorf("%q: %s is a symbolic link that leads out of the diagram's folder; a picture must be inside it", name, shown(dir, name))
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return fmt.Errorf("%q: %w", name, err)
}

// shown is the file as the user knows it: the folder joined to the path.
func shown(dir, name string) string {
	return filepath.ToSlash(filepath.Join(dir, name))
}
