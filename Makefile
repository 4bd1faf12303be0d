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

# Tests talk to servers on 127.0.0.1 only: never through a proxy the environment may name. They run one at a time:
# many run the gazette binary or Python and wait for it, and on a 2-core machine parallel waits starve the
# in-process servers (FlyingFox) of the threads they answer on.
test: test-deps
	$(SWIFT) build --build-tests
	no_proxy=127.0.0.1,localhost NO_PROXY=127.0.0.1,localhost $(SWIFT) test --skip-build --no-parallel

# The archive table also runs the release `gazette` binary, built beside the benchmark.
bench: test-deps
	$(SWIFT) build -c release --product gazette
	$(SWIFT) run -c release Benchmarks

clean:
	rm -rf .build out/issues out/archive
