package text

import "testing"

func mustLoad(t testing.TB) *Fonts {
	t.Helper()
	fs, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	return fs
}

func TestLoadSmoke(t *testing.T) {
	fs := mustLoad(t)
	t.Log(fs.Width("Hello", 36), fs.Baseline(36), fs.FontFamily(), fs.Missing("a→✓😀中\u202f\u00a0"))
	files, err := fs.Subset("Déjà vu « œuvre » ça ! → ✓\u202f")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		t.Log(f.Family, len(f.TTF))
	}
}
