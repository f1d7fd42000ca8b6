// Package gcpace paces the garbage collector of a build: a short-lived
// process whose live heap is a few megabytes, for which Go's default
// pacing (collect whenever the heap has doubled, from 4 MiB) runs a dozen
// collections per deck. Build lets the heap grow to a fixed budget
// instead, and gives the default pacing back as soon as a collection finds
// the live heap large (a big graph), so that a large build never collects
// over and over against the budget. Jobs paces the layout worker the same
// way, against a budget of its own, and collects between its layouts rather
// than inside Graphviz. Ready maps heap pages ahead, while a build waits
// for Graphviz, for the drawing that follows.
package gcpace
