package pdf

import (
	"math"
	"strconv"
)

// num writes x with at most three decimals and no trailing zeros: a
// thousandth of a point is far below what any device shows, and one
// formatter keeps the output byte-identical.
func num(b []byte, x float64) []byte {
	x = math.Round(x*1000) / 1000
	if x == 0 || math.IsNaN(x) || math.IsInf(x, 0) {
		return append(b, '0')
	}
	return strconv.AppendFloat(b, x, 'f', -1, 64)
}

// nums writes each number followed by a space.
func nums(b []byte, xs ...float64) []byte {
	for _, x := range xs {
		b = num(b, x)
		b = append(b, ' ')
	}
	return b
}
