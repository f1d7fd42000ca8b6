package lazyre

import "testing"

func TestNew(t *testing.T) {
	re := New(`a(b+)c`)
	if re() != re() {
		t.Fatal("New compiled its expression twice")
	}
	if got := re().FindStringSubmatch("xabbbc")[1]; got != "bbb" {
		t.Fatalf("submatch %q, want %q", got, "bbb")
	}
}

func TestNewInvalidPanicsOnUse(t *testing.T) {
	re := New(`(`) // nothing is compiled yet
	defer func() {
		if recover() == nil {
			t.Fatal("an invalid expression did not panic on first use")
		}
	}()
	re()
}
