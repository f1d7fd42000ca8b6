package i18n

import (
	"fmt"
	"slices"
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// ImportReport says what ImportPO did, entry by entry.
type ImportReport struct {
	Changes []ImportChange
	// Stale are the messages not applied: their msgid is not the current
	// English text any more.
	Stale []StaleMessage
}

// ImportChange is one entry an import changed: its state before and after.
type ImportChange struct {
	Diagram, Key string
	Old, New     Entry
}

// String is "diagram/key: old → new", naming what changed: the text (with
// its state: fuzzy, or stale against the English it translates), the
// translator comments, flags or notes.
func (c ImportChange) String() string {
	var parts []string
	if o, n := state(c.Old), state(c.New); o != n {
		parts = append(parts, o+" → "+n)
	}
	if c.Old.Source != c.New.Source {
		parts = append(parts, fmt.Sprintf("translates %q → %q", c.Old.Source, c.New.Source))
	}
	if c.Old.PrevContext != c.New.PrevContext {
		parts = append(parts, fmt.Sprintf("previous msgctxt %q → %q", c.Old.PrevContext, c.New.PrevContext))
	}
	for _, f := range []struct {
		name     string
		old, new []string
	}{{"comments", c.Old.Comments, c.New.Comments}, {"flags", c.Old.Flags, c.New.Flags}, {"notes", c.Old.Notes, c.New.Notes}} {
		if !slices.Equal(f.old, f.new) {
			parts = append(parts, fmt.Sprintf("%s %s → %s", f.name, arrayTOML(f.old), arrayTOML(f.new)))
		}
	}
	return c.Diagram + "/" + c.Key + ": " + strings.Join(parts, "; ")
}

// state describes an entry's translation for a change report.
func state(e Entry) string {
	s := fmt.Sprintf("%q", e.Text)
	if e.Fuzzy {
		s += " (fuzzy)"
	}
	return s
}

// StaleMessage is a PO message made from an English text that changed
// since: its translation is not applied.
type StaleMessage struct {
	File         string
	Pos          spec.Pos
	Diagram, Key string
	// MsgID is the English the message translates, Current the diagram's
	// English now, Str the translation left out.
	MsgID, Current, Str string
}

func (s StaleMessage) String() string {
	return fmt.Sprintf("%s:%d: %s/%s: stale, not applied: it translates %q but the English is now %q (its translation was %q; export again to get the current English)",
		s.File, s.Pos.Line, s.Diagram, s.Key, s.MsgID, s.Current, s.Str)
}

// ImportPO applies a PO file to the catalog. It never destroys a
// translation: an empty msgstr leaves the entry as it is, and a message
// whose msgid is not the current English text (diagrams gives the texts;
// an entry of a diagram not among them is judged against its source) is
// not applied but reported stale. A fuzzy message is kept for review: a
// stale one against the English of its "#| msgid", a current one marked
// fuzzy; a fuzzy suggestion of the translation memory left as exported
// changes nothing. Translator comments, flags and foreign extracted
// comments are kept with the entry, and the header and obsolete entries
// in the catalog's [rules.po], for the next export. Every message must
// match an entry (run extract first); the file's Language, if set, must
// be the catalog's.
func (c *Catalog) ImportPO(po *PO, diagrams []DiagramTexts) (*ImportReport, error) {
	var errs spec.ErrorList
	if _, same := MatchLang(po.Lang, []string{c.Lang}); po.Lang != "" && !same {
		errs.Add(po.File, spec.Pos{Line: 1}, "", "the file's Language is %q but the catalog %s is %q", po.Lang, c.File, c.Lang)
		return nil, errs.Err()
	}
	current := currentSources(diagrams)
	memory := c.Memory(diagrams)
	rep := &ImportReport{}
	for _, m := range po.Entries {
		diagram, key, _ := strings.Cut(m.Context, "/")
		e := c.Section(diagram).Entry(key)
		if e == nil {
			errs.Add(po.File, m.Pos, "", "msgctxt %q: %s has no such entry (run: sketchdeck i18n extract)", m.Context, c.File)
			continue
		}
		cur, ok := current[diagram][key]
		if !ok {
			cur = e.Source
		}
		if m.ID != cur {
			rep.Stale = append(rep.Stale, StaleMessage{File: po.File, Pos: m.Pos, Diagram: diagram, Key: key, MsgID: m.ID, Current: cur, Str: m.Str})
			continue
		}
		next := imported(*e, m, cur, memory[cur].Text)
		if !sameEntry(next, *e) {
			rep.Changes = append(rep.Changes, ImportChange{Diagram: diagram, Key: key, Old: *e, New: next})
			*e = next
		}
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	c.importFile(po)
	return rep, nil
}

// imported is entry e after message m, which translates cur, the current
// English; suggestion is what the translation memory offers for cur.
func imported(e Entry, m POEntry, cur, suggestion string) Entry {
	e.Comments = nonEmpty(m.Comments)
	e.Flags = nonEmpty(m.Flags)
	e.Notes = nonEmpty(slices.DeleteFunc(slices.Clone(m.Extracted), isOurNote))
	switch {
	case m.Str == "":
		// Not translated: never clears a translation.
	case !m.Fuzzy:
		e.Text, e.Source, e.Fuzzy, e.PrevContext = m.Str, cur, false, ""
	case e.Text == "" && m.Str == suggestion:
		// The memory's offer, not reviewed yet: it is offered again.
	default:
		src, prevCtx := cur, ""
		if m.HasPrevious {
			src = m.Previous
		}
		if m.HasPrevContext && m.PrevContext != m.Context && src != cur {
			prevCtx = m.PrevContext
		}
		e.Text, e.Source, e.Fuzzy, e.PrevContext = m.Str, src, src == cur, prevCtx
	}
	return e
}

// importFile keeps the PO file's header and obsolete entries; a header
// that is the one export writes anyway is not stored, nor a template's.
func (c *Catalog) importFile(po *PO) {
	def := c.defaultPO()
	if len(po.Header) > 0 && !po.Template {
		c.PO.Header, c.PO.Comments = po.Header, nonEmpty(po.HeaderComments)
		if slices.Equal(po.Header, def.Header) && slices.Equal(po.HeaderComments, def.Comments) {
			c.PO.Header, c.PO.Comments = nil, nil
		}
	}
	c.PO.Obsolete = nonEmpty(po.Obsolete)
}

func sameEntry(a, b Entry) bool {
	return a.Text == b.Text && a.Source == b.Source && a.Fuzzy == b.Fuzzy && a.PrevContext == b.PrevContext &&
		slices.Equal(a.Comments, b.Comments) && slices.Equal(a.Flags, b.Flags) && slices.Equal(a.Notes, b.Notes)
}

func nonEmpty(list []string) []string {
	if len(list) == 0 {
		return nil
	}
	return list
}

// currentSources indexes the diagrams' texts: diagram, key → English.
func currentSources(diagrams []DiagramTexts) map[string]map[string]string {
	out := map[string]map[string]string{}
	for _, d := range diagrams {
		m := map[string]string{}
		for _, t := range d.Texts {
			m[t.Key] = t.Source
		}
		out[d.Name] = m
	}
	return out
}
