package text

import (
	"encoding/binary"
	"fmt"
	"sort"
	"sync/atomic"
)

// face is one parsed TrueType font: the raw tables the subsetter copies plus
// the decoded cmap and metrics that measuring needs. It is never written to
// after it is loaded, but for its cache of decoded outlines (atomic), so a
// *Fonts can be shared between goroutines.
type face struct {
	family     string                         // CSS family name, also the name table's family
	upem       float64                        // font units per em
	ascent     float64                        // hhea ascender, in em
	descent    float64                        // hhea descender as a positive number, in em
	tables     map[string][]byte              // raw tables by tag, for lookup only
	cmap       map[rune]uint16                // code point → glyph id
	metrics    []hmetric                      // per glyph, including any synthetic ones
	glyphs     [][]byte                       // per glyph outline bytes (empty for blank glyphs)
	decoded    []atomic.Pointer[glyphOutline] // per glyph contours, decoded on first use; nil for a face that decodes a glyph each time (fallback)
	origGlyphs int                            // numGlyphs in the font file, before synthetic ones
}

// hmetric is one glyph's horizontal metrics in font units.
type hmetric struct {
	advance uint16
	lsb     int16
}

// cacheOutlines makes f keep each glyph's outline once decoded, composite
// glyphs included: a shipped face, whose glyphs a build draws again and
// again. Every glyph of every shipped face decodes (TestShippedOutlines).
// It is called once f has all its glyphs (addSpaces).
func (f *face) cacheOutlines() { f.decoded = make([]atomic.Pointer[glyphOutline], len(f.glyphs)) }

// parseLazyFace decodes the tables needed to measure and subset a TrueType
// (glyf-flavoured) font; glyph outlines are decoded when drawn (outline).
func parseLazyFace(family string, data []byte) (*face, error) {
	tables, err := tableDirectory(data)
	if err != nil {
		return nil, err
	}
	for _, tag := range []string{"head", "hhea", "hmtx", "maxp", "cmap", "loca", "glyf", "OS/2", "post", "name"} {
		if _, ok := tables[tag]; !ok {
			return nil, fmt.Errorf("missing %q table", tag)
		}
	}
	head, hhea, maxp := tables["head"], tables["hhea"], tables["maxp"]
	if len(head) < 54 || len(hhea) < 36 || len(maxp) < 6 || len(tables["post"]) < 32 || len(tables["OS/2"]) < 68 {
		return nil, fmt.Errorf("short head, hhea, maxp, post or OS/2 table")
	}
	f := &face{family: family, tables: tables}
	f.upem = float64(u16(head, 18))
	if f.upem == 0 {
		return nil, fmt.Errorf("head: unitsPerEm is 0")
	}
	f.ascent = float64(int16(u16(hhea, 4))) / f.upem
	f.descent = -float64(int16(u16(hhea, 6))) / f.upem
	f.origGlyphs = int(u16(maxp, 4))
	if f.metrics, err = parseHmtx(tables["hmtx"], int(u16(hhea, 34)), f.origGlyphs); err != nil {
		return nil, err
	}
	if f.glyphs, err = parseGlyf(tables["loca"], tables["glyf"], int16(u16(head, 50)), f.origGlyphs); err != nil {
		return nil, err
	}
	if f.cmap, err = parseCmap(tables["cmap"]); err != nil {
		return nil, err
	}
	for r, gid := range f.cmap {
		if int(gid) >= f.origGlyphs {
			return nil, fmt.Errorf("cmap: U+%04X maps to glyph %d of %d", r, gid, f.origGlyphs)
		}
	}
	return f, nil
}

