package dotin

import (
	"math"
	"testing"
)

// TestDeltaE checks CIEDE2000 on pairs of Sharma, Wu and Dalal's test data.
func TestDeltaE(t *testing.T) {
	for _, tc := range []struct {
		a, b [3]float64
		want float64
	}{
		{[3]float64{50, 2.6772, -79.7751}, [3]float64{50, 0, -82.7485}, 2.0425},
		{[3]float64{50, -1, 2}, [3]float64{50, 0, 0}, 2.3669},
		{[3]float64{50, 2.5, 0}, [3]float64{73, 25, -18}, 27.1492},
		{[3]float64{22.7233, 20.0904, -46.694}, [3]float64{23.0331, 14.973, -42.5619}, 2.0373},
		{[3]float64{90.8027, -2.0831, 1.441}, [3]float64{91.1528, -1.6435, 0.0447}, 1.4441},
	} {
		if got := deltaE(tc.a, tc.b); math.Abs(got-tc.want) > 1e-3 {
			t.Errorf("deltaE(%v, %v) = %.4f, want %.4f", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestSnapToPalette(t *testing.T) {
	snap := SnapToPalette(map[string]string{"black": "#000000", "white": "#ffffff", "yellow": "#fab005",
		"green": "#82c91e", "blue": "#228be6", "red": "#fa5252", "gray": "#ced4da", "grey": "#ced4da", "dark-blue": "#1864ab"})
	for in, want := range map[string]string{
		"#ffff00":  "#fab005", // Graphviz's yellow is the palette's, though green is nearer
		"#00ff00":  "#82c91e", // X11 green
		"#ff0000":  "#fa5252",
		"#0000ff":  "#228be6",
		"#d3d3d3":  "#ced4da",
		"#101010":  "#000000",
		"#00008b":  "#1864ab", // darkblue is dark-blue
		"#fffff0":  "#ffffff",
		"nonsense": "nonsense",
	} {
		if got := snap(in); got != want {
			t.Errorf("snap(%s) = %s, want %s", in, got, want)
		}
	}
}
