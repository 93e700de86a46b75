# banmian: the two commands a fresh machine needs are `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup demo test lint eval bench clean

# Creates .venv with the package and everything it needs; does nothing when that is done.
setup: $(STAMP)

$(STAMP): pyproject.toml
	@command -v pdftotext >/dev/null 2>&1 && fc-list | grep -qi wqy || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	      poppler-utils fonts-wqy-zenhei fonts-arphic-uming fonts-dejavu-core >/dev/null; \
	  else echo "note: install poppler-utils and fonts-wqy-zenhei fonts-arphic-uming for the evaluation harness"; fi; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

demo: setup
	$(BIN)/banmian parse samples/demo-page.txt --format md

test: setup
	$(BIN)/ruff check src tests
	$(BIN)/python -m pytest -q

eval: setup
	$(BIN)/banmian eval

bench: setup
	$(BIN)/banmian bench

clean:
	rm -rf $(VENV) build dist .pytest_cache
