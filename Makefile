# Armed Groups Knowledge Base. `make` sets up .venv and builds dist/; `make test` runs the tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
KB := $(BIN)/kb
STAMP := $(VENV)/.installed

INPUTS := $(shell find seeds facts ontology shapes -type f \( -name '*.yaml' -o -name '*.txt' -o -name '*.ttl' -o -name '*.rq' \) 2>/dev/null | LC_ALL=C sort)
# Imported datasets (kb import ftm): what the build reads from each imports/<dataset>/.
INPUTS += $(shell find imports -path '*/.*' -prune -o -type f \( -name dataset.yaml -o -name entities.nt \) -print 2>/dev/null | LC_ALL=C sort)
CODE_DATA := $(wildcard kb/ftm/*.yaml kb/export/*.yaml kb/export/static/*.js)
CODE := $(shell find kb -name '*.py' 2>/dev/null | LC_ALL=C sort)
INPUTS += VERSION CHANGELOG.md dataset.yaml
# The list of inputs, rewritten only when it changes: a file added, deleted or
# renamed changes the list, which then is newer than dist/ (make sees edits by
# their times, but cannot see a file that is no longer there). Every `kb build`
# writes the same list (kb/inputs.py `listing`; tests/test_site.py holds the two
# equal), so a file deleted after a `kb build` without make is seen. Written
# here with find, not Python, so that a `make` with nothing to do stays fast.
INPUT_LIST := build/inputs.list
LISTED := find seeds facts imports ontology shapes -name '.*' -prune -o -name __pycache__ -prune -o -type f -print 2>/dev/null; \
  for f in VERSION CHANGELOG.md dataset.yaml; do [ -f $$f ] && echo $$f; done; \
  find kb -name '.*' -prune -o -name __pycache__ -prune -o -type f \( -name '*.py' -o -name '*.yaml' -o -name '*.yml' \
    -o -name '*.json' -o -name '*.rq' -o -name '*.ttl' -o -name '*.js' \) -print
$(shell mkdir -p build && { $(LISTED); } | LC_ALL=C sort -u > $(INPUT_LIST).new && \
  (cmp -s $(INPUT_LIST).new $(INPUT_LIST) && rm -f $(INPUT_LIST).new || mv -f $(INPUT_LIST).new $(INPUT_LIST)))
# Every file the build writes: the fixed ones, plus whatever the last build
# listed in dist/SHA256SUMS (entity pages, the site). A missing or edited-away
# page is a missing target, so `make` rebuilds it.
CORE := kb.ttl kb.jsonld kb.nt context.jsonld ontology.ttl shapes.ttl void.ttl SHA256SUMS
OUTPUTS := $(sort $(addprefix dist/,$(CORE) $(shell awk '{print $$2}' dist/SHA256SUMS 2>/dev/null)))

.DEFAULT_GOAL := all
.PHONY: all install build validate test stats release bench confidence clean distclean help

all: $(OUTPUTS) ## Set up .venv, then load, validate and export into dist/

# The site's JavaScript libraries, pinned in package-lock.json (kb/export/vendor.yaml
# lists the files the build copies from node_modules/ into dist/assets/vendor/).
NPM_STAMP := node_modules/.installed
$(NPM_STAMP): package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

# pyproject.toml puts the vendored JS into the wheel, so npm ci comes first.
$(STAMP): pyproject.toml | $(NPM_STAMP)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

install: $(STAMP) $(NPM_STAMP) ## Create .venv, install the kb package with its test tools, and the site's JS libraries (npm ci)

# One rule writes every output; kb build writes them atomically, only when valid.
# dist/SHA256SUMS, which every build rewrites, stands for the set: it alone
# depends on the inputs (make checks ~55 inputs once, not once per page, which
# keeps a `make` with nothing to do fast); any other output that is missing
# makes the same one build run.
MANIFEST := dist/SHA256SUMS
$(MANIFEST): $(STAMP) $(NPM_STAMP) $(INPUTS) $(CODE) $(CODE_DATA) $(INPUT_LIST)
	$(KB) build

$(filter-out $(MANIFEST),$(OUTPUTS)) &: | $(MANIFEST)
	$(KB) build

build: $(OUTPUTS) ## Same as the default target

validate: $(STAMP) ## Print the validation report (exit 1 on violations)
	$(KB) validate

test: $(STAMP) $(NPM_STAMP) $(OUTPUTS) ## Run the test suite
	$(BIN)/python -m pytest

BENCH_FTM ?= 10k,100k
bench: $(STAMP) ## Measure `make` on 10k/100k/1M-triple synthetic knowledge bases and FtM imports (BENCH_ARGS=..., BENCH_FTM=10k,100k); writes docs/benchmarks.md
	$(KB) bench --results docs/benchmarks.json --docs docs/benchmarks.md $(BENCH_ARGS)
	$(KB) bench --results docs/benchmarks.json --docs docs/benchmarks.md --ftm $(BENCH_FTM)

# The learned confidence of `kb extract`'s candidates (kb/extract/train.py): the extractor is run over the gold
# sets train.SETS names (tests/fixtures/extract/: top level, tuning, heldout, heldout2 up to the last set scored at
# first sight), each proposal labelled by the scorer, with the first-sight candidates of heldout8 onwards
# (tests/fixtures/extract/firstsight/), a logistic regression fitted on the data the leave-one-set-out check
# prefers; prints that check. Rerun after changing the rules. Every gold file is a prerequisite (train.py, not
# this list, keeps the blind sets out).
CONFIDENCE := kb/extract/lexicon/confidence.json
GOLD_FILES := $(wildcard tests/fixtures/extract/*.txt tests/fixtures/extract/*.gold.yaml \
	tests/fixtures/extract/*/*.txt tests/fixtures/extract/*/*.gold.yaml) \
	$(wildcard tests/fixtures/extract/firstsight/*.json)
EXTRACT_CODE := $(filter-out $(CONFIDENCE),$(shell find kb/extract -type f \( -name '*.py' -o -name '*.yaml' \) 2>/dev/null | LC_ALL=C sort))
$(CONFIDENCE): $(STAMP) $(EXTRACT_CODE) $(GOLD_FILES) $(filter-out facts/extracted/%,$(wildcard facts/*/*.yaml)) ontology/agkb.ttl
	$(BIN)/python -m kb.extract.train --model $@

confidence: $(CONFIDENCE) ## Refit the confidence of extracted candidates on the gold sets (kb/extract/lexicon/confidence.json)

release: $(STAMP) ## Release the version in VERSION (DATE=YYYY-MM-DD, default today), then rebuild
	$(KB) release $(if $(DATE),--date $(DATE))
	$(MAKE) all

stats: $(OUTPUTS) ## Print counts of the published knowledge base
	$(KB) stats

clean: ## Remove build output (dist/ files, caches); `make` rebuilds them identically
	rm -f $(OUTPUTS)
	find dist -mindepth 1 -type d -empty -delete 2>/dev/null || true
	rm -rf .pytest_cache build *.egg-info dist/.tmp-*
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -prune -exec rm -rf {} +

distclean: clean ## Also remove the virtualenv
	rm -rf $(VENV) node_modules

help: ## List the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'
