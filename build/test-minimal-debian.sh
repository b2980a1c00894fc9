#!/usr/bin/env bash
# Runs the bundle's self-test on a minimal Debian 12 made with debootstrap: no Python, no desktop,
# only the system packages the README's install section lists for IT. Proves the bundle needs
# nothing else, which a fresh venv on the build machine cannot show.
#
#   sudo build/test-minimal-debian.sh        (root: debootstrap and chroot)
#
# Needs the Debian mirror: about 60 MB on the first run. The freshly made minimal system is kept
# as build/minimal-debian.tar, and every run starts from a new copy of it in build/minimal-debian/
# (so a package taken off the list is really gone); delete the .tar to make it again.
set -euo pipefail
cd "$(dirname "$0")/.."

# Keep in step with the README ("For IT: the standalone bundle").
RUNTIME_PACKAGES=(libegl1 libgl1 libxcb1 libdrm2 libfontconfig1 fonts-dejavu-core libpulse0)
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
root=$PWD/build/minimal-debian
snapshot=$root.tar

version=$(.venv/bin/python -c "import dialogdesk; print(dialogdesk.__version__)")
archive=$PWD/build/dist/dialogdesk-${version}-linux-x86_64.tar.gz
[ -f "$archive" ] || bash build/build.sh

command -v debootstrap >/dev/null || apt-get install -y -q debootstrap
if [ ! -f "$snapshot" ]; then
    rm -rf "$root.partial"
    debootstrap --variant=minbase bookworm "$root.partial" "$MIRROR"
    tar -C "$root.partial" -cf "$snapshot.partial" .
    mv "$snapshot.partial" "$snapshot"
    rm -rf "$root.partial"
fi
rm -rf "$root"
mkdir -p "$root"
tar -C "$root" -xf "$snapshot"

# Everything below runs in a private mount namespace: /proc and /dev for the chroot vanish with it.
unshare --mount --propagation private bash -euo pipefail -s "$root" "$archive" "${RUNTIME_PACKAGES[@]}" <<'INSIDE'
root=$1 archive=$2
shift 2
mount -t proc proc "$root/proc"
mount --rbind /dev "$root/dev"
cp /etc/resolv.conf "$root/etc/resolv.conf"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root "$@"; }

in_root apt-get update -q >/dev/null
in_root apt-get install -y -q --no-install-recommends "$@" >/dev/null
if in_root sh -c 'command -v python3 || command -v python || ls /usr/lib/python3*' >/dev/null 2>&1; then
    echo "the minimal system has a Python: the test would prove nothing" >&2
    exit 1
fi
rm -rf "$root/opt/dialogdesk-"*
tar -C "$root/opt" -xzf "$archive"
executable=$(cd "$root" && ls -d opt/dialogdesk-*/dialogdesk)
echo "installed: ${*}"
echo "running /$executable --self-test in the minimal Debian (no Python) …"
in_root "/$executable" --self-test
INSIDE
