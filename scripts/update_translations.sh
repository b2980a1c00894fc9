#!/usr/bin/env bash
# Refreshes the Danish translation source from the code, then compiles it.
# Translate new strings in resources/translations/dialogdesk_da.ts (Qt Linguist:
# .venv/bin/pyside6-linguist) and run this again to rebuild the .qm.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/pyside6-lupdate -no-obsolete $(find src/dialogdesk -name '*.py' | sort) \
    -ts resources/translations/dialogdesk_da.ts
.venv/bin/pyside6-lrelease resources/translations/dialogdesk_da.ts \
    -qm resources/translations/dialogdesk_da.qm
