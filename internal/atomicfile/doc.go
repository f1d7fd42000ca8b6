// Package atomicfile writes a file all at once or not at all, for every
// file the command writes (SVGs, the build manifest, catalogs, starters):
// readers never see a half-written one.
package atomicfile
