#!/usr/bin/env bash
# What tracing costs a request through the gateway: wrk on GET /api/portfolio (the gateway's
# server span, its client span to the order executor, the executor's server span and its JDBC
# spans) with the gateway untraced (metrics only), tracing sampled at 10 % and at 100 %.
#
# Starts the stack (scripts/stack-start.sh, its Zipkin and Prometheus included) with the internal
# services sampling no trace of their own (TRACE_SAMPLE_RATIO=0): they follow the gateway's
# decision from the traceparent it sends, so the gateway's ratio is the ratio of the whole request.
# Then, ROUNDS times, starts the gateway once per configuration, in an order that rotates every
# round (noise of the shared cores falls on every configuration alike), warms it up with wrk for
# WARMUP seconds and measures DURATION seconds with `wrk -t2 -c8 --latency`. Untraced, the gateway
# runs without ZIPKIN_ENDPOINT: no SDK, no spans, no traceparent; the executor then sees requests
# without a trace and, at ratio 0, records no span either.
#
# Only 127.0.0.1; every process is stopped by its pid (the gateway started here and the stack's
# pid files), also on failure or interrupt. The stack's ports are fixed, so it runs under the stack
# lock (/tmp/mastertrade-stack.lock), taken here.
#
# Writes benchmarks/target/results/tracing-overhead.tsv (one line per measured run), its settings
# and tracing-overhead.md (medians and ratios against the untraced gateway), copies them next to the
# benchmark report (generated-docs/benchmarks/data), and prints the latter.
#
# With --report, measures nothing and renders the report again from the last TSV.
#
# Environment: ROUNDS (default 3), DURATION (default 20), WARMUP (default 5), CONNECTIONS (8).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LOCK=/tmp/mastertrade-stack.lock
RESULTS="$ROOT/benchmarks/target/results"
TSV="$RESULTS/tracing-overhead.tsv"
SETTINGS="$RESULTS/tracing-overhead-settings.txt"
mode="${1:-measure}"
if [[ "$mode" != --report && "${TRACING_OVERHEAD_LOCKED:-}" != 1 ]]; then
  exec env TRACING_OVERHEAD_LOCKED=1 flock "$LOCK" "${BASH_SOURCE[0]}" "$@"
fi

# Medians and ratios to the untraced gateway from the TSV, printed and written beside it and
# next to the benchmark report.
report() {
  # The median of column $2 of the runs of configuration $1.
  median() {
    awk -F'\t' -v c="$1" -v col="$2" 'NR > 1 && $2 == c {print $col}' "$TSV" | sort -g \
      | awk '{v[NR] = $1} END {print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2)}'
  }
  # Each round's throughput of configuration $1 over the untraced gateway's in the same round:
  # "median (lowest-highest)". A round is minutes long, so this pairs runs under similar load.
  paired_ratios() {
    LC_ALL=C awk -F'\t' -v c="$1" 'NR > 1 {rps[$1 "," $2] = $3; rounds[$1] = 1}
      END {for (r in rounds) if ((r "," c) in rps && (r ",off") in rps) print rps[r "," c] / rps[r ",off"]}' "$TSV" \
      | sort -g | LC_ALL=C awk '{v[NR] = $1} END {m = (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2);
        printf "%.3f (%.3f-%.3f)", m, v[1], v[NR]}'
  }
  off_rps="$(median off 3)"
  off_p99="$(median off 4)"
  {
    echo "| gateway | requests/s (median) | p99 ms (median) | throughput vs untraced | same round, vs untraced: median (range) | p99 vs untraced | non-2xx |"
    echo "|---|---|---|---|---|---|---|"
    for config in off 0.1 1; do
      rps="$(median "$config" 3)"
      p99="$(median "$config" 4)"
      errors="$(awk -F'\t' -v c="$config" 'NR > 1 && $2 == c {n += $5} END {print n + 0}' "$TSV")"
      case "$config" in
        off) name="metrics only (untraced)" ;;
        0.1) name="traced, 10 % sampled" ;;
        1) name="traced, 100 % sampled" ;;
      esac
      paired="$(paired_ratios "$config")"
      LC_ALL=C awk -v n="$name" -v r="$rps" -v p="$p99" -v r0="$off_rps" -v p0="$off_p99" -v e="$errors" \
        -v q="$paired" 'BEGIN {printf "| %s | %.0f | %.2f | %.3f | %s | %.3f | %d |\n", n, r, p, r / r0, q, p / p0, e}'
    done
    echo
    cat "$SETTINGS"
  } | tee "$RESULTS/tracing-overhead.md"
  mkdir -p "$ROOT/generated-docs/benchmarks/data"
  cp "$TSV" "$SETTINGS" "$RESULTS/tracing-overhead.md" "$ROOT/generated-docs/benchmarks/data/"
}

if [[ "$mode" == --report ]]; then
  report
  exit 0
fi

