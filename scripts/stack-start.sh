#!/usr/bin/env bash
# Starts the six services and a Prometheus server scraping them, all on 127.0.0.1.
# Builds the services first when their classes are missing or older than the sources.
# Writes pid files to $STACK_DIR/pids (default .stack/pids) for stack-stop.sh, logs to .stack/logs,
# and the Prometheus address to .stack/prometheus.url.
#
# Prometheus runs with the generated scrape config and rule files (alerts/ for Prometheus 3.5,
# alerts/prometheus-2.42/ for Debian's 2.42), its scrape and rule
# evaluation interval set to SCRAPE_INTERVAL (default 2s), and sends its alerts to Debian's
# Alertmanager (prometheus-alertmanager) on a free port from 9093 up, which runs the generated
# alerts/alertmanager.yml with its group_wait and group_interval set to ALERT_GROUP_WAIT (default
# 1s) and its repeat_interval to ALERT_REPEAT_INTERVAL (default 10s), so that an alert reaches the
# alert system within seconds, and again if it refused it; its address is written to
# .stack/alertmanager.url. The people's receivers of that configuration notify stand-ins
# (scripts/notification-fakes.sh): WireMock as PagerDuty and Slack, GreenMail as the SMTP relay;
# .stack/notifications.url lists what they were sent, .stack/mail.url the mailboxes.
#
# A Zipkin server (the io.zipkin:zipkin-server exec jar the services' build copies to
# services/target/zipkin, in-memory storage) on a free port from 9411 up receives the services'
# spans; its address is written to .stack/zipkin.url. New traces are sampled at
# TRACE_SAMPLE_RATIO (default 1). STACK_TRACING=off starts the stack without it: the services
# then run untraced. Prometheus stores exemplars (--enable-feature=exemplar-storage).
#
# Writes the services' shared internal credential to $STACK_DIR/internal-credential and an API key
# for the gateway's clients (created with scripts/api-key.sh, revoked by stack-stop.sh) to
# $STACK_DIR/api-key; clients send it as "Authorization: Bearer <key>".
#
# With service names as arguments (stack-start.sh order_executor), starts only those services
# and not Prometheus: how a stopped service of a running stack is started again.
#
# STACK_TOPOLOGY=remote-write starts two scraping Prometheus agents remote-writing to a central
# Prometheus instead (scripts/stack-remote-write.sh).
#
# STACK_PROMETHEUS=3.5 runs Prometheus 3.5 LTS (native histograms on) and Alertmanager 0.33 from
# tools/ (scripts/fetch-prometheus-lts.sh) instead of Debian's 2.42 and 0.25 on the PATH.
#
# Environment: STACK_DIR; PROMETHEUS_CONFIG (a config to use as it is instead); SCRAPE_INTERVAL;
# STACK_PROMETHEUS (2.42, the default, or 3.5);
# STACK_TRACING; TRACE_SAMPLE_RATIO;
# STACK_TOPOLOGY; ALERT_FOR (remote-write topology only);
# SKIP_BUILD=1; JAVA_OPTS; INTERNAL_CREDENTIAL (else generated); GATEWAY_RATE_LIMIT; and the
# services' own connection settings.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/stack-env.sh"

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

fail() {
  echo "stack-start: $*" >&2
  "$ROOT/scripts/stack-stop.sh" >&2 || true
  exit 1
}

case "${STACK_PROMETHEUS:-2.42}" in
  2.42)
    prometheus_bin=prometheus promtool_bin=promtool
    alertmanager_bin=prometheus-alertmanager amtool_bin=amtool
    prometheus_flags=()
    # The scrape config and rules the processor writes for 2.42 (-Ametrics.prometheus=2.42): no
    # native-histogram scrape settings, SLIs from classic buckets.
    prometheus_files="$ROOT/alerts/prometheus-2.42"
    ;;
  3.5)
    bash "$ROOT/scripts/fetch-prometheus-lts.sh" >/dev/null
    prometheus_bin="$ROOT/tools/prometheus-3.5/bin/prometheus"
    promtool_bin="$ROOT/tools/prometheus-3.5/bin/promtool"
    alertmanager_bin="$ROOT/tools/alertmanager-0.33/bin/alertmanager"
    amtool_bin="$ROOT/tools/alertmanager-0.33/bin/amtool"
    # 3.5 ingests native histograms only with the feature on (scrape_native_histograms is 3.8's).
    prometheus_flags=(--enable-feature=native-histograms)
    # The processor's default target: SLIs of native histograms read them with the native functions.
    prometheus_files="$ROOT/alerts"
    ;;
  *)
    echo "stack-start: STACK_PROMETHEUS=${STACK_PROMETHEUS} is neither 2.42 nor 3.5" >&2
    exit 1
    ;;
