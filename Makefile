# Gazette: `make digest` builds and runs the pipeline on seeds/; `make test` runs every test.
SWIFT ?= swift
SEEDS ?= seeds

.PHONY: all deps test-deps build digest test bench screenshots clean

all: digest

deps:
	@scripts/install-deps.sh

test-deps:
	@GAZETTE_WITH_TEST_TOOLS=1 scripts/install-deps.sh

build: deps
	$(SWIFT) build

digest: build
	@$$($(SWIFT) build --show-bin-path)/gazette build $(SEEDS)

screenshots: test-deps digest
	scripts/screenshots.sh

test: test-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

bench: test-deps
	$(SWIFT) run -c release Benchmarks

clean:
	rm -rf .build out/issues out/archive
