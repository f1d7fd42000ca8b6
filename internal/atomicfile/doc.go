// Package atomicfile writes a file all at once or not at all, for every
// file the command writes (SVGs, the build manifest, catalogs, starters):
// readers never see a half-written one. Write flushes the file and its
// folder to disk; a Batch, for a build's many outputs, flushes each file
// and then each folder once.
package atomicfile
