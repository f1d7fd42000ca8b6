// Package icon holds the vendored line-icon sets (Tabler Icons, thousands
// of them) and draws their icons with the sketch pen.
//
// A set is a compact table embedded in the binary (see package tabler),
// decompressed and indexed on first use. An icon's SVG path data (every
// command, arcs included) is read into chains of cubic curves, which
// Icon.Draw fits into a box as scene items: the sketch stage then draws
// them with the same jittered double strokes as everything else.
//
// Names are qualified ("tabler:server-2") or plain ("server-2") when only
// one set has the name; Sets.Find resolves both and explains a miss with
// suggestions.
package icon
