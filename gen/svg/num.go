package svg

import (
	"math"
	"strconv"
	"strings"
)

// Num formats a coordinate or length with at most two decimals, without
// trailing zeros, and never as "-0": the one number format of every SVG.
func Num(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "0"
	}
	r := math.Round(v*100) / 100
	if r == 0 {
		return "0"
	}
	s := strconv.FormatFloat(r, 'f', 2, 64)
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}

// Num4 formats a scale factor with four decimals, since a scale multiplies
// its error across a whole glyph.
func Num4(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "0"
	}
	r := math.Round(v*10000) / 10000
	if r == 0 {
		return "0"
	}
	s := strings.TrimRight(strconv.FormatFloat(r, 'f', 4, 64), "0")
	return strings.TrimSuffix(s, ".")
}
