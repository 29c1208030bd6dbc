# Two commands on a fresh clone:  `make demo`  and  `make test`.
# Both build the environment in .venv/ when it is missing (or when the pinned dependencies change).
PYTHON ?= python3
VENV := .venv
STAMP := $(VENV)/.installed-stamp

.PHONY: demo test bench eval clean-venv

$(STAMP): pyproject.toml requirements.lock
	test -x $(VENV)/bin/python || $(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install -q --upgrade pip
	$(VENV)/bin/python -m pip install -q -r requirements.lock
	$(VENV)/bin/python -m pip install -q --no-deps -e .
	touch $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/storylens analyze demo/corpus --format html -o out/report.html
	$(VENV)/bin/storylens analyze demo/corpus --format json -o out/report.json
	@echo "open out/report.html in a browser; out/report.json is the machine-readable report"

test: $(STAMP)
	$(VENV)/bin/python -m pytest $(PYTEST_ARGS)

bench: $(STAMP)
	$(VENV)/bin/python bench/run.py

clean-venv:
	rm -rf $(VENV)
