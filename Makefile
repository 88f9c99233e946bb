# citecheck — every target creates the virtualenv if it is missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test lint pytest bench clean browser

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/python -m compileall -q citecheck
	touch $(STAMP)

install: $(STAMP)

# Headless Chromium for the browser tests (Debian package); skipped when apt is unavailable.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if command -v apt-get >/dev/null 2>&1; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	      || echo "note: could not install chromium; browser tests will be skipped"; \
	  fi; }

demo: install
	$(BIN)/python -m citecheck.devweb demo

lint: install
	$(BIN)/ruff check citecheck tests benchmarks
	$(BIN)/ruff format --check citecheck tests benchmarks
	$(BIN)/mypy

pytest: install browser
	$(BIN)/python -m pytest

test: lint pytest

bench: install
	$(BIN)/python benchmarks/parse.py
	$(BIN)/python -m pip install --quiet -r benchmarks/requirements.txt
	$(BIN)/python benchmarks/e2e.py --cache-rerun
	$(BIN)/python benchmarks/e2e.py --corpus real
	$(BIN)/python benchmarks/e2e.py --hostile --timeout 2 --urls 2600
	$(BIN)/python benchmarks/service_load.py

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .ruff_cache
