#!/usr/bin/env bash
# Prepares this machine to run the extension in a real VS Code without internet:
#   - Debian packages: libkrb5-dev (code-server's kerberos addon), ripgrep (VS Code's search binary),
#     chromium (the browser that hosts the workbench), fonts-wqy-microhei (CJK glyphs in screenshots);
#   - code-server (VS Code's own server build) in a cache folder outside the repository.
# Idempotent: a second run checks and prints what is there, and installs nothing.
#
# Environment:
#   GONGWEN_VSCODE_CACHE   cache folder (default: $HOME/.cache/gongwen-vscode)
#   GONGWEN_CODE_SERVER_VERSION  default 4.100.3 (= VS Code 1.100.3, the newest that runs on Node 20)
set -euo pipefail

CODE_SERVER_VERSION="${GONGWEN_CODE_SERVER_VERSION:-4.100.3}"
CACHE="${GONGWEN_VSCODE_CACHE:-${HOME:-/root}/.cache/gongwen-vscode}"
PREFIX="$CACHE/code-server-$CODE_SERVER_VERSION"
MARKER="$PREFIX/.gongwen-ready"
# @vscode/ripgrep's postinstall downloads rg from GitHub unless this archive is in its cache folder.
RG_PKG_VERSION="1.15.11"
RG_ARCHIVE="ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
APT_PACKAGES=(libkrb5-dev ripgrep chromium fonts-wqy-microhei)

log() { echo "[vscode-setup] $*"; }
die() { echo "[vscode-setup] ERROR: $*" >&2; exit 1; }

start=$(date +%s)
log "cache folder: $CACHE (set GONGWEN_VSCODE_CACHE to change it)"
mkdir -p "$CACHE" || die "cannot create $CACHE"

# --- Node.js: code-server 4.100.x refuses anything but Node 20 -------------------------------------
command -v node >/dev/null || die "node is not on PATH"
command -v npm >/dev/null || die "npm is not on PATH"
node_major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$node_major" = "20" ] || die "code-server $CODE_SERVER_VERSION needs Node.js 20; this is Node $(node -v)"

# --- Debian packages ------------------------------------------------------------------------------
missing=()
for p in "${APT_PACKAGES[@]}"; do
  if dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    log "apt package present: $p"
  else
    missing+=("$p")
  fi
done
if [ "${#missing[@]}" -gt 0 ]; then
  log "apt packages missing: ${missing[*]}"
  command -v apt-get >/dev/null || die "apt-get not found; install by hand: ${missing[*]}"
  if [ "$(id -u)" != 0 ]; then
    die "not root; run: sudo apt-get update && sudo apt-get install -y ${missing[*]}"
  fi
  log "running: apt-get update"
  apt-get update -qq || die "apt-get update failed"
  log "running: apt-get install -y ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >"$CACHE/apt.log" 2>&1 \
    || { tail -30 "$CACHE/apt.log" >&2; die "apt-get install failed for: ${missing[*]} (log: $CACHE/apt.log)"; }
fi
[ -x /usr/bin/chromium ] || die "/usr/bin/chromium missing after installing package chromium"
command -v rg >/dev/null || die "rg missing after installing package ripgrep"
command -v krb5-config >/dev/null || die "krb5-config missing after installing package libkrb5-dev"
fc-list :lang=zh family 2>/dev/null | grep -qi "wenquanyi\|wqy" \
  || die "no Chinese font found by fc-list after installing fonts-wqy-microhei"

# --- code-server ------------------------------------------------------------------------------------
entry="$PREFIX/node_modules/code-server/out/node/entry.js"
check_install() {
  local v="$PREFIX/node_modules/code-server/lib/vscode/node_modules"
  local f
  for f in "$entry" \
    "$PREFIX/node_modules/argon2/lib/binding/napi-v3/argon2.node" \
    "$v/node-pty/build/Release/pty.node" \
    "$v/@vscode/spdlog/build/Release/spdlog.node" \
    "$v/kerberos/build/Release/kerberos.node" \
    "$v/native-watchdog/build/Release/watchdog.node" \
    "$v/@vscode/ripgrep/bin/rg" \
    "$PREFIX/node_modules/code-server/lib/vscode/node_modules.asar"; do
    [ -e "$f" ] || { echo "$f"; return 1; }
  done
}

if [ -f "$MARKER" ] && check_install >/dev/null; then
  log "code-server $CODE_SERVER_VERSION already installed in $PREFIX"
