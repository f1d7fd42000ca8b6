package gen_test

import (
	"bytes"
	"context"
	"encoding/xml"
	"fmt"
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

// Every problem of a source is reported with its line and column and, for
// an enumeration, the valid choices.
func ExampleRender_error() {
	_, err := gen.Render(context.Background(), []byte("[[nodes]]\nid = \"a\"\nshape = \"blob\"\n"), gen.Options{})
	where, msg, _ := strings.Cut(err.Error(), ": ")
	fmt.Println(where)
	fmt.Println(strings.HasPrefix(msg, `unknown shape "blob": valid choices are "rectangle", "square"`))
	// Output:
	// diagram.toml:3:1
	// true
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
