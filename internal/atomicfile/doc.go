// Package atomicfile writes a file all at once or not at all, for every
// file the command writes (SVGs, the build manifest, catalogs, starters):
// readers never see a half-written one. Write also flushes the file and
// its folder to disk, for what a user keeps (catalogs, starters, converted
// sources); Replace does not, for what a later build checks and makes
// again (a build's outputs, manifest and layout cache).
package atomicfile
