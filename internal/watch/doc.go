// Package watch tells when the files a build reads change: the diagram
// files and folders, and the files beside them that change every picture
// (a theme file, the translation catalogs, a folder of parts).
//
// It polls: every Interval it names each watched file with a hash of its
// content. Polling needs no dependency and works on every file system
// (network mounts, containers' bind mounts and WSL shares, where inotify
// events do not arrive), a diagram folder is small, and a content hash
// sees an edit that keeps a file's length within a coarse file system
// clock, which sizes and times would miss. An editor's save may come in
// several writes: a change is acted on once the files have held still
// for Settle.
package watch
