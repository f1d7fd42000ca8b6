package excalin

import (
	"bytes"
	"compress/zlib"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"

	"github.com/sketchdeck/sketchdeck/internal/lazyre"
)

var svgPayload = lazyre.New(`(?s)<!-- payload-start -->\s*(.*?)\s*<!-- payload-end -->`)

// sceneJSON is the scene's JSON: data itself, or the scene an Excalidraw
// SVG export embeds (base64 between payload markers) or a PNG export
// carries (a tEXt chunk application/vnd.excalidraw+json).
func sceneJSON(data []byte) ([]byte, error) {
	switch {
	case bytes.HasPrefix(data, []byte("\x89PNG\r\n\x1a\n")):
		p, err := pngText(data, "application/vnd.excalidraw+json")
		if err != nil {
			return nil, err
		}
		return unwrap(p)
	case bytes.Contains(data[:min(len(data), 4096)], []byte("<svg")):
		m := svgPayload().FindSubmatch(data)
		if m == nil {
			return nil, fmt.Errorf("the SVG has no Excalidraw scene: export it with \"Embed scene\" on")
		}
		raw, err := base64.StdEncoding.DecodeString(string(bytes.Join(bytes.Fields(m[1]), nil)))
		if err != nil {
			return nil, fmt.Errorf("the SVG's embedded scene: %w", err)
		}
		return unwrap(raw)
	}
	return data, nil
}

// unwrap opens Excalidraw's envelope {"encoded": …, "compressed": …} (a
// byte string, zlib-compressed when compressed), or returns a bare scene.
func unwrap(p []byte) ([]byte, error) {
	var env struct {
		Encoded    *string `json:"encoded"`
		Compressed bool    `json:"compressed"`
	}
	if err := json.Unmarshal(p, &env); err != nil || env.Encoded == nil {
		return p, nil
	}
	b := make([]byte, 0, len(*env.Encoded))
	for _, r := range *env.Encoded { // a byte string: one char a byte
		b = append(b, byte(r))
	}
	if !env.Compressed {
		return b, nil
	}
	z, err := zlib.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("the embedded scene: %w", err)
	}
	out, err := io.ReadAll(io.LimitReader(z, 64<<20))
	if err != nil {
		return nil, fmt.Errorf("the embedded scene: %w", err)
	}
	return out, nil
}

// pngText is the text of the PNG's tEXt chunk with this keyword.
func pngText(data []byte, key string) ([]byte, error) {
	for i := 8; i+12 <= len(data); {
		n := int(uint32(data[i])<<24 | uint32(data[i+1])<<16 | uint32(data[i+2])<<8 | uint32(data[i+3]))
		typ := string(data[i+4 : i+8])
		if n < 0 || i+12+n > len(data) {
			break
		}
		body := data[i+8 : i+8+n]
		if typ == "tEXt" {
			if k, v, ok := bytes.Cut(body, []byte{0}); ok && string(k) == key {
				return v, nil
			}
		}
		i += 12 + n
	}
	return nil, fmt.Errorf("the PNG has no Excalidraw scene: export it with \"Embed scene\" on")
}
