#!/usr/bin/env bash
# Proves the committed artifacts with tools we did not write:
#   promtool check rules --lint=all --lint-fatal   every rule file
#   promtool test rules                            every rule test file
#   promtool check config                          the scrape configuration
#   promtool check rules on a throw-away file      every PromQL expression of the docs and the
#                                                  dashboards parses (promtool 2.42 has no bare
#                                                  parse command; a recording rule is parsed)
#   jq                                             dashboard uids, panel ids and grid layout
#   tsc against npm @grafana/schema                every dashboard (grafana-schema-check/)
#   npm kubernetes-models and its Prometheus       every Kubernetes manifest, with the rules and
#   Operator models                                dashboards inside them (kubernetes-schema-check/)
# Run by exec-maven-plugin in metrics-schema (phase verify), after sync-artifacts.sh.
#
# usage: check-artifacts.sh <repository root>
set -euo pipefail
root=$(cd "$1" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cd "$root/alerts"
for rules in *.rules.yml; do
  promtool check rules --lint=all --lint-fatal "$rules"
done
for tests in *.test.yml; do
  promtool test rules "$tests"
done
promtool check config --lint=all --lint-fatal prometheus.yml

# Every expression, one per line as "source<TAB>expression".
cd "$root"
{
  for page in generated-docs/*.md; do
    awk -v src="$page" '/^```promql$/ {inside = 1; next} /^```$/ {inside = 0} inside {print src "\t" $0}' "$page"
  done
  grep -v -e '^#' -e '^$' generated-docs/queries.promql | sed 's|^|generated-docs/queries.promql\t|'
  for dashboard in dashboards/*.json; do
    jq -r --arg src "$dashboard" \
      '.panels[] | "panel \(.id)" as $panel | .targets[] | "\($src) \($panel)\t\(.expr)"' "$dashboard"
  done
} > "$work/expressions.tsv"

# In dashboards only, Grafana's range macros become a duration and template variables (used in
# label matchers) a regex; a $ anywhere else is an error promtool reports.
sed -E -e '/^dashboards\//s/\$__(rate_interval|interval|range)/5m/g' \
  -e '/^dashboards\//s/\$\{?[a-zA-Z_][a-zA-Z0-9_]*\}?/.*/g' \
  "$work/expressions.tsv" > "$work/substituted.tsv"
jq -R -s '
  split("\n") | map(select(length > 0) | split("\t")) | to_entries
  | {groups: [{name: "promql-parse-check", rules: map(
      {record: "promql_parse_check_\(.key)", expr: .value[1], labels: {source: .value[0]}})}]}' \
  "$work/substituted.tsv" > "$work/parse-check.rules.yml"
count=$(wc -l < "$work/substituted.tsv")
if ! promtool check rules "$work/parse-check.rules.yml" > "$work/parse.out" 2>&1; then
  cat "$work/parse.out" >&2
  echo "ERROR: these expressions do not parse (number: source, expression):" >&2
  grep -o 'promql_parse_check_[0-9]*' "$work/parse.out" | sort -u | sed 's/promql_parse_check_//' |
    while read -r n; do sed -n "$((n + 1))p" "$work/expressions.tsv" | sed "s/^/  $n: /" >&2; done
  exit 1
fi
echo "promtool parses all $count PromQL expressions of the docs and dashboards."

# What Grafana's types cannot say: unique uids and panel ids, panels inside the grid and not on
# top of each other, every panel and query on the data source variable.
layout_errors=$(
  for dashboard in dashboards/*.json; do
    jq -r --arg src "$dashboard" '
      def overlap(a; b): a.x < b.x + b.w and b.x < a.x + a.w and a.y < b.y + b.h and b.y < a.y + a.h;
      [.panels[] | {id, g: .gridPos}] as $p
      | ([range(0; $p | length) as $i | range($i + 1; $p | length) as $j
          | select(overlap($p[$i].g; $p[$j].g)) | "panels \($p[$i].id) and \($p[$j].id) overlap"]
        + [$p[] | select(.g.x < 0 or .g.x + .g.w > 24) | "panel \(.id) leaves the 24-column grid"]
        + (if ([$p[].id] | length) != ([$p[].id] | unique | length) then ["panel ids repeat"] else [] end)
        + [.panels[] | select(.datasource.uid != "${datasource}"
            or any(.targets[]; .datasource.uid != "${datasource}"))
            | "panel \(.id) does not query the $datasource variable"])
      | .[] | "\($src): \(.)"' "$dashboard"
  done
  jq -r .uid dashboards/*.json | sort | uniq -d | sed 's/^/dashboard uid used twice: /'
)
if [ -n "$layout_errors" ]; then
  echo "ERROR: dashboard layout:" >&2
  echo "$layout_errors" >&2
  exit 1
fi
echo "Dashboards: unique uids and panel ids, no overlapping panels, all on \$datasource."

"$here/grafana-schema-check/check-dashboards.sh" "$root"/dashboards/*.json
bash "$here/kubernetes-schema-check/check-manifests.sh" "$root"/deploy/kubernetes/*.yaml
