package inprocess_test

import (
	"bytes"
	"context"
	"fmt"

	"github.com/sketchdeck/sketchdeck/gen"
	"github.com/sketchdeck/sketchdeck/gen/inprocess"
)

// A library program renders graphs with Graphviz inside it: no
// sketchdeck-layout program, no go command.
func ExampleNew() {
	placer := inprocess.New(inprocess.Options{})
	defer placer.Close()
	src := []byte("[[nodes]]\nid = \"client\"\n\n[[nodes]]\nid = \"server\"\n\n[[edges]]\nfrom = \"client\"\nto = \"server\"\n")
	svg, err := gen.Render(context.Background(), src, gen.Options{Placer: placer})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(bytes.HasPrefix(svg, []byte("<?xml")))
	// Output: true
}
