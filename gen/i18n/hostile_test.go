package i18n

import (
	"strings"
	"testing"
)

// TestDeepCatalog: a catalog nested far past spec.MaxNesting (the TOML
// decoder took hours on 8 MiB of nested inline tables) is refused at the
// first level too deep.
func TestDeepCatalog(t *testing.T) {
	const n = 500_000
	src := "[a]\nk = " + strings.Repeat("{a=", n) + "1" + strings.Repeat("}", n) + "\n"
	_, err := Decode("fr.toml", []byte(src))
	want := "fr.toml:2:305: arrays and tables nest more than 100 deep; the limit is 100"
	if err == nil || err.Error() != want {
		t.Errorf("got %v\nwant %s", err, want)
	}
}
