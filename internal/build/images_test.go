package build

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"testing"
)

// pictureFolder is a diagram folder with a good picture and bad ones.
func pictureFolder(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	stamp, err := os.ReadFile("testdata/pictures/stamp.png")
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{
		"pictures/stamp.png": stamp,
		"torn.png":           stamp[:40],
		"big.png":            bytes.Repeat([]byte{1}, 1<<20+1),
		"page.svg":           []byte("<html/>"),
		"secret.png":         stamp,
	}
	for name, data := range files {
		p := filepath.Join(dir, "diagrams", name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Rename(filepath.Join(dir, "diagrams", "secret.png"), filepath.Join(dir, "secret.png")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("../secret.png", filepath.Join(dir, "diagrams", "link.png")); err != nil {
		t.Fatal(err)
	}
	return filepath.Join(dir, "diagrams")
}

// TestImageErrors: a picture that cannot be shown is an error at its key,
// saying what is wrong, in every place an image is written.
func TestImageErrors(t *testing.T) {
	dir := pictureFolder(t)
	file := filepath.ToSlash(filepath.Join(dir, "x.toml"))
	b := newTestBuilder(t)
	checkBuildErrorsAt(t, b, file, []buildError{
		{"missing", "[[nodes]]\nid = \"a\"\nimage = \"pictures/logo.png\"\n",
			file + `:3:1: image "pictures/logo.png": no file ` + filepath.ToSlash(dir) + `/pictures/logo.png (a picture's path is relative to the diagram's folder)`},
		{"oversized", "[[nodes]]\nid = \"a\"\nimage = \"big.png\"\n",
			file + `:3:1: image "big.png": big.png is 1048577 bytes; the limit is 1048576 bytes (1 MiB)`},
		{"malformed", "kind = \"drawing\"\n[[elements]]\nkind = \"image\"\nimage = \"torn.png\"\n",
			file + `:4:1: image "torn.png": not a valid PNG file: unexpected EOF`},
		{"not svg", "[[nodes]]\nid = \"a\"\nimage = \"page.svg\"\n",
			file + `:3:1: image "page.svg": not a valid SVG file: its root element is not <svg>`},
		{"link out", "[[nodes]]\nid = \"a\"\nimage = \"link.png\"\n",
			file + `:3:1: image "link.png": ` + filepath.ToSlash(dir) + `/link.png is a symbolic link that leads out of the diagram's folder; a picture must be inside it`},
		{"dot dot", "[[nodes]]\nid = \"a\"\nimage = \"../secret.png\"\n",
			file + `:3:1: image "../secret.png": a picture must be inside the diagram's folder, and ".." leads out of it`},
		{"absolute", "[[nodes]]\nid = \"a\"\nimage = \"/etc/logo.png\"\n",
			file + `:3:1: image "/etc/logo.png": an absolute path; write it relative to the diagram's folder`},
		{"unsupported", "[[nodes]]\nid = \"a\"\nimage = \"logo.gif\"\n",
			file + `:3:1: image "logo.gif": unsupported picture type ".gif"; the types read are .png, .jpg, .jpeg or .svg`},
		{"each use", "[[nodes]]\nid = \"a\"\nimage = \"torn.png\"\n[[nodes]]\nid = \"b\"\nimage = \"torn.png\"\n",
			file + `:3:1: image "torn.png": not a valid PNG file: unexpected EOF` + "\n" +
				file + `:6:1: image "torn.png": not a valid PNG file: unexpected EOF`},
		{"icon and image", "[[nodes]]\nid = \"a\"\nicon = \"robot\"\nimage = \"pictures/stamp.png\"\n",
			file + `:4:1: a node is drawn as an icon or as an image, not both: remove icon or image`},
		{"icon and shape", "[[nodes]]\nid = \"a\"\nicon = \"robot\"\nshape = \"diamond\"\n",
			file + `:4:1: shape "diamond" has no effect on a node drawn as an icon: remove shape, or remove icon to draw the shape`},
		{"image and shape", "[[nodes]]\nid = \"a\"\nimage = \"pictures/stamp.png\"\nshape = \"circle\"\n",
			file + `:4:1: shape "circle" has no effect on a node drawn as an image: remove shape, or remove image to draw the shape`},
		{"icon and outline keys", "[[nodes]]\nid = \"a\"\nicon = \"robot\"\nrounded = true\ncap = 0.3\nfill_style = \"hachure\"\nstroke_style = \"dashed\"\nstroke_width = 3\nroughness = 0\nimage_size = 40\n",
			file + `:4:1: rounded has no effect on a node drawn as an icon: remove rounded, or remove icon to draw a shape` + "\n" +
				file + `:5:1: cap has no effect on a node drawn as an icon: remove cap, or remove icon to draw a shape` + "\n" +
				file + `:6:1: fill_style has no effect on a node drawn as an icon: remove fill_style, or remove icon to draw a shape` + "\n" +
				file + `:7:1: stroke_style has no effect on a node drawn as an icon: remove stroke_style, or remove icon to draw a shape` + "\n" +
				file + `:8:1: stroke_width has no effect on a node drawn as an icon: remove stroke_width, or remove icon to draw a shape` + "\n" +
				file + `:9:1: roughness has no effect on a node drawn as an icon: remove roughness, or remove icon to draw a shape` + "\n" +
				file + `:10:1: image_size sizes the node's image, and it has none: add image = "..."`},
		{"image and colours", "[[nodes]]\nid = \"a\"\nimage = \"pictures/stamp.png\"\nstroke = \"red\"\nfill = \"blue\"\nicon_size = 40\n[nodes.inside]\nnodes = [{ id = \"b\" }]\n",
			file + `:4:1: stroke has no effect on a node drawn as an image: remove stroke, or remove image to draw a shape` + "\n" +
				file + `:5:1: fill has no effect on a node drawn as an image: remove fill, or remove image to draw a shape` + "\n" +
				file + `:6:1: icon_size sizes the node's icon, and it has none: add icon = "..."` + "\n" +
				file + `:7:1: inside has no effect on a node drawn as an image: remove inside, or remove image to draw a shape`},
		{"inner icon and shape", "[[nodes]]\nid = \"a\"\n[nodes.inside]\nnodes = [{ id = \"b\", icon = \"robot\", shape = \"circle\" }]\n",
			file + `:4:10: shape "circle" has no effect on a node drawn as an icon: remove shape, or remove icon to draw the shape`},
		{"inner icon and image", "[[nodes]]\nid = \"a\"\n[nodes.inside]\nnodes = [{ id = \"b\", icon = \"robot\", image = \"pictures/stamp.png\" }]\n",
			file + `:4:10: a node is drawn as an icon or as an image, not both: remove icon or image`},
		{"element without image", "kind = \"drawing\"\n[[elements]]\nkind = \"image\"\n",
			file + `:2:1: an image element needs image = "FILE" (a .png, .jpg or .svg file beside the diagram)`},
		{"image on a rect", "kind = \"drawing\"\n[[elements]]\nkind = \"rect\"\nwidth = 9\nheight = 9\nimage = \"pictures/stamp.png\"\n",
			file + `:6:1: image has no effect on a rect element; it is for image`},
		{"mark", "[[nodes]]\nid = \"a\"\n[[marks]]\nkind = \"image\"\non = \"a\"\nimage = \"page.svg\"\n",
			file + `:6:1: image "page.svg": not a valid SVG file: its root element is not <svg>`},
		{"mark without image", "[[nodes]]\nid = \"a\"\n[[marks]]\nkind = \"image\"\non = \"a\"\n",
			file + `:3:1: an image mark needs image = "FILE" (a .png, .jpg or .svg file beside the diagram)`},
		{"image on a cross", "[[nodes]]\nid = \"a\"\n[[marks]]\nkind = \"cross\"\non = \"a\"\nimage = \"pictures/stamp.png\"\n",
			file + `:6:1: image is only for marks of kind "image", not "cross"`},
		{"topic", "kind = \"mindmap\"\n[mindmap]\ntopic = \"c\"\n[[mindmap.branches]]\ntopic = \"t\"\nimage = \"torn.png\"\n",
			file + `:6:1: image "torn.png": not a valid PNG file: unexpected EOF`},
		{"topic with both", "kind = \"mindmap\"\n[mindmap]\ntopic = \"c\"\n[[mindmap.branches]]\ntopic = \"t\"\nicon = \"robot\"\nimage = \"pictures/stamp.png\"\n",
			file + `:7:1: a topic shows an icon or an image, not both: remove icon or image`},
		{"topic unknown icon", "kind = \"mindmap\"\n[mindmap]\ntopic = \"c\"\nicon = \"robott\"\n",
			file + `:4:1: unknown part "robott" (did you mean "robot"?); the library has ` + partNames(t, b) + `; icons are written tabler:NAME, logos logo:NAME ('sketchdeck icons WORD' searches them); parts were looked up in the shipped library only: ` +
				`a folder of NAME.toml parts is added with parts = ["FOLDER"] at the top of the diagram (relative to its file) or --parts FOLDER`},
		{"label_position alone", "kind = \"mindmap\"\n[mindmap]\ntopic = \"c\"\nlabel_position = \"left\"\n",
			file + `:4:1: label_position places the text around the topic's icon or image, and it has neither: add icon = "..." or image = "..."`},
		{"cell with both", "kind = \"table\"\n[[table.columns]]\nid = \"a\"\n[[table.rows]]\ncells = [{ icon = \"robot\", image = \"pictures/stamp.png\" }]\n",
			file + `:5:10: a cell shows an icon or an image, not both: remove icon or image`},
		{"cell image", "kind = \"table\"\n[[table.columns]]\nid = \"a\"\n[[table.rows]]\ncells = [{ image = \"page.svg\" }]\n",
			file + `:5:10: image "page.svg": not a valid SVG file: its root element is not <svg>`},
		{"header image and header", "kind = \"table\"\n[[table.columns]]\nheader = \"A\"\nheader_image = \"pictures/stamp.png\"\n",
			file + `:4:1: a column has one of header, header_icon and header_image, not two`},
	})
}

// TestImageKey: a diagram's build key changes when a picture it shows
// changes, and only then.
func TestImageKey(t *testing.T) {
	dir := pictureFolder(t)
	b := newTestBuilder(t)
	src := Source{File: filepath.Join(dir, "x.toml"), Data: []byte("[[nodes]]\nid = \"a\"\nimage = \"pictures/stamp.png\"\n")}
	key := func() string { return b.Key("tool", src) }
	before := key()
	if err := os.WriteFile(filepath.Join(dir, "page.svg"), []byte("<svg/>"), 0o644); err != nil {
		t.Fatal(err)
	}
	if key() != before {
		t.Error("a picture the diagram does not show changed its key")
	}
	pic := filepath.Join(dir, "pictures", "stamp.png")
	data, err := os.ReadFile(pic)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(pic, append(data, 0), 0o644); err != nil {
		t.Fatal(err)
	}
	changed := key()
	if changed == before {
		t.Error("the key did not change with the picture")
	}
	if err := os.Remove(pic); err != nil {
		t.Fatal(err)
	}
	if key() == changed {
		t.Error("the key did not change when the picture went missing")
	}
}

// partNames are the shipped parts' names, as an unknown part's message
// lists them.
func partNames(t *testing.T, b *Builder) string {
	names, _ := partChoices(t, b)
	return names
}

// TestMissingFilesWithOtherErrors: a missing picture or parts folder is
// reported at the key that names it together with the diagram's other
// problems (it was reported only once they were fixed), each use of a
// missing picture at its key; so is an unknown icon or part, wherever it
// is named (it was reported only once the picture was there).
func TestMissingFilesWithOtherErrors(t *testing.T) {
	dir := pictureFolder(t)
	file := filepath.ToSlash(filepath.Join(dir, "x.toml"))
	d := filepath.ToSlash(dir)
	b := newTestBuilder(t)
	const unknownIcon = `unknown icon "tabler:databse" (did you mean "tabler:database"?); 'sketchdeck icons WORD' searches the icons' names and tags`
	const unknownBug = `unknown icon "tabler:bugg" (did you mean "tabler:bug"?); 'sketchdeck icons WORD' searches the icons' names and tags`
	unknownPart := `unknown part "robott" (did you mean "robot"?); the library has ` + partNames(t, b) + `; icons are written tabler:NAME, logos logo:NAME ('sketchdeck icons WORD' searches them); parts were looked up in the shipped library only: ` +
		`a folder of NAME.toml parts is added with parts = ["FOLDER"] at the top of the diagram (relative to its file) or --parts FOLDER`
	noFile := func(line int, name string) string {
		return file + ":" + strconv.Itoa(line) + `:1: image "` + name + `": no file ` + d + "/" + name + ` (a picture's path is relative to the diagram's folder)`
	}
	checkBuildErrorsAt(t, b, file, []buildError{
		{"picture", "[[nodes]]\nid = \"a\"\nimage = \"gone.png\"\n[[edges]]\nfrom = \"a\"\nto = \"b\"\n",
			noFile(3, "gone.png") + "\n" + file + `:6:1: edge "a → b": unknown node "b"`},
		{"parts folder", "parts = [\"gone\"]\n[[nodes]]\nid = \"a\"\n[[edges]]\nfrom = \"a\"\nto = \"c\"\n",
			file + `:1:1: parts folder "gone": no folder ` + d + `/gone (a parts folder is relative to the diagram's file)` + "\n" +
				file + `:6:1: edge "a → c": unknown node "c"`},
		{"a file for a folder", "parts = [\"torn.png\"]\n[[nodes]]\nid = \"a\"\n",
			file + `:1:1: parts folder "torn.png": ` + d + `/torn.png is a file, not a folder`},
		{"each use", "[[nodes]]\nid = \"a\"\nimage = \"gone.svg\"\n[[nodes]]\nid = \"b\"\nimage = \"gone.svg\"\n[[edges]]\nfrom = \"a\"\nto = \"c\"\n",
			noFile(3, "gone.svg") + "\n" + noFile(6, "gone.svg") + "\n" + file + `:9:1: edge "a → c": unknown node "c"`},
		{"mind map", "kind = \"mindmap\"\n[mindmap]\ntopic = \"c\"\nimage = \"gone.png\"\n",
			noFile(4, "gone.png")},
		{"table", "kind = \"table\"\n[[table.columns]]\nheader_image = \"gone.png\"\n[[table.rows]]\ncells = [{ image = \"pictures/gone.png\" }]\n",
			noFile(3, "gone.png") + "\n" + file + `:5:10: image "pictures/gone.png": no file ` + d + `/pictures/gone.png (a picture's path is relative to the diagram's folder)`},
		{"icons of nodes", "[[nodes]]\nid = \"a\"\nicon = \"tabler:databse\"\n[[nodes]]\nid = \"b\"\n[nodes.inside]\nnodes = [{ id = \"c\", icon = \"robott\" }]\n" +
			"[[nodes]]\nid = \"d\"\nimage = \"gone.png\"\n[[marks]]\nkind = \"part\"\non = \"a\"\nname = \"tabler:bugg\"\n",
			file + `:3:1: ` + unknownIcon + "\n" + file + `:7:10: ` + unknownPart + "\n" + noFile(10, "gone.png") + "\n" + file + `:14:1: ` + unknownBug},
		{"icons of a table", "kind = \"table\"\n[[table.columns]]\nheader_icon = \"robott\"\n[[table.columns]]\nheader_image = \"gone.png\"\n[[table.rows]]\ncells = [{ icon = \"tabler:databse\" }]\n",
			file + `:3:1: header_icon: ` + unknownPart + "\n" + noFile(5, "gone.png") + "\n" + file + `:7:10: ` + unknownIcon},
		{"icons of a mind map", "kind = \"mindmap\"\n[mindmap]\ntopic = \"c\"\nicon = \"robott\"\n[[mindmap.branches]]\ntopic = \"t\"\nimage = \"gone.png\"\n[[mindmap.branches]]\ntopic = \"u\"\nicon = \"tabler:databse\"\n",
			file + `:4:1: ` + unknownPart + "\n" + noFile(7, "gone.png") + "\n" + file + `:10:1: ` + unknownIcon},
		{"part of a drawing", "kind = \"drawing\"\n[[elements]]\nkind = \"part\"\npart = \"robott\"\n[[elements]]\nkind = \"image\"\nimage = \"gone.png\"\n",
			file + `:4:1: ` + unknownPart + "\n" + noFile(7, "gone.png")},
		{"icon and a parts folder", "parts = [\"gone\"]\n[[nodes]]\nid = \"a\"\nicon = \"robott\"\n",
			file + `:1:1: parts folder "gone": no folder ` + d + `/gone (a parts folder is relative to the diagram's file)`},
	})
}
