package text

import _ "embed" // the font files

// The shipped font files. They are embedded as byte slices rather than
// read from an embed.FS, whose ReadFile copies the whole file: a face is
// sliced into its tables in place (tableDirectory), so a build reads only
// the pages of the tables it measures with (cmap, hmtx, loca), and the
// glyph outlines it draws, instead of copying 480 KB onto fresh heap
// pages at start-up. Nothing writes to them: a face's tables are capped
// slices, and a subset font is written into buffers of its own.
var (
	//go:embed font/Virgil-Regular.ttf
	virgilTTF []byte
	//go:embed font/NotoSans-Latin.ttf
	notoSansTTF []byte
	//go:embed font/NotoSansMono-Latin.ttf
	notoMonoTTF []byte
	//go:embed font/NotoSansMath-Arrows.ttf
	notoMathTTF []byte
	//go:embed font/NotoSansSymbols2-Dingbats.ttf
	notoSymbols2TTF []byte
	// The fallback faces, gzipped, decompressed when first needed.
	//go:embed font/Unifont.ttf.gz
	unifontGz []byte
	//go:embed font/UnifontUpper.ttf.gz
	unifontUpperGz []byte
)
