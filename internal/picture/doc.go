// Package picture reads the picture files a diagram shows (image = "..."):
// PNG, JPEG and SVG files under the diagram's folder. It takes a folder
// and a path as written and gives the file's bytes, its type and its own
// size, or an error that says what is wrong with the file: outside the
// folder, missing, too big, of another type, or not what its name says.
//
// A picture is read only through an os.Root of the diagram's folder, so
// that neither ".." nor a symbolic link leads out of it, and at most
// MaxBytes of it. SVG files are parsed as XML and must have an <svg> root;
// they are embedded through <image>, where a viewer runs no script of
// theirs.
package picture
