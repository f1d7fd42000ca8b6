package text

import (
	"encoding/binary"
	"fmt"
	"sort"
	"unicode/utf16"
)

// FontFile is one shipped face cut down to the glyphs a document uses, as a
// complete TrueType file ready for a data: URL.
type FontFile struct {
	Family string // CSS font-family name; the font's own family name too
	TTF    []byte
}

// Subset returns, for each shipped face that draws at least one rune of
// used, that face cut down to those runes' glyphs plus .notdef, in the
// order of glyph ids (nil if used has no drawable rune); Faces is the
// order to name them in CSS. The subsets keep each font's
// family name, vertical metrics and advances, so browsers lay them out as
// Width measured; they drop the layout tables (these fonts have no kerning
// to lose) and the long licence text from the name table, keeping the
// copyright and the licence's name and URL. Output depends only on the set
// of runes in used, byte for byte.
func (fs *Fonts) Subset(used string) ([]FontFile, error) {
	return fs.SubsetRuns([]Run{{fs.Family(), used}})
}

// Run is text set in one family.
type Run struct {
	Family Family
	Text   string
}

// SubsetRuns is Subset for a document whose texts are set in several
// families: each face is cut down to the glyphs any run draws with it,
// one file per face, in the order of glyph ids (GlyphID.Face). A rune
// that two families draw with two faces is in both.
func (fs *Fonts) SubsetRuns(runs []Run) ([]FontFile, error) {
	var perFace []map[rune]uint16
	for _, run := range runs {
		in := fs.In(run.Family)
		for _, r := range run.Text {
			g, kind := in.lookup(r)
			if kind == control {
				continue
			}
			if g.face >= len(perFace) {
				perFace = append(perFace, make([]map[rune]uint16, g.face+1-len(perFace))...)
			}
			if perFace[g.face] == nil {
				perFace[g.face] = make(map[rune]uint16)
			}
			perFace[g.face][r] = g.gid
		}
	}
	var files []FontFile
	for i, runes := range perFace {
		if runes == nil {
			continue
		}
		f := fs.face(i)
		ttf, err := f.subset(runes)
		if err != nil {
			return nil, fmt.Errorf("text: subsetting %s: %w", f.family, err)
		}
		files = append(files, FontFile{Family: f.family, TTF: ttf})
	}
	return files, nil
}

// subset writes a TrueType file holding glyph 0 and the glyphs of runes
// (rune → glyph id in f), with composite glyphs' parts. Kept glyphs are
// renumbered densely in their original order, so .notdef stays glyph 0.
func (f *face) subset(runes map[rune]uint16) ([]byte, error) {
	newID := f.keepGlyphs(runes)
	order := make([]uint16, len(newID))
	for old, n := range newID {
		order[n] = old
	}
	tables := map[string][]byte{}
	var err error
	tables["glyf"], tables["loca"], err = f.writeGlyf(order, newID)
	if err != nil {
		return nil, err
	}
	tables["hmtx"] = f.writeHmtx(order)
	cmap := make(map[rune]uint16, len(runes))
	for r, gid := range runes {
		cmap[r] = newID[gid]
	}
	tables["cmap"] = writeCmap(cmap)
	tables["name"] = f.writeName()
	n := uint16(len(order))
	tables["head"] = patched(f.tables["head"], func(t []byte) {
		binary.BigEndian.PutUint32(t[8:], 0)  // checkSumAdjustment, set last
		binary.BigEndian.PutUint16(t[50:], 1) // long loca
	})
	tables["hhea"] = patched(f.tables["hhea"], func(t []byte) { binary.BigEndian.PutUint16(t[34:], n) })
	tables["maxp"] = patched(f.tables["maxp"], func(t []byte) { binary.BigEndian.PutUint16(t[4:], n) })
	tables["post"] = patched(f.tables["post"][:32], func(t []byte) {
		binary.BigEndian.PutUint32(t, 0x00030000) // no glyph names: they would need renumbering
	})
	rs := sortedRunes(cmap)
	tables["OS/2"] = patched(f.tables["OS/2"], func(t []byte) {
		if len(t) >= 68 {
			binary.BigEndian.PutUint16(t[64:], uint16(min(rs[0], 0xFFFF)))
			binary.BigEndian.PutUint16(t[66:], uint16(min(rs[len(rs)-1], 0xFFFF)))
		}
	})
	for _, tag := range []string{"cvt ", "fpgm", "prep", "gasp"} { // glyph programs may call these
		if t, ok := f.tables[tag]; ok {
			tables[tag] = t
		}
	}
	return writeSfnt(tables), nil
}

