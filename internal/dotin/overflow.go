package dotin

import (
	"errors"
	"strconv"

	"github.com/sketchdeck/sketchdeck/internal/lazyre"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// number is a number in DOT text with an exponent, the only way to write
// one past the largest float64 in a few characters ("1e400").
var number = lazyre.New(`[0-9]*\.?[0-9]+[eE][-+]?[0-9]+`)

// outOfRange is the error for Graphviz output that cannot be read because
// a number of src is past what a float64 holds: Graphviz then draws with
// infinity (style=setlinewidth(1e400) gives arrowheads at inf), which its
// JSON cannot carry. It names the first such number where src writes it;
// nil when src has none, and err is said as it is.
func outOfRange(file string, src []byte) error {
	for _, at := range number().FindAllIndex(src, -1) {
		text := string(src[at[0]:at[1]])
		if _, err := strconv.ParseFloat(text, 64); !errors.Is(err, strconv.ErrRange) {
			continue
		}
		var errs spec.ErrorList
		errs.Add(file, spec.OffsetPos(string(src), at[0]), "",
			"the number %s is too large for Graphviz to draw with (it becomes infinity, which its output cannot hold): give one below 1e308", text)
		return errs.Err()
	}
	return nil
}
