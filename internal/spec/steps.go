package spec

import (
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"
)

// MaxSteps bounds a diagram's build steps: each is a file of its own.
const MaxSteps = 50

// Step is the build step an element appears at: 1 is the first slide of
// an incremental reveal. 0, the default, shows the element from the start.
type Step int

// Steps configures the step files of a diagram whose elements take step.
type Steps struct {
	// DimPast fades the elements of earlier steps in each step file, so
	// that the newest step stands out.
	DimPast bool `toml:"dim_past"`
}

// Animate makes the SVG draw itself when shown: written as animate = true
// (or false), or as an [animate] table, which turns it on (enabled =
// false turns it off, also against --animate).
type Animate struct {
	Enabled *bool `toml:"enabled"`
	// Duration is how long the drawing takes ("3s", "1500ms"); "" is
	// DefaultAnimateDuration.
	Duration Duration `toml:"duration"`
	// Written tells that the diagram says animate.
	Written bool `toml:"-" json:"-"`

	// What was written wrong, for checkAnimate: unknown keys, keys of
	// the wrong type, a value neither a boolean nor a table.
	unknown []string
	read    valueReader
	bad     string
}

// animateKeys are the keys of an [animate] table.
var animateKeys = []string{"duration", "enabled"}

// UnmarshalTOML reads animate = true or false, or an [animate] table.
func (a *Animate) UnmarshalTOML(v any) error {
	a.Written = true
	switch v := v.(type) {
	case bool:
		a.Enabled = &v
	case map[string]any:
		for _, k := range slices.Sorted(maps.Keys(v)) {
			a.field(k, v[k])
		}
	default:
		a.bad = typeName(v)
	}
	return nil
}

func (a *Animate) field(k string, x any) {
	switch k {
	case "enabled":
		b := a.read.flag(k, x)
		a.Enabled = &b
	case "duration":
		s, ok := x.(string)
		if !ok {
			a.read.wrong(k, `a string such as "3s"`, x)
		}
		a.Duration = Duration(s)
	default:
		a.unknown = append(a.unknown, k)
	}
}

// checkAnimate reports what UnmarshalTOML kept as written wrong.
func (d *Diagram) checkAnimate(c checker) {
	a := &d.Animate
	if a.bad != "" {
		c.errorf("animate", "animate: want true, false or an [animate] table, not %s", a.bad)
	}
	for _, t := range a.read.troubles {
		c.errorf("animate."+t.key, "%s", t)
	}
	for _, k := range a.unknown {
		c.errorf("animate."+k, "unknown key %q in [animate]%s; valid keys are %s", k, didYouMean(k, animateKeys), joinKeys(animateKeys))
	}
}

// DefaultAnimateDuration is how long the drawing takes when not said.
const DefaultAnimateDuration = 3 * time.Second

// Range of an animation's duration.
const (
	MinAnimateDuration = 100 * time.Millisecond
	MaxAnimateDuration = 60 * time.Second
)

// On reports whether the diagram asks for the animation, and whether it
// says anything (false, false: as the command line says).
func (a Animate) On() (on, said bool) {
	if a.Enabled != nil {
		return *a.Enabled, true
	}
	return a.Written, a.Written
}

// Duration is a length of time as written ("3s", "800ms"); check reports
// a bad one at its position.
type Duration string

// Value is the duration, or DefaultAnimateDuration when not written or bad.
func (d Duration) Value() time.Duration {
	v, err := time.ParseDuration(string(d))
	if d == "" || err != nil {
		return DefaultAnimateDuration
	}
	return v
}

func (d Duration) check() error {
	if d == "" {
		return nil
	}
	v, err := time.ParseDuration(string(d))
	if err != nil {
		return fmt.Errorf("bad duration %q: write a number and a unit, as in \"3s\" or \"800ms\"", string(d))
	}
	if v < MinAnimateDuration || v > MaxAnimateDuration {
		return fmt.Errorf("duration %q is out of range: from %v to %v", string(d), MinAnimateDuration, MaxAnimateDuration)
	}
	return nil
}

