#!/usr/bin/env bash
# bench-compare.sh: wall-clock figures for sketchdeck as a process, beside
# Graphviz's dot -Tsvg and D2's d2 --sketch on the same graphs. Prints
# Markdown tables (docs/PERFORMANCE.md holds a copy).
#
#   scripts/bench-compare.sh            # everything it can: skips dot or d2 if absent
#   RUNS=10 scripts/bench-compare.sh    # more runs per figure (median kept)
#   PER_DIAGRAM=0 scripts/bench-compare.sh  # the whole-deck figures only
#
# Needs: go, python3, GNU time (/usr/bin/time). For the comparison columns:
# dot (apt-get install -y graphviz) and d2, installed outside this module:
#   GOBIN=/tmp/d2bin go install oss.terrastruct.com/d2@latest; PATH=/tmp/d2bin:$PATH
#
# How each figure is taken:
#   warm    sketchdeck build --force --lang all diagrams, compile cache warm
#           and layout cache warm (OUT/.sketchdeck-layouts.json from the build
#           before: the repeat build, which starts no layout worker)
#           (outputs that come out the same are not rewritten: a repeat
#           build writes no file)
#   changed the same with every output changed: --seed alternating
#           between two values, so each SVG's bytes differ from the file
#           on disk and every file is written again (layout
#           cache warm: the seed changes the wobble, not the layout)
#   empty   the same with --no-layout-cache: every layout laid out again
#   cold    the same with XDG_CACHE_HOME (and TMPDIR) set to a fresh folder
#           and --no-layout-cache: go-graphviz's wazero compilation cache
#           (which the worker keeps in the user cache folder) and the layout
#           cache are empty, as on a fresh machine
#   no-op   sketchdeck build --lang all after a build: nothing changed
#   help    sketchdeck help (never starts Graphviz)
#   RSS     peak resident memory of sketchdeck and, separately, of its layout
#           worker (sketchdeck-layout), by GNU time; their sum bounds the total
#   dot     the DOT text sketchdeck sends to its layout worker, captured, run
#           through dot -K ENGINE -Tsvg (the engine each layout asked for:
#           dot, neato, twopi...), one process per layout (as a Makefile
#           would) and batched: one process per engine for every layout. The
#           worker client sends each distinct layout once, so the deck's
#           capture holds the distinct layouts
#   d2      the same graphs (nodes, edges, direction) as D2 text, d2 --sketch
#   many    MANY (500) small generated graph diagrams, each its own layout,
#           built with an empty layout cache and with a warm one: wall time
#           per diagram, and cores busy = CPU time (user + sys, the layout
#           workers included) / wall time, by GNU time
#   flat    FLAT (1500) such diagrams: sketchdeck's own peak RSS, by GNU
#           time, from a build with a warm layout cache (no worker runs, so
#           the figure is sketchdeck's alone); the build with an empty cache
#           is measured too, the worker's peak apart
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
MANY=${MANY:-500}
FLAT=${FLAT:-1500}
PER_DIAGRAM=${PER_DIAGRAM:-1}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bin=$work/bin
go build -o "$bin/" ./cmd/sketchdeck ./cmd/sketchdeck-layout

# median of the numbers on stdin
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# secs CMD...: wall seconds of one run, output discarded
secs() {
  local t0 t1
  t0=$(date +%s%N); "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; return 1; }; t1=$(date +%s%N)
  awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.3f\n", (b-a)/1e9}'
}
# runs N CMD...: median wall seconds over N runs
runs() { local n=$1; shift; for _ in $(seq "$n"); do secs "$@"; done | median; }
# spread N CMD...: "median (min–max)" wall seconds over N runs
spread() {
  local n=$1; shift
  for _ in $(seq "$n"); do secs "$@"; done | sort -n | awk '{a[NR]=$1} END {printf "%s (%s–%s)\n", a[int((NR+1)/2)], a[1], a[NR]}'
}
# verdict A OP B: "met" when A OP B holds (OP is <= or >=), else "not met"
verdict() { awk -v a="$1" -v b="$3" -v op="$2" 'BEGIN {ok = (op == "<=" ? a <= b : a >= b); print (ok ? "met" : "not met")}'; }
# coldrun CMD...: one run with an empty compile cache
coldrun() { local d; d=$(mktemp -d); XDG_CACHE_HOME=$d TMPDIR=$d secs "$@"; rm -rf "$d"; }

