package main

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// svgPaths returns the path data of every visible element of one icon,
// shapes (circle, ellipse, rect, line, polyline, polygon) written as paths.
// Tabler's invisible bounding square (stroke="none") is left out.
func svgPaths(data []byte) ([]string, error) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	var out []string
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		el, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		a := attrs(el)
		if el.Name.Local == "title" || el.Name.Local == "desc" {
			if err := dec.Skip(); err != nil {
				return nil, err
			}
			continue
		}
		if el.Name.Local == "svg" {
			if vb := a["viewBox"]; vb != "0 0 24 24" {
				return nil, fmt.Errorf("viewBox %q, want \"0 0 24 24\"", vb)
			}
			continue
		}
		if a["stroke"] == "none" {
			continue
		}
		d, err := pathData(el.Name.Local, a)
		if err != nil {
			return nil, err
		}
		if a["fill"] == "currentColor" {
			d = "*" + d
		}
		out = append(out, d)
	}
	if len(out) == 0 {
		return nil, errors.New("no visible path")
	}
	return out, nil
}

func attrs(el xml.StartElement) map[string]string {
	m := map[string]string{}
	for _, a := range el.Attr {
		m[a.Name.Local] = a.Value
	}
	return m
}

// pathData writes one element as SVG path data.
func pathData(name string, a map[string]string) (string, error) {
	num := func(k string) float64 {
		v, _ := strconv.ParseFloat(a[k], 64) // a missing attribute is 0, as in SVG
		return v
	}
	switch name {
	case "path":
		d := strings.Join(strings.Fields(a["d"]), " ")
		if d == "" {
			return "", errors.New("a path without d")
		}
		return d, nil
	case "circle":
		return ellipse(num("cx"), num("cy"), num("r"), num("r")), nil
	case "ellipse":
		return ellipse(num("cx"), num("cy"), num("rx"), num("ry")), nil
	case "rect":
		return rect(num("x"), num("y"), num("width"), num("height"), num("rx"), num("ry")), nil
	case "line":
		return "M" + pt(num("x1"), num("y1")) + "L" + pt(num("x2"), num("y2")), nil
	case "polyline", "polygon":
		f := strings.FieldsFunc(a["points"], func(r rune) bool { return r == ',' || r == ' ' })
		if len(f) < 4 || len(f)%2 != 0 {
			return "", fmt.Errorf("%s points %q", name, a["points"])
		}
		d := "M" + f[0] + " " + f[1] + "L" + strings.Join(f[2:], " ")
		if name == "polygon" {
			d += "Z"
		}
		return d, nil
	}
	return "", fmt.Errorf("unsupported element <%s>", name)
}

func ellipse(cx, cy, rx, ry float64) string {
	arc := "a" + pt(rx, ry) + " 0 1 0 "
	return "M" + pt(cx-rx, cy) + arc + pt(2*rx, 0) + arc + pt(-2*rx, 0)
}

func rect(x, y, w, h, rx, ry float64) string {
	if rx == 0 {
		rx = ry
	}
	if ry == 0 {
		ry = rx
	}
	rx, ry = min(rx, w/2), min(ry, h/2)
	if rx == 0 {
		return "M" + pt(x, y) + "h" + n(w) + "v" + n(h) + "h" + n(-w) + "Z"
	}
	c := func(dx, dy float64) string { return "a" + pt(rx, ry) + " 0 0 1 " + pt(dx, dy) }
	return "M" + pt(x+rx, y) + "h" + n(w-2*rx) + c(rx, ry) + "v" + n(h-2*ry) + c(-rx, ry) +
		"h" + n(2*rx-w) + c(-rx, -ry) + "v" + n(2*ry-h) + c(rx, -ry) + "Z"
}

func pt(x, y float64) string { return n(x) + " " + n(y) }

func n(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
