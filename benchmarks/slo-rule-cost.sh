#!/usr/bin/env bash
# What an SLO's long-window rules cost Prometheus per evaluation, on 30 days of history, in the old
# design and in the rules the processor generates now, for the order_placement SLO (30d window).
#
#   before: one group per SLO at the global evaluation interval (the stack's 2 s) recorded the 5m
#           error ratio at every evaluation and averaged those ratios over 1d, 3d and 30d:
#           avg_over_time(slo:sli_error:ratio_rate5m[30d]) reads a sample every 2 s, 1,296,000.
#   after:  the generated `slo_order_placement_long` group (alerts/slos.rules.yml, copied as it
#           is), every 5m: all and bad events per second recorded once per 5m, and the 1d, 3d and
#           30d ratios from avg_over_time of those, 8,640 samples a series over 30d.
#
# Writes 30 days (and an hour) of both designs' recorded series, and the last hour of the raw
# counter they are recorded from, as OpenMetrics text; backfills it with promtool 3.5
# (`tsdb create-blocks-from openmetrics`, 54h blocks: what Prometheus compacts to under a 31d
# retention); then runs Prometheus 3.5 on that TSDB twice, once per design, with only that
# design's group, evaluated every MEASURE_INTERVAL instead of its production interval (an
# evaluation's cost does not depend on how often it runs), until EVALUATIONS evaluations. Reads
# each group's and rule's `evaluationTime` from Prometheus' own /api/v1/rules (one reading per
# new `lastEvaluation`), and the samples each rule's query touches from /api/v1/query?stats=all
# (`totalQueryableSamples`).
#
# Only 127.0.0.1 on a free port; everything under benchmarks/target/slo-rule-cost; Prometheus is
# stopped by its pid, also on failure or interrupt; each phase is bounded in time. A few minutes.
# Writes benchmarks/target/results/slo-rule-cost.tsv (per evaluation and rule), slo-rule-cost.md
# (medians, per hour at the production intervals) and copies both next to the benchmark report
# (generated-docs/benchmarks/data). Hand-run: not part of the tests.
#
# Environment: EVALUATIONS (default 11), MEASURE_INTERVAL (default 5s, in whole seconds).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$ROOT/benchmarks/target/slo-rule-cost"
RESULTS="$ROOT/benchmarks/target/results"
EVALUATIONS="${EVALUATIONS:-11}"
MEASURE_INTERVAL="${MEASURE_INTERVAL:-5s}"
SLO=order_placement
LABELS='job="order_executor",slo="order_placement",sloth_id="order_executor-order_placement",sloth_service="order_executor",sloth_slo="order_placement"'

bash "$ROOT/scripts/fetch-prometheus-lts.sh" >/dev/null
PROMETHEUS="$ROOT/tools/prometheus-3.5/bin/prometheus"
PROMTOOL="$ROOT/tools/prometheus-3.5/bin/promtool"
for tool in curl jq gawk; do
  command -v "$tool" >/dev/null || { echo "slo-rule-cost: $tool is missing" >&2; exit 1; }
done

prometheus_pid=""
stop_prometheus() {
  if [[ -n "$prometheus_pid" ]]; then
    kill -TERM "$prometheus_pid" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$prometheus_pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$prometheus_pid" 2>/dev/null || true
    wait "$prometheus_pid" 2>/dev/null || true
    prometheus_pid=""
  fi
}
trap stop_prometheus EXIT
trap 'exit 130' INT TERM

rm -rf "$WORK"
mkdir -p "$WORK/tsdb" "$RESULTS"

# The history ends now (an even second): 30 days and an hour is a whole number of 2 s and of 5m
# steps, so both designs' last samples fall on its end.
end=$(( $(date +%s) / 2 * 2 ))
echo "slo-rule-cost: writing 30 days of history up to $(date -u -d "@$end" +%FT%TZ)"
# Values vary at every sample, as a ratio of live counters does (fixed seed: the same file each
# run but for its end); they decide how well chunks compress, hence what decoding costs.
gawk -v end="$end" -v labels="$LABELS" 'BEGIN {
  srand(1)
  start = end - 30 * 86400 - 3600
  print "# TYPE slo:sli_error:ratio_rate5m gauge"
  for (t = start; t <= end; t += 2) printf "slo:sli_error:ratio_rate5m{%s} %.17g %d\n", labels, 0.0005 * (0.5 + rand()), t
  print "# TYPE slo:sli_events:rate5m gauge"
  for (t = start; t <= end; t += 300) {
    events[t] = 20 * (1 + 0.3 * sin(2 * 3.14159265 * t / 86400)) * (0.9 + 0.2 * rand())
    printf "slo:sli_events:rate5m{%s} %.17g %d\n", labels, events[t], t
  }
  print "# TYPE slo:sli_bad_events:rate5m gauge"
  for (t = start; t <= end; t += 300) printf "slo:sli_bad_events:rate5m{%s} %.17g %d\n", labels, events[t] * 0.001 * rand(), t
  # The raw counter both designs record their 5m series from, scraped every 2 s for the last hour.
  print "# TYPE mastertrade_orders_handled counter"
  split("filled rejected failed", outcomes, " ")
  split("40 2 0.02", per_scrape, " ")
  for (o = 1; o <= 3; o++) {
    count = 0
    for (t = end - 3600; t <= end; t += 2) {
      count += int(per_scrape[o] * 2 * rand() + rand())
      printf "mastertrade_orders_handled_total{instance=\"127.0.0.1:8082\",job=\"order_executor\",outcome=\"%s\"} %d %d\n", outcomes[o], count, t
    }
  }
  print "# EOF"
}' >"$WORK/history.om"
"$PROMTOOL" tsdb create-blocks-from openmetrics --quiet --max-block-duration=54h \
  "$WORK/history.om" "$WORK/tsdb"
