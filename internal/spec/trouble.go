package spec

// trouble is a problem found while decoding a value by hand: key is the
// key inside the value it concerns ("" for the value itself).
type trouble struct{ key, msg string }

// String is the message, after its key when it has one.
func (t trouble) String() string {
	if t.key == "" {
		return t.msg
	}
	return t.key + ": " + t.msg
}

// troubled is a value decoded by hand that keeps its own problems, for
// validation to report at its key path (see valueWalker).
type troubled interface{ problems() []trouble }

// valueReader reads the values of a table decoded by hand (a line, a
// topic, a cell, [animate]): a value of the wrong type reads as the zero
// value and is a trouble at its key, kept for validation to report with
// the file's other problems.
type valueReader struct{ troubles []trouble }

// add keeps a trouble at key k ("" for the value itself).
func (r *valueReader) add(k, msg string) { r.troubles = append(r.troubles, trouble{k, msg}) }

// wrong keeps that key k wants a value of another type than x's.
func (r *valueReader) wrong(k, want string, x any) {
	r.add(k, "want "+want+", not "+typeName(x))
}

// str is x when it is a string.
func (r *valueReader) str(k string, x any) string {
	s, ok := x.(string)
	if !ok {
		r.wrong(k, "a string", x)
	}
	return s
}

// flag is x when it is a boolean.
func (r *valueReader) flag(k string, x any) bool {
	b, ok := x.(bool)
	if !ok {
		r.wrong(k, "true or false", x)
	}
	return b
}

// num is x when it is a number, an integer or not.
func (r *valueReader) num(k string, x any) float64 {
	switch v := x.(type) {
	case int64:
		return float64(v)
	case float64:
		return v
	}
	r.wrong(k, "a number", x)
	return 0
}

// lines is x when it is a list of lines (see decodeLines).
func (r *valueReader) lines(k string, x any) []Line {
	ls, problem := decodeLines(x)
	if problem != "" {
		r.add(k, problem)
	}
	return ls
}
