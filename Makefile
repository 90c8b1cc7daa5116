# Two commands are all a fresh machine with Python 3.11 needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.DEFAULT_GOAL := help
.PHONY: help install run test lint check migrations-check messages bench

help: ## Show the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-18s %s\n", $$1, $$2}'

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: $(BIN)/activate pyproject.toml
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@

install: $(VENV)/.installed ## Make the virtualenv and install the site with its dev tools

# The development server: DEBUG on, SQLite and console e-mail unless the environment says else.
# Its public address (links in mails, feeds, codes for partners) is its own unless BASE_URL is set.
run: export DEBUG ?= true
run: export BASE_URL ?= http://$(HOST):$(PORT)
run: install ## Migrate, load the demo content once, serve http://127.0.0.1:8000/ with a task worker
	$(BIN)/python manage.py migrate --no-input
	$(BIN)/python manage.py load_demo
	@echo "Site: http://$(HOST):$(PORT)/   Admin: http://$(HOST):$(PORT)/admin/"
	@# The task worker sends e-mails and updates the search index. It stops when the database
	@# goes away, so it is started again (as systemd would in production); it ends with the server.
	while true; do $(BIN)/python manage.py db_worker; sleep 5; done & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

# Tests run on the same settings module; these values only stand in for a real environment.
# The browser tests (tests/e2e) need Chromium at /usr/bin/chromium and are skipped without it;
# -rs names the reason. `make test PYTEST_ARGS='-m "not e2e"'` leaves them out.
test: export SECRET_KEY ?= insecure-key-for-the-test-suite
test: export SECURE ?= false
test: install ## Run the whole pytest suite (PostgreSQL when DATABASE_URL points there)
	$(BIN)/python -m pytest -rs $(PYTEST_ARGS)

lint: install ## ruff: lint and import order
	$(BIN)/ruff check .

check: export DEBUG ?= true
check: install ## Django system checks and missing migrations
	$(BIN)/python manage.py check
	$(BIN)/python manage.py makemigrations --check --dry-run

messages: export DEBUG ?= true
messages: install ## Update the German and English message catalogues and compile them
	$(BIN)/python manage.py makemessages -l de -l en --extension html,txt,py,xml --no-obsolete --ignore "$(VENV)/*" --ignore "tests/*"
	$(BIN)/python manage.py compilemessages --ignore "$(VENV)/*"

# The benchmark builds a large site (once) in a database of its own and measures every public
# page type in the process and under gunicorn with wrk (apt-get install wrk); as production
# runs: DEBUG off, PostgreSQL, a shared cache. Results: bench/results.json. Not part of `test`.
BENCH_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/klimaallianz_bench
BENCH_CACHE_URL ?= redis://127.0.0.1:6379/15
bench: export DATABASE_URL = $(BENCH_DATABASE_URL)
bench: export CACHE_URL = $(BENCH_CACHE_URL)
bench: export DEBUG = false
bench: export SECURE = false
bench: export SECRET_KEY ?= benchmark-only-key-not-for-any-real-site-0123456789
bench: export ALLOWED_HOSTS = testserver,127.0.0.1
bench: export STATIC_ROOT = $(CURDIR)/bench/static
bench: export MEDIA_ROOT = $(CURDIR)/bench/media
bench: export DOCUMENTS_ROOT = $(CURDIR)/bench/private
bench: install ## Measure every public page on a large site (bench/results.json)
	$(BIN)/python manage.py create_database
	$(BIN)/python manage.py migrate --no-input -v 0
	$(BIN)/python manage.py collectstatic --no-input -v 0
	$(BIN)/python manage.py bench $(BENCH_ARGS)