// MaxStep is the diagram's last build step; 0 when no element takes one.
func (d *Diagram) MaxStep() int {
	m := 0
	for _, s := range collectSteps(reflect.ValueOf(d).Elem(), "", nil) {
		m = max(m, int(s.step))
	}
	return m
}

// stepAt is one step written in the diagram.
type stepAt struct {
	path string
	step Step
}

// collectSteps lists every Step of v, with its key path, in written order,
// walking only the values whose type can hold one (typePlan).
func collectSteps(v reflect.Value, path string, out []stepAt) []stepAt {
	return stepsOf(v, planOf(v.Type()), newKeyPath(path), out)
}

var stepType = reflect.TypeFor[Step]()

func stepsOf(v reflect.Value, p *typePlan, path *keyPath, out []stepAt) []stepAt {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			out = stepsOf(v.Elem(), p.elem, path, out)
		}
	case reflect.Struct:
		for _, f := range p.fields {
			switch {
			case f.plan.t == stepType:
				mark := path.child(f.key)
				out = append(out, stepAt{path.String(), Step(v.Field(f.index).Int())})
				path.up(mark)
			case f.plan.steps:
				mark := path.child(f.key)
				out = stepsOf(v.Field(f.index), f.plan, path, out)
				path.up(mark)
			}
		}
	case reflect.Slice:
		if !p.elem.steps {
			break
		}
		for i := range v.Len() {
			mark := path.elem(i)
			out = stepsOf(v.Index(i), p.elem, path, out)
			path.up(mark)
		}
	}
	return out
}

// checkSteps reports a step below 1 (when written), past MaxSteps, and a
// step that follows a gap: step files are numbered 1 to K, each showing
// something new.
func (d *Diagram) checkSteps(c checker) {
	steps := collectSteps(reflect.ValueOf(d).Elem(), "", nil)
	var used []int
	for _, s := range steps {
		at, written := c.pos[s.path]
		switch {
		case written && (c.reported(at) || c.reported(c.pos.at(parentPath(s.path)))):
			// a value of the wrong type, reported as such (at the key, or
			// at a mind map topic)
		case s.step < 1 && (written || s.step < 0):
			c.errorf(s.path, "step must be 1 or more, not %d (leave it out to show the element from the start)", s.step)
		case s.step > MaxSteps:
			c.errorf(s.path, "step %d is past the limit of %d steps", s.step, MaxSteps)
		case s.step > 0:
			used = append(used, int(s.step))
		}
	}
	slices.Sort(used)
	used = slices.Compact(used)
	for i, n := range used {
		if n == i+1 {
			continue
		}
		for _, s := range steps {
			if int(s.step) == n {
				c.errorf(s.path, "step %d follows a gap: no element has step %d (steps count 1, 2, 3 … without a gap)", n, i+1)
				break
			}
		}
		break
	}
	if d.Steps.DimPast && len(used) == 0 {
		c.errorf("steps.dim_past", "dim_past: no element has a step; give nodes, edges or other elements step = 1, 2 …")
	}
}

// reported tells whether an error was already reported at pos.
func (c checker) reported(pos Pos) bool {
	for _, e := range *c.errs {
		if e.Pos == pos {
			return true
		}
	}
	return false
}

// parentPath is the path of the table that holds path's key.
func parentPath(path string) string {
	if i := strings.LastIndexByte(path, '.'); i >= 0 {
		return path[:i]
	}
	return ""
}

// StepFile is the file name of build step k of the diagram called name:
// "cdn.step-2.svg".
func StepFile(name string, k int) string { return name + ".step-" + strconv.Itoa(k) + ".svg" }

// StepOf reads a step file's name ("cdn.step-2.svg"): the diagram's
// name and the step. ok is false for any other name.
func StepOf(file string) (name string, k int, ok bool) {
	base, found := strings.CutSuffix(file, ".svg")
	if !found {
		return "", 0, false
	}
	i := strings.LastIndex(base, ".step-")
	if i <= 0 {
		return "", 0, false
	}
	k, err := strconv.Atoi(base[i+len(".step-"):])
	if err != nil || k < 1 || strconv.Itoa(k) != base[i+len(".step-"):] {
		return "", 0, false
	}
	return base[:i], k, true
}
