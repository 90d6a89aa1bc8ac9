# The two commands of the README: `make demo` and `make test`.
# Both work on a fresh machine that has only Python 3.11+; everything else is installed
# into $(VENV). CI (tox.ini, run by .ci/run) runs `make test` once per supported stack by
# setting VENV and CONSTRAINTS, and once with PACKAGE set to the built wheel.

PYTHON ?= python3
VENV ?= .venv
CONSTRAINTS ?=
PORT ?= 8000
PYTEST_ARGS ?=
# What gets installed and tested: the source tree, editable (the default), or a built wheel
# (`make test PACKAGE=dist/wagtail_careers-0.1.0-py3-none-any.whl`), as users install it.
PACKAGE ?= -e .

BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
MANAGE := cd example_site && ../$(BIN)/python manage.py

.PHONY: test demo venv lint bench screenshots clean

venv: $(STAMP)

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "wagtail-careers needs Python 3.11 or newer; set PYTHON=python3.11 (or newer).")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# A wheel may be given as a glob (dist/*.whl): make expands it, as no shell would here.
WHEEL := $(wildcard $(filter %.whl,$(PACKAGE)))
INSTALL := $(or $(WHEEL),$(PACKAGE))

# Reinstall whenever the package metadata, the example site's needs, the stack or the wheel
# change. A wheel keeps its version number when rebuilt, so pip would skip it: uninstall first.
$(STAMP): $(BIN)/python setup.cfg pyproject.toml example_site/requirements.txt $(CONSTRAINTS) $(WHEEL)
	$(if $(WHEEL),$(BIN)/python -m pip uninstall --quiet --yes wagtail-careers)
	$(BIN)/python -m pip install --quiet $(INSTALL)"[test]" -r example_site/requirements.txt $(if $(CONSTRAINTS),-c $(CONSTRAINTS))
	@touch $@

# `python -P`: the current directory stays off sys.path, so the suite imports the installed
# package (editable or wheel), never the source tree by accident.
test: $(STAMP)
	$(BIN)/python -m coverage erase
	$(BIN)/python -P -m coverage run -m pytest $(PYTEST_ARGS)
	$(BIN)/python -m coverage report

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# Migrates, loads the demo content and the admin login (both printed; DEMO_ADMIN_PASSWORD
# overrides the password), then serves. Re-running reuses the database and creates nothing twice.
demo: $(STAMP)
	$(MANAGE) migrate --no-input
	$(MANAGE) load_demo --base-url http://127.0.0.1:$(PORT)
	$(MANAGE) runserver 127.0.0.1:$(PORT)

# Benchmarks, not tests (benchmarks/README.md): the lead benchmark needs PostgreSQL
# (DATABASE_URL, default postgres://postgres@127.0.0.1:5432/careers_bench).
bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -r benchmarks/requirements.txt
	$(BIN)/python benchmarks/render/run.py
	$(BIN)/python benchmarks/import/bench_import.py
	$(BIN)/python benchmarks/leads/run.py
	$(BIN)/python benchmarks/leads/run.py --site example
	$(BIN)/python benchmarks/leads/cpu.py

# The pictures in docs/screenshots/, taken by the browser tests (tests/browser/) of the demo
# content in Debian's chromium; a test that fails leaves its picture unchanged.
screenshots: $(STAMP)
	WAGTAIL_CAREERS_SCREENSHOTS=$(CURDIR)/docs/screenshots $(BIN)/python -P -m pytest tests/browser -q

clean:
	rm -rf $(VENV) .tox .venvs build dist *.egg-info .coverage htmlcov
