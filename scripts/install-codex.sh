#!/usr/bin/env bash
# Installs the pinned Codex CLI (npm @openai/codex) into .codex-bin/ (git-ignored), idempotently,
# and prints the path of the native executable on stdout.
set -euo pipefail
CODEX_VERSION="${CODEX_VERSION:-0.169.0}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DEST="${CODEX_INSTALL_DIR:-$ROOT/.codex-bin}/$CODEX_VERSION"

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
ln -sfn "$native" "$ROOT/.codex-bin/codex"
echo "$native"
