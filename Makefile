# Everything runs inside a local virtual environment (.venv), created on first use.
# `make report` renders the seed article's HTML report; `make test` runs the whole test suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
SEED := data/raw/000_59af26005722e3de.txt

.PHONY: report test test-slow lab bench lint validate browser clean

$(INSTALLED): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(INSTALLED)

report: $(INSTALLED)
	$(BIN)/python -m analysis report $(SEED) -o reports/seed.html

test: $(INSTALLED) browser
	$(BIN)/python -m pytest

# The 10,000-example property run and other long checks (not part of `make test`).
test-slow: $(INSTALLED)
	$(BIN)/python -m pytest -m slow -p no:cacheprovider

# Debian's Chromium for the browser test of the HTML report (no browser download at test time).
browser:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
	  { SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	    $$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null \
	    || echo "warning: could not install Chromium; the browser test will be skipped (or fail under CI)"; }

# JupyterLab rooted at the project (data/, tests/fixtures/ and examples/ can be browsed), opened on
# notebooks/; --allow-root only when run as root. The notebooks are trusted first (they are ours), so
# their stored outputs show with the report's styles on first open; their charts carry a PNG for an
# untrusted open anyway. Extra options: make lab LAB_ARGS="--port=8899 --no-browser".
LAB_ARGS ?=
lab: $(INSTALLED)
	$(BIN)/jupyter trust notebooks/*.ipynb
	$(BIN)/jupyter lab --ServerApp.root_dir=. --LabApp.default_url=/lab/tree/notebooks \
	  $$( [ "$$(id -u)" = 0 ] && echo --allow-root ) $(LAB_ARGS)

bench: $(INSTALLED)
	$(BIN)/python benchmarks/run_all.py

lint: $(INSTALLED)
	$(BIN)/ruff check .

clean:
	rm -rf $(VENV) reports/*.html reports/*.png reports/*.json
