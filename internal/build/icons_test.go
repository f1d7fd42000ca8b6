package build

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// galleryIcons are the Tabler icons docs/icons.svg shows: what tech talks
// draw most, then a few recoloured and filled.
var galleryIcons = []string{
	"user", "users", "user-circle", "device-laptop", "device-desktop", "device-mobile", "server", "server-2",
	"database", "file-text", "files", "folder", "cloud", "world", "lock", "key",
	"shield-check", "settings", "circle-check", "circle-x", "alert-triangle", "message-circle", "mail", "clock",
	"calendar", "search", "chart-bar", "chart-line", "code", "terminal-2", "box", "stack-2",
	"arrows-split", "cpu", "api", "plug", "network", "topology-star-3", "bulb", "brain",
	"git-branch", "git-merge", "git-pull-request", "bug", "rocket", "bolt", "cloud-upload", "cloud-download",
	"refresh", "repeat", "home", "building", "shopping-cart", "credit-card", "robot", "sparkles",
	"brand-github", "brand-docker", "brand-python", "brand-golang", "brand-javascript", "brand-rust", "brand-aws", "brand-ubuntu",
}

// galleryLogos are the Simple Icons logos docs/icons.svg shows.
var galleryLogos = []string{
	"github", "gitlab", "docker", "kubernetes", "linux", "ubuntu", "python", "go",
	"typescript", "react", "postgresql", "redis", "nginx", "grafana", "terraform", "googlecloud",
}

// TestIconsGallery draws a sample sheet of the icon sets into
// docs/icons.svg (rewritten with -update): common icons in the default
// pen, a few recoloured and filled, then logos.
func TestIconsGallery(t *testing.T) {
	b := newTestBuilder(t)
	var src strings.Builder
	src.WriteString("version = 1\nkind = \"drawing\"\ntitle = \"Icons, sketched: a sample of 5491 Tabler icons and 3246 logos\"\n")
	const cell, perRow = 150.0, 8
	place := func(i int, name, colors string) {
		x, y := float64(i%perRow)*cell, float64(i/perRow)*cell
		if !strings.Contains(name, ":") {
			name = "tabler:" + name
		}
		fmt.Fprintf(&src, "[[elements]]\nid = \"i%d\"\nkind = \"part\"\npart = %q\nx = %v\ny = %v\nwidth = 80\nheight = 80\n%s", i, name, x+25, y, colors)
		fmt.Fprintf(&src, "[[elements]]\nid = \"t%d\"\nkind = \"text\"\ntext = %q\nfont_size = 18\nalign = \"center\"\nwidth = 150\nx = %v\ny = %v\n", i, strings.TrimPrefix(name, "tabler:"), x-10, y+90)
	}
	for i, name := range galleryIcons {
		place(i, name, "")
	}
	for k, c := range []struct{ name, colors string }{
		{"server-2", `colors = { stroke = "dark-blue", fill = "#d0ebff" }`},
		{"cloud", `colors = { fill = "gray" }`},
		{"lock", `colors = { stroke = "dark-red", fill = "yellow" }`},
		{"shield", `colors = { stroke = "dark-green", fill = "green" }`},
		{"settings", `colors = { fill = "orange" }`},
		{"message-circle", `colors = { stroke = "dark-purple", fill = "#eebefa" }`},
		{"heart", `colors = { stroke = "red", fill = "pink" }`},
		{"database", `colors = { stroke = "violet", fill = "white" }`},
	} {
		place(len(galleryIcons)+k, c.name, c.colors+"\n")
	}
	for k, name := range galleryLogos {
		place(len(galleryIcons)+8+k, "logo:"+name, "")
	}
	res := b.Build(context.Background(), Source{File: "icons.toml", Data: []byte(src.String())})
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	checkSVG(t, res.SVG)
	golden(t, filepath.Join("..", "..", "docs", "icons.svg"), res.SVG)
}
