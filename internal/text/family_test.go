package text

import "testing"

// TestFamilies: every family loads, measures with its own face and falls
// back to a shipped face for what it lacks.
func TestFamilies(t *testing.T) {
	widths := map[float64]Family{}
	for _, name := range Families() {
		f, err := ParseFamily(name)
		if err != nil {
			t.Fatal(err)
		}
		fs, err := LoadFamily(f)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		w := fs.Width("Hello, world", 36)
		if other, ok := widths[w]; ok {
			t.Errorf("%s and %s measure alike: %v", name, other, w)
		}
		widths[w] = f
		if m := fs.Missing("Déjà vu « œuvre » → ✓ Ω Ж"); len(m) > 0 {
			t.Errorf("%s: no shipped face draws %q", name, m)
		}
	}
	mono, err := LoadFamily(Mono)
	if err != nil {
		t.Fatal(err)
	}
	if a, b := mono.Width("iiii", 10), mono.Width("MMMM", 10); a != b {
		t.Errorf("mono: iiii is %v wide, MMMM %v", a, b)
	}
	if _, err := ParseFamily("serif"); err == nil || err.Error() != `unknown font "serif": valid choices are handwriting, sans, mono` {
		t.Errorf("got %v", err)
	}
}