esac

mkdir -p "$PID_DIR" "$LOG_DIR"
# A running stack (or, with names, a running named service) is left alone.
if (($# > 0)); then
  pidfiles=()
  for name in "$@"; do pidfiles+=("$PID_DIR/$name.pid"); done
else
  pidfiles=("$PID_DIR"/*.pid)
fi
for pidfile in "${pidfiles[@]}"; do
  [[ -e "$pidfile" ]] || continue
  if kill -0 "$(cat "$pidfile")" 2>/dev/null; then
    echo "stack-start: already running ($pidfile); run scripts/stack-stop.sh first" >&2
    exit 1
  fi
  rm -f "$pidfile"
done

CLASSES="$ROOT/services/target/classes"
LIB="$ROOT/services/target/lib"
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  if [[ ! -d "$LIB" || ! -d "$CLASSES" ]] \
      || [[ -n "$(find "$ROOT" -path "$ROOT/.stack" -prune -o \( -name '*.java' -o -name pom.xml \) \
                 -newer "$CLASSES" -not -path '*/target/*' -print -quit)" ]]; then
    echo "stack-start: building services"
    # The processor is on the schema's processor path, not a dependency, so -am alone misses it.
    (cd "$ROOT" && mvn -q -pl metrics-processor,services -am package -DskipTests) \
      || fail "build failed"
    touch "$CLASSES"
  fi
fi

load_services || fail "cannot list the services (com.mastertrade.services.ServiceCatalog)"

if (($# > 0)); then
  selected=()
  for name in "$@"; do
    found=""
    for entry in "${SERVICES[@]}"; do
      [[ "${entry%%:*}" == "$name" ]] && found="$entry"
    done
    [[ -n "$found" ]] || { echo "stack-start: no service named $name" >&2; exit 1; }
    selected+=("$found")
  done
  SERVICES=("${selected[@]}")
fi

for entry in "${SERVICES[@]}"; do
  IFS=: read -r name port _ <<<"$entry"
  if port_in_use "$port"; then
    fail "port $port of $name is already in use by another process"
  fi
done

export ALERT_LOG_FILE="${ALERT_LOG_FILE:-$LOG_DIR/alerts.jsonl}"

# The internal credential the services require of every call but /metrics, shared by them and
# the gateway: a fresh random secret per stack unless INTERNAL_CREDENTIAL is set. A service started
# again into a running stack takes the stack's credential, and the stack's API key stays.
if (($# > 0)); then
  if [[ -z "${INTERNAL_CREDENTIAL:-}" ]]; then
    [[ -s "$STACK_DIR/internal-credential" ]] \
      || fail "no $STACK_DIR/internal-credential: start the whole stack first"
    INTERNAL_CREDENTIAL="$(cat "$STACK_DIR/internal-credential")"
  fi
  export INTERNAL_CREDENTIAL
else
  umask_before="$(umask)"
  umask 077
  if [[ -z "${INTERNAL_CREDENTIAL:-}" ]]; then
    INTERNAL_CREDENTIAL="$(head -c 32 /dev/urandom | base64 | tr -d '/+=\n')"
  fi
  export INTERNAL_CREDENTIAL
  printf '%s\n' "$INTERNAL_CREDENTIAL" >"$STACK_DIR/internal-credential"
  # An API key of this stack's own for its clients (the end-to-end test reads it), replacing the
  # one a previous start of the same stack directory made.
  key_name="$(stack_key_name)"
  "$ROOT/scripts/api-key.sh" revoke "$key_name" >/dev/null 2>&1 || true
  "$ROOT/scripts/api-key.sh" create "$key_name" read,trade >"$STACK_DIR/api-key" \
    || fail "could not create the stack's API key (log above)"
  umask "$umask_before"
fi
# The trace backend, started first so that it is up by the time the services send spans; spans
# sent before that are dropped and counted, never held. A service started again into a running
# stack sends to the stack's Zipkin.
if (($# == 0)) && [[ "${STACK_TRACING:-on}" != off ]]; then
  zipkin_jar="$ROOT/services/target/zipkin/zipkin-server.jar"
  [[ -f "$zipkin_jar" ]] || fail "no $zipkin_jar: build the services (mvn -pl services package)"
  zipkin_port=9411
  while port_in_use "$zipkin_port"; do zipkin_port=$((zipkin_port + 1)); done
  QUERY_PORT="$zipkin_port" STORAGE_TYPE=mem nohup java -Xmx192m -XX:+UseSerialGC \
    -XX:TieredStopAtLevel=1 -jar "$zipkin_jar" >"$LOG_DIR/zipkin.log" 2>&1 </dev/null &
  echo $! >"$PID_DIR/zipkin.pid"
  echo "http://127.0.0.1:$zipkin_port" >"$STACK_DIR/zipkin.url"
elif (($# == 0)); then
  rm -f "$STACK_DIR/zipkin.url"
fi
if [[ -s "$STACK_DIR/zipkin.url" ]]; then
  ZIPKIN_ENDPOINT="$(cat "$STACK_DIR/zipkin.url")/api/v2/spans"
  export ZIPKIN_ENDPOINT
fi

# Six small, I/O-bound JVMs starting at once on two cores: the client compiler and the serial
# collector halve the start time and the footprint; peak compute speed does not matter here.
JAVA_OPTS="${JAVA_OPTS:--Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1}"
for entry in "${SERVICES[@]}"; do
  IFS=: read -r name port main <<<"$entry"
  # A service started again appends to its log, which then tells its whole story.
  (($# > 0)) || : >"$LOG_DIR/$name.log"
  # shellcheck disable=SC2086
  nohup java $JAVA_OPTS -cp "$CLASSES:$LIB/*" "$main" \
    >>"$LOG_DIR/$name.log" 2>&1 </dev/null &
  echo $! >"$PID_DIR/$name.pid"
done

# Wait until every service answers /metrics, or report the one that died or hung.
for entry in "${SERVICES[@]}"; do
  IFS=: read -r name port _ <<<"$entry"
  pid="$(cat "$PID_DIR/$name.pid")"
  for _ in $(seq 1 120); do
    if curl -fs -o /dev/null "http://127.0.0.1:$port/metrics"; then
      continue 2
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -n 20 "$LOG_DIR/$name.log" >&2
      fail "$name exited during start (log: $LOG_DIR/$name.log)"
    fi
    sleep 0.5
  done
  fail "$name did not serve /metrics on port $port within 60 s (log: $LOG_DIR/$name.log)"
done

if (($# > 0)); then
  echo "stack-start: started $*"
  exit 0
fi

if [[ "${STACK_TOPOLOGY:-single}" == remote-write ]]; then
  source "$ROOT/scripts/stack-remote-write.sh"
  start_remote_write_topology
  exit 0
fi

# Alertmanager first, so that Prometheus has somewhere to send its first alerts. Its webhook
# receivers carry the internal credential from the file the generated config names beside it.
AM_DIR="$STACK_DIR/alertmanager"
rm -rf "$AM_DIR"
mkdir -p "$AM_DIR"
am_port=9093
while port_in_use "$am_port"; do am_port=$((am_port + 1)); done
cp "$ROOT/alerts/alertmanager.yml" "$AM_DIR/alertmanager.yml"
sed -i -E "s/^( *group_(wait|interval):).*/\1 ${ALERT_GROUP_WAIT:-1s}/" "$AM_DIR/alertmanager.yml"
# A notification the receiver refused is sent again after the repeat interval: seconds in the stack.
sed -i -E "s/^( *repeat_interval:).*/\1 ${ALERT_REPEAT_INTERVAL:-10s}/" "$AM_DIR/alertmanager.yml"
cp "$STACK_DIR/internal-credential" "$AM_DIR/internal-credential"
[[ -f "$ROOT/alerts/alertmanager.tmpl" ]] && cp "$ROOT/alerts/alertmanager.tmpl" "$AM_DIR/"
# Where the people's notifications go in the stack: PagerDuty, Slack and SMTP stand-ins.
source "$ROOT/scripts/notification-fakes.sh"
start_notification_fakes "$AM_DIR" || fail "the notification fakes did not start (logs: $LOG_DIR)"
"$amtool_bin" check-config "$AM_DIR/alertmanager.yml" >"$LOG_DIR/amtool-config.log" 2>&1 \
  || fail "amtool rejects $AM_DIR/alertmanager.yml: $(cat "$LOG_DIR/amtool-config.log")"
# From its folder: Alertmanager reads routing_key_file, api_url_file and auth_password_file
# relative to its working directory, credentials_file relative to the configuration.
(cd "$AM_DIR" && exec nohup "$alertmanager_bin" --config.file="$AM_DIR/alertmanager.yml" \
  --storage.path="$AM_DIR/data" --web.listen-address="127.0.0.1:$am_port" \
  --cluster.listen-address= >"$LOG_DIR/alertmanager.log" 2>&1 </dev/null) &
echo $! >"$PID_DIR/alertmanager.pid"
am_ready=""
for _ in $(seq 1 40); do
  if curl -fs -o /dev/null "http://127.0.0.1:$am_port/-/ready"; then
    am_ready=1
    break
  fi
  sleep 0.5
done
[[ -n "$am_ready" ]] || fail "Alertmanager did not become ready (log: $LOG_DIR/alertmanager.log)"
echo "http://127.0.0.1:$am_port" >"$STACK_DIR/alertmanager.url"

PROM_DIR="$STACK_DIR/prometheus"
rm -rf "$PROM_DIR/data"
mkdir -p "$PROM_DIR"
prom_port=9090
while port_in_use "$prom_port"; do prom_port=$((prom_port + 1)); done
config="${PROMETHEUS_CONFIG:-}"
if [[ -z "$config" ]]; then
  # The generated scrape config, with the rule files it names beside it, scraping faster than its
  # production interval so a short run has data.
  [[ -f "$prometheus_files/prometheus.yml" ]] \
    || fail "the generated scrape config $prometheus_files/prometheus.yml is missing"
  cp "$prometheus_files"/prometheus.yml "$prometheus_files"/*.rules.yml "$PROM_DIR/"
  # The SLOs' long-window groups evaluate every 5m in production; a short run needs their series.
  sed -i -E "s/^(    interval:).*/\1 ${SCRAPE_INTERVAL:-2s}/" "$PROM_DIR"/*.rules.yml
  config="$PROM_DIR/prometheus.yml"
  sed -i -E "s/^(  (scrape|evaluation)_interval:).*/\1 ${SCRAPE_INTERVAL:-2s}/" "$config"
  # The generated config does not know this stack's Alertmanager port.
  printf 'alerting:\n  alertmanagers:\n    - static_configs:\n        - targets:\n            - %s\n' \
    "127.0.0.1:$am_port" >>"$config"
fi
"$promtool_bin" check config "$config" >"$LOG_DIR/promtool-config.log" 2>&1 \
  || fail "promtool rejects $config: $(cat "$LOG_DIR/promtool-config.log")"
# Exemplar storage: the trace ids the services' latency histograms carry, for query_exemplars.
# The SLOs' long-window rules read their compliance window back, so Prometheus keeps what the
# generated manifests' Prometheus keeps: the longest window and a day (generated-docs/README.md).
slo_retention=$(sed -n -E 's/^  retention: "?([0-9]+d)"?$/\1/p' \
  "$ROOT/deploy/kubernetes/prometheus.yaml" 2>/dev/null | head -n 1)
nohup "$prometheus_bin" "${prometheus_flags[@]}" --config.file="$config" \
  --storage.tsdb.retention.time="${PROMETHEUS_RETENTION:-${slo_retention:-15d}}" \
  --storage.tsdb.path="$PROM_DIR/data" \
  --enable-feature=exemplar-storage \
  --web.listen-address="127.0.0.1:$prom_port" >"$LOG_DIR/prometheus.log" 2>&1 </dev/null &
echo $! >"$PID_DIR/prometheus.pid"
if [[ -s "$STACK_DIR/zipkin.url" ]]; then
  zipkin_ready=""
  for _ in $(seq 1 240); do
    if curl -fs -o /dev/null "$(cat "$STACK_DIR/zipkin.url")/health"; then
      zipkin_ready=1
      break
    fi
    kill -0 "$(cat "$PID_DIR/zipkin.pid")" 2>/dev/null \
      || fail "Zipkin exited during start (log: $LOG_DIR/zipkin.log)"
    sleep 0.5
  done
  [[ -n "$zipkin_ready" ]] || fail "Zipkin did not become ready in 120 s (log: $LOG_DIR/zipkin.log)"
fi
for _ in $(seq 1 60); do
  if curl -fs -o /dev/null "http://127.0.0.1:$prom_port/-/ready"; then
    echo "http://127.0.0.1:$prom_port" >"$STACK_DIR/prometheus.url"
    echo "stack-start: six services up, Prometheus at http://127.0.0.1:$prom_port," \
      "Alertmanager at http://127.0.0.1:$am_port"
    exit 0
  fi
  sleep 0.5
done
fail "Prometheus did not become ready (log: $LOG_DIR/prometheus.log)"
