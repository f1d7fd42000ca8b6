package svg

import (
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
)

// slowNum and slowNum4 are Num and Num4 as they were before their fast
// path: the reference the fast path must match byte for byte.
func slowNum(v float64, digits int) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "0"
	}
	scale := math.Pow(10, float64(digits))
	r := math.Round(v*scale) / scale
	if r == 0 {
		return "0"
	}
	s := strings.TrimRight(strconv.FormatFloat(r, 'f', digits, 64), "0")
	return strings.TrimSuffix(s, ".")
}

func TestNumFastPathSameBytes(t *testing.T) {
	vals := []float64{0, -0.0, 0.001, -0.001, 0.004999, 0.005, -0.005, 0.015, 0.125, -0.125, 1, -1, 0.1, 0.2, 0.3,
		1.005, 2.675, 99.995, 1e6, -1e6 + 0.01, 123456789.987, 1e12 + 0.01, 9.99e12, 1e13, 1e14, 1e20, -1e20,
		math.MaxFloat64, math.SmallestNonzeroFloat64, math.NaN(), math.Inf(1), math.Inf(-1), 0.00005, 0.00015, -0.00005}
	r := rand.New(rand.NewPCG(1, 2))
	for range 200_000 {
		vals = append(vals, (r.Float64()-0.5)*math.Pow(10, float64(r.IntN(16)-4)))
	}
	for range 20_000 { // exact hundredths and ten-thousandths, and their halves
		n := float64(r.IntN(2_000_000) - 1_000_000)
		vals = append(vals, n/100, n/10000, (n+0.5)/100, (n+0.5)/10000)
	}
	for _, v := range vals {
		if got, want := Num(v), slowNum(v, 2); got != want {
			t.Fatalf("Num(%v) = %q, want %q", v, got, want)
		}
		if got, want := string(appendNum([]byte("x"), v)), "x"+slowNum(v, 2); got != want {
			t.Fatalf("appendNum(%v) = %q, want %q", v, got, want)
		}
		if got, want := Num4(v), slowNum(v, 4); got != want {
			t.Fatalf("Num4(%v) = %q, want %q", v, got, want)
		}
	}
}

func BenchmarkNum(b *testing.B) {
	for i := range b.N {
		_ = Num(float64(i%100000) * 0.01234)
	}
}
