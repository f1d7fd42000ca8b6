package lazyre

import (
	"regexp"
	"sync"
)

// New returns a function that compiles expr on its first call and returns
// the same *regexp.Regexp to every call, from any goroutine. expr is
// compiled with regexp.MustCompile: an invalid expression panics then, a
// programming error as it would be at start-up.
func New(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}
