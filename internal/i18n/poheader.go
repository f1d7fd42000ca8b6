package i18n

import (
	"fmt"
	"strings"
)

// The header fields msgfmt -c wants, in the order gettext tools write
// them; export adds any a stored header lacks.
var requiredFields = []string{"Project-Id-Version", "PO-Revision-Date", "Last-Translator", "Language-Team",
	"Language", "MIME-Version", "Content-Type", "Content-Transfer-Encoding"}

// projectID names the texts in every header.
const projectID = "sketchdeck diagrams"

// defaultPO is the header a catalog's PO file has before a translator's
// tool writes one: the translator's fields empty, as Poedit leaves them
// for a new file (msgfmt -c accepts them so).
func (c *Catalog) defaultPO() POFile {
	return POFile{
		Comments: []string{fmt.Sprintf("sketchdeck diagram texts, %s. Export: sketchdeck i18n export --lang %s", c.Lang, c.Lang)},
		Header: []string{
			"Project-Id-Version: " + projectID,
			"PO-Revision-Date: ",
			"Last-Translator: ",
			"Language-Team: ",
			"Language: " + c.Lang,
			"MIME-Version: 1.0",
			"Content-Type: text/plain; charset=UTF-8",
			"Content-Transfer-Encoding: 8bit",
			"X-Generator: sketchdeck",
		},
	}
}

// templatePO is the header of a template, with the placeholders msginit
// replaces.
var templatePO = POFile{
	Comments: []string{"sketchdeck diagram texts: the template for a new language. Export: sketchdeck i18n export --template"},
	Header: []string{
		"Project-Id-Version: " + projectID,
		"PO-Revision-Date: YEAR-MO-DA HO:MI+ZONE",
		"Last-Translator: FULL NAME <EMAIL@ADDRESS>",
		"Language-Team: LANGUAGE <LL@li.org>",
		"Language: ",
		"MIME-Version: 1.0",
		"Content-Type: text/plain; charset=UTF-8",
		"Content-Transfer-Encoding: 8bit",
		"X-Generator: sketchdeck",
	},
}

// exportPO is the header export writes: the one stored from the last
// import with its comments, else the default, with any field msgfmt -c
// needs added.
func (c *Catalog) exportPO() POFile {
	def := c.defaultPO()
	f := POFile{Comments: c.PO.Comments, Header: c.PO.Header}
	if len(f.Header) == 0 {
		f = POFile{Comments: def.Comments, Header: def.Header}
	}
	for i, name := range requiredFields {
		if !hasField(f.Header, name) {
			f.Header = append(f.Header, def.Header[i])
		}
	}
	return f
}

// hasField reports whether a header has the field, even empty.
func hasField(header []string, name string) bool {
	for _, l := range header {
		if k, _, ok := strings.Cut(l, ":"); ok && strings.EqualFold(strings.TrimSpace(k), name) {
			return true
		}
	}
	return false
}

// The extracted comments export writes, each starting with its mark, so
// that import tells them from a PO tool's and does not keep them.
const (
	noteWhere     = "Where: "
	noteRoom      = "Room: "
	noteSuggested = "Suggested: "
)

func isOurNote(s string) bool {
	return strings.HasPrefix(s, noteWhere) || strings.HasPrefix(s, noteRoom) || strings.HasPrefix(s, noteSuggested)
}

// ourNotes are the extracted comments of a message: the element the text
// belongs to, the room it has, and where a suggestion comes from.
func (m poMessage) ourNotes() []string {
	notes := []string{noteWhere + describeKey(m.diagram, m.text.Key)}
	if m.text.Room != "" {
		notes = append(notes, noteRoom+m.text.Room)
	}
	if m.suggested != "" {
		notes = append(notes, noteSuggested+"the translation of the same English in "+m.suggested+"; check it, then clear fuzzy")
	}
	return notes
}

// kindNames are the singular of the lists a key names elements of.
var kindNames = map[string]string{
	"nodes": "node", "edges": "edge", "panels": "panel", "rows": "row", "cells": "cell", "columns": "column",
	"branches": "branch", "elements": "element", "marks": "mark", "lanes": "lane", "groups": "group", "texts": "line",
}

// describeKey says in words which element a key names: "diagram mapping,
// table › row cdn › cell 1 › text".
func describeKey(diagram, key string) string {
	segs := strings.Split(key, ".")
	var words []string
	for i := 0; i < len(segs); i++ {
		if one, ok := kindNames[segs[i]]; ok && i+1 < len(segs) {
			words = append(words, one+" "+segs[i+1])
			i++
			continue
		}
		words = append(words, segs[i])
	}
	// A comment ends at the line's end: control characters are escaped.
	return "diagram " + escapePO(diagram) + ", " + escapePO(strings.Join(words, " › "))
}