// tableDirectory slices the font into its tables without copying.
func tableDirectory(data []byte) (map[string][]byte, error) {
	if len(data) < 12 {
		return nil, fmt.Errorf("short font file")
	}
	if v := u32(data, 0); v != 0x00010000 && v != 0x74727565 { // 1.0 or 'true'
		return nil, fmt.Errorf("not a TrueType font (version %#x)", v)
	}
	n := int(u16(data, 4))
	if len(data) < 12+16*n {
		return nil, fmt.Errorf("short table directory")
	}
	tables := make(map[string][]byte, n)
	for i := 0; i < n; i++ {
		rec := data[12+16*i:]
		off, length := int(u32(rec, 8)), int(u32(rec, 12))
		if off < 0 || length < 0 || off+length > len(data) {
			return nil, fmt.Errorf("table %q out of bounds", rec[:4])
		}
		// Capped: appending to a table never writes into the next one.
		tables[string(rec[:4])] = data[off : off+length : off+length]
	}
	return tables, nil
}

// parseHmtx expands hmtx so every glyph has its own advance: fonts may store
// only the first numberOfHMetrics advances and repeat the last one.
func parseHmtx(hmtx []byte, numH, numGlyphs int) ([]hmetric, error) {
	if numH == 0 || numH > numGlyphs || len(hmtx) < 4*numH+2*(numGlyphs-numH) {
		return nil, fmt.Errorf("hmtx: bad size for %d metrics, %d glyphs", numH, numGlyphs)
	}
	m := make([]hmetric, numGlyphs)
	for i := range m {
		if i < numH {
			m[i] = hmetric{u16(hmtx, 4*i), int16(u16(hmtx, 4*i+2))}
			continue
		}
		m[i] = hmetric{m[numH-1].advance, int16(u16(hmtx, 4*numH+2*(i-numH)))}
	}
	return m, nil
}

// parseGlyf cuts glyf into one byte slice per glyph, following loca.
func parseGlyf(loca, glyf []byte, format int16, numGlyphs int) ([][]byte, error) {
	offset := func(i int) int { return int(u32(loca, 4*i)) }
	if format == 0 {
		offset = func(i int) int { return 2 * int(u16(loca, 2*i)) }
	}
	if size := map[int16]int{0: 2, 1: 4}[format]; size == 0 || len(loca) < size*(numGlyphs+1) {
		return nil, fmt.Errorf("loca: bad format %d or size", format)
	}
	glyphs := make([][]byte, numGlyphs)
	for i := range glyphs {
		start, end := offset(i), offset(i+1)
		if start > end || end > len(glyf) {
			return nil, fmt.Errorf("glyf: glyph %d out of bounds", i)
		}
		glyphs[i] = glyf[start:end]
	}
	return glyphs, nil
}

// parseCmap reads the best Unicode subtable: format 12 (full Unicode) if
// present, else format 4 (BMP).
func parseCmap(cmap []byte) (map[rune]uint16, error) {
	if len(cmap) < 4 {
		return nil, fmt.Errorf("short cmap")
	}
	var fmt4, fmt12 []byte
	for i := 0; i < int(u16(cmap, 2)); i++ {
		rec := 4 + 8*i
		if rec+8 > len(cmap) {
			return nil, fmt.Errorf("short cmap encoding records")
		}
		platform, encoding, off := u16(cmap, rec), u16(cmap, rec+2), int(u32(cmap, rec+4))
		unicode := platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10))
		if !unicode || off+4 > len(cmap) {
			continue
		}
		switch u16(cmap, off) {
		case 4:
			fmt4 = cmap[off:]
		case 12:
			fmt12 = cmap[off:]
		}
	}
	switch {
	case fmt12 != nil:
		return parseCmap12(fmt12)
	case fmt4 != nil:
		return parseCmap4(fmt4)
	}
	return nil, fmt.Errorf("cmap: no Unicode format 4 or 12 subtable")
}

