#!/usr/bin/env bash
# Builds the one-folder bundle and its archive: build/dist/dialogdesk-VERSION/ and .tar.gz.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh dev
bash scripts/update_translations.sh >/dev/null
rm -rf build/dist build/work
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
    --distpath build/dist --workpath build/work build/dialogdesk.spec
version=$(.venv/bin/python -c "import dialogdesk; print(dialogdesk.__version__)")
bundle="build/dist/dialogdesk-${version}"
install -m 644 build/dialogdesk.desktop "$bundle/dialogdesk.desktop"
install -m 755 build/install-desktop-entry.sh "$bundle/install-desktop-entry.sh"
tar -C build/dist -czf "build/dist/dialogdesk-${version}-linux-x86_64.tar.gz" "dialogdesk-${version}"
du -sh "$bundle" "build/dist/dialogdesk-${version}-linux-x86_64.tar.gz"
