package gen

import "context"

// Render is the one-call API: it builds one diagram's TOML source into an
// SVG document with a Builder made for the call. Programs that build many
// diagrams should make one Builder with New and call Build, which parses
// the fonts and starts Graphviz once.
//
// The error, if any, lists every problem of the source as
// "diagram.toml:line:col: message" (a spec.ErrorList).
func Render(ctx context.Context, src []byte, opts Options) ([]byte, error) {
	b, err := New(opts)
	if err != nil {
		return nil, err
	}
	defer b.Close()
	res := b.Build(ctx, Source{File: "diagram.toml", Data: src})
	return res.SVG, res.Err
}
