#!/usr/bin/env bash
# Sets up everything DialogDesk needs on a Debian/Ubuntu machine with Python 3.11:
# the system libraries Qt loads at run time, and a virtual environment in .venv.
# Re-running is fast: each part is skipped when nothing it depends on changed.
set -euo pipefail
cd "$(dirname "$0")/.."

extras="${1:-}"   # "dev" for the test tools
# Libraries that PySide6's wheels dlopen: QtMultimedia needs libpulse0; the xcb
# platform (a real screen) needs the xcb/xkb family; offscreen needs EGL and fontconfig.
# Xvfb, imagemagick and poppler-utils are for screenshots and PDF checks in tests.
system_packages=(
    libpulse0 libegl1 libgl1 libopengl0 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3
    libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0
    libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0
    libxcb-xkb1 libxcb-xfixes0 libx11-xcb1 libxrender1 libxi6 libsm6 libice6
    fonts-dejavu-core
)
if [ "$extras" = "dev" ]; then
    # x11-xserver-utils (xrandr), x11-utils and fluxbox: F7 tested under a real window manager.
    system_packages+=(xvfb xauth dbus-daemon strace icu-devtools binutils ffmpeg debootstrap
        x11-xserver-utils x11-utils fluxbox)
fi

missing=()
for package in "${system_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
    echo "Installing system libraries: ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

python="${PYTHON:-python3.11}"
command -v "$python" >/dev/null || python=python3
if [ ! -x .venv/bin/python ]; then
    "$python" -m venv .venv || {
        echo "python venv is missing; installing python3-venv"
        sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
        $sudo apt-get update -qq
        $sudo apt-get install -y -qq python3-venv >/dev/null
        "$python" -m venv .venv
    }
fi

# Reinstall only when the project's dependency list (or the extras asked for) changed.
stamp=".venv/.dialogdesk-installed"
wanted="$(sha256sum pyproject.toml | cut -d' ' -f1) ${extras}"
installed="$(cat "$stamp" 2>/dev/null || true)"
# An install with the dev extras also serves the plain app.
if [ "$installed" != "$wanted" ] && [ "$installed" != "${wanted}dev" ]; then
    spec="."
    [ -n "$extras" ] && spec=".[${extras}]"
    .venv/bin/python -m pip install --quiet --upgrade pip
    .venv/bin/python -m pip install --quiet -e "$spec"
    echo "$wanted" > "$stamp"
fi
