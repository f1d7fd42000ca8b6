package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"

	"github.com/sketchdeck/sketchdeck/internal/schema"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

func specKinds() []string { return spec.Kinds().Names() }

// TestSchemaCommand: `sketchdeck schema` prints a JSON Schema that every
// diagram of the deck satisfies (starters: see TestNewStartersBuild).
func TestSchemaCommand(t *testing.T) {
	code, out, errs := runCLI(t, "", "schema")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var s schema.Schema
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	if !slices.Equal(s.Properties["kind"].Enum, spec.Kinds().Names()) {
		t.Errorf("kind enum %v", s.Properties["kind"].Enum)
	}
	files, _ := filepath.Glob("../../diagrams/*.toml")
	if len(files) == 0 {
		t.Fatal("no diagrams")
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range validateTOML(t, &s, data) {
			t.Errorf("%s: %s", f, e)
		}
	}
}

// validateTOML checks a diagram's source against the schema.
func validateTOML(t *testing.T, s *schema.Schema, data []byte) []string {
	t.Helper()
	var doc map[string]any
	if _, err := toml.Decode(string(data), &doc); err != nil {
		t.Fatal(err)
	}
	return s.Validate(doc)
}

// TestFormatDocCoversSchema: docs/FORMAT.md documents every table and key
// of the schema (each key in backticks in its table's section, headed
// "### `Table`"; an enumerated key's type as "one of" its choices and
// aliases, as spec.Enums lists them), every kind, and links every kind
// guide in docs/format/.
func TestFormatDocCoversSchema(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "docs", "FORMAT.md"))
	if err != nil {
		t.Fatal(err)
	}
	doc := string(data)
	sections := map[string]string{}
	for _, part := range strings.Split(doc, "\n### `")[1:] {
		name, body, _ := strings.Cut(part, "`")
		sections[name] = body
	}
	s := schema.Generate(schema.Options{})
	for table, keys := range s.Tables() {
		body, ok := sections[table]
		if !ok {
			t.Errorf("docs/FORMAT.md has no section \"### `%s`\" (keys %v)", table, keys)
			continue
		}
		props := s.Properties
		if table != schema.Root {
			props = s.Definitions[table].Properties
		}
		for _, k := range keys {
			if !strings.Contains(body, "`"+k+"`") {
				t.Errorf("docs/FORMAT.md: section %s does not document key `%s`", table, k)
			}
			if e := props[k].Enum; e != nil {
				row := "| `" + k + "` | one of " + strings.Join(e, ", ") + " |"
				if !strings.Contains(body, row) {
					t.Errorf("docs/FORMAT.md: section %s: the row of `%s` does not start %q (its enumeration in internal/spec)", table, k, row)
				}
			}
		}
	}
	for _, k := range spec.Kinds().Names() {
		if !strings.Contains(doc, "`"+k+"`") {
			t.Errorf("docs/FORMAT.md does not mention kind `%s`", k)
		}
	}
	guides, _ := filepath.Glob(filepath.Join("..", "..", "docs", "format", "*.md"))
	for _, g := range guides {
		if link := "(format/" + filepath.Base(g) + ")"; !strings.Contains(doc, link) {
			t.Errorf("docs/FORMAT.md does not link the kind guide %s", link)
		}
	}
}
