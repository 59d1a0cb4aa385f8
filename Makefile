# Opentori: `make demo` serves the portal with demo content; `make test` runs every check.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
TEST_DATABASE_URL := $(or $(DATABASE_URL),postgres://postgres@127.0.0.1:5432/opentori)
# The suite runs in this many processes (pytest-xdist). Each process runs its share in the
# order pytest-django sets: the tests that empty the database (browser tests) last.
TEST_WORKERS ?= 2

.PHONY: demo serve test test-replica production production-stop install install-dev translations messages lint format lock clean

# The demo runs with debugging off (portal.settings.demo): the portal's own error pages, and
# static files collected, hashed and served by WhiteNoise as in production.
demo: export DJANGO_SETTINGS_MODULE := portal.settings.demo
demo: install translations
	$(PY) manage.py check_database
	$(PY) manage.py migrate --noinput
	$(PY) manage.py collectstatic --noinput --verbosity 0
	$(PY) manage.py load_demo
	$(PY) manage.py runserver $(HOST):$(PORT)

serve: install translations
	$(PY) manage.py check_database
	$(PY) manage.py runserver $(HOST):$(PORT)

test: install-dev translations
	bash .ci/test-services "$(TEST_DATABASE_URL)"
	DATABASE_URL="$(TEST_DATABASE_URL)" $(PY) manage.py check --fail-level WARNING
	DATABASE_URL="$(TEST_DATABASE_URL)" $(PY) manage.py makemigrations --check --dry-run
	DATABASE_URL="$(TEST_DATABASE_URL)" DJANGO_SETTINGS_MODULE=portal.settings.base \
		SECRET_KEY="deploy-check-$$(od -An -N32 -tx1 /dev/urandom | tr -d ' \n')" \
		ALLOWED_HOSTS=opentori.example \
		$(PY) manage.py check --deploy --fail-level WARNING
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/djlint templates --lint
	DATABASE_URL="$(TEST_DATABASE_URL)" $(BIN)/pytest -n $(TEST_WORKERS)

# The production stack on this machine (README: Running in production); Ctrl-C stops it.
production: install translations
	bash deploy/production.sh start

production-stop:
	bash deploy/production.sh stop

# The read router against a real streaming replica of the test server (deploy/replica.sh), on its
# own: the rest of the suite runs without DATABASE_REPLICA_URL.
test-replica: install-dev
	bash .ci/test-services "$(TEST_DATABASE_URL)"
	bash deploy/replica.sh start
	DATABASE_URL="$(TEST_DATABASE_URL)" \
		DATABASE_REPLICA_URL="$$(echo "$(TEST_DATABASE_URL)" | sed -E 's#:[0-9]+/#:5433/#')" \
		$(BIN)/pytest tests/test_replica.py

$(VENV)/bin/activate:
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "Opentori needs Python 3.11 or newer"; exit 1; }
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: requirements.lock | $(VENV)/bin/activate
	bash bin/install-finnish-dictionary
	$(BIN)/pip install --quiet --require-hashes --no-deps -r requirements.lock
	touch $@

$(VENV)/.installed-dev: requirements-dev.lock | $(VENV)/bin/activate
	bash bin/install-finnish-dictionary
	$(BIN)/pip install --quiet --require-hashes --no-deps -r requirements-dev.lock
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed

install-dev: $(VENV)/.installed-dev

# Compiled catalogues are build output; Babel compiles them without GNU gettext. locale/wagtail
# holds Wagtail's messages that its own Finnish and Swedish catalogues leave untranslated.
translations: install
	$(BIN)/pybabel compile --domain django --directory locale --statistics
	$(BIN)/pybabel compile --domain django --directory locale/wagtail
	$(BIN)/pybabel compile --domain djangojs --directory locale/wagtail

# Extract new strings into locale/fi and locale/sv (needs GNU gettext).
messages: install-dev
	$(PY) manage.py makemessages --locale fi --locale sv --no-obsolete --no-location \
		--ignore ".venv/*" --ignore "static_collected/*"

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/djlint templates --lint

format: install-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Re-pin dependencies after a change to pyproject.toml. The locks hold names, versions and
# hashes only: sed drops any option line (where packages come from is the machine's business).
lock: install-dev
	$(BIN)/pip install --quiet pip-tools
	$(BIN)/pip-compile --quiet --no-header --generate-hashes --strip-extras --allow-unsafe \
		-o requirements.lock pyproject.toml
	$(BIN)/pip-compile --quiet --no-header --generate-hashes --strip-extras --allow-unsafe \
		--extra dev -o requirements-dev.lock pyproject.toml
	sed -i '/^--/d' requirements.lock requirements-dev.lock

clean:
	rm -rf $(VENV) static_collected .pytest_cache
