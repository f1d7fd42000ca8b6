package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestServeRefusesNonLoopback(t *testing.T) {
	for _, addr := range []string{"0.0.0.0:8080", ":8080", "192.168.1.2:80", "example.com:80"} {
		if code, _, errs := runCLI(t, "", "serve", "--addr", addr); code != exitUsage || !strings.Contains(errs, "loopback") {
			t.Errorf("serve --addr %s: exit %d, %q", addr, code, errs)
		}
	}
	for _, addr := range []string{"127.0.0.1:0", "[::1]:0", "localhost:0"} {
		if err := checkLoopback(addr, net.DefaultResolver.LookupIPAddr); err != nil {
			t.Errorf("%s: %v", addr, err)
		}
	}
}

// TestServeResolvesLocalhost: --addr localhost:PORT is refused when the
// system maps localhost to an address that is not loopback.
func TestServeResolvesLocalhost(t *testing.T) {
	resolver := func(ips ...string) func(context.Context, string) ([]net.IPAddr, error) {
		return func(context.Context, string) ([]net.IPAddr, error) {
			var out []net.IPAddr
			for _, ip := range ips {
				out = append(out, net.IPAddr{IP: net.ParseIP(ip)})
			}
			return out, nil
		}
	}
	cases := []struct {
		ips  []string
		want string
	}{
		{[]string{"127.0.0.1", "::1"}, ""},
		{[]string{"127.0.0.1", "10.1.2.3"}, `--addr "localhost:8080": localhost resolves to 10.1.2.3, which is not a loopback address: use 127.0.0.1:PORT or [::1]:PORT`},
		{nil, `--addr "localhost:8080": localhost resolves to no address: use 127.0.0.1:PORT or [::1]:PORT`},
	}
	for _, c := range cases {
		err := checkLoopback("localhost:8080", resolver(c.ips...))
		if got := fmt.Sprint(err); c.want == "" && err != nil || c.want != "" && got != c.want {
			t.Errorf("localhost → %v: got %v\nwant %s", c.ips, err, c.want)
		}
	}
}

// TestServeChecksHost: a request for another host name (DNS rebinding: a
// page of evil.example, whose name now points at 127.0.0.1) gets 421 and
// none of the state; loopback names with the listening port get through.
func TestServeChecksHost(t *testing.T) {
	h := loopbackOnly("4321", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "state") }))
	cases := []struct {
		host string
		code int
		body string
	}{
		{"127.0.0.1:4321", 200, "state"},
		{"[::1]:4321", 200, "state"},
		{"localhost:4321", 200, "state"},
		{"LocalHost:4321", 200, "state"},
		{"evil.example", 421, `sketchdeck serve answers only to 127.0.0.1:4321, [::1]:4321 and localhost:4321, not to host "evil.example"`},
		{"evil.example:4321", 421, `sketchdeck serve answers only to 127.0.0.1:4321, [::1]:4321 and localhost:4321, not to host "evil.example:4321"`},
		{"localhost.evil.example:4321", 421, `sketchdeck serve answers only to 127.0.0.1:4321, [::1]:4321 and localhost:4321, not to host "localhost.evil.example:4321"`},
		{"127.0.0.1:80", 421, `sketchdeck serve answers only to 127.0.0.1:4321, [::1]:4321 and localhost:4321, not to host "127.0.0.1:80"`},
		{"127.0.0.1", 421, `sketchdeck serve answers only to 127.0.0.1:4321, [::1]:4321 and localhost:4321, not to host "127.0.0.1"`},
		{"", 421, `sketchdeck serve answers only to 127.0.0.1:4321, [::1]:4321 and localhost:4321, not to host ""`},
	}
	for _, c := range cases {
		r := httptest.NewRequest("GET", "/state", nil)
		r.Host = c.host
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		if body := strings.TrimSpace(w.Body.String()); w.Code != c.code || body != c.body {
			t.Errorf("Host %q: %d %q, want %d %q", c.host, w.Code, body, c.code, c.body)
		}
	}
	if !loopbackHost("localhost", "80") || !loopbackHost("[::1]", "80") {
		t.Error("a Host without a port is port 80")
	}
}

// TestServeLivePreview drives the preview in headless Chromium: the page
// shows every diagram and a build error as file:line:col, and when a
// diagram's label is edited the new label appears in the same page, with
// no reload (a marker set in the page survives).
func TestServeLivePreview(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 45*time.Second)
	defer cancel()
	dir := t.TempDir()
	good := filepath.Join(dir, "queue.toml")
	write := func(file, body string) {
		if err := os.WriteFile(file, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(good, "title = \"Queue\"\n[[nodes]]\nid = \"a\"\nlabel = \"Before edit\"\n")
	write(filepath.Join(dir, "broken.toml"), "[[nodes]]\nid = \"b\"\nshape = \"blob\"\n")

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := newPreview(previewOptions{paths: []string{dir}, locales: filepath.Join(dir, "locales"), interval: 50 * time.Millisecond, log: io.Discard})
	srvCtx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- p.run(srvCtx, ln) }()
	defer func() {
		stop()
		<-done
	}()

	b := startBrowser(t, ctx, "http://"+ln.Addr().String()+"/")
	text := func() string {
		s, err := b.eval(`document.getElementById("gallery").textContent`)
		if err != nil {
			t.Fatalf("evaluating in the page: %v", err)
		}
		return s
	}
	waitFor(t, ctx, "the first label in the page", func() (string, bool) {
		s := text()
		return s, strings.Contains(s, "Before edit")
	})
	if s := text(); !strings.Contains(s, filepath.ToSlash(filepath.Join(dir, "broken.toml"))+`:3:1: unknown shape "blob"`) {
		t.Errorf("the build error is not shown with file:line:col; the gallery says:\n%s", s)
	}
	if _, err := b.eval(`window.sketchdeckMarker = "same page"`); err != nil {
		t.Fatal(err)
	}
	write(good, "title = \"Queue\"\n[[nodes]]\nid = \"a\"\nlabel = \"After edit\"\n")
	waitFor(t, ctx, "the edited label in the page", func() (string, bool) {
		s := text()
		return s, strings.Contains(s, "After edit") && !strings.Contains(s, "Before edit")
	})
	if m, err := b.eval(`window.sketchdeckMarker`); err != nil || m != "same page" {
		t.Errorf("the page was reloaded (marker %q, %v)", m, err)
	}
	// One diagram large on click.
	if _, err := b.eval(`document.querySelector('figure[data-name="queue"]').click()`); err != nil {
		t.Fatal(err)
	}
	if s, _ := b.eval(`document.getElementById("large").className + document.getElementById("large").textContent`); !strings.HasPrefix(s, "open") || !strings.Contains(s, "After edit") {
		t.Errorf("click did not open the diagram large: %.200q", s)
	}
}
