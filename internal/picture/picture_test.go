package picture

import (
	"bytes"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// encoded is a w×h picture in a raster format.
func encoded(t *testing.T, format string, w, h int) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	img.Set(1, 1, color.RGBA{R: 200, A: 255})
	var b bytes.Buffer
	var err error
	if format == "png" {
		err = png.Encode(&b, img)
	} else {
		err = jpeg.Encode(&b, img, nil)
	}
	if err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// folder makes a diagram folder with pictures good and bad, and a file
// beside it that a link points to.
func folder(t *testing.T) string {
	t.Helper()
	top := t.TempDir()
	dir := filepath.Join(top, "diagrams")
	files := map[string][]byte{
		"pictures/logo.png": encoded(t, "png", 40, 20),
		"photo.jpg":         encoded(t, "jpeg", 30, 10),
		"mislabelled.png":   encoded(t, "jpeg", 30, 10),
		"broken.png":        encoded(t, "png", 40, 20)[:60],
		"big.png":           bytes.Repeat([]byte{0}, MaxBytes+1),
		"mark.svg":          []byte(`<svg xmlns="http://www.w3.org/2000/svg" width="2in" viewBox="0 0 10 5"><rect width="10" height="5"/></svg>`),
		"box.svg":           []byte(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0,0,120,80"/>`),
		"plain.svg":         []byte(`<svg xmlns="http://www.w3.org/2000/svg"/>`),
		"huge.svg":          []byte(`<svg xmlns="http://www.w3.org/2000/svg" width="1e300in" height="1e299in"/>`),
		"thin.svg":          []byte(`<svg xmlns="http://www.w3.org/2000/svg" width="100000" height="0.001"/>`),
		"html.svg":          []byte(`<html><body/></html>`),
		"torn.svg":          []byte(`<svg xmlns="http://www.w3.org/2000/svg"><g></svg>`),
		"../secret.png":     encoded(t, "png", 4, 4),
	}
	for name, data := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink("../secret.png", filepath.Join(dir, "out.png")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("pictures/logo.png", filepath.Join(dir, "in.png")); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(dir, "folder.png"), 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestRead(t *testing.T) {
	dir := folder(t)
	cases := []struct {
		name, mime string
		w, h       float64
	}{
		{"pictures/logo.png", "image/png", 40, 20},
		{"in.png", "image/png", 40, 20},
		{"photo.jpg", "image/jpeg", 30, 10},
		{"mark.svg", "image/svg+xml", 192, 96},
		{"box.svg", "image/svg+xml", 120, 80},
		{"plain.svg", "image/svg+xml", 300, 150},
		{"huge.svg", "image/svg+xml", MaxSide, 819.2},
		{"thin.svg", "image/svg+xml", MaxSide, 1},
	}
	for _, tc := range cases {
		p, err := Read(dir, tc.name)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if p.MIME != tc.mime || p.Width != tc.w || p.Height != tc.h || len(p.Data) == 0 {
			t.Errorf("%s: got %s %v×%v, want %s %v×%v", tc.name, p.MIME, p.Width, p.Height, tc.mime, tc.w, tc.h)
		}
	}
}

func TestReadErrors(t *testing.T) {
	dir := folder(t)
	d := filepath.ToSlash(dir)
	for _, tc := range []struct{ name, want string }{
		{"", `the path is empty: write a file name such as "pictures/logo.png", relative to the diagram's folder`},
		{"/etc/logo.png", `"/etc/logo.png": an absolute path; write it relative to the diagram's folder`},
		{`pictures\logo.png`, `"pictures\\logo.png": write the path with forward slashes (/)`},
		{"../secret.png", `"../secret.png": a picture must be inside the diagram's folder, and ".." leads out of it`},
		{"pictures/../../secret.png", `"pictures/../../secret.png": a picture must be inside the diagram's folder, and ".." leads out of it`},
		{"logo.gif", `"logo.gif": unsupported picture type ".gif"; the types read are .png, .jpg, .jpeg or .svg`},
		{"missing.png", `"missing.png": no file ` + d + `/missing.png (a picture's path is relative to the diagram's folder)`},
		{"out.png", `"out.png": ` + d + `/out.png is a symbolic link that leads out of the diagram's folder; a picture must be inside it`},
		{"folder.png", `"folder.png": folder.png is a folder, not a regular file: sketchdeck reads only regular files`},
		{"big.png", `"big.png": big.png is 1048577 bytes; the limit is 1048576 bytes (1 MiB)`},
		{"broken.png", `"broken.png": not a valid PNG file: png: invalid format: not enough pixel data`},
		{"mislabelled.png", `"mislabelled.png": the file's name says PNG but it holds a JPEG image; rename it or convert it`},
		{"html.svg", `"html.svg": not a valid SVG file: its root element is not <svg>`},
		{"torn.svg", `"torn.svg": not a valid SVG file: XML syntax error on line 1: element <g> closed by </svg>`},
	} {
		_, err := Read(dir, tc.name)
		if err == nil {
			t.Errorf("%q: no error, want %s", tc.name, tc.want)
			continue
		}
		if got := err.Error(); got != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.name, got, tc.want)
		}
	}
}

func TestMaxSide(t *testing.T) {
	dir := t.TempDir()
	data := encoded(t, "png", MaxSide+1, 1)
	if err := os.WriteFile(filepath.Join(dir, "wide.png"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Read(dir, "wide.png")
	if err == nil || !strings.HasSuffix(err.Error(), `"wide.png": 8193 × 1 pixels; a picture is at most 8192 pixels wide and high`) {
		t.Errorf("got %v", err)
	}
}
