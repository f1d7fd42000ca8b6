package build

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// TestDrawBudget: small sources that would draw enormous SVGs are stopped
// with an error naming the limit (before the budget, 200 dot-filled
// 10 000 px squares took 11 s and wrote 877 MB).
func TestDrawBudget(t *testing.T) {
	var b strings.Builder
	b.WriteString("kind = \"drawing\"\n")
	for i := range 200 {
		fmt.Fprintf(&b, "[[elements]]\nkind = \"rect\"\nx = %d\ny = 0\nwidth = 9000\nheight = 9000\nfill = \"blue\"\nfill_style = \"dots\"\n", i)
	}
	res := newTestBuilder(t).Build(context.Background(), Source{File: "big.toml", Data: []byte(b.String())})
	if res.Err == nil || !strings.HasPrefix(res.Err.Error(), "big: the drawing is too big: over 1000000 strokes and characters") {
		t.Fatalf("err = %v", res.Err)
	}
}

// TestChartPointBudget: chart points are counted with given points, so a
// few lines cannot ask for millions of them.
func TestChartPointBudget(t *testing.T) {
	var b strings.Builder
	b.WriteString("kind = \"drawing\"\n")
	for range 30 {
		b.WriteString("[[elements]]\nkind = \"chart\"\nwidth = 100\nheight = 100\nseries = [{ count = 5000 }]\n")
	}
	res := newTestBuilder(t).Build(context.Background(), Source{File: "charts.toml", Data: []byte(b.String())})
	want := "charts.toml:2:1: the elements have 150000 points in all (charts included); the limit is 100000"
	if res.Err == nil || !strings.HasPrefix(res.Err.Error(), want) {
		t.Fatalf("err = %v\nwant %s", res.Err, want)
	}
}
