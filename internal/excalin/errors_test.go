package excalin

import (
	"errors"
	"testing"
)

// png1 is a 1×1 PNG as a data: URL.
const png1 = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="

// TestImportErrors checks the whole message of each mistake a scene can
// hold: at its line and column, naming the element and the field.
func TestImportErrors(t *testing.T) {
	for _, tc := range []struct{ name, scene, want string }{
		{"syntax", "{\"type\":\"excalidraw\",\n \"elements\":[\n  {\"type\":\"rectangle\",}\n]}",
			`3:23: the JSON is malformed: invalid character '}' looking for beginning of object key string`},
		{"truncated", "{\"type\":\"excalidraw\",\"elements\":[",
			`1:34: the JSON is malformed: unexpected end of JSON input`},
		{"not an object", `[1, 2]`,
			`1:1: the scene is an array, not an object`},
		{"other type", `{"type":"tldraw","elements":[]}`,
			`1:9: not an Excalidraw scene: its type is "tldraw", not "excalidraw" (or "excalidraw/clipboard", what Excalidraw copies)`},
		{"no elements", `{"type":"excalidraw"}`,
			`1:1: not an Excalidraw scene: it has no "elements" list`},
		{"elements not a list", `{"type":"excalidraw","elements":{}}`,
			`1:33: the scene: "elements" is an object, not an array`},
		{"x a string", "{\"elements\":[\n{\"id\":\"box1\",\"type\":\"rectangle\",\n  \"x\": \"12\"}]}",
			`3:8: element "box1" (rectangle): "x" is a string, not a number`},
		{"points", `{"elements":[{"id":"l","type":"line","points":[[0,0],[1,"a"]]}]}`,
			`1:47: element "l" (line): "points" is a string, not a number`},
		{"no id", `{"elements":[{"type":"text","text":5}]}`,
			`1:36: element 0 (text): "text" is a number, not a string`},
		{"element not an object", `{"elements":[{"type":"text"}, 7]}`,
			`1:31: element 1 is a number, not an object`},
		{"no type", `{"elements":[{"id":"a"}]}`,
			`1:14: element "a" has no "type"`},
		{"opacity", `{"elements":[{"id":"a","type":"ellipse","opacity":150}]}`,
			`1:51: element "a" (ellipse): opacity is 150; Excalidraw's opacity is from 0 to 100`},
		{"roughness", `{"elements":[{"id":"a","type":"ellipse","roughness":-1}]}`,
			`1:53: element "a" (ellipse): roughness is -1; it must be from 0 to 10 (Excalidraw's are 0, 1 and 2)`},
		{"huge x", `{"elements":[{"id":"a","type":"ellipse","x":1e400}]}`,
			`1:45: element "a" (ellipse): "x" is 1e400, too large a number`},
		{"css colour", `{"elements":[{"id":"a","type":"ellipse","strokeColor":"red"}]}`,
			`1:55: element "a" (ellipse): strokeColor "red" is not a colour a drawing reads: write it as #rrggbb (or #rgb, #rrggbbaa) or transparent`},
		{"rgb colour", `{"elements":[{"id":"a","type":"rectangle","backgroundColor":"rgb(1,2,3)"}]}`,
			`1:61: element "a" (rectangle): backgroundColor "rgb(1,2,3)" is not a colour a drawing reads: write it as #rrggbb (or #rgb, #rrggbbaa) or transparent`},
		{"stroke style", `{"elements":[{"id":"a","type":"rectangle","strokeStyle":"wavy"}]}`,
			`1:57: element "a" (rectangle): unknown strokeStyle "wavy": valid choices are "solid", "dashed" or "dotted"`},
		{"fill style", `{"elements":[{"id":"a","type":"diamond","fillStyle":"dots"}]}`,
			`1:53: element "a" (diamond): unknown fillStyle "dots": valid choices are "hachure", "cross-hatch", "solid" or "zigzag"`},
		{"arrow of one point", `{"elements":[{"id":"a","type":"arrow","points":[[0,0]]}]}`,
			`1:48: element "a" (arrow): it needs at least 2 points, not 1`},
		{"line without points", `{"elements":[{"id":"a","type":"line"}]}`,
			`1:14: element "a" (line): it needs at least 2 points, not 0`},
		{"negative width", `{"elements":[{"id":"a","type":"rectangle","width":-10,"height":5}]}`,
			`1:51: element "a" (rectangle): width is -10; it cannot be negative`},
		{"point of three", `{"elements":[{"id":"a","type":"line","points":[[0,0,0]]}]}`,
			`1:47: element "a" (line): points[0] has 3 numbers; a point is [x, y]`},
		{"missing file", `{"elements":[{"id":"i","type":"image","fileId":"f1"}]}`,
			`1:48: element "i" (image): its picture, file "f1", is not in the scene's "files"`},
		{"bad data URL", `{"elements":[{"id":"i","type":"image","fileId":"f1"}],"files":{"f1":{"dataURL":"http://x/y.png"}}}`,
			`1:80: file "f1" (shown by element "i" (image)): its dataURL is not a data: URL`},
		{"gif", `{"elements":[{"id":"i","type":"image","fileId":"f1"}],"files":{"f1":{"dataURL":"data:image/gif;base64,R0lG"}}}`,
			`1:80: file "f1" (shown by element "i" (image)): the picture is image/gif; a drawing shows PNG, JPEG and SVG pictures: convert it to one of them in Excalidraw's scene`},
		{"broken base64", `{"elements":[{"id":"i","type":"image","fileId":"f1"}],"files":{"f1":{"dataURL":"data:image/png;base64,@@"}}}`,
			`1:80: file "f1" (shown by element "i" (image)): its dataURL's base64 is broken: illegal base64 data at input byte 0`},
		{"file not an object", `{"elements":[],"files":{"f1":3}}`,
			`1:30: file "f1" is a number, not an object`},
		{"pictures without a name", `{"elements":[{"id":"i","type":"image","fileId":"f1"}],"files":{"f1":{"dataURL":"` + png1 + `"}}}`,
			`1:14: element "i" (image): a drawing shows a picture from a file, and no file name was given for the scene's pictures`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ImportScene([]byte(tc.scene), Options{Title: "t"})
			if err == nil {
				t.Fatalf("no error; want %s", tc.want)
			}
			if err.Error() != tc.want {
				t.Errorf("got  %s\nwant %s", err, tc.want)
			}
			var pe *Error
			if !errors.As(err, &pe) {
				t.Errorf("%T is not an *Error", err)
			}
		})
	}
	_, err := ImportScene([]byte(`{"elements":[{"id":"i","type":"image","fileId":"f1"}],"files":{"f1":{"dataURL":"`+png1+`"}}}`), Options{})
	if !errors.Is(err, ErrPictures) {
		t.Errorf("a scene with pictures and no file name: %v is not ErrPictures", err)
	}
}

// TestNothingToDraw: a scene whose every element is left out says why.
func TestNothingToDraw(t *testing.T) {
	for scene, want := range map[string]string{
		`{"elements":[]}`: "the scene has no elements to draw",
		`{"elements":[{"id":"b","type":"blob"},{"id":"s","type":"sticker"}]}`: `the scene has no elements to draw: element "b" (blob) has no sketchdeck equal and is left out; element "s" (sticker) has no sketchdeck equal and is left out`,
	} {
		if _, err := ImportScene([]byte(scene), Options{Title: "t"}); err == nil || err.Error() != want {
			t.Errorf("%s: error %v, want %s", scene, err, want)
		}
	}
}
