# banmian: the two commands a fresh machine needs are `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup demo test lint eval bench bench-archive clean

# Creates .venv with the package and everything it needs; does nothing when that is done.
setup: $(STAMP)

$(STAMP): pyproject.toml
	@command -v pdftotext >/dev/null 2>&1 && fc-list | grep -qi wqy && test -x /usr/bin/chromium || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	      poppler-utils fonts-wqy-zenhei fonts-arphic-uming fonts-dejavu-core chromium >/dev/null; \
	  else echo "note: install poppler-utils, fonts-wqy-zenhei, fonts-arphic-uming (evaluation) and chromium (browser test)"; fi; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

# The demo archive: the bundled sample pages (two text layers and a PDF drawn from invented text)
# of one issue, searched once, then served; open the printed address.
DEMO_DIR := .cache/demo
DEMO_PORT ?= 8000
demo: setup
	rm -rf $(DEMO_DIR) && mkdir -p $(DEMO_DIR)
	$(BIN)/python samples/draw_demo_pdf.py $(DEMO_DIR)/linjiang-2024-03-12-p3.pdf >/dev/null
	$(BIN)/banmian ingest samples/demo-page.txt samples/demo-page-2.txt $(DEMO_DIR)/linjiang-2024-03-12-p3.pdf \
	  --db $(DEMO_DIR)/archive.db --newspaper 临江日报
	$(BIN)/banmian search 春耕 --db $(DEMO_DIR)/archive.db
	$(BIN)/banmian serve --db $(DEMO_DIR)/archive.db --port $(DEMO_PORT)

test: setup
	$(BIN)/ruff check --no-cache src tests
	$(BIN)/python -m pytest -q

eval: setup
	$(BIN)/banmian eval
	$(BIN)/banmian eval --squeezed

bench: setup
	$(BIN)/banmian bench

# Ingest pages/s and search latency (median, p95) on a 20,000-page archive: about three minutes.
bench-archive: setup
	$(BIN)/banmian bench --archive

clean:
	rm -rf $(VENV) build dist .pytest_cache
