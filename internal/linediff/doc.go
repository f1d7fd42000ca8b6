// Package linediff shows how one text differs from another as a unified
// diff (diff -u), line by line: for a person to read what a command would
// change before it changes it.
package linediff
