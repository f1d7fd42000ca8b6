package i18n

import (
	"fmt"
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// MaxGrowth is how much wider or taller than the original a translated
// picture may be: a slide scaling it to the same room shows its text at
// least 1/1.1 of the original's size.
const MaxGrowth = 0.10

// GrowthProblems compares the translated diagram d, laid out as sc, with
// its original laid out as orig, and reports each dimension in which the
// translation draws the picture more than MaxGrowth larger, at the
// catalog entry (c, which may be nil) of the text that grew the most that
// way: the one to shorten.
func GrowthProblems(d *spec.Diagram, sc, orig *scene.Scene, c *Catalog) []Problem {
	was := map[string]*scene.Text{}
	for _, it := range orig.Items {
		if it.Text != nil {
			was[it.ID] = it.Text
		}
	}
	var out []Problem
	for _, dim := range []struct {
		name      string
		got, want float64
		extent    func(*scene.Text) float64
	}{
		{"wider", sc.Width, orig.Width, textWidth},
		{"taller", sc.Height, orig.Height, func(t *scene.Text) float64 { return float64(len(t.Lines)) * t.Size }},
	} {
		if dim.want <= 0 || dim.got <= dim.want*(1+MaxGrowth)+0.5 {
			continue
		}
		var culprit scene.Item
		most := 0.0
		for _, it := range sc.Items {
			o, ok := was[it.ID]
			if it.Text == nil || !ok {
				continue
			}
			if g := dim.extent(it.Text) - dim.extent(o); g > most {
				culprit, most = it, g
			}
		}
		msg := fmt.Sprintf("the translation draws the picture %.1f%% %s than the original (%.0f×%.0f px, not %.0f×%.0f; at most %.0f%%): shorten this text, the one that grew most",
			(dim.got/dim.want-1)*100, dim.name, sc.Width, sc.Height, orig.Width, orig.Height, MaxGrowth*100)
		p := Problem{File: d.File, Diagram: d.Name, Kind: Grows, Msg: msg}
		if culprit.Text != nil {
			p = ProblemAt(d, c, culprit.ID, lineTexts(culprit.Text), p)
		}
		out = append(out, p)
	}
	return out
}

func textWidth(t *scene.Text) float64 {
	w := 0.0
	for _, l := range t.Lines {
		w = max(w, l.Width)
	}
	return w
}

func lineTexts(t *scene.Text) []string {
	out := make([]string, len(t.Lines))
	for i, l := range t.Lines {
		out[i] = strings.TrimSpace(l.Text)
	}
	return out
}
