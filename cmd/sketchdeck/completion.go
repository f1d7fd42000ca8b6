package main

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"github.com/spf13/pflag"
)

// completionUsage is the --help text of "sketchdeck completion".
const completionUsage = `Usage: sketchdeck completion bash|zsh|fish

Prints the shell completion script of sketchdeck: commands, flags, diagram files,
themes, languages and diagram kinds. The script runs 'sketchdeck' (on PATH) to
complete. To load it:

  bash:  source <(sketchdeck completion bash)          (e.g. in ~/.bashrc)
  zsh:   source <(sketchdeck completion zsh)           (after compinit, e.g. in ~/.zshrc)
  fish:  sketchdeck completion fish | source           (or save it as
         ~/.config/fish/completions/sketchdeck.fish)`

// runCompletion prints the completion script of a shell.
func runCompletion(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := pflag.NewFlagSet("completion", pflag.ContinueOnError)
	if code, ok := parseFlags(fs, args, completionUsage, stdout, stderr); !ok {
		return code
	}
	shells := slices.Sorted(maps.Keys(completionScripts))
	if fs.NArg() != 1 {
		return usageError(fs, fmt.Errorf("name one shell: %s", strings.Join(shells, ", ")), stderr)
	}
	script, ok := completionScripts[fs.Arg(0)]
	if !ok {
		return usageError(fs, fmt.Errorf("no completion for shell %q; shells: %s", fs.Arg(0), strings.Join(shells, ", ")), stderr)
	}
	fmt.Fprint(stdout, script)
	return exitOK
}

// completionScripts are the scripts of each shell. Each one hands the
// words typed so far to "sketchdeck __complete" and offers what it
// prints, or, for the directives :files and :dirs, the shell's own file
// or folder names.
var completionScripts = map[string]string{
	"bash": `# bash completion for sketchdeck: source <(sketchdeck completion bash)
_sketchdeck() {
    local cur="${COMP_WORDS[COMP_CWORD]}" IFS=$'\n'
    local out
    out=$(sketchdeck __complete "${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null)
    case "$out" in
    :files) COMPREPLY=($(compgen -f -- "$cur")) ;;
    :dirs) COMPREPLY=($(compgen -d -- "$cur")) ;;
    *) COMPREPLY=($(compgen -W "$out" -- "$cur")) ;;
    esac
    # A folder is completed further: no space after its slash.
    if [[ ${#COMPREPLY[@]} -eq 1 && ${COMPREPLY[0]} == */ ]]; then
        compopt -o nospace 2>/dev/null
    fi
    return 0
}
complete -o default -F _sketchdeck sketchdeck
`,
	"zsh": `#compdef sketchdeck
# zsh completion for sketchdeck: source <(sketchdeck completion zsh)
_sketchdeck() {
    local -a out dirs words_
    out=("${(@f)$(sketchdeck __complete "${(@)words[2,CURRENT]}" 2>/dev/null)}")
    case "${out[1]}" in
    :files) _files ;;
    :dirs) _files -/ ;;
    *)
        dirs=(${(M)out:#*/})
        words_=(${out:#*/})
        (( ${#words_} )) && compadd -- "${words_[@]}"
        (( ${#dirs} )) && compadd -S '' -- "${dirs[@]}"
        ;;
    esac
}
if (( $+functions[compdef] )); then
    compdef _sketchdeck sketchdeck
fi
`,
	"fish": `# fish completion for sketchdeck: sketchdeck completion fish | source
function __sketchdeck_complete
    set -l words (commandline -opc)
    set -e words[1]
    set -l cur (commandline -ct)
    set -l out (sketchdeck __complete $words "$cur" 2>/dev/null)
    switch "$out[1]"
        case :files
            __fish_complete_path (commandline -ct)
        case :dirs
            __fish_complete_directories (commandline -ct)
        case '*'
            printf '%s\n' $out
    end
end
complete -c sketchdeck -f -a '(__sketchdeck_complete)'
`,
}
