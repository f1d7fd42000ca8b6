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
## deck, each diagram, a 200-node graph; Graphviz alone; loading the fonts), then wall clock,
## cold/warm/no-op, peak RSS and dot/d2 beside them (scripts/bench-compare.sh),
## then large graphs beside dot -Tsvg and repeated builds of a 400-node
## random graph (scripts/bench-large.sh: issue 18's targets 5 and 4)
bench:
	$(GO) test -run '^$$' -bench . -benchmem ./internal/build ./internal/graphviz/wasm
	$(GO) test -run '^$$' -bench '^Benchmark(Load|FallbackParse)$$' -benchmem ./internal/text
	scripts/bench-compare.sh
	scripts/bench-large.sh

## fuzz: a short run of every fuzz target (FUZZTIME each, e.g. 5m for a hunt);
## new inputs are minimised briefly (100 runs), so a short run spends its time fuzzing
FUZZTIME ?= 10s
fuzz:
	$(GO) test -run '^$$' -fuzz '^FuzzDecode$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 100x ./internal/spec
	$(GO) test -run '^$$' -fuzz '^FuzzParse$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 100x ./internal/theme
	$(GO) test -run '^$$' -fuzz '^FuzzCatalog$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 100x ./internal/i18n
	$(GO) test -run '^$$' -fuzz '^FuzzPO$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 100x ./internal/i18n
	$(GO) test -run '^$$' -fuzz '^FuzzBuild$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 100x ./internal/build
	$(GO) test -run '^$$' -fuzz '^FuzzParsePath$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 100x ./internal/icon
	$(GO) test -run '^$$' -fuzz '^FuzzPaths$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 100x ./internal/svgpic

## gallery: rewrite the test gallery of every shape × fill × roughness
gallery:
	$(GO) test ./internal/sketch -run Gallery -update

clean:
	rm -f sketchdeck
