package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sketchdeck/sketchdeck/internal/cache"
	"github.com/sketchdeck/sketchdeck/internal/graphviz/workertest"
)

// generateSection is the README's section on go generate.
const generateSection = "## From your slides repository: `go generate`"

// readmeBlocks returns the fenced blocks of a README section by their
// language (sh, go, gitignore), in order.
func readmeBlocks(t *testing.T, section string) map[string][]string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, text, ok := strings.Cut(string(data), "\n"+section+"\n")
	if !ok {
		t.Fatalf("README.md has no %q section", section)
	}
	text, _, _ = strings.Cut(text, "\n## ")
	blocks := map[string][]string{}
	for {
		_, rest, ok := strings.Cut(text, "\n```")
		if !ok {
			return blocks
		}
		lang, rest, _ := strings.Cut(rest, "\n")
		body, after, ok := strings.Cut(rest, "\n```\n")
		if !ok {
			t.Fatalf("README.md: an unclosed %s block in %q", lang, section)
		}
		blocks[lang] = append(blocks[lang], body)
		text = after
	}
}

// goEnv is the environment of the go command in a slides module: offline
// (GOPROXY=off, every module from this checkout's module cache, GOSUMDB
// off as nothing can be looked up) and with no GOFLAGS, neither from the
// environment nor from the go env file, which is ignored (GOENV=off): the
// README's commands must need none. The caches are this machine's.
func goEnv(t *testing.T, goBin string) []string {
	t.Helper()
	out, err := exec.Command(goBin, "env", "GOMODCACHE", "GOCACHE", "GOPATH").Output()
	if err != nil {
		t.Fatalf("go env: %v", err)
	}
	dirs := strings.Split(strings.TrimSpace(string(out)), "\n")
	var env []string
	for _, kv := range workertest.Environ() {
		if !strings.HasPrefix(kv, "GOFLAGS=") && !strings.HasPrefix(kv, "GOENV=") {
			env = append(env, kv)
		}
	}
	return append(env, "GOENV=off", "GOPROXY=off", "GOSUMDB=off", "GOWORK=off", "GOTOOLCHAIN=local",
		"GOMODCACHE="+dirs[0], "GOCACHE="+dirs[1], "GOPATH="+dirs[2])
}

// TestGoGenerate does what the README says a slides repository does, in a
// module of its own outside this one with this checkout as ../sketchdeck:
// go mod edit -replace and go get -tool as written, the //go:generate
// line as written, go generate ./... and go mod tidy, offline and with no
// GOFLAGS. The images are those of a plain build, the module's go line is
// not rewritten, tidy keeps the tools, and the build's record is where the
// README's .gitignore line says.
func TestGoGenerate(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("-short: skipping the go generate round trip")
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("the go command is not on PATH; skipping the go generate round trip")
	}
	blocks := readmeBlocks(t, generateSection)
	if len(blocks["sh"]) != 2 || len(blocks["go"]) != 1 || len(blocks["gitignore"]) != 1 {
		t.Fatalf("the README's go generate section has %d sh, %d go, %d gitignore blocks; want 2, 1, 1", len(blocks["sh"]), len(blocks["go"]), len(blocks["gitignore"]))
	}
	checkout, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	root := t.TempDir()
	if err := os.Symlink(checkout, filepath.Join(root, "sketchdeck")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	dir := filepath.Join(root, "slides")
	const goMod = "module example.com/slides\n\ngo 1.24.0\n"
	writeFile(t, filepath.Join(dir, "go.mod"), goMod)
	writeFile(t, filepath.Join(dir, "slides.go"), "// Package slides holds the talk's diagrams.\npackage slides\n\n"+blocks["go"][0]+"\n")
	for _, name := range []string{"cache.toml", "mindmap.toml"} {
		data, err := os.ReadFile(filepath.Join(checkout, "diagrams", name))
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(dir, "diagrams", name), string(data))
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	env := goEnv(t, goBin)
	goCmd := func(line string) string {
		t.Helper()
		args := strings.Fields(line)
		if args[0] != "go" {
			t.Fatalf("README: %q is not a go command", line)
		}
		cmd := exec.CommandContext(ctx, goBin, args[1:]...)
		cmd.Dir, cmd.Env = dir, env
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%s: %v\n%s", line, err, out)
		}
		return string(out)
	}
	for _, line := range strings.Split(blocks["sh"][1], "\n") {
		goCmd(line)
	}
	if out := goCmd("go generate ./..."); !strings.Contains(out, "2 rebuilt") {
		t.Errorf("go generate: %s", out)
	}
	goCmd("go mod tidy")
	mod, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	tools := "\ntool (\n\tgithub.com/sketchdeck/sketchdeck/cmd/sketchdeck\n\tgithub.com/sketchdeck/sketchdeck/cmd/sketchdeck-layout\n)\n"
	for _, want := range []string{goMod, tools, "\tgithub.com/sketchdeck/sketchdeck v0.0.0-"} {
		if !strings.Contains(string(mod), want) {
			t.Errorf("go.mod after go mod tidy lacks %q:\n%s", want, mod)
		}
	}
	if out := goCmd("go generate ./..."); !strings.Contains(out, "0 rebuilt, 2 up to date") {
		t.Errorf("go generate after tidy: %s", out)
	}
	// As a tool of another module, --version names the requirement.
	if out := goCmd("go tool sketchdeck --version"); !strings.HasPrefix(out, "sketchdeck (devel) (replaced by ../sketchdeck)\nGraphviz ") {
		t.Errorf("go tool sketchdeck --version: %s", out)
	}
	ref := t.TempDir()
	if code, _, errs := runCLI(t, "", "build", "--out", ref, filepath.Join(dir, "diagrams")); code != exitOK {
		t.Fatalf("build: %s", errs)
	}
	for _, name := range []string{"cache.svg", "mindmap.svg"} {
		got, err := os.ReadFile(filepath.Join(dir, "images", name))
		if err != nil {
			t.Fatalf("go generate wrote no %s: %v", name, err)
		}
		want, err := os.ReadFile(filepath.Join(ref, name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s from go generate differs from a plain build's", name)
		}
	}
	if blocks["gitignore"][0] != cache.FileName || !exists(filepath.Join(dir, "images", cache.FileName)) {
		t.Errorf("the README's .gitignore line %q does not name the build's record, images/%s", blocks["gitignore"][0], cache.FileName)
	}
}

func writeFile(t *testing.T, path, body string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
