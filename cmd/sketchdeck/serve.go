package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"github.com/sketchdeck/sketchdeck/internal/watch"
)

// serveFlags are the options of "sketchdeck serve".
type serveFlags struct {
	addr     string
	theme    string
	locales  string
	interval time.Duration
	parts    []string
	exact    bool // --exact-colors
	graphviz graphvizFlags
}

// serveUsage is the --help text of "sketchdeck serve".
const serveUsage = `Usage: sketchdeck serve [--addr 127.0.0.1:PORT] [flags] [FILE|DIR]...

Serves a live gallery of the diagrams (default: diagrams/), rebuilt as you edit them.`

// runServe is the live preview: it builds every diagram in memory, in
// every language that has a catalog, serves a gallery page, and rebuilds
// what changed whenever a diagram, the theme file or a catalog does; the
// page follows by itself (server-sent events). It writes nothing to out/.
func runServe(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	var f serveFlags
	fs := pflag.NewFlagSet("serve", pflag.ContinueOnError)
	fs.StringVar(&f.addr, "addr", "127.0.0.1:8080", "loopback address to listen on (127.0.0.1:PORT, [::1]:PORT or localhost:PORT)")
	fs.StringVar(&f.theme, "theme", "", themeUsage()+" (a file is watched)")
	fs.StringVar(&f.locales, "locales", "", "folder of the translation catalogs, watched (default: locales/ in the diagrams' folder)")
	fs.DurationVar(&f.interval, "interval", watch.DefaultInterval, "how often to look for changed files")
	fs.StringArrayVar(&f.parts, "parts", nil, "folder of extra parts (NAME.toml) for drawings, watched; repeatable")
	fs.BoolVar(&f.exact, "exact-colors", false, exactColorsUsage)
	f.graphviz.register(fs)
	if code, ok := parseFlags(fs, args, serveUsage, stdout, stderr); !ok {
		return code
	}
	gv, code, ok := f.graphviz.options(stderr)
	if !ok {
		return code
	}
	if err := checkLoopback(f.addr, net.DefaultResolver.LookupIPAddr); err != nil {
		fmt.Fprintln(stderr, "sketchdeck serve:", err)
		return exitUsage
	}
	paths := fs.Args()
	if len(paths) == 0 {
		paths = []string{"diagrams"}
	}
	// A path that is not there is a typo, not a folder to wait for: say
	// so before serving nothing.
	if _, err := sourceFiles(paths); err != nil {
		fmt.Fprintln(stderr, "sketchdeck serve:", err)
		return exitUsage
	}
	ln, err := net.Listen("tcp", f.addr)
	if err != nil {
		fmt.Fprintln(stderr, "sketchdeck serve:", err)
		return exitBad
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	s := newPreview(previewOptions{paths: paths, theme: f.theme, locales: localesOf(f.locales, paths), interval: f.interval, parts: f.parts, graphviz: gv, exact: f.exact, log: stderr})
	fmt.Fprintf(stdout, "sketchdeck: serving http://%s/ (Ctrl-C stops)\n", ln.Addr())
	if err := s.run(ctx, ln); err != nil {
		fmt.Fprintln(stderr, "sketchdeck serve:", err)
		return exitBad
	}
	return exitOK
}

// checkLoopback refuses any address but a loopback one: the preview
// serves the working tree to whoever connects. A host name is resolved
// (lookup is net.DefaultResolver.LookupIPAddr): "localhost" may be mapped
// to another address by the system's hosts file.
func checkLoopback(addr string, lookup func(context.Context, string) ([]net.IPAddr, error)) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("bad --addr %q: %w", addr, err)
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsLoopback() {
		return nil
	}
	if !strings.EqualFold(host, "localhost") {
		return fmt.Errorf("--addr %q is not a loopback address: use 127.0.0.1:PORT, [::1]:PORT or localhost:PORT", addr)
	}
	ips, err := lookup(context.Background(), host)
	if err != nil {
		return fmt.Errorf("--addr %q: %w", addr, err)
	}
	for _, ip := range ips {
		if !ip.IP.IsLoopback() {
			return fmt.Errorf("--addr %q: %s resolves to %s, which is not a loopback address: use 127.0.0.1:PORT or [::1]:PORT", addr, host, ip.IP)
		}
	}
	if len(ips) == 0 {
		return fmt.Errorf("--addr %q: %s resolves to no address: use 127.0.0.1:PORT or [::1]:PORT", addr, host)
	}
	return nil
}

// run serves until ctx ends, polling for changes meanwhile.
func (p *preview) run(ctx context.Context, ln net.Listener) error {
	_, port, err := net.SplitHostPort(ln.Addr().String())
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: loopbackOnly(port, p.handler()), ReadHeaderTimeout: 10 * time.Second}
	go p.watch(ctx)
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		srv.Shutdown(sctx) //nolint:errcheck // best effort at exit
	}()
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
