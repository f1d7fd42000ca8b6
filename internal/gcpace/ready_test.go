package gcpace

import (
	"runtime/metrics"
	"testing"
)

// TestReadyLeavesPagesFree: under Build's pacing, the pages Ready maps stay
// with the heap, free for what is allocated next, not given back.
func TestReadyLeavesPagesFree(t *testing.T) {
	restore := pace(64<<20, nil)
	defer restore()
	const n = 8 << 20
	Ready(n)
	s := []metrics.Sample{{Name: "/memory/classes/heap/free:bytes"}}
	metrics.Read(s)
	if free := s[0].Value.Uint64(); free < n/2 {
		t.Errorf("%d bytes of heap free after Ready(%d); want most of them", free, n)
	}
}
