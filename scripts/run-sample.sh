#!/usr/bin/env bash
# Runs the Codex sample app (sample-app/) on a machine with a JDK 17+ and Node.js/npm: installs the pinned Codex
# binary if it is missing, builds the sample and the modules it needs, starts it and prints its URL.
#
#   bash scripts/run-sample.sh [--any.spring.property=value ...]
#
# Offline demo model by default (no account, no network); export OPENAI_API_KEY to use the real model.
# SERVER_PORT overrides the port (8080); CODEX_BIN points at another codex binary. Ctrl+C stops the app, and with it
# the Codex app-server.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PORT="${SERVER_PORT:-8080}"

if [[ -z "${CODEX_BIN:-}" && ! -x .codex-bin/codex ]]; then
  echo "== Installing the pinned Codex CLI into .codex-bin/"
  bash scripts/install-codex.sh >/dev/null
fi

echo "== Building sample-app and the modules it needs"
./mvnw -q -B -DskipTests install -pl sample-app -am
JAR="$(ls sample-app/target/codex-sample-app-*.jar | grep -v -- '-original' | head -n 1)"

if [[ -n "${OPENAI_API_KEY:-}" ]]; then
  echo "== Starting the sample on the real model (OPENAI_API_KEY is set)"
else
  echo "== Starting the sample on the offline DEMO MODEL (export OPENAI_API_KEY to use the real model)"
fi
java -jar "$JAR" --server.port="$PORT" "$@" &
APP=$!
stop() {
  trap - INT TERM
  kill -TERM "$APP" 2>/dev/null || true
  wait "$APP" 2>/dev/null || true
  exit 0
}
trap stop INT TERM

# the port opens once the context, and with it the Codex app-server, has started
until (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; do
  if ! kill -0 "$APP" 2>/dev/null; then
    wait "$APP" || true
    echo "== The sample app did not start (see the log above)" >&2
    exit 1
  fi
  sleep 1
done
echo
echo "== Codex sample app is up: http://localhost:$PORT/   (health: http://localhost:$PORT/actuator/health)"
echo "== Press Ctrl+C to stop it."
wait "$APP"
