package text

import (
	"encoding/base64"
	"strings"
)

// FontFamily is the value for SVG font-family attributes: the shipped
// families in fallback order, the fallback faces included, then the
// generic sans-serif. It names every shipped family even when a document's
// Subset left some out; browsers skip a family that draws nothing.
func (fs *Fonts) FontFamily() string {
	var b strings.Builder
	for _, name := range fs.Faces() {
		b.WriteString(cssFamily(name))
		b.WriteString(", ")
	}
	b.WriteString("sans-serif")
	return b.String()
}

// Faces names the faces text in fs's family is drawn with, the first
// choice first, the fallback faces included: the order of a CSS
// font-family list for it.
func (fs *Fonts) Faces() []string {
	var names []string
	for _, i := range fs.chain.order {
		names = append(names, fs.faces[i].family)
	}
	for _, f := range fallbackFaces {
		names = append(names, f.family)
	}
	return names
}

// CSS is the @font-face rules that embed files as data: URLs, one rule a
// line, for the svg stage to put inside <style>. Its output is as
// deterministic as the files.
func CSS(files []FontFile) string {
	var b strings.Builder
	for _, f := range files {
		b.WriteString("@font-face{font-family:")
		b.WriteString(cssFamily(f.Family))
		b.WriteString(";src:url(data:font/ttf;base64,")
		b.WriteString(base64.StdEncoding.EncodeToString(f.TTF))
		b.WriteString(") format('truetype');}\n")
	}
	return b.String()
}

// cssFamily quotes a family name that has spaces. Single quotes, because
// the result usually goes inside a double-quoted XML attribute.
func cssFamily(name string) string {
	if strings.ContainsAny(name, " 0123456789") {
		return "'" + name + "'"
	}
	return name
}
