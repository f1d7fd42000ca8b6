// Command convert turns an npm icon package (a .tgz as "npm pack" fetches
// it) into the compact table a set of package icon embeds: one icon a line,
// sorted by name, with its category, tags and SVG path data,
// gzip-compressed, and the package's licence beside it.
//
// From @tabler/icons it takes the outline icons, with icons.json's tags and
// categories, into icons.txt.gz and LICENSE (package tabler). From
// simple-icons it takes the brand logos under CC0 (those with a licence of
// their own are left out), titled, with their aliases as tags, into
// logos.txt.gz and LICENSE.md (package logo). Run it from the set's folder:
//
//	go run ../convert -tgz tabler-icons-3.52.0.tgz -out .
//
// The output depends only on the archive: same archive, same bytes.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	tgz := flag.String("tgz", "", "the npm package archive (npm pack @tabler/icons@VERSION, or simple-icons@VERSION)")
	out := flag.String("out", ".", "folder to write the table and the licence into")
	flag.Parse()
	if err := run(*tgz, *out); err != nil {
		fmt.Fprintln(os.Stderr, "convert:", err)
		os.Exit(1)
	}
}

func run(tgz, out string) error {
	if tgz == "" {
		return fmt.Errorf("-tgz is required: fetch the archive with 'npm pack PACKAGE@VERSION'")
	}
	f, err := os.Open(tgz)
	if err != nil {
		return fmt.Errorf("%w (fetch it with 'npm pack PACKAGE@VERSION')", err)
	}
	defer f.Close()
	src, err := readSource(f)
	if err != nil {
		return fmt.Errorf("%s: %w", tgz, err)
	}
	table, err := src.table()
	if err != nil {
		return fmt.Errorf("%s: %w", tgz, err)
	}
	if err := os.WriteFile(filepath.Join(out, src.tableFile), table, 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(out, src.licenseFile), src.license, 0o644)
}
