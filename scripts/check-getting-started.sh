#!/usr/bin/env bash
# Walks docs/getting-started.md sections 1-4 as a new user would, with the page's own blocks and commands:
# installs the artifacts (section 1), writes the app of section 2-3 into an empty folder, installs the CLI with the
# page's npm command and runs `mvn spring-boot:run -Pdev` (section 4), then runs the page's curl commands and checks
# what their comments promise. Fails on the first difference. Needs npm and the package registries (as .ci/run).
# Usage: scripts/check-getting-started.sh [WORK_DIR]
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${1:-$(mktemp -d)}"
app="$work/my-app"
port="${GETTING_STARTED_PORT:-18080}"
rm -rf "$app"
mkdir -p "$work"
log="$work/app.log"

# the page says Maven 3.9: the repository's wrapper is one, whatever `mvn` the machine has
mvn() { "$repo/mvnw" -B -ntp "$@"; }

commands="$work/commands.jsonl"
python3 "$repo/scripts/getting_started_app.py" "$repo/docs/getting-started.md" "$app" > "$commands"
echo "== the app of docs/getting-started.md: $(cd "$app" && find . -type f | sort | tr '\n' ' ')"

app_pid=""
cleanup() {
  if [[ -n "$app_pid" ]]; then
    kill -TERM -- "-$app_pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 -- "-$app_pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$app_pid" 2>/dev/null || true
  fi
}
trap cleanup EXIT

check_output() { # check_output OUTPUT COMMENT: every "key":"value" and every event:NAME of the comment is in OUTPUT
  local output="$1" comment="$2" expected
  while IFS= read -r expected; do
    [[ -z "$expected" ]] && continue
    if [[ "$output" != *"$expected"* ]]; then
      echo "FAILED: the page promises $expected; got: ${output:0:600}" >&2
      return 1
    fi
  done < <(grep -oE '"[A-Za-z]+":"[^"]*"|event:[a-z]+' <<< "$comment" || true)
}

while IFS= read -r line; do
  command="$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["command"])' "$line")"
  comment="$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["comment"])' "$line")"
  echo "== \$ $command"
  case "$command" in
    "./mvnw "*)
      (cd "$repo" && eval "$command -ntp -q")
      ;;
    "npm install "*)
      (cd "$app" && eval "$command" > /dev/null)
      ;;
    "mvn spring-boot:run"*)
      # its own process group, so that the forked application and its app-server stop with it
      # (a background job of a script is no group leader, so setsid needs no fork: $! leads the new group)
      SERVER_PORT="$port" setsid bash -c "$(declare -f mvn); repo='$repo'; cd '$app' && $command" > "$log" 2>&1 &
      app_pid=$!
      for _ in $(seq 1 1800); do
        if curl -sf "http://localhost:$port/actuator/health" > /dev/null 2>&1; then break; fi
        if ! kill -0 "$app_pid" 2>/dev/null; then echo "FAILED: the application exited; log:" >&2; tail -50 "$log" >&2; exit 1; fi
        sleep 0.1
      done
      curl -sf "http://localhost:$port/actuator/health" > /dev/null || { echo "FAILED: not up in 180 s" >&2; tail -50 "$log" >&2; exit 1; }
      grep -qi "dev mode" "$log" || { echo "FAILED: no dev-mode warning in the log" >&2; exit 1; }
      ;;
    "curl "*)
      output="$(eval "${command//localhost:8080/localhost:$port} -sS -f --max-time 60")"
      check_output "$output" "$comment"
      echo "   ok: ${output:0:160}"
      ;;
    *)
      echo "FAILED: a command of the page this check does not know how to run: $command" >&2
      exit 1
      ;;
  esac
done < "$commands"

grep -q '"mvn spring-boot:run' "$commands" || { echo "FAILED: the page runs no application" >&2; exit 1; }
cleanup
app_pid=""
left="$(pgrep -f "$app/target/codex-bin" || true)"
if [[ -n "$left" ]]; then
  echo "FAILED: app-server processes left after the application stopped: $left" >&2
  exit 1
fi
echo "== docs/getting-started.md sections 1-4: every command ran and printed what the page says"
