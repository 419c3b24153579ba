# The remote-write topology of stack-start.sh (STACK_TOPOLOGY=remote-write); sourced, not run.
#
# Two Prometheus servers in agent mode each scrape half of the services and remote-write what
# they scrape, with an external label `prometheus` naming the sender, to a central Prometheus
# started with the remote-write receiver: the protocol Thanos Receive, Grafana Mimir and Cortex
# accept. The central server evaluates the generated rule files; it scrapes nothing itself.
# Every target is scraped by exactly one sender, so no series arrives twice.
#
# Writes the central address to $STACK_DIR/prometheus.url (where the single-server mode writes its
# one server) and the senders' addresses to $STACK_DIR/senders.url, one a line.
# ALERT_FOR (e.g. 5s) shortens every alert's `for` in the stack's copy of the rules only, so a
# short run sees an alert fire; the committed rules keep theirs.

# Starts one Prometheus; its pid file is named after it, its log goes to $LOG_DIR.
start_prometheus() {
  local name=$1 port=$2
  shift 2
  nohup prometheus "$@" --web.listen-address="127.0.0.1:$port" \
    >"$LOG_DIR/$name.log" 2>&1 </dev/null &
  echo $! >"$PID_DIR/$name.pid"
}

await_ready() {
  local name=$1 port=$2
  for _ in $(seq 1 60); do
    curl -fs -o /dev/null "http://127.0.0.1:$port/-/ready" && return 0
    sleep 0.5
  done
  fail "$name did not become ready (log: $LOG_DIR/$name.log)"
}

free_port() {
  local port=$1
  while port_in_use "$port"; do port=$((port + 1)); done
  echo "$port"
}

# The scrape jobs of SERVICES from index $1, $2 of them, as a JSON array.
scrape_jobs() {
  local entry name port
  for entry in "${SERVICES[@]:$1:$2}"; do
    IFS=: read -r name port _ <<<"$entry"
    jq -n --arg job "$name" --arg target "127.0.0.1:$port" \
      '{job_name: $job, metrics_path: "/metrics", static_configs: [{targets: [$target]}]}'
  done | jq -s .
}

start_remote_write_topology() {
  local dir="$STACK_DIR/prometheus" interval="${SCRAPE_INTERVAL:-2s}"
  rm -rf "$dir"
  mkdir -p "$dir"
  # Debian's Prometheus 2.42 runs this topology: the rules the processor writes for 2.42.
  cp "$ROOT"/alerts/prometheus-2.42/*.rules.yml "$dir/"
  # The SLOs' long-window groups evaluate every 5m in production; a short run needs their series.
  sed -i -E "s/^(    interval:).*/\1 ${SCRAPE_INTERVAL:-2s}/" "$dir"/*.rules.yml
  if [[ -n "${ALERT_FOR:-}" ]]; then
    sed -i -E "s/^(\s+for:) .*/\1 $ALERT_FOR/" "$dir"/*.rules.yml
  fi
  # Prometheus reads JSON as the YAML it is.
  (cd "$dir" && ls -- *.rules.yml) | jq -R . | jq -s --arg interval "$interval" \
    '{global: {scrape_interval: $interval, evaluation_interval: $interval}, rule_files: .}' \
    >"$dir/central.yml"
  promtool check config "$dir/central.yml" >"$LOG_DIR/promtool-central.log" 2>&1 \
    || fail "promtool rejects $dir/central.yml: $(cat "$LOG_DIR/promtool-central.log")"
  local central
  central=$(free_port 9090)
  start_prometheus prometheus "$central" --config.file="$dir/central.yml" \
    --storage.tsdb.path="$dir/central-data" --web.enable-remote-write-receiver
  await_ready prometheus "$central"

  local half=$(((${#SERVICES[@]} + 1) / 2)) sender port from count
  : >"$STACK_DIR/senders.url"
  for sender in a b; do
    if [[ $sender == a ]]; then from=0 count=$half; else from=$half count=${#SERVICES[@]}; fi
    jq -n --arg interval "$interval" --arg sender "sender-$sender" \
      --arg url "http://127.0.0.1:$central/api/v1/write" --argjson jobs "$(scrape_jobs "$from" "$count")" \
      '{global: {scrape_interval: $interval, external_labels: {prometheus: $sender}},
        scrape_configs: $jobs,
        remote_write: [{url: $url, queue_config: {batch_send_deadline: "1s", min_backoff: "100ms"}}]}' \
      >"$dir/sender-$sender.yml"
    promtool check config --agent "$dir/sender-$sender.yml" >"$LOG_DIR/promtool-sender.log" 2>&1 \
      || fail "promtool rejects $dir/sender-$sender.yml: $(cat "$LOG_DIR/promtool-sender.log")"
    port=$(free_port $((central + 1)))
    # A sender flushes what it holds at shutdown for at most 5 s, not the default minute.
    start_prometheus "prometheus-sender-$sender" "$port" --enable-feature=agent \
      --storage.remote.flush-deadline=5s \
      --config.file="$dir/sender-$sender.yml" --storage.agent.path="$dir/sender-$sender-data"
    await_ready "prometheus-sender-$sender" "$port"
    echo "http://127.0.0.1:$port" >>"$STACK_DIR/senders.url"
  done
  echo "http://127.0.0.1:$central" >"$STACK_DIR/prometheus.url"
  echo "stack-start: six services up, two senders remote-writing to Prometheus at http://127.0.0.1:$central"
}
