# Armed Groups Knowledge Base. `make` sets up .venv and builds dist/; `make test` runs the tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
KB := $(BIN)/kb
STAMP := $(VENV)/.installed

INPUTS := $(shell find seeds facts ontology shapes -type f \( -name '*.yaml' -o -name '*.txt' -o -name '*.ttl' -o -name '*.rq' \) 2>/dev/null | LC_ALL=C sort)
CODE := $(shell find kb -name '*.py' 2>/dev/null | LC_ALL=C sort)
OUTPUTS := dist/kb.ttl dist/kb.jsonld dist/kb.nt dist/context.jsonld dist/ontology.ttl dist/shapes.ttl

.DEFAULT_GOAL := all
.PHONY: all install build validate test stats clean distclean help

all: $(OUTPUTS) ## Set up .venv, then load, validate and export into dist/

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

install: $(STAMP) ## Create .venv and install the kb package with its test tools

# One rule writes every output; kb build writes them atomically, only when valid.
$(OUTPUTS) &: $(STAMP) $(INPUTS) $(CODE)
	$(KB) build

build: $(OUTPUTS) ## Same as the default target

validate: $(STAMP) ## Print the validation report (exit 1 on violations)
	$(KB) validate

test: $(STAMP) $(OUTPUTS) ## Run the test suite
	$(BIN)/python -m pytest

stats: $(OUTPUTS) ## Print counts of the published knowledge base
	$(KB) stats

clean: ## Remove build output (dist/ files, caches); `make` rebuilds them identically
	rm -f $(OUTPUTS)
	rm -rf .pytest_cache build *.egg-info dist/.tmp-*
	find . -name __pycache__ -type d -prune -exec rm -rf {} +

distclean: clean ## Also remove the virtualenv
	rm -rf $(VENV)

help: ## List the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'