rm -f "$WORK/history.om"

# The old design, reproduced for this measurement (it is not generated any more): the 5m ratio
# recorded at every evaluation from the raw counter, exactly as the short group records it now,
# and the 1d, 3d and 30d windows as the average of those ratios, the budget from the 30d one.
ratio_5m_expr="$(gawk '/^  - name: slo_order_placement$/ {g = 1} g && /^        expr:/ {sub(/^ *expr: /, ""); print; exit}' \
  "$ROOT/alerts/slos.rules.yml")"
[[ -n "$ratio_5m_expr" ]] || { echo "slo-rule-cost: no slo_order_placement group in alerts/slos.rules.yml" >&2; exit 1; }
{
  echo "groups:"
  echo "  - name: slo_${SLO}_before"
  echo "    interval: $MEASURE_INTERVAL"
  echo "    rules:"
  echo "      - record: slo:sli_error:ratio_rate5m"
  echo "        expr: $ratio_5m_expr"
  echo "        labels: {slo: $SLO, sloth_id: order_executor-$SLO, sloth_service: order_executor, sloth_slo: $SLO}"
  for window in 1d 3d 30d; do
    echo "      - record: slo:sli_error:ratio_rate$window"
    echo "        expr: avg_over_time(slo:sli_error:ratio_rate5m{slo=\"$SLO\"}[$window])"
  done
  echo "      - record: slo:error_budget_remaining:ratio"
  echo "        expr: 1 - slo:sli_error:ratio_rate30d{slo=\"$SLO\"} / 0.001"
} >"$WORK/before.rules.yml"
# The current design: the generated long-window group as it is, but for its interval.
{
  echo "groups:"
  gawk -v name="slo_${SLO}_long" '/^  - name: / {g = ($3 == name)} g' "$ROOT/alerts/slos.rules.yml" \
    | sed -E "s/^(    interval:).*/\1 $MEASURE_INTERVAL/"
} >"$WORK/after.rules.yml"
"$PROMTOOL" check rules "$WORK/before.rules.yml" "$WORK/after.rules.yml" >/dev/null

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port=19190
while port_in_use "$port"; do port=$((port + 1)); done
api="http://127.0.0.1:$port/api/v1"

printf 'design\tgroup\tevaluation\trule\tevaluation_ms\tsamples\n' >"$RESULTS/slo-rule-cost.tsv"
# Runs Prometheus on the backfilled TSDB with the rule file of design $1, reads its group's
# evaluations from /api/v1/rules until EVALUATIONS of them, then each rule's samples.
measure() {
  local design="$1" group
  group="$(gawk '/^  - name: / {print $3; exit}' "$WORK/$design.rules.yml")"
  printf 'global:\n  evaluation_interval: %s\nrule_files:\n  - %s\n' "$MEASURE_INTERVAL" \
    "$WORK/$design.rules.yml" >"$WORK/$design.prometheus.yml"
  "$PROMETHEUS" --config.file="$WORK/$design.prometheus.yml" --storage.tsdb.path="$WORK/tsdb" \
    --storage.tsdb.retention.time=40d --web.listen-address="127.0.0.1:$port" \
    >"$WORK/$design.log" 2>&1 </dev/null &
  prometheus_pid=$!
  local seen="" n=0 interval_s="${MEASURE_INTERVAL%s}" json last
  local deadline=$((SECONDS + 60 + EVALUATIONS * interval_s * 2))
  while ((n < EVALUATIONS)); do
    ((SECONDS < deadline)) || { echo "slo-rule-cost: $design: $n evaluations in time (log: $WORK/$design.log)" >&2; exit 1; }
    kill -0 "$prometheus_pid" 2>/dev/null || { tail -n 20 "$WORK/$design.log" >&2; exit 1; }
    sleep 1
    json="$(curl -fsS --max-time 10 "$api/rules?type=record&type=alert" 2>/dev/null)" || continue
    json="$(jq --arg g "$group" '.data.groups[] | select(.name == $g)' <<<"$json")"
    last="$(jq -r '.lastEvaluation' <<<"$json")"
    [[ -z "$last" || "$last" == 0001-* || "$last" == "$seen" ]] && continue
    if jq -e '[.rules[] | select(.health != "ok")] | length > 0' <<<"$json" >/dev/null; then
      echo "slo-rule-cost: $design: a rule fails: $(jq -c '[.rules[] | select(.health != "ok") | {name, lastError}]' <<<"$json")" >&2
      exit 1
    fi
    seen="$last"
    n=$((n + 1))
    jq -r --arg d "$design" --arg g "$group" --argjson n "$n" \
      '"\($d)\t\($g)\t\($n)\t(group)\t\(.evaluationTime * 1e6 | round / 1000)\t",
       (.rules[] | "\($d)\t\($g)\t\($n)\t\(.name)\t\(.evaluationTime * 1e6 | round / 1000)\t")' <<<"$json" \
      >>"$RESULTS/slo-rule-cost.tsv"
  done
  # The samples each rule's query reads at one evaluation; a rule's name may repeat, its query not.
  local i count query samples
  count="$(jq '.rules | length' <<<"$json")"
  for ((i = 0; i < count; i++)); do
    query="$(jq -r ".rules[$i].query" <<<"$json")"
    samples="$(curl -fsS --max-time 60 -G "$api/query" --data-urlencode "query=$query" --data-urlencode stats=all \
      | jq '.data.stats.samples.totalQueryableSamples')"
    printf '%s\t%s\tquery\t%s\t\t%s\n' "$design" "$group" "$(jq -r ".rules[$i].name" <<<"$json")" "$samples" \
      >>"$RESULTS/slo-rule-cost.tsv"
  done
  stop_prometheus
}

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
echo "slo-rule-cost: measuring (port $port, $EVALUATIONS evaluations every $MEASURE_INTERVAL per design)"
measure before
measure after

