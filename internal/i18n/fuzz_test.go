package i18n

import (
	"os"
	"path/filepath"
	"strings"
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

// FuzzPO feeds the PO reader arbitrary input: it must never panic, and
// what it accepts must import into a catalog without panicking either.
func FuzzPO(f *testing.F) {
	c, err := Decode("fr.toml", []byte(poCatalog))
	if err != nil {
		f.Fatal(err)
	}
	var b strings.Builder
	if err := c.ExportPO(&b, poDiagrams()); err != nil {
		f.Fatal(err)
	}
	f.Add([]byte(b.String()))
	f.Add([]byte("msgctxt \"cache/title\"\nmsgid \"Caching\"\nmsgstr \"\\x41\\101\\\"\"\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		po, err := ReadPO("fr.po", data)
		if err != nil {
			return
		}
		c, _ := Decode("fr.toml", []byte(poCatalog))
		if _, err := c.ImportPO(po, poDiagrams()); err == nil {
			c2, err := Decode("fr.toml", c.Encode())
			if err != nil {
				t.Fatalf("imported catalog does not decode: %v", err)
			}
			// What was kept exports to a PO file that reads back, and
			// the catalog it was written from exports the same.
			var out, again strings.Builder
			if err := c.ExportPO(&out, poDiagrams()); err != nil {
				t.Fatal(err)
			}
			if _, err := ReadPO("again.po", []byte(out.String())); err != nil {
				t.Fatalf("the export does not read back: %v\n%s", err, out.String())
			}
			if err := c2.ExportPO(&again, poDiagrams()); err != nil || again.String() != out.String() {
				t.Fatalf("the written catalog exports otherwise: %v\n%s\n---\n%s", err, out.String(), again.String())
			}
		}
	})
}
