// Package part is the parts library: it loads reusable drawings (parts)
// from the library that ships with sketchdeck (package parts) and from
// user folders, checks them (every element, every nested part, no cycles),
// and places them for the drawing kind, implementing layout.Parts.
//
// A placement fits the part's frame into a box (aspect kept, centred) or
// draws it at a scale, recolours its colour roles, turns it, and prefixes
// its item ids with the placement's id, so that every placement wobbles on
// its own and the same way in every language.
package part
