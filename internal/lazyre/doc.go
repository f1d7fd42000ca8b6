// Package lazyre compiles a regular expression the first time it is used
// instead of when the program starts. Every command runs every package's
// initialisation, and a package-level regexp.MustCompile is compiled there
// whether the command matches anything with it or not: the two dozen
// patterns that read Graphviz's messages, DOT sources, Markdown outlines
// and Excalidraw files were about a tenth of the CPU time of a command as
// short as "sketchdeck help", and allocated memory the kernel had to fault
// in. A pattern made with New costs nothing until it is asked for.
package lazyre
