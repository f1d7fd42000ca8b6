//go:build ignore

// stamp.go writes stamp.png, the PNG picture of the image test cases: a
// small paletted landscape (a sun over a hill), made here rather than
// taken from anywhere. Run it from this folder: go run stamp.go
package main

import (
	"image"
	"image/color"
	"image/png"
	"log"
	"os"
)

func main() {
	pal := color.Palette{
		color.RGBA{0xd0, 0xeb, 0xff, 0xff}, // sky
		color.RGBA{0xfa, 0xb0, 0x05, 0xff}, // sun
		color.RGBA{0x40, 0xc0, 0x57, 0xff}, // hill
	}
	const w, h = 48, 32
	img := image.NewPaletted(image.Rect(0, 0, w, h), pal)
	for y := range h {
		for x := range w {
			dx, dy := x-34, y-10
			switch {
			case (x-20)*(x-20)/3+(y-40)*(y-40) < 300:
				img.SetColorIndex(x, y, 2)
			case dx*dx+dy*dy < 36:
				img.SetColorIndex(x, y, 1)
			}
		}
	}
	f, err := os.Create("stamp.png")
	if err != nil {
		log.Fatal(err)
	}
	if err := png.Encode(f, img); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
}
