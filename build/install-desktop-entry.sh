#!/usr/bin/env bash
# Run once from the unpacked bundle: adds DialogDesk to the applications menu.
# As root it installs for every user (into /usr/local), otherwise for the current user.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if [ "$(id -u)" -eq 0 ]; then
    apps=/usr/local/share/applications; icons=/usr/local/share/icons/hicolor/256x256/apps
    bin=/usr/local/bin
else
    apps="$HOME/.local/share/applications"; icons="$HOME/.local/share/icons/hicolor/256x256/apps"
    bin="$HOME/.local/bin"
fi
mkdir -p "$apps" "$icons" "$bin"
ln -sf "$here/dialogdesk" "$bin/dialogdesk"
install -m 644 "$here/_internal/resources/icons/dialogdesk.png" "$icons/dialogdesk.png"
sed "s|^Exec=.*|Exec=$here/dialogdesk|" "$here/dialogdesk.desktop" > "$apps/dialogdesk.desktop"
echo "DialogDesk is in the applications menu ($apps/dialogdesk.desktop)."