func parseCmap4(t []byte) (map[rune]uint16, error) {
	if len(t) < 14 {
		return nil, fmt.Errorf("cmap format 4: short")
	}
	segs := int(u16(t, 6)) / 2
	ends, starts, deltas, ranges := 14, 16+2*segs, 16+4*segs, 16+6*segs
	if len(t) < ranges+2*segs {
		return nil, fmt.Errorf("cmap format 4: short segments")
	}
	m := make(map[rune]uint16, cmap4Size(t, ends, starts, segs))
	for s := 0; s < segs; s++ {
		end, start := u16(t, ends+2*s), u16(t, starts+2*s)
		delta, rangeOff := u16(t, deltas+2*s), int(u16(t, ranges+2*s))
		for c := int(start); c <= int(end) && c != 0xFFFF; c++ {
			gid := uint16(c) + delta
			if rangeOff != 0 {
				at := ranges + 2*s + rangeOff + 2*(c-int(start))
				if at+2 > len(t) {
					return nil, fmt.Errorf("cmap format 4: glyph index out of bounds")
				}
				if gid = u16(t, at); gid != 0 {
					gid += delta
				}
			}
			if gid != 0 {
				m[rune(c)] = gid
			}
		}
	}
	return m, nil
}

// cmap4Size is how many code points a format 4 subtable's segments span,
// at most: the size its map is made with, so that it never grows. ends
// and starts are the offsets of its endCode and startCode arrays.
func cmap4Size(t []byte, ends, starts, segs int) int {
	n := 0
	for s := 0; s < segs; s++ {
		if end, start := int(u16(t, ends+2*s)), int(u16(t, starts+2*s)); end >= start {
			n += end - start + 1
		}
	}
	return n
}

// cmap12Size is how many code points a format 12 subtable's well-formed
// groups span (the others are refused while the map is filled).
func cmap12Size(t []byte) int {
	n := 0
	for g := 0; g < int(u32(t, 12)); g++ {
		if start, end := u32(t, 16+12*g), u32(t, 20+12*g); end >= start && end <= 0x10FFFF && end-start <= 0x10000 {
			n += int(end - start + 1)
		}
	}
	return min(n, 0x110000)
}

func parseCmap12(t []byte) (map[rune]uint16, error) {
	if len(t) < 16 || len(t) < 16+12*int(u32(t, 12)) {
		return nil, fmt.Errorf("cmap format 12: short")
	}
	m := make(map[rune]uint16, cmap12Size(t))
	for g := 0; g < int(u32(t, 12)); g++ {
		start, end, gid := u32(t, 16+12*g), u32(t, 20+12*g), u32(t, 24+12*g)
		if end < start || end > 0x10FFFF || end-start > 0x10000 {
			return nil, fmt.Errorf("cmap format 12: bad group %d", g)
		}
		for c := start; c <= end; c++ {
			m[rune(c)] = uint16(gid + c - start)
		}
	}
	return m, nil
}

// components lists the glyph ids a composite glyph is built from (nil for a
// simple glyph), so the subsetter can keep them.
func components(glyph []byte) []uint16 {
	if len(glyph) < 10 || int16(u16(glyph, 0)) >= 0 {
		return nil
	}
	var ids []uint16
	for at := 10; at+4 <= len(glyph); {
		flags := u16(glyph, at)
		ids = append(ids, u16(glyph, at+2))
		at += componentSize(flags)
		if flags&0x0020 == 0 { // MORE_COMPONENTS
			break
		}
	}
	return ids
}

// componentSize is the byte length of one composite component record.
func componentSize(flags uint16) int {
	n := 4 + 2             // flags, glyphIndex, two byte-sized args
	if flags&0x0001 != 0 { // ARG_1_AND_2_ARE_WORDS
		n += 2
	}
	switch {
	case flags&0x0008 != 0: // WE_HAVE_A_SCALE
		n += 2
	case flags&0x0040 != 0: // WE_HAVE_AN_X_AND_Y_SCALE
		n += 4
	case flags&0x0080 != 0: // WE_HAVE_A_TWO_BY_TWO
		n += 8
	}
	return n
}

// sortedRunes returns m's keys in ascending order, for deterministic output.
func sortedRunes(m map[rune]uint16) []rune {
	rs := make([]rune, 0, len(m))
	for r := range m {
		rs = append(rs, r)
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i] < rs[j] })
	return rs
}

func u16(b []byte, i int) uint16 { return binary.BigEndian.Uint16(b[i:]) }
func u32(b []byte, i int) uint32 { return binary.BigEndian.Uint32(b[i:]) }
