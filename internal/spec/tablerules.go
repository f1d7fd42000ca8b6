package spec

import (
	"fmt"
	"slices"
	"strconv"
)

// Rules says which horizontal rules a table draws between its rows:
// written "all", "none", or a list of row numbers, each rule going under
// that row (0 is under the header).
type Rules struct {
	// All draws a rule between every two rows, and under the header when
	// the table has one.
	All bool
	// Rows are the rows a rule goes under, as written (1 is the first row).
	Rows []int

	// bad is what decoding found wrong, reported by validation.
	bad string
}

// UnmarshalTOML reads "all", "none" or a list of row numbers.
func (r *Rules) UnmarshalTOML(v any) error {
	switch v := v.(type) {
	case string:
		switch v {
		case "all":
			r.All = true
		case "none":
		default:
			r.bad = fmt.Sprintf("unknown rules %q%s: write \"all\", \"none\" or a list of row numbers such as [1, 3]", v, didYouMean(v, []string{"all", "none"}))
		}
	case []any:
		for i, x := range v {
			n, ok := x.(int64)
			if !ok {
				r.bad = fmt.Sprintf("rules[%d]: want a row number, not %s", i, typeName(x))
				return nil
			}
			r.Rows = append(r.Rows, int(n))
		}
	default:
		r.bad = fmt.Sprintf("want \"all\", \"none\" or a list of row numbers such as [1, 3], not %s", typeName(v))
	}
	return nil
}

// Under lists the rows a rule goes under, sorted, without repeats: every
// row but the last (and 0, the header, when hasHeader) for "all".
func (r Rules) Under(rows int, hasHeader bool) []int {
	if !r.All {
		return slices.Compact(slices.Sorted(slices.Values(r.Rows)))
	}
	var out []int
	if hasHeader {
		out = append(out, 0)
	}
	for i := 1; i < rows; i++ {
		out = append(out, i)
	}
	return out
}

// checkRules reports a badly written rules value and row numbers the
// table does not have.
func (t *Table) checkRules(c checker) {
	if t.Rules.bad != "" {
		c.errorf("table.rules", "%s", t.Rules.bad)
		return
	}
	head := t.HasHeader()
	for i, n := range t.Rules.Rows {
		p := "table.rules[" + strconv.Itoa(i) + "]"
		switch {
		case n == 0 && !head:
			c.errorf(p, "rule 0 goes under the header, and the table has no header: rules go under rows 1 to %d", len(t.Rows))
		case n < 0 || n > len(t.Rows):
			c.errorf(p, "rule %d: the table has %s; a rule goes under a row from 1 to %d, or 0 for the header", n, Count(len(t.Rows), "row", "rows"), len(t.Rows))
		}
	}
}

// HasHeader reports whether any column has a header text or icon.
func (t *Table) HasHeader() bool {
	for _, c := range t.Columns {
		if c.Header != "" || c.HeaderIcon != "" || c.HeaderImage != "" {
			return true
		}
	}
	return false
}