deck=(build --force --lang all --out "$work/out/{lang}" diagrams)
"$bin/sketchdeck" "${deck[@]}" >/dev/null # warms the compile cache, the layout cache and the disk
# Paired runs: each warm run (layout cache warm) next to an empty one.
: >"$work/warm.txt"; : >"$work/empty.txt"
for _ in $(seq "$RUNS"); do
  secs "$bin/sketchdeck" "${deck[@]}" >>"$work/warm.txt"
  secs "$bin/sketchdeck" "${deck[@]}" --no-layout-cache >>"$work/empty.txt"
done
"$bin/sketchdeck" "${deck[@]}" >/dev/null # leaves the layout cache whole
: >"$work/changed.txt"
for r in $(seq "$RUNS"); do
  secs "$bin/sketchdeck" "${deck[@]}" --seed $((7 + r % 2)) >>"$work/changed.txt"
done
"$bin/sketchdeck" "${deck[@]}" >/dev/null # the theme's seed again
range_of() { sort -n "$1" | awk '{a[NR]=$1} END {printf "%s (%s–%s)\n", a[int((NR+1)/2)], a[1], a[NR]}'; }
warm_spread=$(range_of "$work/warm.txt")
warm=${warm_spread%% *}
changed_spread=$(range_of "$work/changed.txt")
changed=${changed_spread%% *}
empty_spread=$(range_of "$work/empty.txt")
empty=${empty_spread%% *}
cold_all=$(for _ in $(seq "$RUNS"); do coldrun "$bin/sketchdeck" "${deck[@]}" --no-layout-cache; done | sort -n)
cold=$(echo "$cold_all" | median)
cold_spread="$cold ($(echo "$cold_all" | head -1)–$(echo "$cold_all" | tail -1))"
noop=$(runs "$RUNS" "$bin/sketchdeck" build --lang all --out "$work/out/{lang}" diagrams)
help=$(coldrun "$bin/sketchdeck" help)

# Peak RSS: sketchdeck under GNU time; the worker through a wrapper beside a
# copy of sketchdeck (it looks for sketchdeck-layout beside itself first).
mkdir -p "$work/rss"
cp "$bin/sketchdeck" "$work/rss/"
cat >"$work/rss/sketchdeck-layout" <<WRAP
#!/bin/sh
exec /usr/bin/time -q -a -f %M -o "$work/worker.rss" "$bin/sketchdeck-layout"
WRAP
chmod +x "$work/rss/sketchdeck-layout"
/usr/bin/time -f %M -o "$work/main.rss" "$work/rss/sketchdeck" "${deck[@]}" --no-layout-cache >/dev/null 2>&1
# GNU time reports the largest of a process and its children; the worker's own figure is separate.
main_rss=$(( $(tail -1 "$work/main.rss") / 1024 ))
# One line per layout worker (up to one per core): the largest, and the sum.
worker_rss=$(( $(sort -n "$work/worker.rss" | tail -1) / 1024 ))
workers_rss=$(( $(awk '{s += $1} END {print s}' "$work/worker.rss") / 1024 ))
workers=$(wc -l <"$work/worker.rss")

