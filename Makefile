# sketchdeck: `make` builds the deck's diagrams into out/, `make test` runs
# the tests. See README.md.
GO ?= go
SKETCHDECK = $(GO) run ./cmd/sketchdeck

.PHONY: all build test check bench fuzz gallery clean

all: build

## build: build every diagram in diagrams/ into out/en/ and, for each
## catalog in diagrams/locales/, out/LANG/ (docs/i18n.md); and each example
## docs/examples/NAME.toml into docs/examples/NAME.svg, beside it (English only)
build:
	$(SKETCHDECK) build --lang all diagrams
	$(SKETCHDECK) build --out docs/examples docs/examples

## test: vet and run every test
test:
	$(GO) vet ./...
	$(GO) test -timeout 30m ./...

## check: rebuild out/ (every language) and docs/examples, and fail if they
## differ from what is committed; lint the deck and the examples in every
## language, the pseudo-locale included (docs/LINT.md)
check: build
	$(SKETCHDECK) lint --lang all diagrams docs/examples
	@git add -N out docs/examples >/dev/null 2>&1 || true
	@if ! git diff --quiet --exit-code -- out docs/examples; then \
		echo "out/ or docs/examples is stale: run 'make' and commit it"; git diff --stat -- out docs/examples; exit 1; fi
	@echo "out/ and docs/examples are up to date"

## bench: the speed figures (docs/PERFORMANCE.md): Go benchmarks (whole
## deck, each diagram, a 200-node graph, drawing a large one; reading Graphviz's output back;
## Graphviz alone; a fresh layout worker's start and first
## layout, with its own and Go's default collector pacing; a native dot's answer with and
## without a dot started ahead; loading the fonts; decoding the deck, a large graph and a small one;
## making room for a large graph's labels), then wall clock,
## cold/warm/no-op, peak RSS and dot/d2 beside them (scripts/bench-compare.sh),
## then large graphs beside dot -Tsvg and repeated builds of a 400-node
## random graph (scripts/bench-large.sh: issue 18's targets 5 and 4)
bench:
	$(GO) test -run '^$$' -bench . -benchmem ./internal/build ./internal/graphviz ./internal/graphviz/wasm ./cmd/sketchdeck-layout ./internal/graphviz/native
	$(GO) test -run '^$$' -bench '^Benchmark(Load|FallbackParse)$$' -benchmem ./internal/text
	$(GO) test -run '^$$' -bench '^BenchmarkDecode(Banded|Small)?$$' -benchmem ./internal/spec
	$(GO) test -run '^$$' -bench '^BenchmarkMakeRoom$$' -benchmem ./internal/layout
	scripts/bench-compare.sh
	scripts/bench-large.sh

## fuzz: a short run of every fuzz target, about 10 s each on a quiet 2-core
## machine. The budget is a count of executions, not a duration: a duration
## races Go's fuzz coordinator at its deadline and can fail with a bare
## "context deadline exceeded" and no crasher (go.dev/issue/75804, fixed in
## Go 1.27). FUZZTIME overrides every budget (e.g. 5m or 2000000x for a hunt).
## New inputs are minimised briefly (100 runs), so a short run spends its
## time fuzzing.
FUZZTIME ?=
FUZZ = $(GO) test -run '^$$' -fuzzminimizetime 100x
fuzz:
	$(FUZZ) -fuzz '^FuzzDecode$$' -fuzztime $(or $(FUZZTIME),80000x) ./internal/spec
	$(FUZZ) -fuzz '^FuzzParse$$' -fuzztime $(or $(FUZZTIME),30000x) ./internal/theme
	$(FUZZ) -fuzz '^FuzzCatalog$$' -fuzztime $(or $(FUZZTIME),100000x) ./internal/i18n
	$(FUZZ) -fuzz '^FuzzPO$$' -fuzztime $(or $(FUZZTIME),150000x) ./internal/i18n
	$(FUZZ) -fuzz '^FuzzBuild$$' -fuzztime $(or $(FUZZTIME),12000x) ./internal/build
	$(FUZZ) -fuzz '^FuzzParsePath$$' -fuzztime $(or $(FUZZTIME),300000x) ./internal/icon
	$(FUZZ) -fuzz '^FuzzPaths$$' -fuzztime $(or $(FUZZTIME),250000x) ./internal/svgpic

## gallery: rewrite the test gallery of every shape × fill × roughness
gallery:
	$(GO) test ./internal/sketch -run Gallery -update

clean:
	rm -f sketchdeck
