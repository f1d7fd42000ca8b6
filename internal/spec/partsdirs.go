package spec

import (
	"path"
	"path/filepath"
	"strconv"
	"strings"
)

// MaxPartsDirs bounds how many parts folders one diagram names.
const MaxPartsDirs = 16

// partsDirs checks a diagram's parts folders: each a path relative to the
// diagram's file, written with forward slashes, given once, and there
// when the caller can tell (Options.PartsDir).
func (c checker) partsDirs(dirs []string) {
	if len(dirs) > MaxPartsDirs {
		c.errorf("parts", "the diagram names %d parts folders; the limit is %d", len(dirs), MaxPartsDirs)
		return
	}
	seen := map[string]bool{}
	for i, d := range dirs {
		p := "parts[" + strconv.Itoa(i) + "]"
		switch {
		case d == "":
			c.errorf(p, "a parts folder is empty: write a folder relative to the diagram's file, such as \"parts\"")
		case strings.Contains(d, "\\"):
			c.errorf(p, "parts folder %q: write the path with forward slashes (/)", d)
		case path.IsAbs(d) || filepath.IsAbs(d) || filepath.VolumeName(d) != "":
			c.errorf(p, "parts folder %q is an absolute path; write it relative to the diagram's file, so that the diagram builds anywhere", d)
		case seen[path.Clean(d)]:
			c.errorf(p, "parts folder %q is named twice", d)
		case c.partsDir != nil:
			if err := c.partsDir(d); err != nil {
				c.errorf(p, "parts folder %q: %v", d, err)
			}
		}
		seen[path.Clean(d)] = true
	}
}
