package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/BurntSushi/toml"

	"github.com/sketchdeck/sketchdeck/gen/schema"
	"github.com/sketchdeck/sketchdeck/gen/spec"
)

func specKinds() []string { return spec.KindChoices() }

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
	if !slices.Equal(s.Properties["kind"].Enum, spec.KindChoices()) {
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
