package build

import (
	"strconv"

	"github.com/sketchdeck/sketchdeck/internal/cache"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// inputs lists everything besides the tool itself that src's SVG depends
// on, for incremental builds: a diagram is rebuilt exactly when one of these
// (or the tool) changed.
//
// This is the hook for new inputs: whoever makes the build read something
// more (a font file, say) appends it here, as the translation and the user
// parts are, so that editing it rebuilds what it touches.
// Everything embedded in the binary (shipped fonts, themes, parts) is
// covered by the tool's identity and needs no line.
func (b *Builder) inputs(src Source) []cache.Input {
	in := []cache.Input{
		cache.String("format", strconv.Itoa(spec.Version)),
		{Name: "source", Data: src.Data},
		// The output name gives the document's id prefix.
		cache.String("name", src.name()),
		{Name: "theme", Data: b.theme.Hash[:]},
		cache.String("seed", strconv.FormatUint(b.seed, 10)),
		cache.String("text", b.opts.Text.String()),
		// --animate changes every SVG (a diagram's own [animate] and its
		// steps are in its source).
		cache.String("animate", strconv.FormatBool(b.opts.Animate)),
		cache.String("translation", src.identity()),
		{Name: "parts", Data: b.digest},
		// The layout worker is a program of its own: its Graphviz too, or
		// the installed Graphviz with --graphviz native.
		cache.String("graphviz", b.opts.Graphviz.Identity()),
	}
	if b.opts.ExactColors { // --exact-colors redraws Graphviz files; other keys stay as they were
		in = append(in, cache.String("exact-colors", "true"))
	}
	// The pictures it shows and its own parts folders are read from
	// beside it (image = "...", parts = [...]).
	return append(in, b.sourceInputs(src)...)
}

// Key is the incremental-build key of src: the hash of tool (the identity
// of the running program, e.g. its version and build id) and of inputs.
// Computing it parses no font and starts no Graphviz.
func (b *Builder) Key(tool string, src Source) string {
	return cache.Key(append([]cache.Input{cache.String("tool", tool)}, b.inputs(src)...)...)
}
