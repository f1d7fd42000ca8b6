package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestMakeFuzzRunsEveryTarget: `make fuzz` names every fuzz target of the
// repository with its package, so that a new target (FuzzPO was one) is not
// left out of the runs.
func TestMakeFuzzRunsEveryTarget(t *testing.T) {
	root := filepath.Join("..", "..")
	mk, err := os.ReadFile(filepath.Join(root, "Makefile"))
	if err != nil {
		t.Fatal(err)
	}
	target := regexp.MustCompile(`(?m)^func (Fuzz\w+)\(`)
	found := 0
	err = filepath.WalkDir(root, func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || !strings.HasSuffix(path, "_test.go") {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		dir, _ := filepath.Rel(root, filepath.Dir(path))
		for _, m := range target.FindAllStringSubmatch(string(src), -1) {
			found++
			line := "-fuzz '^" + m[1] + "$$'"
			pkg := " ./" + filepath.ToSlash(dir)
			if !strings.Contains(string(mk), line) || !lineHas(string(mk), line, pkg) {
				t.Errorf("make fuzz does not run %s in %s", m[1], pkg)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if found == 0 {
		t.Fatal("no fuzz target found")
	}
}

// lineHas reports whether a line of text holds both a and b.
func lineHas(text, a, b string) bool {
	for _, l := range strings.Split(text, "\n") {
		if strings.Contains(l, a) && strings.HasSuffix(strings.TrimSpace(l), strings.TrimSpace(b)) {
			return true
		}
	}
	return false
}
