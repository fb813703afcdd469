#!/usr/bin/env bash
# Installs a Codex CLI (npm @openai/codex) into .codex-bin/<version>/ (git-ignored), idempotently, and prints the
# path of the native executable on stdout.
#
#   scripts/install-codex.sh            the pinned version (0.169.0); also points .codex-bin/codex at it
#   scripts/install-codex.sh 0.171.0    another version, side by side; .codex-bin/codex keeps pointing at the pinned one
#
# Every version gets its own stable link, .codex-bin/codex-<version>. CODEX_VERSION (environment) is the same as the
# argument; CODEX_INSTALL_DIR replaces .codex-bin (the links are made there too).
set -euo pipefail
PINNED_VERSION="0.169.0"
CODEX_VERSION="${1:-${CODEX_VERSION:-$PINNED_VERSION}}"
[[ "$CODEX_VERSION" =~ ^[0-9]+\.[0-9]+\.[0-9]+([-.][0-9A-Za-z.-]+)?$ ]] \
  || { echo "Not a version: '$CODEX_VERSION' (expected e.g. 0.171.0)" >&2; exit 2; }
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BIN_DIR="${CODEX_INSTALL_DIR:-$ROOT/.codex-bin}"
DEST="$BIN_DIR/$CODEX_VERSION"

find_native() {
  find "$DEST/node_modules" -path '*/vendor/*/bin/codex' -type f 2>/dev/null | head -n 1
}

native="$(find_native || true)"
if [[ -z "$native" || ! -x "$native" ]]; then
  command -v npm >/dev/null 2>&1 || { echo "npm is required to install @openai/codex@$CODEX_VERSION (install Node.js 18+)" >&2; exit 1; }
  mkdir -p "$DEST"
  echo "Installing @openai/codex@$CODEX_VERSION into $DEST ..." >&2
  npm install --prefix "$DEST" --no-audit --no-fund --loglevel=error "@openai/codex@$CODEX_VERSION" >&2
  native="$(find_native || true)"
fi
if [[ -z "$native" ]]; then
  # Fall back to the npm wrapper if no native executable is shipped for this platform.
  native="$DEST/node_modules/.bin/codex"
fi
[[ -x "$native" ]] || { echo "Codex executable not found after install under $DEST" >&2; exit 1; }
ln -sfn "$native" "$BIN_DIR/codex-$CODEX_VERSION"
if [[ "$CODEX_VERSION" == "$PINNED_VERSION" ]]; then
  ln -sfn "$native" "$BIN_DIR/codex"
fi
echo "$native"
