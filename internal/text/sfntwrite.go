package text

import (
	"encoding/binary"
	"math/bits"
	"sort"
)

// writeCmap writes a cmap with a Windows BMP format 4 subtable, which every
// renderer reads, plus a format 12 one only when a rune lies beyond the BMP.
func writeCmap(m map[rune]uint16) []byte {
	rs := sortedRunes(m)
	subtables := [][]byte{cmap4(rs, m)}
	encodings := []uint16{1}
	if rs[len(rs)-1] > 0xFFFF {
		subtables = append(subtables, cmap12(rs, m))
		encodings = append(encodings, 10)
	}
	out := make([]byte, 4+8*len(subtables))
	binary.BigEndian.PutUint16(out[2:], uint16(len(subtables)))
	for i, st := range subtables {
		binary.BigEndian.PutUint16(out[4+8*i:], 3)
		binary.BigEndian.PutUint16(out[6+8*i:], encodings[i])
		binary.BigEndian.PutUint32(out[8+8*i:], uint32(len(out)))
		out = append(out, st...)
	}
	return out
}

// run is a span of consecutive code points mapped to consecutive glyphs.
type run struct {
	start, end rune
	gid        uint16
}

// runs groups sorted runes into spans that one cmap segment can express.
func runs(rs []rune, m map[rune]uint16) []run {
	var out []run
	for _, r := range rs {
		if n := len(out); n > 0 && out[n-1].end == r-1 && m[r] == out[n-1].gid+uint16(r-out[n-1].start) {
			out[n-1].end = r
			continue
		}
		out = append(out, run{r, r, m[r]})
	}
	return out
}

func cmap4(rs []rune, m map[rune]uint16) []byte {
	var segs []run
	for _, s := range runs(rs, m) {
		if s.start <= 0xFFFE {
			s.end = min(s.end, 0xFFFE)
			segs = append(segs, s)
		}
	}
	segs = append(segs, run{0xFFFF, 0xFFFF, 0}) // required terminator, maps to .notdef
	n := len(segs)
	t := make([]byte, 16+8*n)
	search := 2 << (bits.Len(uint(n)) - 1) // 2 × largest power of two ≤ n
	for i, v := range []uint16{4, uint16(len(t)), 0, uint16(2 * n), uint16(search),
		uint16(bits.Len(uint(n)) - 1), uint16(2*n - search)} {
		binary.BigEndian.PutUint16(t[2*i:], v)
	}
	for i, s := range segs {
		binary.BigEndian.PutUint16(t[14+2*i:], uint16(s.end))
		binary.BigEndian.PutUint16(t[16+2*n+2*i:], uint16(s.start))
		binary.BigEndian.PutUint16(t[16+4*n+2*i:], s.gid-uint16(s.start)) // idDelta, mod 65536
	} // idRangeOffsets stay 0: every segment is a plain delta
	return t
}

func cmap12(rs []rune, m map[rune]uint16) []byte {
	groups := runs(rs, m)
	t := make([]byte, 16+12*len(groups))
	binary.BigEndian.PutUint16(t, 12)
	binary.BigEndian.PutUint32(t[4:], uint32(len(t)))
	binary.BigEndian.PutUint32(t[12:], uint32(len(groups)))
	for i, g := range groups {
		binary.BigEndian.PutUint32(t[16+12*i:], uint32(g.start))
		binary.BigEndian.PutUint32(t[20+12*i:], uint32(g.end))
		binary.BigEndian.PutUint32(t[24+12*i:], uint32(g.gid))
	}
	return t
}

// writeSfnt lays out the tables in tag order, each 4-byte aligned with its
// checksum, then sets head's checkSumAdjustment over the whole file.
func writeSfnt(tables map[string][]byte) []byte {
	tags := make([]string, 0, len(tables))
	for tag := range tables {
		tags = append(tags, tag)
	}
	sort.Strings(tags)
	n := len(tags)
	search := 16 << (bits.Len(uint(n)) - 1)
	out := make([]byte, 12+16*n)
	binary.BigEndian.PutUint32(out, 0x00010000)
	for i, v := range []uint16{uint16(n), uint16(search), uint16(bits.Len(uint(n)) - 1), uint16(16*n - search)} {
		binary.BigEndian.PutUint16(out[4+2*i:], v)
	}
	headAt := 0
	for i, tag := range tags {
		t := tables[tag]
		rec := out[12+16*i:]
		copy(rec, tag)
		binary.BigEndian.PutUint32(rec[4:], checksum(t))
		binary.BigEndian.PutUint32(rec[8:], uint32(len(out)))
		binary.BigEndian.PutUint32(rec[12:], uint32(len(t)))
		if tag == "head" {
			headAt = len(out)
		}
		out = append(out, t...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
	}
	binary.BigEndian.PutUint32(out[headAt+8:], 0xB1B0AFBA-checksum(out))
	return out
}

// checksum is the OpenType table checksum: the sum of big-endian uint32s,
// the last one zero-padded.
func checksum(b []byte) uint32 {
	var sum uint32
	for i := 0; i < len(b); i += 4 {
		var w [4]byte
		copy(w[:], b[i:])
		sum += binary.BigEndian.Uint32(w[:])
	}
	return sum
}
