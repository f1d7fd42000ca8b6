// Package benchgraph writes the generated graph diagrams that the
// benchmarks of several packages measure, the same as
// scripts/bench-large.sh makes, so that every package times the same
// input and issue 18's figures can be set side by side.
package benchgraph
