#!/usr/bin/env bash
# Places the official Python SDK (openai_codex, from openai/codex sdk/python) in .python-sdk/ (git-ignored), for the
# benchmarks' `user` scenario (its Python column). Usage: scripts/fetch-python-sdk.sh [GIT_DIR_OR_URL [COMMIT]]
#
# Where it comes from, first that works:
#   1. a local git repository (bare or not) that carries sdk/python — the first argument, $PYTHON_SDK_GIT, or the
#      mirror /work/.mirror/xrehpicx+anya/repo — at COMMIT (default 9316acf9b, a fork of openai/codex that carries
#      sdk/python; openai/codex itself is too large to clone whole);
#   2. a sparse, blobless clone of that fork from GitHub (needs network access to github.com).
# PyPI's `openai-codex` is not used: it was not installable here (no matching distribution), and it pins its own
# runtime (openai-codex-cli-bin) while the benchmark points it at the pinned binary anyway.
# Needs python3 >= 3.10 with pydantic >= 2.12 to import (checked at the end).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
dest=.python-sdk
source="${1:-${PYTHON_SDK_GIT:-/work/.mirror/xrehpicx+anya/repo}}"
commit="${2:-${PYTHON_SDK_COMMIT:-9316acf9b}}"
url=https://github.com/xrehpicx/anya.git

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
if [[ -d "$source" ]] && git --git-dir="$source" cat-file -e "$commit^{commit}" 2>/dev/null \
    || { [[ -d "$source/.git" ]] && source="$source/.git" && git --git-dir="$source" cat-file -e "$commit^{commit}" 2>/dev/null; }; then
  echo "== sdk/python from the local repository $source at $commit" >&2
  git --git-dir="$source" archive "$commit" sdk/python | tar -x -C "$tmp"
else
  [[ "$source" == http* ]] && url="$source"
  echo "== sdk/python from $url at $commit (sparse clone)" >&2
  git clone -q --filter=blob:none --no-checkout "$url" "$tmp/clone"
  git -C "$tmp/clone" sparse-checkout set sdk/python
  git -C "$tmp/clone" checkout -q "$commit"
  mv "$tmp/clone/sdk" "$tmp/sdk"
fi
rm -rf "$dest"
mkdir -p "$dest"
cp -r "$tmp/sdk/python/src" "$tmp/sdk/python/pyproject.toml" "$tmp/sdk/python/README.md" "$dest/"
echo "$commit" > "$dest/COMMIT"
if PYTHONPATH="$dest/src" python3 -c 'import openai_codex, pydantic; print("openai_codex", openai_codex.__version__, "pydantic", pydantic.VERSION)' >&2; then
  echo "== ready: $dest/src (the harness puts it on PYTHONPATH)" >&2
else
  echo "!! $dest/src does not import: python3 >= 3.10 and pydantic >= 2.12 are needed" >&2
  exit 1
fi
