# Viz Orchestrator — every target is idempotent and quick when there is nothing to do.
SHELL := /bin/bash
.DEFAULT_GOAL := help
PY := .venv/bin/python
VENV_STAMP := .venv/.stamp
HOST ?= 127.0.0.1
API_PORT ?= 8000
WEB_PORT ?= 3000
export NEXT_TELEMETRY_DISABLED := 1

.PHONY: help setup setup-python setup-frontend setup-browser data eval-data dev build start dev-distributed test test-backend test-frontend lint eval bench types clean

help: ## list the targets
	@grep -hE '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN{FS=":.*?## "}{printf "  \033[36m%-16s\033[0m %s\n", $$1, $$2}'

# PyPI ships pyspark only as a 456 MB sdist: build its wheel once per machine, outside the clone,
# so a fresh clone's setup installs it in seconds (uv prefers the wheel found here to the sdist).
WHEELS := $(HOME)/.cache/viz-orchestrator/wheels
PYSPARK_WHEEL := $(WHEELS)/pyspark-4.3.0-py2.py3-none-any.whl

$(PYSPARK_WHEEL):
	@mkdir -p $(WHEELS)
	python3 -m pip wheel -q --no-deps --disable-pip-version-check -w $(WHEELS) pyspark==4.3.0

$(VENV_STAMP): pyproject.toml requirements.lock | $(PYSPARK_WHEEL)
	@test -x .venv/bin/python || python3 -m venv .venv
	@.venv/bin/python -m pip install -q --disable-pip-version-check uv==0.13.8
	.venv/bin/uv pip sync -q --python .venv/bin/python --find-links $(WHEELS) requirements.lock
	.venv/bin/uv pip install -q --python .venv/bin/python --no-deps -e .
	@touch $@

setup-python: $(VENV_STAMP) ## Python venv from the lock (.venv)

setup-browser: ## Debian chromium for end-to-end tests
	@command -v chromium >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null)

setup-frontend: ## npm ci in frontend/ when the lock changed
	@if [ -f frontend/package-lock.json ]; then \
	  if [ ! -f frontend/node_modules/.stamp ] || [ frontend/package-lock.json -nt frontend/node_modules/.stamp ]; then \
	    (cd frontend && npm ci --no-audit --no-fund) && touch frontend/node_modules/.stamp; fi; fi

setup: setup-python setup-frontend setup-browser ## install everything (venv, npm ci, chromium)

lock: | $(PYSPARK_WHEEL) ## re-resolve requirements.lock from pyproject.toml
	.venv/bin/uv pip compile -q pyproject.toml --extra dev -o requirements.lock --python-version 3.11 --find-links $(WHEELS)

data: setup-python ## build data/demo.duckdb (skipped when up to date)
	$(PY) -m scripts.build_demo_data

eval-data: setup-python ## build data/{adsxfer,airline,bank,billing,city,clinic,coldchain,crm,devops,erp,fitness,formula1,freight,helpdesk,hospital,hotel,hr,koha,league,ledger,mls,mobilegame,pos,rentals,saas,sapsd,school,sfdc,shopexport,stackdump,taxi,tracker,wholesale}.duckdb, the eval catalogs that are not the demo
	$(PY) -m scripts.build_eval_catalogs

