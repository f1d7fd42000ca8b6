package deck

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/cache"
)

// TestCheckSteps: a slide showing a build step file shows its diagram;
// a step the diagram does not have is reported at the reference, and a
// step file left from more steps is reported as stale.
func TestCheckSteps(t *testing.T) {
	dir := t.TempDir()
	images, diagrams := filepath.Join(dir, "images"), filepath.Join(dir, "diagrams")
	for _, d := range []string{images, diagrams} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	src := "[[nodes]]\nid = \"a\"\n[[nodes]]\nid = \"b\"\nstep = 1\n[[nodes]]\nid = \"c\"\nstep = 2\n"
	write := func(path, body string) {
		if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(filepath.Join(diagrams, "req.toml"), src)
	key := func(file string, data []byte) string { return string(data) }
	man, err := cache.Load(images)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"req.svg", "req.step-1.svg", "req.step-2.svg", "req.step-3.svg"} {
		write(filepath.Join(images, f), "<svg/>")
		man.RecordSum(f, src, cache.Sum([]byte("<svg/>")))
	}
	write(man.Path(), string(man.Bytes()))
	write(filepath.Join(dir, "slides.md"), "![](images/req.step-1.svg)\n--\n![](images/req.step-2.svg)\n--\n![](images/req.step-4.svg)\n")
	r, err := Check(Options{Deck: filepath.Join(dir, "slides.md"), Images: images, Diagrams: diagrams, Key: key, Build: "sketchdeck build"})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"slides.md:5:5: images/req.step-4.svg: diagrams/req.toml has steps 1 to 2, not step 4: run sketchdeck build, which removes the step files it no longer has",
		"images/req.step-3.svg: stale step file: diagrams/req.toml has steps 1 to 2, not step 3: run sketchdeck build, which removes the step files it no longer has",
	}
	if got := problemLines(r, dir); got != strings.Join(want, "\n") {
		t.Errorf("problems:\n%s\nwant:\n%s", got, strings.Join(want, "\n"))
	}
	if r.Diagrams != 3 {
		t.Errorf("Diagrams %d, want 3 (every reference is to req's steps)", r.Diagrams)
	}
}

// problemLines is a report's problems, one a line, with paths relative to
// dir.
func problemLines(r *Report, dir string) string {
	lines := make([]string, len(r.Problems))
	for i, p := range r.Problems {
		lines[i] = strings.ReplaceAll(p.String(), dir+string(filepath.Separator), "")
	}
	return strings.Join(lines, "\n")
}
