package icon

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"

	"github.com/sketchdeck/sketchdeck/internal/icon/logo"
	"github.com/sketchdeck/sketchdeck/internal/icon/tabler"
)

// Set is one vendored icon set. Its table is decompressed and indexed on
// first use, once; after that a Set is immutable and safe for concurrent
// use.
type Set struct {
	// Name is the prefix that picks the set in a qualified icon name
	// ("tabler" in "tabler:server-2").
	Name string
	// Size is the side of the square grid the icons are drawn on.
	Size float64
	// Plain tells whether a plain name (no "SET:") looks the set up; a set
	// that is not plain is reached by its prefix only (logos, whose names
	// would clash with icons: "box", "rocket").
	Plain bool
	table func() (*table, error)
}

// table is a decoded set: its entries sorted by name.
type table struct {
	source  string // the header line: package and version
	names   []string
	entries []entry
}

// entry is one icon, its paths kept as text until the icon is drawn.
type entry struct {
	category string
	tags     []string
	paths    string
}

// Tabler is the Tabler Icons set (outline icons, MIT licence).
func Tabler() *Set {
	return newSet("tabler", 24, true, tablerTable())
}

func tablerTable() []byte { return tabler.Table }

// Logos is the Simple Icons set of brand logos (CC0), reached as
// "logo:NAME" only.
func Logos() *Set {
	return newSet("logo", 24, false, logo.Table)
}

// Shipped is every vendored set, in the order plain names are looked up.
func Shipped() Sets { return Sets{Tabler(), Logos()} }

func newSet(name string, size float64, plain bool, gz []byte) *Set {
	return &Set{Name: name, Size: size, Plain: plain, table: sync.OnceValues(func() (*table, error) {
		t, err := readTable(gz)
		if err != nil {
			return nil, fmt.Errorf("icon: set %s: %w", name, err)
		}
		return t, nil
	})}
}

// readTable decompresses and splits a table (see package tabler for its
// format).
func readTable(gz []byte) (*table, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, err
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		return nil, err
	}
	t := &table{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	for line := 1; sc.Scan(); line++ {
		s := sc.Text()
		if strings.HasPrefix(s, "#") {
			if t.source == "" {
				t.source = strings.TrimSpace(strings.TrimPrefix(s, "#"))
			}
			continue
		}
		f := strings.Split(s, "\t")
		if len(f) != 4 || f[0] == "" || f[3] == "" {
			return nil, fmt.Errorf("line %d: want NAME, CATEGORY, TAGS and PATHS separated by tabs", line)
		}
		if n := len(t.names); n > 0 && t.names[n-1] >= f[0] {
			return nil, fmt.Errorf("line %d: %q is out of order", line, f[0])
		}
		var tags []string
		if f[2] != "" {
			tags = strings.Split(f[2], ",")
		}
		t.names = append(t.names, f[0])
		t.entries = append(t.entries, entry{category: f[1], tags: tags, paths: f[3]})
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return t, nil
}

// Source names the package and version the set was converted from.
func (s *Set) Source() (string, error) {
	t, err := s.table()
	if err != nil {
		return "", err
	}
	return t.source, nil
}

// Names lists the set's icons, sorted.
func (s *Set) Names() ([]string, error) {
	t, err := s.table()
	if err != nil {
		return nil, err
	}
	return slices.Clone(t.names), nil
}

// Has tells whether the set has an icon called name.
func (s *Set) Has(name string) bool {
	t, err := s.table()
	if err != nil {
		return false
	}
	_, ok := slices.BinarySearch(t.names, name)
	return ok
}

// Icon returns the icon called name, its paths parsed; ok is false when
// the set has none of that name.
func (s *Set) Icon(name string) (ic *Icon, ok bool, err error) {
	t, err := s.table()
	if err != nil {
		return nil, false, err
	}
	i, found := slices.BinarySearch(t.names, name)
	if !found {
		return nil, false, nil
	}
	ic, err = s.parse(name, t.entries[i])
	return ic, err == nil, err
}

// parse builds an icon from its entry.
func (s *Set) parse(name string, e entry) (*Icon, error) {
	ic := &Icon{Set: s.Name, Name: name, Category: e.category, Tags: e.tags, Size: s.Size}
	for d := range strings.SplitSeq(e.paths, ";") {
		filled := strings.HasPrefix(d, "*")
		subs, err := ParsePath(strings.TrimPrefix(d, "*"))
		if err != nil {
			return nil, fmt.Errorf("icon %s:%s: %w", s.Name, name, err)
		}
		ic.Paths = append(ic.Paths, Path{Subpaths: subs, Filled: filled})
	}
	return ic, nil
}
