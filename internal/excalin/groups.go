package excalin

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

// membership words what the drawing cannot keep of the scene: its groups
// (a drawing has none: the elements stay where they are, each on its
// own), which elements a frame holds (a drawing neither clips them to it
// nor moves them with it), and the notes gathered while converting.
func (im *importer) membership() []string {
	var groups []string
	members := map[string][]string{}
	framed := map[string][]string{}
	var frames []string
	for i := range im.scene.elements {
		e := &im.scene.elements[i]
		if kinds[e.Type] == "" {
			continue
		}
		if n := len(e.GroupIDs); n > 0 {
			g := e.GroupIDs[n-1] // the outermost group
			if _, ok := members[g]; !ok {
				groups = append(groups, g)
			}
			members[g] = append(members[g], im.ref(e))
		}
		if e.FrameID != nil && *e.FrameID != "" {
			f := *e.FrameID
			if _, ok := framed[f]; !ok {
				frames = append(frames, f)
			}
			framed[f] = append(framed[f], im.ref(e))
		}
	}
	var out []string
	if len(groups) > 0 {
		lists := make([]string, len(groups))
		for i, g := range groups {
			lists[i] = "{" + strings.Join(members[g], ", ") + "}"
		}
		out = append(out, fmt.Sprintf("a drawing has no groups, so %s kept as separate elements where they are: %s",
			plural(len(groups), "this group is", "these groups are"), strings.Join(lists, ", ")))
	}
	for _, f := range frames {
		out = append(out, fmt.Sprintf("frame %s holds %s: a drawing draws them where they are, not clipped to the frame",
			im.frameName(f), strings.Join(framed[f], ", ")))
	}
	for _, what := range slices.Sorted(maps.Keys(im.lost)) {
		out = append(out, what+": "+strings.Join(im.lost[what], ", "))
	}
	return out
}

// frameName names the frame of Excalidraw id f in a warning.
func (im *importer) frameName(f string) string {
	for i := range im.scene.elements {
		e := &im.scene.elements[i]
		if e.ID == f && e.Name != nil && *e.Name != "" {
			return fmt.Sprintf("%q (%s)", *e.Name, im.idOf[f])
		}
	}
	if id := im.idOf[f]; id != "" {
		return id
	}
	return fmt.Sprintf("%q (not in the scene)", f)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
