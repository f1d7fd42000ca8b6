// Package cache is the bookkeeping of incremental builds: it hashes the
// inputs of one diagram's build into a key (Key) and remembers, per output
// folder, which key each SVG there was built from (Manifest, kept in
// OUT/.sketchdeck.json). A build compares keys before doing any work, so a
// run where nothing changed decodes no font and starts no Graphviz.
//
// Layouts, kept beside the manifest in OUT/.sketchdeck-layouts.json, is the
// other cache of a build: Graphviz's answers by content, so that a forced
// rebuild, or a diagram changed in a way its graph does not show, lays
// nothing out again.
//
// cache neither builds nor writes: the façade (gen) says what the inputs
// are, and the command writes the manifest with atomicfile.Write. The manifest
// lives beside the outputs and not inside them, so the SVGs stay
// byte-identical to what a full build writes.
package cache
