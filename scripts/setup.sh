# Sourced by run.sh and test.sh: makes .venv with everything Magplan needs.
# On Debian/Ubuntu as root it installs what is missing from the system itself;
# elsewhere it names the packages and stops.
set -euo pipefail

QT_LIBS=(libgl1 libegl1 libglib2.0-0 libxkbcommon0 libfontconfig1 libdbus-1-3)
# Only needed for a real window on an X display (not for offscreen tests).
X_LIBS=(libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
        libxcb-render-util0 libxcb-shape0 libxcb-xkb1)

say() { printf 'magplan: %s\n' "$*" >&2; }

missing_debs() {
    local p missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    echo "${missing[@]:-}"
}

install_debs() {  # install_debs WHAT PKG...
    local what=$1; shift
    command -v dpkg-query >/dev/null || return 0   # not Debian-like: trust the system
    local missing; missing=$(missing_debs "$@")
    [ -z "$missing" ] && return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        say "installing $what: $missing"
        apt-get update -qq >/dev/null
        # shellcheck disable=SC2086
        apt-get install -y -qq --no-install-recommends $missing >/dev/null
    else
        say "missing $what; please install: sudo apt-get install $missing"
        exit 1
    fi
}

PYTHON=${PYTHON:-python3}
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    say "Magplan needs Python 3.11 or newer as '$PYTHON' (set PYTHON=... to choose one)"
    exit 1
fi
if ! "$PYTHON" -c 'import venv, ensurepip' 2>/dev/null; then
    install_debs "Python's venv module" python3-venv
fi
install_debs "system libraries for Qt" "${QT_LIBS[@]}"
if [ -n "${DISPLAY:-}" ]; then
    install_debs "system libraries for Qt on X11" "${X_LIBS[@]}"
fi

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VENV="$ROOT/.venv"
EXTRAS=${MAGPLAN_EXTRAS:-}
STAMP="$VENV/.installed${EXTRAS:+-$EXTRAS}"
if [ ! -x "$VENV/bin/python" ]; then
    "$PYTHON" -m venv "$VENV"
fi
# Reinstall only when the project's requirements changed since the last time.
if [ ! -f "$STAMP" ] || [ "$ROOT/pyproject.toml" -nt "$STAMP" ]; then
    say "installing Magplan into $VENV"
    "$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null
    "$VENV/bin/python" -m pip install -q -e "$ROOT${EXTRAS:+[$EXTRAS]}"
    touch "$STAMP"
fi
