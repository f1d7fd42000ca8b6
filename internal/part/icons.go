package part

import (
	"fmt"
	"maps"
	"math"
	"path/filepath"
	"slices"
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/icon"
	"github.com/sketchdeck/sketchdeck/internal/layout"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// IconSize is an icon's own size in px (placed with scale 1 and no box):
// twice the 24-unit grid Tabler draws on.
const IconSize = 48

// iconRoles are the colour roles of every icon.
var iconRoles = []string{"fill", "stroke"}

// Check implements layout.Parts: nil when name is a part of the library
// or an icon of a vendored set ("tabler:server-2", or "server-2" when
// unambiguous), else an error naming the choices and the closest one.
func (l *Library) Check(name string) error {
	if _, ok := l.parts[name]; ok {
		return nil
	}
	if set, _ := icon.Split(name); set != "" || l.icons.Has(name) {
		_, err := l.icons.Find(name)
		return err
	}
	hint := spec.DidYouMean(name, append(slices.Clone(l.names), l.icons.PlainNames()...))
	if hint == "" {
		hint = l.icons.DidYouMean(name) // "github" is "logo:github"
	}
	return fmt.Errorf("unknown part %q%s; the library has %s; icons are written tabler:NAME, logos logo:NAME ('sketchdeck icons WORD' searches them); %s",
		name, hint, strings.Join(l.names, ", "), l.lookedUp())
}

// lookedUp says where parts were looked for and how to add a folder.
func (l *Library) lookedUp() string {
	const add = "a folder of NAME.toml parts is added with parts = [\"FOLDER\"] at the top of the diagram (relative to its file) or --parts FOLDER"
	if len(l.dirs) == 0 {
		return "parts were looked up in the shipped library only: " + add
	}
	dirs := make([]string, len(l.dirs))
	for i, d := range l.dirs {
		dirs[i] = filepath.ToSlash(d)
	}
	return "parts were looked up in the shipped library and in " + strings.Join(dirs, ", ") + ": " + add
}

// placeIcon draws an icon as Place draws a part: fitted into box (or at
// o.Scale times IconSize), recoloured by o.Colors' "stroke" and "fill",
// turned by o.Rotate.
func (l *Library) placeIcon(name, id string, box geom.Rect, o layout.PartOptions) ([]scene.Item, error) {
	if err := l.Check(name); err != nil {
		return nil, err
	}
	ic, err := l.icons.Find(name)
	if err != nil {
		return nil, err
	}
	for _, k := range slices.Sorted(maps.Keys(o.Colors)) {
		if !slices.Contains(iconRoles, k) {
			return nil, fmt.Errorf("icon %q has the colour roles %s, not %q", name, strings.Join(iconRoles, " and "), k)
		}
	}
	t := l.env.Theme
	stroke, err := t.Color(t.Stroke)
	if err != nil {
		return nil, err
	}
	st := icon.Style{
		Stroke: stroke, Fill: o.Colors["fill"], FillStyle: scene.FillStyle(t.FillStyle),
		StrokeWidth: math.Max(2, t.StrokeWidth), Roughness: t.Roughness, Bowing: t.Bowing,
	}
	if c, ok := o.Colors["stroke"]; ok {
		st.Stroke = c
	}
	to := fit(geom.Rect{W: IconSize, H: IconSize}, box, o.Scale)
	items := ic.Draw(id, to, st)
	// An icon is a few paths of a vendored table: it is counted once
	// drawn, against the budget of the diagram that places it.
	if o.Budget != nil && !o.Budget.Take(itemsAndPoints(items)) {
		return nil, &layout.SceneError{Chain: append(slices.Clip(o.Chain), name), Limit: o.Budget.Limit()}
	}
	if o.Rotate != 0 {
		rotate(items, to.Center(), o.Rotate)
	}
	return items, nil
}

// itemsAndPoints is what items count against a budget: each item and its
// points.
func itemsAndPoints(items []scene.Item) int {
	n := len(items)
	for _, it := range items {
		n += len(it.Points)
	}
	return n
}
