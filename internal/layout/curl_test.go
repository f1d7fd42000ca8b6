package layout

import (
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/geom"
)

// TestCurl: a curl is the same for the same id, a whole edge still ends at
// its target, a lost one veers off, and the loop bulges on the bow's side.
func TestCurl(t *testing.T) {
	base := arc(geom.Pt(0, 0), geom.Pt(200, 0), 40) // bows over (y < 0)
	end := base.pts[len(base.pts)-1]
	a, ra := curl("edge:a->b#0", base, false)
	b, _ := curl("edge:a->b#0", base, false)
	if len(a.pts) != len(b.pts) || a.pts[3] != b.pts[3] {
		t.Fatal("the same id curled differently")
	}
	if got := a.pts[len(a.pts)-1]; got != end {
		t.Errorf("whole edge ends at %v, want %v", got, end)
	}
	if ra.out.Y >= 0 {
		t.Errorf("loop's far side points %v, want over (y < 0) like the bow", ra.out)
	}
	lost, _ := curl("edge:a->b#0", base, true)
	if lost.pts[len(lost.pts)-1].Dist(end) < 10 {
		t.Errorf("a lost edge should veer off its way, ends at %v", lost.pts[len(lost.pts)-1])
	}
	if c, _ := curl("edge:b->a#0", base, false); c.pts[4] == a.pts[4] {
		t.Error("another id curled the same")
	}
}
