// Package outline is the Markdown front end of the mindmap kind: it reads
// an outline of headings and bullets, as people write mind maps (and as
// markmap reads them), into a spec.Diagram of kind mindmap.
//
// A single top-level heading (or bullet) is the central topic; deeper
// headings and bullets, nested by level and indentation, are its branches.
// Optional TOML front matter between two "+++" lines sets any key of the
// diagram format (title, [mindmap] layout, wrap, palette...), with errors
// pointing into the Markdown file.
package outline
