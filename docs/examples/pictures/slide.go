//go:build ignore

// slide.go writes slide.png, the picture of the mind map example: a small
// slide on a stand with a bar chart, drawn pixel by pixel here rather than
// taken from anywhere. Run it from this folder: go run slide.go
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
		color.RGBA{},                       // transparent
		color.RGBA{0x34, 0x3a, 0x40, 0xff}, // frame and stand
		color.RGBA{0xff, 0xff, 0xff, 0xff}, // screen
		color.RGBA{0x22, 0x8b, 0xe6, 0xff}, // bars
		color.RGBA{0xfa, 0x52, 0x52, 0xff}, // the tall bar
	}
	const w, h = 96, 80
	img := image.NewPaletted(image.Rect(0, 0, w, h), pal)
	fill := func(x0, y0, x1, y1 int, c uint8) {
		for y := y0; y < y1; y++ {
			for x := x0; x < x1; x++ {
				img.SetColorIndex(x, y, c)
			}
		}
	}
	fill(4, 4, 92, 60, 1)   // frame
	fill(8, 8, 88, 56, 2)   // screen
	fill(46, 60, 50, 72, 1) // stand
	fill(30, 72, 66, 76, 1) // foot
	for i, bar := range []int{14, 22, 18, 34} {
		c := uint8(3)
		if bar == 34 {
			c = 4
		}
		x := 18 + i*16
		fill(x, 50-bar, x+10, 50, c)
	}
	fill(14, 50, 82, 52, 1) // axis
	f, err := os.Create("slide.png")
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
