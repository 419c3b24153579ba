#!/usr/bin/env bash
# Stops what stack-start.sh started, by the pids it recorded: SIGTERM, then SIGKILL after 20 s.
# Stops Prometheus first, so it does not record the services going down as an outage.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/stack-env.sh"

stop() {
  local pidfile="$PID_DIR/$1.pid"
  [[ -e "$pidfile" ]] || return 0
  local pid
  pid="$(cat "$pidfile")"
  if kill -TERM "$pid" 2>/dev/null; then
    for _ in $(seq 1 40); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.5
    done
    if kill -0 "$pid" 2>/dev/null; then
      echo "stack-stop: $1 (pid $pid) ignored SIGTERM for 20 s, killing it" >&2
      kill -KILL "$pid" 2>/dev/null
    fi
  fi
  rm -f "$pidfile"
}

stop prometheus
for ((i = ${#SERVICES[@]} - 1; i >= 0; i--)); do
  IFS=: read -r name _ _ <<<"${SERVICES[$i]}"
  stop "$name"
done
rm -f "$STACK_DIR/prometheus.url"
echo "stack-stop: stopped"
