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
	if n := math.Round(v * 100); math.Abs(n) < fastLimit {
		return fixed(int64(n), 2) // the common case, without strconv's float path
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
	if n := math.Round(v * 10000); math.Abs(n) < fastLimit {
		return fixed(int64(n), 4)
	}
	r := math.Round(v*10000) / 10000
	if r == 0 {
		return "0"
	}
	s := strings.TrimRight(strconv.FormatFloat(r, 'f', 4, 64), "0")
	return strings.TrimSuffix(s, ".")
}

// fastLimit bounds the scaled integers that fixed formats. Below it, the
// double nearest n/10^d is within far less than half a last digit of it,
// so strconv.FormatFloat(n/10^d, 'f', d) would print exactly n's digits:
// fixed gives the same bytes, about four times faster (Num is the hottest
// function of a build: every coordinate of every stroke and glyph).
const fastLimit = 1e15

// appendNum appends Num(v) to b, without making a string of it.
func appendNum(b []byte, v float64) []byte {
	if n := math.Round(v * 100); math.Abs(n) < fastLimit { // false for NaN
		return appendFixed(b, int64(n), 2)
	}
	return append(b, Num(v)...)
}

// fixed writes n/10^digits with at most digits decimals, without trailing
// zeros, and 0 as "0" (never "-0").
func fixed(n int64, digits int) string {
	var buf [24]byte
	return string(appendFixed(buf[:0], n, digits))
}

// appendFixed appends fixed(n, digits) to b.
func appendFixed(b []byte, n int64, digits int) []byte {
	if n == 0 {
		return append(b, '0')
	}
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	scale := int64(100)
	if digits == 4 {
		scale = 10000
	}
	b = strconv.AppendInt(b, n/scale, 10)
	if frac := n % scale; frac != 0 {
		b = append(b, '.')
		for i := digits - 1; i >= 0 && frac != 0; i-- {
			div := int64(1)
			for range i {
				div *= 10
			}
			b = append(b, byte('0'+frac/div))
			frac %= div
		}
	}
	return b
}
