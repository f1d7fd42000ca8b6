// Command convert turns the npm package of Tabler Icons (@tabler/icons, a
// .tgz as "npm pack" fetches it) into the compact table that package
// tabler embeds: its outline icons' path data, tags and category, one icon
// a line, sorted by name, gzip-compressed, plus the package's LICENSE.
//
//	go run ./convert -tgz tabler-icons-3.52.0.tgz -out .
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
	tgz := flag.String("tgz", "", "the npm package archive (npm pack @tabler/icons@VERSION)")
	out := flag.String("out", ".", "folder to write icons.txt.gz and LICENSE into")
	flag.Parse()
	if err := run(*tgz, *out); err != nil {
		fmt.Fprintln(os.Stderr, "convert:", err)
		os.Exit(1)
	}
}

func run(tgz, out string) error {
	if tgz == "" {
		return fmt.Errorf("-tgz is required: fetch the archive with 'npm pack @tabler/icons@VERSION'")
	}
	f, err := os.Open(tgz)
	if err != nil {
		return fmt.Errorf("%w (fetch it with 'npm pack @tabler/icons@VERSION')", err)
	}
	defer f.Close()
	pkg, err := readPackage(f)
	if err != nil {
		return fmt.Errorf("%s: %w", tgz, err)
	}
	table, err := pkg.table()
	if err != nil {
		return fmt.Errorf("%s: %w", tgz, err)
	}
	if err := os.WriteFile(filepath.Join(out, "icons.txt.gz"), table, 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(out, "LICENSE"), pkg.license, 0o644)
}
