package build

import (
	"bytes"
	"path/filepath"

	"github.com/sketchdeck/sketchdeck/internal/cache"
	"github.com/sketchdeck/sketchdeck/internal/dotin"
	"github.com/sketchdeck/sketchdeck/internal/outline"
	"github.com/sketchdeck/sketchdeck/internal/picture"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// MaxImageBytes bounds the picture files one diagram shows, together:
// 8 MiB, which base64 makes about 11 MiB of the SVG's 16.
const MaxImageBytes = 8 << 20

// folderOf is the folder a source's relative paths (its pictures, its
// parts folders) count from: the file's, or the working folder's for
// standard input.
func folderOf(file string) string {
	if file == "" || file == "-" {
		return "."
	}
	return filepath.Dir(file)
}

// readImages reads every picture d shows from the folder of file, once
// each; what is wrong with one is an error at each key that names it.
func readImages(file string, d *spec.Diagram) (map[spec.Image]*scene.Image, error) {
	uses := d.Images()
	if len(uses) == 0 {
		return nil, nil
	}
	dir := folderOf(file)
	out := map[spec.Image]*scene.Image{}
	bad := map[spec.Image]error{}
	var errs spec.ErrorList
	total := 0
	for _, u := range uses {
		if _, ok := out[u.File]; ok {
			continue
		}
		err, ok := bad[u.File]
		if !ok {
			var p *picture.Picture
			if p, err = picture.Read(dir, string(u.File)); err == nil {
				total += len(p.Data)
				if total > MaxImageBytes {
					d.Errorf(&errs, u.Path, "image %q: the diagram's pictures add up to over %d MiB, the limit for one diagram", string(u.File), MaxImageBytes>>20)
					return nil, errs.Err()
				}
				out[u.File] = &scene.Image{Src: string(u.File), MIME: p.MIME, Width: p.Width, Height: p.Height, Data: p.Data}
				continue
			}
			bad[u.File] = err
		}
		d.Errorf(&errs, u.Path, "image %v", err)
	}
	return out, errs.Err()
}

// sourceInputs are the files beside src that it reads, for its build key:
// the pictures it shows and its own parts folders. A source that does not
// decode has none.
func (b *Builder) sourceInputs(src Source) []cache.Input {
	if !mayReadBeside(src) {
		return nil
	}
	d, err := b.decode(src)
	if err != nil {
		return nil
	}
	return append(imageInputs(src.File, d), b.partsInput(src.File, d)...)
}

// imageInputs are the picture files d shows, each by its path and
// contents, or the reason it cannot be read (the build then fails and
// caches nothing).
func imageInputs(file string, d *spec.Diagram) []cache.Input {
	var in []cache.Input
	seen := map[spec.Image]bool{}
	for _, u := range d.Images() {
		if seen[u.File] {
			continue
		}
		seen[u.File] = true
		data, err := picture.ReadBytes(folderOf(file), string(u.File))
		if err != nil {
			data = []byte("unreadable: " + err.Error())
		}
		in = append(in, cache.Input{Name: "image " + string(u.File), Data: data})
	}
	return in
}

// mayReadBeside is false for a TOML source that cannot show a picture or
// name a parts folder: its text has no "image" (image, header_image) and
// no "parts" in any case, and no \u or \U escape that could spell one in
// a quoted key. Such a source needs no decoding for its key, which is most
// of the cost of computing it (a forced build computes every key).
func mayReadBeside(src Source) bool {
	if outline.Is(src.File) || dotin.Is(src.File) {
		return true
	}
	text := bytes.ToLower(src.Data)
	for _, word := range []string{"image", "parts", `\u`} {
		if bytes.Contains(text, []byte(word)) {
			return true
		}
	}
	return false
}
