// Package i18n translates diagrams. It takes a decoded spec.Diagram and a
// catalog (diagrams/locales/LANG.toml) and gives the same diagram with its
// texts in another language, before layout, so that every variant is laid
// out for its own words.
//
// The translatable texts are found generically: every string field tagged
// i18n:"text" anywhere in the spec.Diagram struct tree (Texts). Each gets a
// key built from element ids, never from positions or labels, so that a
// catalog survives reordering ("nodes.origin.label", "edges.a->b.label",
// "table.rows.2.cells.0.text" only when nothing better exists).
//
// A catalog entry records the English source it translates; when the
// diagram's source changes the entry is stale (Check) and the build falls
// back to the English text until a translator updates it, as gettext does
// with fuzzy entries. Catalogs round-trip through gettext PO files
// (ExportPO, ReadPO, ImportPO) for Poedit or Weblate without loss: what a
// PO file holds besides translations (comments, flags, the header,
// obsolete entries) is kept in the catalog and written back, and an
// import never clears a translation nor applies one made from older
// English. ExportPOT writes a template; Memory offers a translation of
// the same English given elsewhere; Room tells a translator how much
// room a text has. A per-language rule
// applies typography (French narrow no-break spaces) so translators do not
// type it. Pseudo is a pseudo-locale (en-XA) that lengthens every text by
// about 40% with accented letters, to test layouts before translations
// exist. Overflows finds text that spills out of its box in a laid-out
// scene.
package i18n
