# Everything a developer or CI runs. `make test` bootstraps itself on a fresh
# machine that has Python 3.11+ and Node (for the spec linter).
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
UV := $(BIN)/uv
DEV_STAMP := $(VENV)/.dev-installed
BENCH_STAMP := $(VENV)/.bench-installed
# `make demo` runs in a venv of trunkline[sandbox] alone (pinned by requirements/dev.txt): the
# proof that the extra is all the sandbox needs.
SANDBOX_VENV := .venv-sandbox
SANDBOX_STAMP := $(SANDBOX_VENV)/.installed
NPM_STAMP := node_modules/.installed
BASE ?= origin/main
REDOCLY := REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true npx --no-install redocly

.PHONY: help demo bootstrap generate check-generated lint spec-lint spec-compare test bench api-diff clean

help:  ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | expand -t 18

$(UV): requirements/bootstrap.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements/bootstrap.txt
	touch $@

$(DEV_STAMP): $(UV) requirements/dev.txt pyproject.toml
	$(UV) pip install --quiet --python $(PY) -r requirements/dev.txt
	$(UV) pip install --quiet --python $(PY) --no-deps -e .
	touch $@

$(BENCH_STAMP): $(DEV_STAMP) requirements/bench.txt
	$(UV) pip install --quiet --python $(PY) -r requirements/bench.txt
	touch $@

$(SANDBOX_STAMP): $(UV) requirements/dev.txt pyproject.toml
	$(UV) venv --quiet --allow-existing --python $(PYTHON) $(SANDBOX_VENV)
	$(UV) pip install --quiet --python $(SANDBOX_VENV)/bin/python -c requirements/dev.txt -e '.[sandbox]'
	touch $@

$(NPM_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

demo: $(SANDBOX_STAMP)  ## trunkline against the local sandbox of all three providers (no account, no internet)
	$(SANDBOX_VENV)/bin/python examples/demo.py

bootstrap: $(DEV_STAMP) $(NPM_STAMP)  ## Install every tool (pinned) into .venv and node_modules

generate: $(DEV_STAMP)  ## Regenerate generated/ from specs/
	$(PY) generator/generate.py

check-generated: $(DEV_STAMP)  ## Fail if generated/ is not exactly what `make generate` writes
	$(PY) generator/generate.py --check

lint: $(DEV_STAMP)  ## ruff on hand-written code, mypy --strict on overlay/, lenient mypy on generated/
	$(BIN)/ruff check overlay tests generator bench examples
	$(BIN)/ruff format --check overlay tests generator bench examples
	$(BIN)/mypy
	$(BIN)/mypy --config-file generator/mypy-generated.ini generated/trunkline_generated

# specs/webhooks/ holds payload schemas (what providers send), not APIs: its own rules.
API_SPECS = $(filter-out specs/webhooks/%,$(wildcard specs/*/*.yaml))
WEBHOOK_SPECS = $(wildcard specs/webhooks/*.yaml)

spec-lint: $(NPM_STAMP)  ## Lint every spec with Redocly (API specs and webhook payload specs)
	$(REDOCLY) lint --format=stylish $(API_SPECS)
	$(REDOCLY) lint --format=stylish --config redocly-webhooks.yaml $(WEBHOOK_SPECS)

spec-compare: $(DEV_STAMP)  ## Compare specs/ with the providers' official specs (specs/compare.yaml)
	$(PY) generator/spec_compare.py

test: lint spec-lint spec-compare check-generated  ## lint, spec lint, spec compare, check-generated, pytest
	$(BIN)/pytest

bench: $(BENCH_STAMP)  ## Benchmarks against the official twilio SDK and bare httpx (BENCH_ARGS="--extra cli")
	$(PY) bench/run.py $(BENCH_ARGS)

api-diff: $(DEV_STAMP)  ## Markdown of API changes between BASE (default origin/main) and the working tree
	@$(PY) generator/api_diff.py --base $(BASE)

clean:  ## Remove the installed tools
	rm -rf $(VENV) $(SANDBOX_VENV) node_modules