# Capture the DOT of every layout: per diagram (one process each, English)
# and for the whole deck (every language).
mkdir -p "$work/cap" "$work/dot"
cat >"$work/cap/sketchdeck-layout" <<WRAP
#!/bin/sh
tee -a "\$CAPTURE" | "$bin/sketchdeck-layout"
WRAP
chmod +x "$work/cap/sketchdeck-layout"
cp "$bin/sketchdeck" "$work/cap/"
CAPTURE=$work/deck.jsonl "$work/cap/sketchdeck" "${deck[@]}" --no-layout-cache >/dev/null
names=()
for f in diagrams/*.toml; do
  n=$(basename "$f" .toml)
  names+=("$n")
  : >"$work/cap-$n.jsonl"
  CAPTURE=$work/cap-$n.jsonl "$work/cap/sketchdeck" build --force --no-layout-cache --out "$work/one" "$f" >/dev/null
done
python3 - "$work" <<'PY'
import json, re, sys, glob, os
work = sys.argv[1]
def convert(path, stem):
    for i, line in enumerate(open(path)):
        req = json.loads(line)
        dot = req["dot"]
        # The engine is in the file name: STEM-I.ENGINE.dot.
        open(f"{work}/dot/{stem}-{i}.{req['engine']}.dot", "w").write(dot)
        # The same graph for D2: nodes, edges and direction.
        d2 = []
        m = re.search(r'rankdir="(\w+)"', dot)
        d2.append("direction: " + {"TB": "down", "BT": "up", "LR": "right", "RL": "left"}.get(m.group(1) if m else "TB", "down"))
        for n in re.findall(r'^(n\d+) \[', dot, re.M):
            d2.append(n)
        for a, b in re.findall(r'^(n\d+) -> (n\d+)', dot, re.M):
            d2.append(f"{a} -> {b}")
        open(f"{work}/dot/{stem}-{i}.d2", "w").write("\n".join(d2) + "\n")
convert(f"{work}/deck.jsonl", "deck")
for p in glob.glob(f"{work}/cap-*.jsonl"):
    convert(p, "one-" + os.path.basename(p)[4:-6])
PY

have_dot=$(command -v dot || true)
have_d2=$(command -v d2 || true)
# loop_secs GLOB CMD: wall seconds to run CMD on every file of GLOB, one process each
loop_secs() {
  local glob=$1; shift
  local t0 t1 f
  t0=$(date +%s%N)
  for f in $glob; do [ -e "$f" ] && "$@" "$f" >/dev/null 2>&1; done
  t1=$(date +%s%N)
  awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.3f\n", (b-a)/1e9}'
}
# count GLOB: how many files match
count() { local n=0 f; for f in $1; do [ -e "$f" ] && n=$((n + 1)); done; echo "$n"; }
# dotsvg FILE: lays FILE (STEM.ENGINE.dot) out with its engine
dotsvg() { local e; e=$(basename "$1" .dot); dot -K "${e##*.}" -Tsvg "$1" -o /dev/null; }
# dotbatch GLOB: wall seconds of one dot process per engine, each laying
# out every file of GLOB with that engine (-O writes FILE.svg beside each)
dotbatch() {
  local glob=$1 t0 t1 e files
  t0=$(date +%s%N)
  for e in dot neato twopi circo fdp sfdp osage patchwork; do
    files=()
    for f in $glob; do case $f in *."$e".dot) files+=("$f") ;; esac; done
    [ ${#files[@]} -gt 0 ] && dot -K "$e" -Tsvg -O "${files[@]}" >/dev/null 2>&1
  done
  t1=$(date +%s%N)
  awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.3f\n", (b-a)/1e9}'
}
d2sketch() { d2 --sketch "$1" "$1.svg"; }
graphs=$(count "$work/dot/deck-*.dot")
svgs=$(find "$work/out" -name '*.svg' | wc -l)
deck_dot=n/a; deck_batch=n/a; deck_d2=n/a
[ -n "$have_dot" ] && deck_dot=$(for _ in $(seq "$RUNS"); do loop_secs "$work/dot/deck-*.dot" dotsvg; done | median)
[ -n "$have_dot" ] && deck_batch=$(for _ in $(seq "$RUNS"); do dotbatch "$work/dot/deck-*.dot"; done | median)
[ -n "$have_d2" ] && deck_d2=$(loop_secs "$work/dot/deck-*.d2" d2sketch)

echo "## Whole deck: ${#names[@]} diagrams × $(count "$work/out/*") languages = $svgs SVGs ($graphs distinct Graphviz layouts); median of $RUNS runs"
echo
echo "Load average when run: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown) on $(nproc) cores."
echo
echo "| figure | seconds | target |"
echo "|---|---:|---|"
echo "| sketchdeck, warm compile cache, layouts cached by the build before (repeat build) | $warm_spread | ≤ batched dot |"
echo "| sketchdeck, warm compile cache, layouts cached, every output changed (--seed alternating: all 70 files written again) | $changed_spread | — |"
echo "| sketchdeck, warm compile cache, empty layout cache (--no-layout-cache) | $empty_spread | — |"
echo "| sketchdeck, cold compile cache and empty layout cache (fresh machine) | $cold_spread | ≤ 1.0 |"
echo "| sketchdeck, no-op rebuild | $noop | ≤ 0.1 |"
echo "| sketchdeck help, cold compile cache | $help | — |"
echo "| dot -K ENGINE -Tsvg, one process per layout ($graphs) | $deck_dot | — |"
echo "| dot -K ENGINE -Tsvg, batched: one process per engine ($graphs layouts) | $deck_batch | sketchdeck warm ≤ this |"
echo "| d2 --sketch, one process per layout ($graphs, 1 run) | $deck_d2 | — |"
if [ "$deck_dot" != n/a ]; then
  echo
  echo "sketchdeck (warm) is $(awk -v a="$deck_dot" -v b="$warm" 'BEGIN {printf "%.1f", a/b}')× faster than dot -Tsvg per layout."
  echo
  echo "Target 1, deck ≤ batched dot: sketchdeck (repeat build, layouts cached) / batched dot = $(awk -v a="$warm" -v b="$deck_batch" 'BEGIN {r=a/b; printf "%.2f: %s", r, (r <= 1.0 ? "met" : "not met")}');" \
    "with every output changed $(awk -v a="$changed" -v b="$deck_batch" 'BEGIN {printf "%.2f", a/b}'); with an empty layout cache $(awk -v a="$empty" -v b="$deck_batch" 'BEGIN {printf "%.2f", a/b}') (not the target's case, for comparison)."
fi
echo
echo "Target 6, cold start ≤ 1.0 s: $cold s: $(verdict "$cold" '<=' 1.0)."
echo
echo "Peak RSS (empty layout cache): sketchdeck $main_rss MiB, its $workers layout workers $worker_rss MiB at most each, together ≤ $((main_rss + workers_rss)) MiB (target ≤ 200 MiB)."

# --- Targets 2 and 3: many small diagrams, flat memory ---
# gen_many N DIR: N small graph diagrams, each its own layout (labels differ)
gen_many() {
  mkdir -p "$2"
  awk -v n="$1" -v dir="$2" 'BEGIN {
    for (i = 0; i < n; i++) {
      f = sprintf("%s/d%04d.toml", dir, i)
      printf "[[nodes]]\nid = \"a\"\nlabel = \"node %d\"\n[[nodes]]\nid = \"b\"\nlabel = \"%d\"\n", i, i * 7919 > f
      printf "[[nodes]]\nid = \"c\"\n[[edges]]\nfrom = \"a\"\nto = \"b\"\n[[edges]]\nfrom = \"a\"\nto = \"c\"\n" > f
      close(f)
    }
  }'
}
# timed FILE CMD...: runs CMD under GNU time, appending "wall cpu maxrss_kb" to FILE
timed() {
  local f=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/timed.tmp" "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; return 1; }
  awk '{printf "%s %.2f %s\n", $1, $2 + $3, $4}' "$work/timed.tmp" >>"$f"
}
# med FILE COL: "median (min–max)" of column COL of FILE
med() { awk -v c="$2" '{print $c}' "$1" | sort -n | awk '{a[NR]=$1} END {printf "%s (%s–%s)\n", a[int((NR+1)/2)], a[1], a[NR]}'; }
gen_many "$MANY" "$work/many"
manyb=(build --force --out "$work/many-out" "$work/many")
"$bin/sketchdeck" "${manyb[@]}" >/dev/null
: >"$work/many-empty.txt"; : >"$work/many-warm.txt"
for _ in $(seq "$RUNS"); do
  timed "$work/many-empty.txt" "$bin/sketchdeck" "${manyb[@]}" --no-layout-cache
  timed "$work/many-warm.txt" "$bin/sketchdeck" "${manyb[@]}"
done
# per FILE: "ms per diagram, cores busy" medians over the runs of FILE
per() { awk -v n="$MANY" '{printf "%.2f %.2f\n", 1000 * $1 / n, ($1 > 0 ? $2 / $1 : 0)}' "$1" >"$1.per"; }
per "$work/many-empty.txt"; per "$work/many-warm.txt"
me_ms=$(med "$work/many-empty.txt.per" 1); me_cores=$(med "$work/many-empty.txt.per" 2)
mw_ms=$(med "$work/many-warm.txt.per" 1); mw_cores=$(med "$work/many-warm.txt.per" 2)
cores_ok=$(verdict "${me_cores%% *}" '>=' "$(awk -v n="$(nproc)" 'BEGIN {print (n >= 2 ? 1.8 : 0.9 * n)}')")
ms_ok=$(verdict "${me_ms%% *}" '<=' 2.5)

gen_many "$FLAT" "$work/flat"
flatb=(build --force --out "$work/flat-out" "$work/flat")
cat >"$work/rss/sketchdeck-layout" <<WRAP
#!/bin/sh
exec /usr/bin/time -q -a -f %M -o "$work/flat-worker.rss" "$bin/sketchdeck-layout"
WRAP
: >"$work/flat-empty.txt"; : >"$work/flat-warm.txt"
timed "$work/flat-empty.txt" "$work/rss/sketchdeck" "${flatb[@]}" --no-layout-cache
flat_worker=$(( $(sort -n "$work/flat-worker.rss" | tail -1) / 1024 )) # the largest worker
for _ in $(seq "$RUNS"); do timed "$work/flat-warm.txt" "$work/rss/sketchdeck" "${flatb[@]}"; done
flat_rss=$(( $(cut -d' ' -f3 "$work/flat-warm.txt" | sort -n | tail -1) / 1024 ))
flat_empty_rss=$(( $(cut -d' ' -f3 "$work/flat-empty.txt") / 1024 ))
# With an empty cache GNU time gives the larger of sketchdeck and its worker.
if [ "$flat_empty_rss" -gt "$flat_worker" ]; then flat_empty="$flat_empty_rss MiB"; else flat_empty="≤ $flat_empty_rss MiB (its worker $flat_worker MiB is the larger)"; fi

echo
echo "## Many diagrams: $MANY small graph diagrams (each its own layout), median (range) of $RUNS paired runs"
echo
echo "| layout cache | ms per diagram | cores busy (CPU / wall) |"
echo "|---|---:|---:|"
echo "| empty (--no-layout-cache) | $me_ms | $me_cores |"
echo "| warm (repeat build) | $mw_ms | $mw_cores |"
echo
echo "Target 2, $MANY small diagrams with an empty layout cache: ≥ 1.8 cores busy on 2 cores: ${me_cores%% *}: $cores_ok; ≤ 2.5 ms per diagram: ${me_ms%% *}: $ms_ok."
echo
echo "Target 3, flat memory, $FLAT diagrams: sketchdeck's peak RSS $flat_rss MiB (the largest of $RUNS builds, layouts cached, no worker running): $(verdict "$flat_rss" '<=' 40) (≤ 40 MiB);" \
  "with an empty layout cache sketchdeck $flat_empty, its largest layout worker $flat_worker MiB."
# --- end of targets 2 and 3 ---

# Issue 18's targets as docs/PERFORMANCE.md tabulates them (targets 4 and
# 5: scripts/bench-large.sh, which make bench runs next).
t1_ratio=n/a; t1_empty=n/a; t1_ok=n/a; t1_changed=n/a
if [ "$deck_batch" != n/a ]; then
  t1_ratio=$(awk -v a="$warm" -v b="$deck_batch" 'BEGIN {printf "%.2f", a/b}')
  t1_changed=$(awk -v a="$changed" -v b="$deck_batch" 'BEGIN {printf "%.2f", a/b}')
  t1_empty=$(awk -v a="$empty" -v b="$deck_batch" 'BEGIN {printf "%.2f", a/b}')
  t1_ok=$(verdict "$t1_ratio" '<=' 1.0)
fi
echo
echo "## Issue 18's targets (load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown) at the end, on $(nproc) cores; medians (ranges) of $RUNS runs)"
echo
echo "| target | measured | met |"
echo "|---|---:|:---:|"
echo "| 1. deck ($svgs SVGs, $graphs distinct layouts) ≤ \`dot -K ENGINE\` batched, one process per engine | repeat build (layouts cached, no output changed): $warm_spread s / $deck_batch s = **$t1_ratio**; every output changed (--seed): $changed_spread s / $deck_batch s = $t1_changed; empty layout cache: $empty_spread s / $deck_batch s = $t1_empty | $t1_ok |"
echo "| 2. $MANY small diagrams: ≥ 1.8 cores busy, ≤ 2.5 ms per diagram (empty layout cache) | $me_cores cores, $me_ms ms; layouts cached: $mw_cores cores, $mw_ms ms | cores $cores_ok, time $ms_ok |"
echo "| 3. flat memory: $FLAT diagrams ≤ 40 MiB | sketchdeck's peak RSS $flat_rss MiB (layouts cached); empty cache: sketchdeck $flat_empty, largest worker $flat_worker MiB | $(verdict "$flat_rss" '<=' 40) |"
echo "| 6. cold start (empty compile and layout caches) ≤ 1.0 s | $cold_spread s | $(verdict "$cold" '<=' 1.0) |"
[ "$PER_DIAGRAM" = 0 ] && exit 0
echo
echo "## Per diagram (English): one sketchdeck process (warm) beside dot -Tsvg and d2 --sketch on its graph"
echo
echo "| diagram | layouts | sketchdeck s | dot -Tsvg s | d2 --sketch s |"
echo "|---|---:|---:|---:|---:|"
for n in "${names[@]}"; do
  k=$(count "$work/dot/one-$n-*.dot")
  sd=$(runs 3 "$bin/sketchdeck" build --force --out "$work/one" "diagrams/$n.toml")
  dt=—; dd=—
  if [ "$k" -gt 0 ]; then
    [ -n "$have_dot" ] && dt=$(for _ in 1 2 3; do loop_secs "$work/dot/one-$n-*.dot" dotsvg; done | median)
    [ -n "$have_d2" ] && dd=$(loop_secs "$work/dot/one-$n-*.d2" d2sketch)
  fi
  echo "| $n | $k | $sd | $dt | $dd |"
done
