// Package input reads the files a user hands sketchdeck (diagrams, themes,
// catalogs, PO files, parts, slide decks) with a bound: the file must be a
// regular file, after following symbolic links (a named pipe would block
// the build, a device such as /dev/zero would never end), and it is read
// through a limit, so that an oversized file is refused after reading one
// byte past the limit instead of being loaded whole.
package input
