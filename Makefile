# Two commands do all the set-up on a fresh machine:
#   make run    the bot (no BOT_TOKEN: the console chat on the embedded SQLite default)
#   make test   the test suite
# Both create .venv and install the project into it the first time.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: run test test-fast lint check bench chaos clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

run: $(BIN)/.installed
	$(BIN)/python -m bot

test: $(BIN)/.installed
	$(BIN)/python -m pytest

# The inner loop: everything but the end-to-end and slow tests (`make test` runs all).
test-fast: $(BIN)/.installed
	$(BIN)/python -m pytest -m "not e2e and not slow"

lint: $(BIN)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m mypy bot
	$(BIN)/python -m mypy --strict bot/engine bot/store

check: $(BIN)/.installed
	$(BIN)/python -m bot check

# Fault scenarios (kills, malformed updates, slow clients, a second process, a full disk) on
# both adapters, with a table; not part of `make test`, which runs a short round of each.
chaos: $(BIN)/.installed
	$(BIN)/python -m tests.chaos

bench: $(BIN)/.installed
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache .hypothesis
