package cache

import (
	"os"
	"path/filepath"
	"testing"
)

func TestKeyDependsOnEveryInput(t *testing.T) {
	base := Key(Input{"source", []byte("ab")}, Input{"theme", []byte("c")})
	for name, other := range map[string]string{
		"moved byte":   Key(Input{"source", []byte("a")}, Input{"theme", []byte("bc")}),
		"renamed":      Key(Input{"src", []byte("ab")}, Input{"theme", []byte("c")}),
		"changed data": Key(Input{"source", []byte("ab")}, Input{"theme", []byte("d")}),
		"extra input":  Key(Input{"source", []byte("ab")}, Input{"theme", []byte("c")}, String("lang", "")),
		"reordered":    Key(Input{"theme", []byte("c")}, Input{"source", []byte("ab")}),
	} {
		if other == base {
			t.Errorf("%s: same key %s", name, base)
		}
	}
	if again := Key(Input{"source", []byte("ab")}, Input{"theme", []byte("c")}); again != base {
		t.Errorf("key not deterministic: %s then %s", base, again)
	}
}

func TestManifestRoundTrip(t *testing.T) {
	dir := t.TempDir()
	m, err := Load(dir)
	if err != nil || len(m.Names()) != 0 {
		t.Fatalf("Load of an empty folder = %d entries, %v", len(m.Names()), err)
	}
	svg := []byte("<svg/>")
	if err := os.WriteFile(filepath.Join(dir, "a.svg"), svg, 0o644); err != nil {
		t.Fatal(err)
	}
	if m.Fresh("a.svg", "k1") {
		t.Error("unrecorded output reported fresh")
	}
	m.RecordSum("a.svg", "k1", Sum(svg))
	if err := os.WriteFile(m.Path(), m.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	m2, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !m2.Fresh("a.svg", "k1") {
		t.Error("recorded output not fresh after reload")
	}
	if m2.Fresh("a.svg", "k2") {
		t.Error("output fresh under another key")
	}
	if string(m2.Bytes()) != string(m.Bytes()) {
		t.Errorf("manifest not stable:\n%s\n%s", m.Bytes(), m2.Bytes())
	}
	// An edited output is rebuilt, and so is a deleted one.
	if err := os.WriteFile(filepath.Join(dir, "a.svg"), []byte("<svg>edited</svg>"), 0o644); err != nil {
		t.Fatal(err)
	}
	if m2.Fresh("a.svg", "k1") {
		t.Error("hand-edited output reported fresh")
	}
	if st := m2.State("a.svg", "k1"); st != Edited {
		t.Errorf("edited output: state %d, want Edited", st)
	}
	if err := os.WriteFile(filepath.Join(dir, "b.svg"), svg, 0o644); err != nil {
		t.Fatal(err)
	}
	if st := m2.State("b.svg", "k1"); st != Unrecorded {
		t.Errorf("unrecorded output: state %d, want Unrecorded", st)
	}
	if st := m.State("a.svg", "k2"); st != Edited {
		t.Errorf("edited output under another key: state %d, want Edited", st)
	}
	if got := m2.Names(); len(got) != 1 || got[0] != "a.svg" {
		t.Errorf("Names = %v", got)
	}
	os.Remove(filepath.Join(dir, "a.svg"))
	if st := m2.State("a.svg", "k1"); st != Missing {
		t.Errorf("deleted output: state %d, want Missing", st)
	}
	if m2.Fresh("a.svg", "k1") {
		t.Error("deleted output reported fresh")
	}
	m2.Forget("a.svg")
	if len(m2.Names()) != 0 {
		t.Error("Forget kept the entry")
	}
}

func TestCorruptManifestIsEmpty(t *testing.T) {
	dir := t.TempDir()
	for _, junk := range []string{"{", `{"version":99,"files":{"a.svg":{"key":"k"}}}`, "null"} {
		if err := os.WriteFile(filepath.Join(dir, FileName), []byte(junk), 0o644); err != nil {
			t.Fatal(err)
		}
		m, err := Load(dir)
		if err != nil || len(m.Names()) != 0 {
			t.Errorf("Load(%q) = %d entries, %v; want an empty manifest", junk, len(m.Names()), err)
		}
	}
}
