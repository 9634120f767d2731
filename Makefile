# Two commands do all set-up on a fresh machine (Python 3.10+ with pip and venv):
#   make demo   creates .venv, installs screener, screens the bundled samples
#   make test   creates .venv, installs screener with its test extras, runs lint and tests
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
OUT ?= out/demo
AS_OF ?= 2026-11-01

.PHONY: demo test lint pytest samples benchmarks clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed

demo: $(VENV)/.installed
	$(BIN)/screener screen data/samples/resumes \
		--profile data/samples/profiles/senior_python_backend.yaml \
		--out $(OUT) --as-of $(AS_OF)

lint: $(VENV)/.installed-test
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/mypy

pytest: $(VENV)/.installed-test
	$(BIN)/python -m pytest -q

test: lint pytest

samples: $(VENV)/.installed-test
	$(BIN)/python scripts/make_samples.py --out data/samples

benchmarks: $(VENV)/.installed-test
	$(BIN)/python benchmarks/extraction.py
	$(BIN)/python benchmarks/experience.py --render
	$(BIN)/python benchmarks/ingest.py
	$(BIN)/python benchmarks/from_jd.py

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache .ruff_cache
