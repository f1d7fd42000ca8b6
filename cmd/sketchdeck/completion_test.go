package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestHelpCommand: "sketchdeck help COMMAND" prints what "COMMAND --help"
// does, for every command; a wrong one is a usage error.
func TestHelpCommand(t *testing.T) {
	for _, c := range commands() {
		if c.run == nil {
			continue
		}
		code, out, errs := runCLI(t, "", "help", c.name)
		_, want, _ := runCLI(t, "", c.name, "--help")
		if code != exitOK || out != want || errs != "" || !strings.Contains(out, "sketchdeck "+c.name) {
			t.Errorf("help %s: exit %d, stdout\n%s\nwant\n%s\nstderr %s", c.name, code, out, want, errs)
		}
	}
	for _, args := range [][]string{{"help"}, {"help", "help"}, {"--help"}} {
		if code, out, _ := runCLI(t, "", args...); code != exitOK || !strings.Contains(out, "Commands:") {
			t.Errorf("%v: exit %d, %s", args, code, out)
		}
	}
	if code, _, errs := runCLI(t, "", "help", "nope"); code != exitUsage || !strings.HasPrefix(errs, "sketchdeck help: unknown command \"nope\"\n") {
		t.Errorf("help nope: exit %d, %s", code, errs)
	}
	if code, _, errs := runCLI(t, "", "help", "build", "lint"); code != exitUsage || errs != "sketchdeck help: one command at a time: 'sketchdeck help build'\n" {
		t.Errorf("help build lint: exit %d, %s", code, errs)
	}
}

func TestVersion(t *testing.T) {
	code, out, _ := runCLI(t, "", "--version")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != exitOK || len(lines) != 3 || !strings.HasPrefix(lines[0], "sketchdeck ") ||
		lines[1] != "Graphviz 12.1.2 (github.com/goccy/go-graphviz v0.2.10, WebAssembly)" || !strings.HasPrefix(lines[2], "go1.") {
		t.Errorf("--version: exit %d:\n%s", code, out)
	}
}

// TestComplete covers what the completion scripts ask "__complete" for.
func TestComplete(t *testing.T) {
	dir, _ := langDir(t)
	write(t, filepath.Join(dir, "diagrams", "cdn.toml"), "")
	write(t, filepath.Join(dir, "diagrams", "ci.gv"), "")
	write(t, filepath.Join(dir, "diagrams", "README.md"), "")
	t.Chdir(dir)
	for _, c := range []struct{ line, want string }{
		{"", "build check serve lint new parts icons convert import schema i18n completion help --help --version"},
		{"b", "build"},
		{"help ch", "check"},
		{"completion ", "bash fish zsh"},
		{"build --th", "--theme"},
		{"build --f", "--force --format"},
		{"build --format ", "svg png pdf excalidraw"},
		{"build --format svg,p", "svg,png svg,pdf"},
		{"new x -", "--dir --force --kind --help"},
		{"build --theme ", "auto clean dark default excalidraw"},
		{"build --text o", "outlines"},
		{"build --graphviz ", "wasm native"},
		{"import --as g", "graph"},
		{"build --theme my/", ":files"},
		{"build --lang ", "en en-XA all fr"},
		{"build -o ", ":dirs"},
		{"import -o ", ":files"},
		{"convert --out ", ":files"},
		{"schema -o ", ":files"},
		{"import ", ":files"},
		{"convert ", ":files"},
		{"check --deck ", ":files"},
		{"new x --kind m", "mindmap"},
		{"build ", "diagrams/"},
		{"build diagrams/c", "diagrams/cache.toml diagrams/cdn.toml diagrams/ci.gv"},
		{"lint --lang all diagrams/", "diagrams/cache.toml diagrams/cdn.toml diagrams/ci.gv diagrams/locales/"},
		{"i18n ", "check export extract import init"},
		{"i18n --lang fr ex", "export extract"},
		{"i18n extract diagrams/ca", "diagrams/cache.toml"},
		{"nope ", ""},
	} {
		words := strings.Split(c.line, " ")
		_, out, _ := runCLI(t, "", append([]string{completeCommand}, words...)...)
		if got := strings.Join(strings.Fields(out), " "); got != c.want {
			t.Errorf("complete %q = %q, want %q", c.line, got, c.want)
		}
	}
}

