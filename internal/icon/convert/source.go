package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
)

// source is an icon package, read: what the table is made of.
type source struct {
	header      []string // comment lines, the first naming package and version
	tableFile   string
	licenseFile string
	license     []byte
	icons       []icon // sorted by name
}

// icon is one icon of a package, its SVG not yet read.
type icon struct {
	name, category string
	tags           []string
	svg            []byte
	file           string // for messages
}

// readSource reads an npm .tgz and picks the reader of its package.
func readSource(r io.Reader) (*source, error) {
	files, err := untar(r)
	if err != nil {
		return nil, err
	}
	manifest, ok := files["package.json"]
	if !ok {
		return nil, errors.New("no package/package.json: is this an npm package?")
	}
	var m struct{ Name, Version string }
	if err := json.Unmarshal(manifest, &m); err != nil {
		return nil, fmt.Errorf("package.json: %w", err)
	}
	var src *source
	switch m.Name {
	case "@tabler/icons":
		src, err = tabler(files, m.Version)
	case "simple-icons":
		src, err = simpleIcons(files, m.Version)
	default:
		return nil, fmt.Errorf("package.json names %q, not @tabler/icons or simple-icons", m.Name)
	}
	if err != nil {
		return nil, err
	}
	slices.SortFunc(src.icons, func(a, b icon) int { return strings.Compare(a.name, b.name) })
	return src, nil
}

// untar reads every regular file of the archive, by its path inside the
// package folder.
func untar(r io.Reader) (map[string][]byte, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	files := map[string][]byte{}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return files, nil
		}
		if err != nil {
			return nil, err
		}
		if h.Typeflag != tar.TypeReg {
			continue
		}
		b, err := io.ReadAll(tr)
		if err != nil {
			return nil, err
		}
		files[strings.TrimPrefix(h.Name, "package/")] = b
	}
}

// need returns the named files of the package, or says which is missing.
func need(files map[string][]byte, names ...string) ([][]byte, error) {
	out := make([][]byte, len(names))
	for i, n := range names {
		b, ok := files[n]
		if !ok {
			return nil, fmt.Errorf("no package/%s", n)
		}
		out[i] = b
	}
	return out, nil
}

// table is the gzip'd text table: the header's comment lines, then per
// icon NAME TAB CATEGORY TAB TAG,TAG... TAB PATH;PATH..., sorted by name. A
// path painted with the pen's colour (fill="currentColor") starts with "*".
func (s *source) table() ([]byte, error) {
	var buf bytes.Buffer
	for _, h := range s.header {
		fmt.Fprintf(&buf, "# %s\n", h)
	}
	for _, ic := range s.icons {
		paths, err := svgPaths(ic.svg)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", ic.file, err)
		}
		fmt.Fprintf(&buf, "%s\t%s\t%s\t%s\n", ic.name, clean(ic.category), strings.Join(ic.tags, ","), strings.Join(paths, ";"))
	}
	var out bytes.Buffer
	zw, err := gzip.NewWriterLevel(&out, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := zw.Write(buf.Bytes()); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// tags are cleaned tags, lower case, without repeats, in the given order.
func tags(raw []string) []string {
	var out []string
	for _, s := range raw {
		s = strings.ToLower(clean(s))
		if s != "" && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// clean drops the table's separators from a field.
func clean(s string) string {
	return strings.TrimSpace(strings.Map(func(r rune) rune {
		switch r {
		case '\t', '\n', '\r', ',', ';':
			return ' '
		}
		return r
	}, s))
}
