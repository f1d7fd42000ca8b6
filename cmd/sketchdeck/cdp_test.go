package main

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// browser is a headless Chromium driven over the DevTools protocol, with
// just enough of a WebSocket client (RFC 6455, text frames) to evaluate
// JavaScript in its page.
type browser struct {
	cmd  *exec.Cmd
	conn net.Conn
	rd   *bufio.Reader
	id   int
}

// startBrowser opens url in a fresh headless Chromium, started with the
// extra command-line flags, or skips the test when there is none.
func startBrowser(t *testing.T, ctx context.Context, pageURL string, flags ...string) *browser {
	t.Helper()
	bin, err := exec.LookPath("chromium")
	if err != nil {
		t.Skip("chromium is not installed (.ci/run installs it); skipping the browser test")
	}
	profile := t.TempDir()
	cmd := exec.CommandContext(ctx, bin, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
		"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir="+profile, "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0")
	cmd.Args = append(append(cmd.Args, flags...), pageURL)
	cmd.Stdout, cmd.Stderr = io.Discard, io.Discard
	if err := cmd.Start(); err != nil {
		t.Fatalf("starting chromium: %v", err)
	}
	b := &browser{cmd: cmd}
	t.Cleanup(b.close)
	port := waitFor(t, ctx, "chromium's DevToolsActivePort", func() (string, bool) {
		data, err := os.ReadFile(filepath.Join(profile, "DevToolsActivePort"))
		port, _, _ := strings.Cut(string(data), "\n")
		return port, err == nil && port != ""
	})
	ws := waitFor(t, ctx, "the page's DevTools target", func() (string, bool) {
		return pageTarget(ctx, port, pageURL)
	})
	if err := b.dial(ctx, ws); err != nil {
		t.Fatalf("DevTools websocket: %v", err)
	}
	return b
}

func (b *browser) close() {
	if b.conn != nil {
		b.conn.Close()
	}
	if b.cmd.Process != nil {
		b.cmd.Process.Kill() //nolint:errcheck // it may have exited
		b.cmd.Wait()         //nolint:errcheck // killed on purpose
	}
}

// pageTarget finds the DevTools websocket of the tab showing pageURL.
func pageTarget(ctx context.Context, port, pageURL string) (string, bool) {
	req, _ := http.NewRequestWithContext(ctx, "GET", "http://127.0.0.1:"+port+"/json/list", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", false
	}
	defer resp.Body.Close()
	var targets []struct{ Type, URL, WebSocketDebuggerURL string }
	if json.NewDecoder(resp.Body).Decode(&targets) != nil {
		return "", false
	}
	for _, tg := range targets {
		if tg.Type == "page" && strings.HasPrefix(tg.URL, pageURL) && tg.WebSocketDebuggerURL != "" {
			return tg.WebSocketDebuggerURL, true
		}
	}
	return "", false
}

// waitFor polls f every 50 ms until it is done or ctx ends.
func waitFor[T any](t *testing.T, ctx context.Context, what string, f func() (T, bool)) T {
	t.Helper()
	for {
		if v, ok := f(); ok {
			return v
		}
		select {
		case <-ctx.Done():
			t.Fatalf("timed out waiting for %s", what)
		case <-time.After(50 * time.Millisecond):
		}
	}
}

func (b *browser) dial(ctx context.Context, wsURL string) error {
	u, err := url.Parse(wsURL)
	if err != nil {
		return err
	}
	var d net.Dialer
	conn, err := d.DialContext(ctx, "tcp", u.Host)
	if err != nil {
		return err
	}
	var key [16]byte
	rand.Read(key[:])
	fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: %s\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"+
		"Sec-WebSocket-Key: %s\r\nSec-WebSocket-Version: 13\r\n\r\n", u.RequestURI(), u.Host, base64.StdEncoding.EncodeToString(key[:]))
	b.conn, b.rd = conn, bufio.NewReader(conn)
	resp, err := http.ReadResponse(b.rd, nil)
	if err != nil {
		return err
	}
	if resp.StatusCode != http.StatusSwitchingProtocols {
		return fmt.Errorf("websocket handshake: %s", resp.Status)
	}
	return nil
}

// eval runs a JavaScript expression in the page and returns its value as a
// string.
func (b *browser) eval(expr string) (string, error) {
	res, err := b.call("Runtime.evaluate", map[string]any{"expression": expr, "returnByValue": true})
	if err != nil {
		return "", err
	}
	var r struct{ Result struct{ Value any } }
	if err := json.Unmarshal(res, &r); err != nil {
		return "", err
	}
	return fmt.Sprint(r.Result.Value), nil
}

// call sends one DevTools command and returns its result.
func (b *browser) call(method string, params map[string]any) (json.RawMessage, error) {
	b.id++
	msg, _ := json.Marshal(map[string]any{"id": b.id, "method": method, "params": params})
	b.conn.SetDeadline(time.Now().Add(20 * time.Second)) //nolint:errcheck // a failed deadline shows as a read error
	if err := b.writeFrame(msg); err != nil {
		return nil, err
	}
	for {
		data, err := b.readMessage()
		if err != nil {
			return nil, err
		}
		var reply struct {
			ID     int
			Result json.RawMessage
			Error  *struct{ Message string }
		}
		if json.Unmarshal(data, &reply) != nil || reply.ID != b.id {
			continue // an event, or another reply
		}
		if reply.Error != nil {
			return nil, errors.New(reply.Error.Message)
		}
		return reply.Result, nil
	}
}

// writeFrame sends one masked text frame, as a client must.
func (b *browser) writeFrame(p []byte) error {
	hdr := []byte{0x81}
	switch n := len(p); {
	case n < 126:
		hdr = append(hdr, 0x80|byte(n))
	case n <= 0xffff:
		hdr = append(hdr, 0x80|126, byte(n>>8), byte(n))
	default:
		hdr = binary.BigEndian.AppendUint64(append(hdr, 0x80|127), uint64(n))
	}
	var mask [4]byte
	rand.Read(mask[:])
	hdr = append(hdr, mask[:]...)
	body := make([]byte, len(p))
	for i := range p {
		body[i] = p[i] ^ mask[i%4]
	}
	_, err := b.conn.Write(append(hdr, body...))
	return err
}

// readMessage reads one whole message, joining fragments.
func (b *browser) readMessage() ([]byte, error) {
	var msg []byte
	for {
		var h [2]byte
		if _, err := io.ReadFull(b.rd, h[:]); err != nil {
			return nil, err
		}
		n := uint64(h[1] & 0x7f)
		switch n {
		case 126:
			var e [2]byte
			if _, err := io.ReadFull(b.rd, e[:]); err != nil {
				return nil, err
			}
			n = uint64(binary.BigEndian.Uint16(e[:]))
		case 127:
			var e [8]byte
			if _, err := io.ReadFull(b.rd, e[:]); err != nil {
				return nil, err
			}
			n = binary.BigEndian.Uint64(e[:])
		}
		if n > 64<<20 {
			return nil, errors.New("websocket frame too large: " + strconv.FormatUint(n, 10))
		}
		p := make([]byte, n)
		if _, err := io.ReadFull(b.rd, p); err != nil {
			return nil, err
		}
		switch h[0] & 0x0f {
		case 0x8:
			return nil, errors.New("websocket closed")
		case 0x9, 0xa: // ping, pong: Chrome does not need an answer here
			continue
		}
		msg = append(msg, p...)
		if h[0]&0x80 != 0 {
			return msg, nil
		}
	}
}
