package head

// heads are the arrowheads, in the order error messages list them.
var heads = []*Head{&none, &open, &triangle, &filled, &bar, &dot, &diamond, &circle}

// Heads lists every arrowhead. The values are shared: read them, do not
// change them.
func Heads() []*Head { return heads }

// Default is the head of an end that asks for one without naming it.
func Default() *Head { return &open }

// NoneName names the absence of a head.
const NoneName = "none"

// Named returns the head with this canonical name; "" is the default.
func Named(name string) (*Head, bool) {
	if name == "" {
		return Default(), true
	}
	for _, h := range heads {
		if h.Name == name {
			return h, true
		}
	}
	return nil, false
}