command -v wrk >/dev/null || { echo "tracing-overhead: no wrk (scripts/install-prerequisites.sh)" >&2; exit 1; }
ROUNDS="${ROUNDS:-3}"
DURATION="${DURATION:-20}"
WARMUP="${WARMUP:-5}"
CONNECTIONS="${CONNECTIONS:-8}"
export STACK_DIR="$ROOT/benchmarks/target/tracing-stack"
source "$ROOT/scripts/stack-env.sh"
mkdir -p "$RESULTS" "$LOG_DIR"

gateway_pid=""
stop_gateway() {
  if [[ -n "$gateway_pid" ]]; then
    kill -TERM "$gateway_pid" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$gateway_pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$gateway_pid" 2>/dev/null || true
    wait "$gateway_pid" 2>/dev/null || true
    gateway_pid=""
    rm -f "$PID_DIR/api_gateway.pid"
  fi
}
cleanup() {
  stop_gateway
  "$ROOT/scripts/stack-stop.sh" >/dev/null 2>&1 || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A rate limit no load here reaches: the limiter is not what is measured.
export GATEWAY_RATE_LIMIT=1000000
TRACE_SAMPLE_RATIO=0 "$ROOT/scripts/stack-start.sh"
load_services
gateway_entry=""
for entry in "${SERVICES[@]}"; do [[ "${entry%%:*}" == api_gateway ]] && gateway_entry="$entry"; done
IFS=: read -r _ gateway_port gateway_main <<<"$gateway_entry"
zipkin_url="$(cat "$STACK_DIR/zipkin.url")"
api_key="$(cat "$STACK_DIR/api-key")"
INTERNAL_CREDENTIAL="$(cat "$STACK_DIR/internal-credential")"
export INTERNAL_CREDENTIAL

# The stack's own gateway makes way for the configured ones.
stack_gateway="$(cat "$PID_DIR/api_gateway.pid")"
kill -TERM "$stack_gateway"
for _ in $(seq 1 40); do kill -0 "$stack_gateway" 2>/dev/null || break; sleep 0.5; done
kill -0 "$stack_gateway" 2>/dev/null && kill -KILL "$stack_gateway"
rm -f "$PID_DIR/api_gateway.pid"

# Starts the gateway with sampling ratio $1 ("off": untraced) and waits for its /metrics.
start_gateway() {
  local ratio="$1" log="$LOG_DIR/api_gateway-$1.log"
  local -a env=(env -u ZIPKIN_ENDPOINT)
  [[ "$ratio" != off ]] && env+=(ZIPKIN_ENDPOINT="$zipkin_url/api/v2/spans" TRACE_SAMPLE_RATIO="$ratio")
  # shellcheck disable=SC2086
  "${env[@]}" java ${JAVA_OPTS:--Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1} \
    -cp "$ROOT/services/target/classes:$ROOT/services/target/lib/*" "$gateway_main" \
    >>"$log" 2>&1 </dev/null &
  gateway_pid=$!
  echo "$gateway_pid" >"$PID_DIR/api_gateway.pid"
  for _ in $(seq 1 120); do
    curl -fs -o /dev/null "http://127.0.0.1:$gateway_port/metrics" && return 0
    kill -0 "$gateway_pid" 2>/dev/null || { tail -n 20 "$log" >&2; return 1; }
    sleep 0.5
  done
  echo "tracing-overhead: the gateway did not start (log: $log)" >&2
  return 1
}

# wrk's output for $1 seconds of load.
load() {
  timeout $(($1 + 30)) wrk -t2 -c"$CONNECTIONS" -d"$1"s --latency \
    -H "Authorization: Bearer $api_key" "http://127.0.0.1:$gateway_port/api/portfolio"
}

configs=(off 0.1 1)
printf 'round\tconfig\trequests_per_s\tp99_ms\tnon_2xx\n' >"$TSV"
echo "$ROUNDS rounds, each configuration once per round in rotating order; wrk -t2 -c$CONNECTIONS" \
  "-d${DURATION}s after ${WARMUP} s of warm-up, GET /api/portfolio through the gateway; load average" \
  "$(cut -d' ' -f1-3 /proc/loadavg) at the start." >"$SETTINGS"
for round in $(seq 1 "$ROUNDS"); do
  for i in 0 1 2; do
    config="${configs[$(((i + round - 1) % 3))]}"
    start_gateway "$config"
    load "$WARMUP" >/dev/null
    out="$(load "$DURATION")"
    stop_gateway
    rps="$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")"
    p99="$(awk '$1 == "99%" {v=$2; if (v ~ /us$/) {sub(/us$/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v*=1000}; print v}' <<<"$out")"
    errors="$(awk '/Non-2xx or 3xx responses:/ {print $NF}' <<<"$out")"
    printf '%s\t%s\t%s\t%s\t%s\n' "$round" "$config" "$rps" "$p99" "${errors:-0}" | tee -a "$TSV"
  done
done
report
