package main

import (
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"strings"
	"time"
)

// handler serves the page, its state, the SVGs (the step files too), each
// diagram's PNG (drawn on request) and the change events.
func (p *preview) handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		fmt.Fprint(w, previewPage)
	})
	mux.HandleFunc("GET /state", func(w http.ResponseWriter, r *http.Request) {
		// The page asks as it loads: it gets the first build as soon as
		// there is one, and paints without waiting for an event.
		if changed, version := p.wait(); version == 0 {
			select {
			case <-changed:
			case <-r.Context().Done():
				return
			}
		}
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "no-store")
		json.NewEncoder(w).Encode(p.snapshot()) //nolint:errcheck // the page retries on the next event
	})
	mux.HandleFunc("GET /svg/{lang}/{file}", func(w http.ResponseWriter, r *http.Request) {
		svg, ok := p.svg(r.PathValue("lang"), r.PathValue("file"))
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "image/svg+xml")
		w.Header().Set("Cache-Control", "no-store")
		w.Write(svg) //nolint:errcheck // the client went away
	})
	mux.HandleFunc("GET /png/{lang}/{file}", func(w http.ResponseWriter, r *http.Request) {
		png, ok, err := p.png(r.Context(), r.PathValue("lang"), strings.TrimSuffix(r.PathValue("file"), ".png"))
		if !ok {
			http.NotFound(w, r)
			return
		}
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "image/png")
		w.Header().Set("Cache-Control", "no-store")
		w.Write(png) //nolint:errcheck // the client went away
	})
	mux.HandleFunc("GET /events", p.events)
	return mux
}

// loopbackOnly refuses, with 421 Misdirected Request, every request whose
// Host is not a loopback name with the port the preview listens on.
// Listening on loopback is not enough: a page of another site whose name
// the attacker points at 127.0.0.1 (DNS rebinding) would otherwise read
// every diagram's name, path, errors and picture.
func loopbackOnly(port string, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !loopbackHost(r.Host, port) {
			msg := fmt.Sprintf("sketchdeck serve answers only to 127.0.0.1:%s, [::1]:%s and localhost:%s, not to host %q", port, port, port, r.Host)
			http.Error(w, msg, http.StatusMisdirectedRequest)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// loopbackHost reports whether a request's Host names this preview:
// localhost or a loopback IP, with the listening port (a Host without a
// port means 80).
func loopbackHost(host, port string) bool {
	name, p, err := net.SplitHostPort(host)
	if err != nil {
		name, p = strings.TrimSuffix(strings.TrimPrefix(host, "["), "]"), "80"
	}
	if p != port {
		return false
	}
	if strings.EqualFold(name, "localhost") {
		return true
	}
	ip := net.ParseIP(name)
	return ip != nil && ip.IsLoopback()
}

// events streams the state's version as server-sent events: one at once,
// then one per change, and a comment now and then to keep proxies awake.
func (p *preview) events(w http.ResponseWriter, r *http.Request) {
	fl, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-store")
	ping := time.NewTicker(15 * time.Second)
	defer ping.Stop()
	for {
		changed, version := p.wait()
		if _, err := fmt.Fprintf(w, "data: %d\n\n", version); err != nil {
			return
		}
		fl.Flush()
		select {
		case <-r.Context().Done():
			return
		case <-changed:
		case <-ping.C:
			fmt.Fprint(w, ": ping\n\n")
		}
	}
}
