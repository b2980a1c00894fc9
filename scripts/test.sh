#!/usr/bin/env bash
# Sets up what is missing (with the test tools), then runs the linter and the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh dev
.venv/bin/ruff check .
.venv/bin/ruff format --check .
# tests/conftest.py runs Qt offscreen on a simulated laptop + projector.
exec .venv/bin/python -m pytest "$@"
