package gen_test

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/sketchdeck/sketchdeck/gen"
)

// svgTitle reads the <title> of an SVG document.
func svgTitle(svg []byte) string {
	var doc struct {
		Title string `xml:"title"`
	}
	if err := xml.Unmarshal(svg, &doc); err != nil {
		return err.Error()
	}
	return doc.Title
}

// Render turns one diagram's TOML into an SVG document in one call.
func ExampleRender() {
	src := []byte(`
title = "Hello, deck"

[[nodes]]
id = "client"

[[nodes]]
id = "server"
shape = "cylinder"

[[edges]]
from = "client"
to = "server"
`)
	svg, err := gen.Render(context.Background(), src, gen.Options{Seed: 42})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(svgTitle(svg))
	fmt.Println(bytes.HasPrefix(svg, []byte("<?xml")))
	// Output:
	// Hello, deck
	// true
}

// Every problem of a source is reported at once, with its line and column
// and, for an enumeration, the valid choices; errors.As finds the list.
func ExampleErrorList() {
	src := []byte("[[nodes]]\nid = \"a\"\nshape = \"blob\"\n\n[[edges]]\nfrom = \"a\"\nto = \"b\"\n")
	_, err := gen.Render(context.Background(), src, gen.Options{})
	var list gen.ErrorList
	if !errors.As(err, &list) {
		fmt.Println("not an ErrorList:", err)
		return
	}
	for _, e := range list {
		msg, _, _ := strings.Cut(e.Msg, ":")
		fmt.Printf("%s:%d:%d: %s\n", e.File, e.Pos.Line, e.Pos.Col, msg)
	}
	// Output:
	// diagram.toml:3:1: unknown shape "blob"
	// diagram.toml:7:1: edge "a → b"
}

// A Builder parses the fonts and starts Graphviz once for many diagrams;
// BuildAll builds them in parallel and keeps their order.
func ExampleBuilder_BuildAll() {
	b, err := gen.New(gen.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer b.Close()
	results := b.BuildAll(context.Background(), []gen.Source{
		{File: "diagrams/one.toml", Data: []byte("title = \"One\"\n[[nodes]]\nid = \"a\"\n")},
		{File: "diagrams/two.toml", Data: []byte("title = \"Two\"\n[[nodes]]\nid = \"b\"\n")},
	})
	for _, r := range results {
		if r.Err != nil {
			fmt.Println(r.Err)
			continue
		}
		fmt.Printf("%s.svg: %s\n", r.Name, svgTitle(r.SVG))
	}
	// Output:
	// one.svg: One
	// two.svg: Two
}

// A theme is a shipped one, named by Theme, or a file, named by ThemeFile.
func ExampleOptions_themeFile() {
	src := []byte("title = \"Themed\"\n[[nodes]]\nid = \"a\"\n")
	svg, err := gen.Render(context.Background(), src, gen.Options{ThemeFile: "../themes/default.toml"})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(svgTitle(svg))
	_, err = gen.Render(context.Background(), src, gen.Options{Theme: "chalk"})
	fmt.Println(err)
	// Output:
	// Themed
	// theme: unknown theme "chalk": shipped themes are auto, clean, dark, default, excalidraw, or give a .toml file
}

// A catalog builds a diagram in its language, laid out for its own words.
func ExampleLoadCatalog() {
	fr, err := gen.LoadCatalog("../diagrams/locales/fr.toml")
	if err != nil {
		fmt.Println(err)
		return
	}
	data, err := os.ReadFile("../diagrams/cache.toml")
	if err != nil {
		fmt.Println(err)
		return
	}
	b, err := gen.New(gen.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer b.Close()
	res := b.Build(context.Background(), gen.Source{File: "diagrams/cache.toml", Data: data, Catalog: fr})
	if res.Err != nil {
		fmt.Println(res.Err)
		return
	}
	fmt.Printf("%s (%s): %s\n", res.Name, fr.Lang(), svgTitle(res.SVG))
	// Output:
	// cache (fr): Mise en cache
}

// A diagram whose elements take step gives one SVG per build step beside
// the whole picture; Animate makes every SVG draw itself when shown.
func ExampleResult_steps() {
	b, err := gen.New(gen.Options{Animate: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer b.Close()
	src := "[[nodes]]\nid = \"a\"\n[[nodes]]\nid = \"b\"\nstep = 1\n[[nodes]]\nid = \"c\"\nstep = 2\n"
	r := b.Build(context.Background(), gen.Source{File: "request.toml", Data: []byte(src)})
	if r.Err != nil {
		fmt.Println(r.Err)
		return
	}
	fmt.Println(len(r.Steps), "steps; animated:", strings.Contains(string(r.SVG), "@keyframes"))
	// Output:
	// 2 steps; animated: true
}
