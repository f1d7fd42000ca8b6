package schema

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"

	"github.com/sketchdeck/sketchdeck/internal/spec"
)

func decode(t *testing.T, src string) map[string]any {
	t.Helper()
	var m map[string]any
	if _, err := toml.Decode(src, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

// TestDiagramsValidate: every diagram of the deck, every example and every
// golden case is valid against the schema, checked through its JSON form
// as an editor reads it.
func TestDiagramsValidate(t *testing.T) {
	var s Schema
	if err := json.Unmarshal(Generate(Options{Palette: []string{"blue"}}).JSON(), &s); err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, dir := range []string{"../../diagrams", "../../docs/examples", "../build/testdata"} {
		fs, _ := filepath.Glob(dir + "/*.toml")
		if len(fs) == 0 {
			t.Fatalf("no diagrams found in %s", dir)
		}
		files = append(files, fs...)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range s.Validate(decode(t, string(data))) {
			t.Errorf("%s: %s", f, e)
		}
	}
}

func TestValidateReportsProblems(t *testing.T) {
	s := Generate(Options{})
	tests := []struct{ src, want string }{
		{"titel = \"x\"\n", "titel: unknown key; valid keys are "},
		{"kind = \"pie\"\n", `kind: "pie" is not one of graph, `},
		{"[[nodes]]\nid = \"a\"\nwidth = \"wide\"\n", `nodes[0].width: want number, got "wide"`},
		{"[[nodes]]\nid = \"a\"\nfill = \"#12\"\n", `nodes[0].fill: "#12" matches none of the allowed forms`},
		{"[layout]\nengine = 3\n", "layout.engine: want string, got 3"},
		{"[[edges]]\nfrom = \"a\"\nto = \"b\"\ngap = 2\nnope = 1\n", "edges[0].nope: unknown key"},
	}
	for _, tt := range tests {
		errs := s.Validate(decode(t, tt.src))
		if len(errs) != 1 || !strings.HasPrefix(errs[0], tt.want) {
			t.Errorf("%q: got %q, want one error starting %q", tt.src, errs, tt.want)
		}
	}
	// Aliases and integers for numbers are fine, as the decoder takes them.
	if errs := s.Validate(decode(t, "[layout]\ndirection = \"down\"\n[[nodes]]\nid = \"a\"\nshape = \"db\"\nwidth = 100\nfill = \"blue\"\n")); errs != nil {
		t.Errorf("valid source reported: %q", errs)
	}
}

// TestSchemaFollowsSpec: the schema has every key of spec.Diagram and
// every kind, and is byte-identical each run.
func TestSchemaFollowsSpec(t *testing.T) {
	s := Generate(Options{})
	for _, k := range []string{"title", "kind", "layout", "nodes", "edges", "defaults"} {
		if _, ok := s.Properties[k]; !ok {
			t.Errorf("schema lacks top-level key %q", k)
		}
	}
	if kind := s.Properties["kind"]; !slices.Equal(kind.Enum, spec.Kinds().Names()) {
		t.Errorf("kind enum = %v, want %v", kind.Enum, spec.Kinds().Names())
	}
	if !bytes.Equal(s.JSON(), Generate(Options{}).JSON()) {
		t.Error("schema JSON differs between runs")
	}
	for name, def := range s.Definitions {
		if def == nil || def.Type != "object" {
			t.Errorf("definition %s is not a table", name)
		}
	}
}

func TestTables(t *testing.T) {
	tables := Generate(Options{}).Tables()
	for table, key := range map[string]string{Root: "title", "Layout": "engine", "Node": "id", "Edge": "from", "NodeStyle": "shape"} {
		if !slices.Contains(tables[table], key) {
			t.Errorf("Tables()[%q] = %v, lacks %q", table, tables[table], key)
		}
	}
}
