# The two commands of the README: `make demo` and `make test`.
# Both work on a fresh machine that has only Python 3.11+; everything else is installed
# into $(VENV). CI runs `make test` once per supported stack by setting PYTHON, VENV and
# CONSTRAINTS (see .ci/run).

PYTHON ?= python3
VENV ?= .venv
CONSTRAINTS ?=
PORT ?= 8000
PYTEST_ARGS ?=

BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
MANAGE := cd example_site && ../$(BIN)/python manage.py

.PHONY: test demo venv lint clean

venv: $(STAMP)

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "wagtail-careers needs Python 3.11 or newer; set PYTHON=python3.11 (or newer).")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall whenever the package metadata, the example site's needs or the stack change.
$(STAMP): $(BIN)/python setup.cfg pyproject.toml example_site/requirements.txt $(CONSTRAINTS)
	$(BIN)/python -m pip install --quiet -e ".[test]" -r example_site/requirements.txt $(if $(CONSTRAINTS),-c $(CONSTRAINTS))
	@touch $@

test: $(STAMP)
	$(BIN)/python -m coverage erase
	$(BIN)/python -m coverage run -m pytest $(PYTEST_ARGS)
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

clean:
	rm -rf $(VENV) build dist *.egg-info .coverage htmlcov
