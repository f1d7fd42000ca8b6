package part

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"maps"
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
	parts map[string]*entry // by name
	names []string
	env   layout.Env
	icons icon.Sets // the vendored icon sets, placed like parts
	dirs  []string  // the user folders read, for messages
}

// entry is one part of a library: a user's part is decoded when the
// library loads, so that every problem of every file is reported at once;
// a shipped part is decoded the first time it is used (most diagrams place
// few parts or none, and TestShippedChecked decodes and checks them all).
type entry struct {
	once sync.Once
	read func() ([]byte, error) // the source, for a part not decoded yet
	file string                 // for messages
	part *spec.Part
	err  error
}

// decodedEntry is the entry of a part already decoded.
func decodedEntry(p *spec.Part) *entry {
	e := &entry{file: p.File}
	e.once.Do(func() { e.part = p })
	return e
}

// get decodes the part on first use and returns it.
func (e *entry) get() (*spec.Part, error) {
	e.once.Do(func() {
		data, err := e.read()
		if err != nil {
			e.err = fmt.Errorf("part: %s: %w", e.file, err)
			return
		}
		e.part, e.err = spec.DecodePart(e.file, data)
	})
	return e.part, e.err
}

// Load lists the shipped parts and reads those of opts.Dirs. The error
// lists every problem of every file of opts.Dirs, and every nested part
// their parts name that is missing or contains itself.
func Load(opts Options) (*Library, error) {
	l := &Library{parts: map[string]*entry{}, env: opts.Env, icons: icon.Shipped(), dirs: slices.Clone(opts.Dirs)}
	l.env.Parts = l
	var errs []error
	errs = append(errs, l.listShipped())
	var own []string // the names of the users' parts
	for _, dir := range opts.Dirs {
		names, err := l.readFS(os.DirFS(dir), dir)
		errs = append(errs, err)
		own = append(own, names...)
	}
	for name := range l.parts {
		l.names = append(l.names, name)
	}
	slices.Sort(l.names)
	slices.Sort(own)
	errs = append(errs, l.checkRefs(slices.Compact(own)))
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return l, nil
}

// listShipped adds every part of the shipped library, to be decoded on
// first use: a part's name is its file's.
func (l *Library) listShipped() error {
	files, err := fs.Glob(parts.FS, "*.toml")
	if err != nil {
		return fmt.Errorf("part: parts: %w", err)
	}
	for _, f := range files {
		l.parts[spec.NameOf(f)] = &entry{
			file: path.Join("parts", f),
			read: func() ([]byte, error) { return input.ReadFS(parts.FS, f, spec.MaxSource) },
		}
	}
	return nil
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

// readFS decodes every *.toml of fsys, a user's folder; dir names it in
// messages. It returns the names of the parts decoded.
func (l *Library) readFS(fsys fs.FS, dir string) ([]string, error) {
	files, err := readAll(fsys)
	if err != nil {
		return nil, fmt.Errorf("part: %s: %w", dir, err)
	}
	if len(files) == 0 {
		if _, err := fs.Stat(fsys, "."); errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("part: parts folder %s does not exist", dir)
		} else if err != nil {
			return nil, fmt.Errorf("part: parts folder %s: %w", dir, err)
		}
	}
	names := slices.Sorted(maps.Keys(files))
	decoded := make([]*spec.Part, len(names))
	errs := make([]error, len(names))
	// Decoded on every core, every file, so that the error lists every
	// problem of the folder; kept in the order of names.
	each(len(names), func(i int) {
		decoded[i], errs[i] = spec.DecodePart(filepath.ToSlash(path.Join(dir, names[i])), files[names[i]])
	})
	var ok []string
	for i, p := range decoded {
		if errs[i] == nil {
			l.parts[p.Name] = decodedEntry(p)
			ok = append(ok, p.Name)
		}
	}
	return ok, errors.Join(errs...)
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

// checkRefs makes sure that every nested part of the parts roots, however
// deep, exists and that none contains itself: placing them then always
// ends. Load checks the users' parts (a cycle needs one: the shipped
// library has none, as TestShippedChecked checks with every name as a
// root); the shipped parts they reach are decoded on the way.
func (l *Library) checkRefs(roots []string) error {
	var errs []error
	state := map[string]int{} // 0 unseen, 1 on the path, 2 done
	var visit func(name string, trail []string)
	visit = func(name string, trail []string) {
		switch state[name] {
		case 1:
			errs = append(errs, fmt.Errorf("%s: %s: a part cannot contain itself", l.parts[name].file, layout.PartChain(append(trail, name))))
			return
		case 2:
			return
		}
		state[name] = 1
		p, err := l.parts[name].get()
		if err != nil {
			errs = append(errs, err)
			state[name] = 2
			return
		}
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
	for _, n := range roots {
		visit(n, nil)
	}
	return errors.Join(errs...)
}

// Names lists the parts' names, sorted (icons aside).
func (l *Library) Names() []string { return slices.Clone(l.names) }

// Part returns the decoded part called name; a shipped part is decoded
// on first use.
func (l *Library) Part(name string) (*spec.Part, error) {
	e, ok := l.parts[name]
	if !ok {
		return nil, fmt.Errorf("unknown part %q", name)
	}
	return e.get()
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
		for _, f := range slices.Sorted(maps.Keys(files)) {
			fmt.Fprintf(h, "file %q %d\n", f, len(files[f]))
			h.Write(files[f])
		}
	}
	return h.Sum(nil), nil
}
