package theme

import "testing"

func TestDarkColor(t *testing.T) {
	tests := []struct{ in, want string }{
		{"#000000", "#ededed"},
		{"#ffffff", "#121212"},
		{"#fff", "#121212"},
		{"#a5d8ff", "#154163"}, // a pastel blue fill becomes a deep blue
		{"#228be6", "#3791df"}, // a strong blue stays blue
		{"#fa5252", "#fa6969"},
		{"#00000080", "#ededed80"},
		{"none", "none"},
		{"", ""},
		{"#12", "#12"},
	}
	for _, tc := range tests {
		if got := DarkColor(tc.in); got != tc.want {
			t.Errorf("DarkColor(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestSchemeErrors(t *testing.T) {
	_, err := Parse("t.toml", []byte(`color_scheme = "night"`))
	want := `t.toml:1:1: unknown color_scheme "night": valid choices are light, dark, auto`
	if err == nil || err.Error() != want {
		t.Errorf("got %v\nwant %s", err, want)
	}
}

func TestExtends(t *testing.T) {
	th, err := Parse("t.toml", []byte("extends = \"dark\"\nroughness = 0\n"))
	if err != nil {
		t.Fatal(err)
	}
	if th.Scheme() != Dark || th.Roughness != 0 {
		t.Errorf("extends dark: scheme %v, roughness %v", th.Scheme(), th.Roughness)
	}
	dark, err := Load("dark")
	if err != nil {
		t.Fatal(err)
	}
	if th.Hash == dark.Hash {
		t.Error("the extending theme has its base's hash")
	}
	_, err = Parse("t.toml", []byte("\nextends = \"night\"\n"))
	want := `t.toml:2:1: extends: unknown theme "night": shipped themes are auto, clean, dark, default, excalidraw`
	if err == nil || err.Error() != want {
		t.Errorf("got %v\nwant %s", err, want)
	}
}