# The summary: medians over the evaluations, and per hour at the production intervals (the old
# group every 2 s, the long-window group every 5m).
version="$("$PROMETHEUS" --version 2>&1 | head -n 1)"
{
  LC_ALL=C gawk -F'\t' '
    function grouped(n,   s, out) {  # 2644304400 -> 2,644,304,400
      s = sprintf("%d", n)
      while (length(s) > 3) { out = "," substr(s, length(s) - 2) out; s = substr(s, 1, length(s) - 3) }
      return s out
    }
    function median(key,   n, v) {
      n = split(times[key], v, " "); asort(v)
      return n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
    }
    NR == 1 { next }
    $3 == "query" { samples[$1, $4] += $6; total[$1] += $6; next }
    $4 == "(group)" { times[$1, $4] = times[$1, $4] " " $5; if (!($1 in fastest) || $5 < fastest[$1]) fastest[$1] = $5; next }
    { if (!(($1, $4) in times)) names[$1, ++rules[$1]] = $4; times[$1, $4] = times[$1, $4] " " $5 }
    END {
      b = median("before" SUBSEP "(group)"); a = median("after" SUBSEP "(group)")
      print "| | before: one group every 2 s | after: long-window group every 5m | after / before |"
      print "|---|---|---|---|"
      printf "| group evaluation, median ms | %.2f | %.2f | %.4f |\n", b, a, a / b
      printf "| group evaluation, fastest ms | %.2f | %.2f | %.4f |\n", fastest["before"], fastest["after"], fastest["after"] / fastest["before"]
      printf "| evaluation time per hour, s (x 1800, x 12) | %.1f | %.3f | %.6f |\n", b * 1.8, a * 0.012, a * 12 / (b * 1800)
      printf "| samples per evaluation (all rules) | %s | %s | %.4f |\n", grouped(total["before"]), grouped(total["after"]), total["after"] / total["before"]
      printf "| samples per hour | %s | %s | %.6f |\n", grouped(total["before"] * 1800), grouped(total["after"] * 12), total["after"] * 12 / (total["before"] * 1800)
      print ""
      print "| design | rule | median ms | samples |"
      print "|---|---|---|---|"
      for (d = 1; d <= 2; d++) {
        design = d == 1 ? "before" : "after"
        for (i = 1; i <= rules[design]; i++) {
          r = names[design, i]
          printf "| %s | `%s` | %.3f | %s |\n", design, r, median(design SUBSEP r), grouped(samples[design, r])
        }
      }
    }' "$RESULTS/slo-rule-cost.tsv"
  echo
  echo "- SLO order_placement (30d window), 30 days and an hour of history backfilled by promtool 3.5 in 54h blocks."
  echo "- $version; each design in its own Prometheus run on the same TSDB, $EVALUATIONS evaluations every $MEASURE_INTERVAL."
  echo "- ms: medians of Prometheus' own evaluationTime (/api/v1/rules); samples: totalQueryableSamples of each"
  echo "  rule's query at one evaluation (/api/v1/query?stats=all)."
  echo "- $(nproc) cores shared with other work, load average $load_before at the start: read the ratios, not the milliseconds."
  echo "- Command: benchmarks/slo-rule-cost.sh"
} | tee "$RESULTS/slo-rule-cost.md"
mkdir -p "$ROOT/generated-docs/benchmarks/data"
cp "$RESULTS/slo-rule-cost.tsv" "$RESULTS/slo-rule-cost.md" "$ROOT/generated-docs/benchmarks/data/"
rm -rf "$WORK"
