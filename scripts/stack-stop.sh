#!/usr/bin/env bash
# Stops what stack-start.sh started, by the pids it recorded: SIGTERM, then SIGKILL after 20 s.
# Stops Prometheus first, so it does not record the services going down as an outage, then
# Alertmanager, then the six services together, then Zipkin.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/stack-env.sh"

# Sends SIGTERM to the process of each named pid file that is still running.
terminate() {
  local name
  for name in "$@"; do
    [[ -e "$PID_DIR/$name.pid" ]] && kill -TERM "$(cat "$PID_DIR/$name.pid")" 2>/dev/null
  done
}

# Waits for each named process to exit, killing one that outlives 20 s, and drops its pid file.
await_exit() {
  local name pid
  for name in "$@"; do
    [[ -e "$PID_DIR/$name.pid" ]] || continue
    pid="$(cat "$PID_DIR/$name.pid")"
    for _ in $(seq 1 40); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.5
    done
    if kill -0 "$pid" 2>/dev/null; then
      echo "stack-stop: $name (pid $pid) ignored SIGTERM for 20 s, killing it" >&2
      kill -KILL "$pid" 2>/dev/null
    fi
    rm -f "$PID_DIR/$name.pid"
  done
}

# The remote-write senders first, so the central server receives all they scraped.
terminate prometheus-sender-a prometheus-sender-b
await_exit prometheus-sender-a prometheus-sender-b
terminate prometheus
await_exit prometheus
# Alertmanager after Prometheus, which sends it alerts until it stops.
terminate alertmanager
await_exit alertmanager
# Then the stand-ins it notified.
terminate notifications-http notifications-mail
await_exit notifications-http notifications-mail
# The services are what has a pid file besides the Prometheus servers and Alertmanager.
names=()
for pidfile in "$PID_DIR"/*.pid; do
  [[ -e "$pidfile" ]] || continue
  name="$(basename "$pidfile" .pid)"
  [[ "$name" == prometheus* || "$name" == alertmanager || "$name" == zipkin ]] \
    || names+=("$name")
done
terminate "${names[@]}"
await_exit "${names[@]}"
# Zipkin last: the services send their last spans as they stop.
terminate zipkin
await_exit zipkin
rm -f "$STACK_DIR/zipkin.url"
rm -f "$STACK_DIR/prometheus.url" "$STACK_DIR/senders.url" "$STACK_DIR/notifications.url" \
  "$STACK_DIR/mail.url"
# The stack's API key dies with it.
if [[ -e "$STACK_DIR/api-key" ]]; then
  "$ROOT/scripts/api-key.sh" revoke "$(stack_key_name)" >/dev/null 2>&1 || true
  rm -f "$STACK_DIR/api-key" "$STACK_DIR/internal-credential"
fi
echo "stack-stop: stopped"
