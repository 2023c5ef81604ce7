# Thư Công Vụ — the two commands of the README, and the developer's extras.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
PYTEST_ARGS ?=

.PHONY: run test screenshots bench package bench-startup clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $@

run: $(STAMP)
	bash packaging/ensure-debian-packages.sh qt
	$(VENV)/bin/thucongvu

test: $(STAMP)
	bash packaging/ensure-debian-packages.sh qt servers screen
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS); rc=$$?; [ $$rc -eq 5 ] && rc=0; exit $$rc

screenshots: $(STAMP)
	bash packaging/ensure-debian-packages.sh qt screen
	$(PY) tests/screenshots.py screenshots

bench: $(STAMP)
	bash packaging/ensure-debian-packages.sh qt servers
	for b in tests/benchmarks/bench_*.py; do $(PY) $$b || exit 1; done

# Linux artifacts into dist/: one-folder app, tarball, .deb (packaging/build.py
# installs the `package` extra's PyInstaller into the venv when it is missing).
package: $(STAMP)
	bash packaging/ensure-debian-packages.sh qt
	$(PY) packaging/build.py

bench-startup: $(STAMP)
	bash packaging/ensure-debian-packages.sh qt screen
	$(PY) tests/benchmarks/bench_startup.py

clean:
	rm -rf build dist *.egg-info screenshots .pytest_cache
