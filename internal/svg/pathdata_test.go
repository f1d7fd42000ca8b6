package svg

import (
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

func TestPathDataCompact(t *testing.T) {
	tests := []struct {
		name string
		draw func(p *pathData)
		want string
	}{
		{"lines", func(p *pathData) {
			p.MoveTo(10, 20)
			p.LineTo(15.5, 20)
			p.LineTo(15.5, 10.25)
			p.LineTo(12, 8)
			p.LineTo(11, 9)
			p.Close()
		}, "m10 20h5.5v-9.75l-3.5-2.25-1 1z"},
		{"fractions", func(p *pathData) {
			p.MoveTo(0.5, -0.05)
			p.LineTo(1, 1)
		}, "m.5-.05l.5 1.05"},
		{"reflected quad", func(p *pathData) {
			p.MoveTo(0, 0)
			p.QuadTo(10, 10, 20, 10)
			p.QuadTo(30, 10, 40, 0)
			p.QuadTo(45, -5, 50, 0)
		}, "m0 0q10 10 20 10t20-10q5-5 10 0"},
		{"straight quad when filling", func(p *pathData) {
			p.fill = true
			p.MoveTo(0, 0)
			p.QuadTo(0, 0, 5, 5)
			p.LineTo(5, 5)
			p.QuadTo(5.001, 5, 5, 5)
		}, "m0 0l5 5"},
		{"empty line kept when stroking", func(p *pathData) {
			p.MoveTo(3, 3)
			p.LineTo(3, 3)
		}, "m3 3l0 0"},
		{"cubic and second subpath", func(p *pathData) {
			p.MoveTo(100, 100)
			p.CubicTo(101, 102, 103, 104, 105, 106)
			p.CubicTo(106, 106, 107, 107, 108, 108)
			p.Close()
			p.MoveTo(110, 100)
			p.LineTo(110, 90)
		}, "m100 100c1 2 3 4 5 6 1 0 2 1 3 2zm10 0v-10"},
		{"not a number", func(p *pathData) {
			p.MoveTo(math.NaN(), math.Inf(1))
		}, "m0 0"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var p pathData
			tc.draw(&p)
			if got := p.String(); got != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
		})
	}
}

// TestPathDataExact: read back, the relative path lands on every point
// exactly where Num would have written it absolutely.
func TestPathDataExact(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	var p pathData
	var want [][2]string
	for i := range 5000 {
		x, y := (r.Float64()-0.5)*2000, (r.Float64()-0.5)*2000
		if i%7 == 0 {
			y = float64(i%3) - 1 // some h and v
		}
		if i == 0 {
			p.MoveTo(x, y)
		} else {
			p.LineTo(x, y)
		}
		want = append(want, [2]string{Num(x), Num(y)})
	}
	got := absolutePoints(t, p.String())
	if len(got) != len(want) {
		t.Fatalf("%d points read back, want %d", len(got), len(want))
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("point %d: got %v, want %v", i, got[i], want[i])
		}
	}
}

// absolutePoints reads path data of m, l, h and v commands back into
// absolute points, in hundredths formatted by Num.
func absolutePoints(t *testing.T, d string) [][2]string {
	t.Helper()
	var pts [][2]string
	var x, y int64
	var cmd byte
	var nums []int64
	flush := func() {
		step := map[byte]int{'m': 2, 'l': 2, 'h': 1, 'v': 1}[cmd]
		for len(nums) >= step && step > 0 {
			switch cmd {
			case 'm', 'l':
				x, y = x+nums[0], y+nums[1]
			case 'h':
				x += nums[0]
			case 'v':
				y += nums[0]
			}
			nums = nums[step:]
			pts = append(pts, [2]string{Num(float64(x) / 100), Num(float64(y) / 100)})
		}
	}
	for i := 0; i < len(d); {
		c := d[i]
		if unicode.IsLetter(rune(c)) {
			flush()
			cmd = c
			i++
			continue
		}
		if c == ' ' {
			i++
			continue
		}
		j := i + 1
		for j < len(d) && (d[j] >= '0' && d[j] <= '9' || d[j] == '.') {
			j++
		}
		f, err := strconv.ParseFloat(strings.TrimSpace(d[i:j]), 64)
		if err != nil {
			t.Fatalf("bad number %q in %q", d[i:j], d)
		}
		nums = append(nums, int64(math.Round(f*100)))
		i = j
	}
	flush()
	return pts
}

// TestAppendCoord checks a path number against Num's digits without the
// leading zero, after a space or a command letter.
func TestAppendCoord(t *testing.T) {
	for n := int64(-120_000); n <= 120_000; n++ {
		want := strings.TrimPrefix(Num(math.Abs(float64(n))/100), "0.")
		if len(want) < len(Num(math.Abs(float64(n))/100)) {
			want = "." + want
		}
		if n < 0 {
			want = "-" + want
		} else {
			want = " " + want
		}
		if got := string(appendCoord([]byte("1"), n)); got != "1"+want {
			t.Fatalf("appendCoord(%d) = %q, want %q", n, got, "1"+want)
		}
		if got := string(appendCoord([]byte("1 "), n)); got != "1"+want {
			t.Fatalf("appendCoord(%d) after a space = %q, want %q", n, got, "1"+want)
		}
		if got, trimmed := string(appendCoord([]byte("c"), n)), strings.TrimPrefix(want, " "); got != "c"+trimmed {
			t.Fatalf("appendCoord(%d) after a command = %q, want %q", n, got, "c"+trimmed)
		}
	}
}
