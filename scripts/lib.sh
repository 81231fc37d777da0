# Shared set-up for scripts/run, scripts/test and scripts/bench: sourced, not run.
# Installs what a fresh Debian machine lacks (Debian packages, the virtual environment, the
# project), and does nothing that is already done, so repeated runs cost seconds.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
LITELLM_VENV="$ROOT/.venv-litellm"
LITELLM_VERSION="1.108.7"
PYTHON="${PYTHON:-python3}"

# Qt's xcb/offscreen plugins, fonts with CJK glyphs, a D-Bus session and a Secret Service.
RUN_DEBS=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
          libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0
          libxcb-randr0 libxcb-render-util0 libxcb-image0 fonts-noto-cjk dbus gnome-keyring)
# xdg-utils and desktop-file-utils: the test that opens a provider-wizard:// link with xdg-open.
TEST_DEBS=("${RUN_DEBS[@]}" dbus-x11 xvfb xauth xdg-utils desktop-file-utils)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

ensure_debs() {
    local missing=()
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if ! command -v apt-get >/dev/null; then
        log "missing system packages (install them by hand): ${missing[*]}"
        return 0
    fi
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    log "installing Debian packages: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
}

# Python's venv module (Debian splits it into python3-venv), or install it.
ensure_python_venv() {
    if "$PYTHON" -c 'import ensurepip, venv' >/dev/null 2>&1; then
        return 0
    fi
    local version
    version="$("$PYTHON" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')"
    log "Python's venv module is missing: installing python$version-venv"
    ensure_debs "python$version-venv" || ensure_debs python3-venv
}

# A virtual environment at $1 that can install packages: created when missing, made again
# when a failed first run left it half-made (no python, or no working pip).
ensure_env_at() {
    local dir="$1"
    if [ -x "$dir/bin/python" ] && "$dir/bin/python" -m pip --version >/dev/null 2>&1; then
        return 0
    fi
    [ -e "$dir" ] && log "repairing the half-made virtual environment in ${dir#"$ROOT"/}"
    rm -rf "$dir"
    ensure_python_venv
    log "creating the virtual environment in ${dir#"$ROOT"/}"
    "$PYTHON" -m venv "$dir"
    "$dir/bin/python" -m pip install -q --upgrade pip
    rm -f "$dir"/.installed-* "$dir"/.version-*
}

# $1: the extras to install ("" or "test").
ensure_venv() {
    local extras="${1:-}"
    local spec="$ROOT"
    [ -n "$extras" ] && spec="$ROOT[$extras]"
    ensure_env_at "$VENV"
    # Reinstall only when the project's metadata or the extras changed.
    local stamp="$VENV/.installed-$extras"
    local want
    want="$(sha256sum "$ROOT/pyproject.toml" | cut -d' ' -f1)"
    if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
        log "installing the project${extras:+ with its $extras extras}"
        "$VENV/bin/python" -m pip install -q -e "$spec"
        echo "$want" >"$stamp"
    fi
    # An editable install is not compiled to bytecode, and where PYTHONDONTWRITEBYTECODE is
    # set Python would compile every module again at each start; compile what changed.
    "$VENV/bin/python" -m compileall -q "$ROOT/src"
}

# LiteLLM proxy, the real third-party gateway the tests run against, in its own environment
# so that its many pins never meet ours.
ensure_litellm() {
    if [ -x "$LITELLM_VENV/bin/litellm" ] && [ -f "$LITELLM_VENV/.version-$LITELLM_VERSION" ]; then
        return 0
    fi
    log "installing LiteLLM proxy $LITELLM_VERSION into .venv-litellm"
    rm -rf "$LITELLM_VENV"
    ensure_env_at "$LITELLM_VENV"
    "$LITELLM_VENV/bin/python" -m pip install -q "litellm[proxy]==$LITELLM_VERSION"
    touch "$LITELLM_VENV/.version-$LITELLM_VERSION"
}
