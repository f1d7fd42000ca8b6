//go:build !unix

package main

import "time"

// childCPU is not known here: -1.
func childCPU() time.Duration { return -1 }
