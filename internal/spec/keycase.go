package spec

import (
	"reflect"
	"slices"
	"strings"

	"github.com/BurntSushi/toml"
)

// MiscasedKeys calls report with every key of md written in another case
// than the format's ("Title" for title, [[Nodes]] for [[nodes]]), the
// format's tables being those of root, and reports whether there was one.
// TOML keys are case-sensitive, but the TOML decoder takes a key for a
// field whatever its case: such a key would be read as the format's
// without a word, and [[Nodes]] beside [[nodes]] would fill the same
// field, one or the other winning from run to run. A key no field has in
// any case is left to md.Undecoded.
func MiscasedKeys(root reflect.Type, md toml.MetaData, report func(k toml.Key)) bool {
	found := false
	var tables []validIn // the valid keys of each parent met, a handful
	for _, k := range md.Keys() {
		if selfChecked(k) {
			continue
		}
		valid := validAt(&tables, root, k[:len(k)-1])
		name := k[len(k)-1]
		if slices.Contains(valid, name) || !slices.ContainsFunc(valid, func(v string) bool { return strings.EqualFold(v, name) }) {
			continue
		}
		report(k)
		found = true
	}
	return found
}

// validIn is the valid keys of the table at a key path.
type validIn struct {
	parent toml.Key
	keys   []string
}

// validAt returns the valid keys of the table at parent, remembered in
// tables: a diagram's keys come from a few tables, one after the other.
func validAt(tables *[]validIn, root reflect.Type, parent toml.Key) []string {
	for _, t := range *tables {
		if slices.Equal(t.parent, parent) {
			return t.keys
		}
	}
	keys := validKeys(root, parent)
	*tables = append(*tables, validIn{parent, keys})
	return keys
}
