# Two commands on a fresh machine: `make run` and `make test`.
# Each creates .venv and installs the project with its dev extras first.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint bench bundle clean translations

$(STAMP): pyproject.toml
	@bash build/setup-system.sh all
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[dev]"
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/helix

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/mypy

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.benchmarks

clean:
	rm -rf $(VENV) dist .pyinstaller .pytest_cache .ruff_cache .import_linter_cache

bundle: $(STAMP)
	bash build/bundle.sh

# Refresh the Chinese catalogue from the sources, then compile it. New strings come
# back as type="unfinished": translate them in the .ts and run this again.
TS := resources/translations/helix_zh_CN.ts
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete $$(find helix_desktop -name '*.py') -ts $(TS)
	$(BIN)/pyside6-lrelease $(TS) -qm $(TS:.ts=.qm)
