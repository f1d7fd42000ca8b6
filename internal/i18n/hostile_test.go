package i18n

import (
	"strconv"
	"strings"
	"testing"
)

// TestDeepCatalog: a catalog nested far past spec.MaxNesting (the TOML
// decoder took hours on 8 MiB of nested inline tables) is refused at the
// first level too deep.
func TestDeepCatalog(t *testing.T) {
	const n = 500_000
	src := "[a]\nk = " + strings.Repeat("{a=", n) + "1" + strings.Repeat("}", n) + "\n"
	_, err := Decode("fr.toml", []byte(src))
	want := "fr.toml:2:305: arrays and tables nest more than 100 deep; the limit is 100"
	if err == nil || err.Error() != want {
		t.Errorf("got %v\nwant %s", err, want)
	}
}

// TestLongPOStrings: strings continued over 600 000 lines (each line
// once copied the whole string so far: 160 000 lines took 7 s, these
// would take minutes) are read whole.
func TestLongPOStrings(t *testing.T) {
	const n = 600_000
	var b strings.Builder
	b.WriteString("#, fuzzy\n#| msgid \"\"\n")
	for range n {
		b.WriteString("#| \"ab\"\n")
	}
	b.WriteString("msgctxt \"a/b\"\nmsgid \"x\"\nmsgstr \"\"\n")
	for range n {
		b.WriteString("\"cd\"\n")
	}
	po, err := ReadPO("fr.po", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if len(po.Entries) != 1 {
		t.Fatalf("%d entries, want 1", len(po.Entries))
	}
	e := po.Entries[0]
	if e.Str != strings.Repeat("cd", n) || e.Previous != strings.Repeat("ab", n) || e.ID != "x" || e.Context != "a/b" {
		t.Errorf("got msgstr of %d bytes, previous of %d bytes, msgid %q, msgctxt %q", len(e.Str), len(e.Previous), e.ID, e.Context)
	}
}

// TestBigSection: a diagram section of 100 000 entries, each looked up by
// Translate and by ImportPO (a scan of the section per lookup: 160 000
// took 36 s, an 8 MiB catalog would take about an hour).
func TestBigSection(t *testing.T) {
	const n = 100_000
	var cat, po strings.Builder
	cat.WriteString("[a]\n")
	for i := range n {
		k := strconv.Itoa(i)
		cat.WriteString("k" + k + " = { source = \"s" + k + "\", text = \"\" }\n")
		po.WriteString("msgctxt \"a/k" + k + "\"\nmsgid \"s" + k + "\"\nmsgstr \"t" + k + "\"\n\n")
	}
	c, err := Decode("fr.toml", []byte(cat.String()))
	if err != nil {
		t.Fatal(err)
	}
	p, err := ReadPO("fr.po", []byte(po.String()))
	if err != nil {
		t.Fatal(err)
	}
	if rep, err := c.ImportPO(p, nil); err != nil || len(rep.Changes) != n {
		t.Fatalf("ImportPO: %v", err)
	}
	for i := range n {
		k := strconv.Itoa(i)
		if got, ok := c.Translate("a", "k"+k, "s"+k); !ok || got != "t"+k {
			t.Fatalf("k%s: got %q, %v", k, got, ok)
		}
	}
}