// keepGlyphs maps each glyph to keep (0, those of runes, and every
// component of a kept composite) to its id in the subset.
func (f *face) keepGlyphs(runes map[rune]uint16) map[uint16]uint16 {
	keep := map[uint16]bool{0: true}
	todo := []uint16{0}
	for _, gid := range runes {
		todo = append(todo, gid)
	}
	for len(todo) > 0 {
		gid := todo[len(todo)-1]
		todo = todo[:len(todo)-1]
		keep[gid] = true
		if int(gid) >= len(f.glyphs) {
			continue
		}
		for _, c := range components(f.glyphs[gid]) {
			if !keep[c] && int(c) < len(f.glyphs) {
				todo = append(todo, c)
			}
		}
	}
	ids := make([]uint16, 0, len(keep))
	for gid := range keep {
		ids = append(ids, gid)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	newID := make(map[uint16]uint16, len(ids))
	for n, gid := range ids {
		newID[gid] = uint16(n)
	}
	return newID
}

// writeGlyf copies the kept outlines, pointing composite components at
// their new ids, and writes a long-format loca for them.
func (f *face) writeGlyf(order []uint16, newID map[uint16]uint16) (glyf, loca []byte, err error) {
	loca = make([]byte, 4*(len(order)+1))
	for n, old := range order {
		binary.BigEndian.PutUint32(loca[4*n:], uint32(len(glyf)))
		g := f.glyphs[old]
		start := len(glyf)
		glyf = append(glyf, g...)
		if len(g) >= 10 && int16(u16(g, 0)) < 0 {
			if err := renumberComponents(glyf[start:], newID); err != nil {
				return nil, nil, fmt.Errorf("glyph %d: %w", old, err)
			}
		}
		for len(glyf)%4 != 0 {
			glyf = append(glyf, 0)
		}
	}
	binary.BigEndian.PutUint32(loca[4*len(order):], uint32(len(glyf)))
	return glyf, loca, nil
}

// renumberComponents rewrites, in place, the glyph ids of a composite glyph.
func renumberComponents(g []byte, newID map[uint16]uint16) error {
	for at := 10; at+4 <= len(g); {
		flags := u16(g, at)
		id, ok := newID[u16(g, at+2)]
		if !ok {
			return fmt.Errorf("component %d not kept", u16(g, at+2))
		}
		binary.BigEndian.PutUint16(g[at+2:], id)
		at += componentSize(flags)
		if flags&0x0020 == 0 {
			return nil
		}
	}
	return fmt.Errorf("truncated composite glyph")
}

// writeHmtx writes one full metric per kept glyph (numberOfHMetrics equals
// numGlyphs), which is simplest and costs at most a few bytes.
func (f *face) writeHmtx(order []uint16) []byte {
	t := make([]byte, 4*len(order))
	for n, old := range order {
		binary.BigEndian.PutUint16(t[4*n:], f.metrics[old].advance)
		binary.BigEndian.PutUint16(t[4*n+2:], uint16(f.metrics[old].lsb))
	}
	return t
}

// writeName keeps the Windows English family, style, version, copyright
// and licence URL records and replaces the full licence text (14 KB in
// Virgil, copied into every SVG otherwise) by the licence's name.
func (f *face) writeName() []byte {
	type rec struct {
		id  uint16
		str []byte
	}
	var recs []rec
	t := f.tables["name"]
	if len(t) >= 6 {
		count, strs := int(u16(t, 2)), int(u16(t, 4))
		for i := 0; i < count && 6+12*i+12 <= len(t); i++ {
			r := t[6+12*i:]
			id, length, off := u16(r, 6), int(u16(r, 8)), strs+int(u16(r, 10))
			english := u16(r, 0) == 3 && u16(r, 2) == 1 && u16(r, 4) == 0x409
			if english && (id <= 6 || id == 14) && off+length <= len(t) {
				recs = append(recs, rec{id, t[off : off+length]})
			}
		}
	}
	recs = append(recs, rec{13, utf16BE("This Font Software is licensed under the SIL Open Font License, Version 1.1.")})
	sort.SliceStable(recs, func(i, j int) bool { return recs[i].id < recs[j].id })
	out := make([]byte, 6+12*len(recs))
	binary.BigEndian.PutUint16(out[2:], uint16(len(recs)))
	binary.BigEndian.PutUint16(out[4:], uint16(len(out)))
	var strs []byte
	for i, r := range recs {
		for j, v := range []uint16{3, 1, 0x409, r.id, uint16(len(r.str)), uint16(len(strs))} {
			binary.BigEndian.PutUint16(out[6+12*i+2*j:], v)
		}
		strs = append(strs, r.str...)
	}
	return append(out, strs...)
}

func utf16BE(s string) []byte {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		b = binary.BigEndian.AppendUint16(b, u)
	}
	return b
}

// patched returns a copy of t changed by fix, leaving the parsed font intact.
func patched(t []byte, fix func([]byte)) []byte {
	c := append([]byte(nil), t...)
	fix(c)
	return c
}
