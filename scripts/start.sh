#!/usr/bin/env bash
# Sets up what is missing, then starts DialogDesk on the bundled materials.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
exec .venv/bin/dialogdesk "$@"