else
  log "installing code-server $CODE_SERVER_VERSION into $PREFIX (about 1.5 minutes, 300 MB)"
  rm -rf "$PREFIX"
  mkdir -p "$PREFIX/tmp"
  # A private TMPDIR holds the ripgrep archive that @vscode/ripgrep's postinstall takes instead of
  # downloading, and keeps node-gyp's scratch files out of /tmp.
  export TMPDIR="$PREFIX/tmp"
  rg_cache="$TMPDIR/vscode-ripgrep-cache-$RG_PKG_VERSION"
  mkdir -p "$rg_cache"
  tar czf "$rg_cache/$RG_ARCHIVE" -C "$(dirname "$(command -v rg)")" rg
  log "ripgrep cache: $rg_cache/$RG_ARCHIVE (Debian's rg)"

  # npm 11 runs dependency install scripts only for packages listed in allowScripts. code-server's
  # own postinstall runs a nested `npm install` in lib/vscode, which has a package.json of its own,
  # so step 1 installs without scripts, step 2 approves the native modules of lib/vscode in its
  # package.json and runs code-server's postinstall, step 3 builds argon2.
  cat >"$PREFIX/package.json" <<EOF
{
  "name": "gongwen-vscode-cache",
  "private": true,
  "version": "0.0.0",
  "description": "code-server for Gongwen's offline VS Code tests (created by scripts/vscode/setup.sh)",
  "dependencies": { "code-server": "$CODE_SERVER_VERSION" },
  "allowScripts": { "code-server": true, "argon2": true }
}
EOF
  cd "$PREFIX"
  log "step 1/3: npm install code-server@$CODE_SERVER_VERSION --ignore-scripts"
  npm install --no-audit --no-fund --ignore-scripts >"$PREFIX/install.log" 2>&1 \
    || { tail -30 "$PREFIX/install.log" >&2; die "npm install code-server@$CODE_SERVER_VERSION failed (log: $PREFIX/install.log)"; }

  cs="$PREFIX/node_modules/code-server"
  want_rg="$(node -p "require('$cs/lib/vscode/npm-shrinkwrap.json').packages['node_modules/@vscode/ripgrep'].version")"
  [ "$want_rg" = "$RG_PKG_VERSION" ] \
    || die "code-server $CODE_SERVER_VERSION wants @vscode/ripgrep $want_rg; this script pre-fills the cache for $RG_PKG_VERSION (update RG_PKG_VERSION/RG_ARCHIVE)"

  node -e '
    const fs = require("fs"); const f = process.argv[1];
    const p = JSON.parse(fs.readFileSync(f, "utf8"));
    p.allowScripts = { "@parcel/watcher": true, "@vscode/deviceid": true, "@vscode/ripgrep": true,
      "@vscode/spdlog": true, "kerberos": true, "native-watchdog": true, "node-pty": true,
      "@vscode/windows-process-tree": false, "@vscode/windows-registry": false };
    fs.writeFileSync(f, JSON.stringify(p, null, 2) + "\n");' "$cs/lib/vscode/package.json"

  log "step 2/3: code-server postinstall (builds node-pty, spdlog, kerberos, ... with node-gyp)"
  (cd "$cs" && npm_config_user_agent="npm/$(npm -v) node/$(node -v) linux x64" \
      npm_config_unsafe_perm=true npm_config_yes=true sh ./postinstall.sh) >>"$PREFIX/install.log" 2>&1 \
    || { tail -40 "$PREFIX/install.log" >&2; die "code-server postinstall failed (log: $PREFIX/install.log)"; }

  log "step 3/3: npm rebuild argon2 (from source; its prebuilt download is unreachable)"
  npm_config_yes=true npm rebuild argon2 >>"$PREFIX/install.log" 2>&1 \
    || { tail -30 "$PREFIX/install.log" >&2; die "building argon2 failed (log: $PREFIX/install.log)"; }

  if ! bad="$(check_install)"; then
    die "code-server install incomplete: missing $bad (log: $PREFIX/install.log)"
  fi
  date -u +%FT%TZ >"$MARKER"
fi

version="$(XDG_CONFIG_HOME="$PREFIX/tmp/xdg-config" XDG_DATA_HOME="$PREFIX/tmp/xdg-data" \
  node "$entry" --version 2>/dev/null | grep -E '^[0-9]+\.' | head -1)" \
  || die "code-server does not start: node $entry --version failed"
log "code-server: $entry ($version)"
log "chromium: $(/usr/bin/chromium --version 2>/dev/null | head -1)"
log "ready in $(( $(date +%s) - start ))s"
