package part

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"sync"

	"github.com/sketchdeck/sketchdeck/internal/icon"
	"github.com/sketchdeck/sketchdeck/internal/input"
	"github.com/sketchdeck/sketchdeck/internal/layout"
	"github.com/sketchdeck/sketchdeck/internal/spec"
	"github.com/sketchdeck/sketchdeck/parts"
)

// Options configure a Library.
type Options struct {
	// Dirs are user folders of NAME.toml parts, read after the shipped
	// library: a part of a later folder replaces one of the same name.
	Dirs []string
	// Env is what placing a part needs (theme, text measurer); its Parts
	// field is ignored, the library places nested parts itself.
	Env layout.Env
}

// Library is a loaded, checked set of parts. It is immutable once loaded
// and safe for concurrent use.
type Library struct {
	parts map[string]*spec.Part
	names []string
	env   layout.Env
	icons icon.Sets // the vendored icon sets, placed like parts
	dirs  []string  // the user folders read, for messages
}

// Load reads the shipped parts and those of opts.Dirs. The error lists
// every problem of every file.
func Load(opts Options) (*Library, error) {
	l := &Library{parts: map[string]*spec.Part{}, env: opts.Env, icons: icon.Shipped(), dirs: slices.Clone(opts.Dirs)}
	l.env.Parts = l
	var errs []error
	errs = append(errs, l.readFS(parts.FS, "parts"))
	for _, dir := range opts.Dirs {
		errs = append(errs, l.readFS(os.DirFS(dir), dir))
	}
	for name := range l.parts {
		l.names = append(l.names, name)
	}
	slices.Sort(l.names)
	errs = append(errs, l.checkRefs())
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return l, nil
}

// readAll reads every *.toml at the top of fsys.
func readAll(fsys fs.FS) (map[string][]byte, error) {
	files, err := fs.Glob(fsys, "*.toml")
	if err != nil {
		return nil, err
	}
	out := map[string][]byte{}
	for _, f := range files {
		data, err := input.ReadFS(fsys, f, spec.MaxSource)
		if err != nil {
			return nil, err
		}
		out[f] = data
	}
	return out, nil
}

// readFS decodes every *.toml of fsys; dir names the folder in messages.
func (l *Library) readFS(fsys fs.FS, dir string) error {
	files, err := readAll(fsys)
	if err != nil {
		return fmt.Errorf("part: %s: %w", dir, err)
	}
	if len(files) == 0 && dir != "parts" {
		if _, err := fs.Stat(fsys, "."); errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("part: parts folder %s does not exist", dir)
		} else if err != nil {
			return fmt.Errorf("part: parts folder %s: %w", dir, err)
		}
	}
	names := slices.Sorted(mapKeys(files))
	decoded := make([]*spec.Part, len(names))
	errs := make([]error, len(names))
	// Decoded on every core (the shipped library is fifty files, read
	// before the first diagram is laid out); kept in the order of names.
	each(len(names), func(i int) {
		decoded[i], errs[i] = spec.DecodePart(filepath.ToSlash(path.Join(dir, names[i])), files[names[i]])
	})
	for i, p := range decoded {
		if errs[i] == nil {
			l.parts[p.Name] = p
		}
	}
	return errors.Join(errs...)
}

// each calls do(0) … do(n-1) on up to GOMAXPROCS goroutines and waits.
func each(n int, do func(i int)) {
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(n, runtime.GOMAXPROCS(0)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				do(i)
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}

func mapKeys[V any](m map[string]V) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// checkRefs makes sure every nested part exists and no part contains
// itself, however deep: placing parts then always ends.
func (l *Library) checkRefs() error {
	var errs []error
	state := map[string]int{} // 0 unseen, 1 on the path, 2 done
	var visit func(name string, trail []string)
	visit = func(name string, trail []string) {
		switch state[name] {
		case 1:
			errs = append(errs, fmt.Errorf("%s: %s: a part cannot contain itself", l.parts[name].File, layout.PartChain(append(trail, name))))
			return
		case 2:
			return
		}
		state[name] = 1
		p := l.parts[name]
		for _, sub := range p.PartNames() {
			if _, ok := l.parts[sub]; !ok {
				if err := l.Check(sub); err != nil {
					errs = append(errs, fmt.Errorf("%s: %w", p.File, err))
				}
				continue
			}
			visit(sub, append(trail, name))
		}
		state[name] = 2
	}
	for _, n := range l.names {
		visit(n, nil)
	}
	return errors.Join(errs...)
}

// Names lists the parts' names, sorted (icons aside).
func (l *Library) Names() []string { return slices.Clone(l.names) }

// Part returns the decoded part called name.
func (l *Library) Part(name string) (*spec.Part, bool) {
	p, ok := l.parts[name]
	return p, ok
}

// Digest is the names and contents of the parts in dirs, for incremental
// builds: editing a user part rebuilds the drawings. The shipped parts are
// part of the binary and need no digest.
func Digest(dirs []string) ([]byte, error) {
	h := sha256.New()
	for _, dir := range dirs {
		files, err := readAll(os.DirFS(dir))
		if err != nil {
			return nil, fmt.Errorf("part: %s: %w", dir, err)
		}
		fmt.Fprintf(h, "dir %q\n", dir)
		for _, f := range slices.Sorted(mapKeys(files)) {
			fmt.Fprintf(h, "file %q %d\n", f, len(files[f]))
			h.Write(files[f])
		}
	}
	return h.Sum(nil), nil
}
