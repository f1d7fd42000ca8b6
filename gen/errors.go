package gen

import "github.com/sketchdeck/sketchdeck/internal/spec"

// ErrorList is every problem found in a diagram's source (or a catalog's),
// sorted by position, as go/scanner.ErrorList is: Result.Err, Render and
// LoadCatalog return one for input problems. Its Error method gives one
// "file:line:col: message" per line; errors.As finds it.
type ErrorList = spec.ErrorList

// Error is one problem of an ErrorList: File, Pos.Line and Pos.Col (1-based;
// 0 when not known, and then Path, the key path such as "nodes[2].shape",
// says where) and Msg.
type Error = spec.Error