dev: setup data ## run backend :8000 and frontend :3000 with reload
	@trap 'trap - EXIT INT TERM; kill 0 2>/dev/null' EXIT INT TERM; \
	VIZ_CORS_ORIGINS=$${VIZ_CORS_ORIGINS:-http://$(HOST):$(WEB_PORT),http://localhost:$(WEB_PORT)} \
	  .venv/bin/uvicorn backend.main:create_app --factory --host $(HOST) --port $(API_PORT) --reload --reload-dir backend & \
	if [ -f frontend/package.json ]; then (cd frontend && PORT=$(WEB_PORT) VIZ_API_URL=$${VIZ_API_URL:-http://$(HOST):$(API_PORT)} \
	  VIZ_CORS_ORIGINS=$${VIZ_CORS_ORIGINS:-http://$(HOST):$(WEB_PORT),http://localhost:$(WEB_PORT)} npm run dev) & fi; \
	wait

QUACK_PORT ?= 9494
SPARK_PORT ?= 15002
QUACK_TOKEN ?= dev-quack-token

dev-distributed: setup data ## make dev plus a local Quack server and Spark Connect server serving the demo, wired in
	@trap 'trap - EXIT INT TERM; kill 0 2>/dev/null' EXIT INT TERM; \
	$(PY) -m scripts.quack_server --port $(QUACK_PORT) --token $(QUACK_TOKEN) & \
	$(PY) -m scripts.spark_server --port $(SPARK_PORT) & \
	VIZ_DUCKDB_REMOTE=quack:127.0.0.1:$(QUACK_PORT) VIZ_DUCKDB_REMOTE_TOKEN=$(QUACK_TOKEN) \
	  VIZ_SPARK_REMOTE=sc://127.0.0.1:$(SPARK_PORT) $(MAKE) --no-print-directory dev & \
	wait

build: setup-frontend ## production frontend build (sandbox bundle + next build)
	cd frontend && npm run build

start: setup data build ## backend (VIZ_WORKERS processes, default 1) and the built frontend, no reload
	@trap 'trap - EXIT INT TERM; kill 0 2>/dev/null' EXIT INT TERM; \
	VIZ_CORS_ORIGINS=$${VIZ_CORS_ORIGINS:-http://$(HOST):$(WEB_PORT),http://localhost:$(WEB_PORT)} \
	  .venv/bin/uvicorn backend.main:create_app --factory --host $(HOST) --port $(API_PORT) --workers $${VIZ_WORKERS:-1} & \
	(cd frontend && PORT=$(WEB_PORT) VIZ_API_URL=$${VIZ_API_URL:-http://$(HOST):$(API_PORT)} \
	  VIZ_CORS_ORIGINS=$${VIZ_CORS_ORIGINS:-http://$(HOST):$(WEB_PORT),http://localhost:$(WEB_PORT)} npm run start) & \
	wait

types: setup-python setup-frontend ## regenerate frontend/lib/api from OpenAPI; fail when the checked-in copy is stale
	cd frontend && npm run gen:api
	@git diff --exit-code -- frontend/lib/api && test -z "$$(git status --porcelain -- frontend/lib/api)" \
	  || (echo "frontend/lib/api is stale: run 'make types' and commit it" >&2; exit 1)

test-backend: setup-python data eval-data ## backend tests (pytest)
	$(PY) -m pytest

test-frontend: setup ## frontend unit and end-to-end tests
	@if [ -f frontend/package.json ]; then cd frontend && npm test; fi

test: test-backend test-frontend ## all tests

lint: setup-python ## ruff, pyright (strict backend), biome, tsc
	.venv/bin/ruff check backend scripts bench eval
	.venv/bin/ruff format --check backend scripts bench eval
	.venv/bin/pyright
	@if [ -f frontend/package.json ]; then cd frontend && npm run lint; fi

eval: setup-python data eval-data ## the analyst's accuracy on every set of eval/floors.json; fails below a floor or on a crash
	$(PY) -m eval.gate
	$(PY) -m eval.sweep
	$(PY) -m eval.fuzz  # questions made from each catalog's own names, through the app's chart step
	$(PY) -m eval.one_chat  # a report: open sets' questions asked in one chat vs alone

bench: setup-python data eval-data ## benchmarks -> docs/benchmarks.md
	$(PY) -m bench.run_bench
	$(PY) -m bench.spark_bench  # starts and stops its own Spark Connect server
	$(PY) -m bench.engines_bench  # starts and stops its own Quack server
	$(PY) -m bench.tpch_bench --sf 1 --runs 2  # TPC-H SF1 (data/tpch-sf1.duckdb, generated once); its own Quack and Spark servers
	$(PY) -m bench.templates_bench
	$(PY) -m bench.sources_bench  # a 50 MB upload; the ERP warehouse from Postgres (needs eval-data)
	$(PY) -m bench.parser_bench
	$(PY) -m bench.turn_bench  # one /chat turn on two multi-table eval catalogs, server-side (issue 15)
	$(PY) -m bench.load_bench  # 50 conversations × 4 turns, downloads, long queries; /health meanwhile (issue 16)
	$(PY) -m bench.stop_bench  # disconnect → the engine's work stops, 408 lateness past the timeout (issue 16)
	$(PY) -m bench.warm_bench  # the first download after start-up, export processes warmed with the server or on first use

clean: ## remove build outputs (keeps the venv)
	rm -rf data/results .pytest_cache .ruff_cache
