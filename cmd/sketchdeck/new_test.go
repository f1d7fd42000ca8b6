package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/build"
	"github.com/sketchdeck/sketchdeck/internal/schema"
)

// TestNewStartersBuild: `sketchdeck new` writes, for every kind, a starter
// that builds: a starter that no longer builds fails, whatever the error,
// and so does a kind with no starter, so that adding a kind adds one.
func TestNewStartersBuild(t *testing.T) {
	b, err := build.New(build.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	dir := t.TempDir()
	for _, kind := range specKinds() {
		t.Run(kind, func(t *testing.T) {
			name := "my-" + kind
			code, out, errs := runCLI(t, "", "new", name, "--kind", kind, "--dir", dir)
			if code != exitOK {
				t.Fatalf("exit %d: %s%s", code, out, errs)
			}
			path := filepath.Join(dir, name+".toml")
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			res := b.Build(context.Background(), build.Source{File: path, Data: data})
			if res.Err != nil {
				t.Fatalf("the %s starter does not build:\n%v", kind, res.Err)
			}
			if !strings.Contains(string(res.SVG), "<title>My "+kind+"</title>") {
				t.Errorf("title not set from the name: %.300s", res.SVG)
			}
			for _, e := range validateTOML(t, schema.Generate(schema.Options{}), data) {
				t.Errorf("schema: %s", e)
			}
		})
	}
}

func TestNewRefuses(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		args []string
		code int
		in   string
	}{
		{[]string{"new"}, exitUsage, "give one NAME"},
		{[]string{"new", "x", "--kind", "pie"}, exitUsage, `no starter for kind "pie": kinds with a starter are graph`},
		{[]string{"new", "../x", "--dir", dir}, exitUsage, `bad diagram name "../x"`},
		{[]string{"new", "x", "--dir", dir}, exitOK, "wrote"},
		{[]string{"new", "x", "--dir", dir}, exitBad, "exists; use --force"},
		{[]string{"new", "x", "--dir", dir, "--force", "--kind", "Table"}, exitOK, "wrote"},
	}
	for _, tt := range tests {
		code, out, errs := runCLI(t, "", tt.args...)
		if code != tt.code || !strings.Contains(out+errs, tt.in) {
			t.Errorf("sketchdeck %v: exit %d, %q; want %d containing %q", tt.args, code, out+errs, tt.code, tt.in)
		}
	}
}