// shellRun runs script in a shell (bash, zsh or fish, with its args) in a
// deck's folder, with this test binary as the sketchdeck on PATH, and
// returns what it printed; the test is skipped when the shell is not
// installed.
func shellRun(t *testing.T, shell string, args []string, script string) string {
	t.Helper()
	bin, err := exec.LookPath(shell)
	if err != nil {
		t.Skipf("no %s", shell)
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	path := t.TempDir()
	if err := os.Symlink(exe, filepath.Join(path, "sketchdeck")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	dir, _ := langDir(t)
	cmd := exec.Command(bin, append(args, script)...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), cliEnv+"=1", "PATH="+path+string(os.PathListSeparator)+os.Getenv("PATH"))
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%s: %v\n%s", shell, err, out)
	}
	return string(out)
}

// TestBashCompletion loads "sketchdeck completion bash" in bash and
// completes command lines as bash does on Tab (COMP_WORDS, COMP_CWORD).
func TestBashCompletion(t *testing.T) {
	script := `source <(sketchdeck completion bash) || exit 1
complete -p sketchdeck
try() { COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); COMPREPLY=(); _sketchdeck; echo "$*: ${COMPREPLY[*]}"; }
try sketchdeck bu
try sketchdeck build --lan
try sketchdeck build --lang ''
try sketchdeck build --theme ''
try sketchdeck build diagrams/c
try sketchdeck build -o di
`
	want := `complete -o default -F _sketchdeck sketchdeck
sketchdeck bu: build
sketchdeck build --lan: --lang
sketchdeck build --lang : en en-XA all fr
sketchdeck build --theme : auto clean dark default excalidraw
sketchdeck build diagrams/c: diagrams/cache.toml
sketchdeck build -o di: diagrams
`
	if out := shellRun(t, "bash", []string{"--norc", "--noprofile", "-c"}, script); out != want {
		t.Errorf("bash completion:\n%s\nwant:\n%s", out, want)
	}
}

// TestZshCompletion loads the zsh script and runs its function as the
// completion system would (words, CURRENT), with compadd and _files
// replaced by functions that print what they are given.
func TestZshCompletion(t *testing.T) {
	script := `source <(sketchdeck completion zsh) || exit 1
compadd() { print -r -- "compadd $*" }
_files() { print -r -- "_files $*" }
try() { words=("$@"); CURRENT=$#; _sketchdeck }
try sketchdeck bu
try sketchdeck build --lang ''
try sketchdeck build diagrams/ca
try sketchdeck build ''
try sketchdeck build -o ''
`
	want := `compadd -- build
compadd -- en en-XA all fr
compadd -- diagrams/cache.toml
compadd -S  -- diagrams/
_files -/
`
	if out := shellRun(t, "zsh", []string{"-f", "-c"}, script); out != want {
		t.Errorf("zsh completion:\n%s\nwant:\n%s", out, want)
	}
}

// TestFishCompletion loads the fish script and asks fish what it
// completes (complete -C).
func TestFishCompletion(t *testing.T) {
	script := `sketchdeck completion fish | source
complete -C "sketchdeck bu"
complete -C "sketchdeck build --lang "
complete -C "sketchdeck build diagrams/ca"
complete -C "sketchdeck build --th"
`
	want := "build\nall\nen\nen-XA\nfr\ndiagrams/cache.toml\n--theme\n"
	if out := shellRun(t, "fish", []string{"--no-config", "-c"}, script); out != want {
		t.Errorf("fish completion:\n%s\nwant:\n%s", out, want)
	}
}
