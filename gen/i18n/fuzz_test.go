package i18n

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzCatalog feeds the catalog decoder arbitrary input, seeded from the
// deck's catalogs: it must never panic, and whatever it accepts must
// encode to a catalog that decodes to the same encoding.
func FuzzCatalog(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "diagrams", "locales", "*.toml"))
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(poCatalog))
	f.Add([]byte("[rules]\ntypography = \"fr\"\n[a]\n\"x.y\" = { source = \"\\u0001\", text = \"\" }\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Decode("fr.toml", data)
		if err != nil {
			return
		}
		out := c.Encode()
		c2, err := Decode("fr.toml", out)
		if err != nil {
			t.Fatalf("re-decoding the encoding: %v\n%s", err, out)
		}
		if again := c2.Encode(); string(again) != string(out) {
			t.Fatalf("encoding is not stable:\n%s\n---\n%s", out, again)
		}
	})
}
