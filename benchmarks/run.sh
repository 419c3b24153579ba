#!/usr/bin/env bash
# Runs the benchmarks of the performance targets and writes generated-docs/benchmarks/README.md and chart.png.
#
#   benchmarks/run.sh            full run: JMH with -prof gc, 49 benchmarks, each 3 forks x (3
#                                warm-up + 6 measured iterations of 0.5 s), about 14 minutes; then
#                                the processor-scaling compiles (50, 500, 5,000 metrics, 3 modes,
#                                best of 3, of 2 for 5,000), 3 to 6 minutes. About 20 minutes on
#                                2 cores. Three forks because the fastest iteration of a loaded
#                                machine is only trustworthy with enough independent JVMs.
#   benchmarks/run.sh --quick    smoke run (1 fork, 1+2 iterations, 1 compile each): ~5 minutes,
#                                numbers not fit to commit.
#   benchmarks/run.sh --scaling  only the processor-scaling compiles, then the report (reusing the
#                                last JMH results).
#   benchmarks/run.sh --report   re-render the report from the last results (or, in a fresh clone,
#                                the committed ones of generated-docs/benchmarks/data), measuring nothing.
#
# Environment overrides: BENCH_FORKS, BENCH_WARMUP, BENCH_ITERATIONS, BENCH_TIME_MS,
# BENCH_INCLUDE (regex of benchmarks), SCALING_REPEATS.
# Needs only a JDK 17 and Maven: the chart is drawn with JFreeChart, a Maven dependency.
set -euo pipefail

cd "$(dirname "$0")/.."
results=benchmarks/target/results
report=generated-docs/benchmarks
mode="${1:-full}"
[[ "$mode" == "--report" && ! -f "$results/jmh.tsv" ]] && results="$report/data"

if [[ "$mode" == "--quick" ]]; then
  export BENCH_FORKS="${BENCH_FORKS:-1}" BENCH_WARMUP="${BENCH_WARMUP:-1}"
  export BENCH_ITERATIONS="${BENCH_ITERATIONS:-2}" SCALING_REPEATS="${SCALING_REPEATS:-1}"
fi

# Never `install`: the reactor resolves the processor and runtime from the modules' targets.
mvn -q -pl benchmarks -am package -Dmaven.test.skip=true
cp="benchmarks/target/classes:$(cat benchmarks/target/benchmark.classpath)"

if [[ "$mode" != "--report" && "$mode" != "--scaling" ]]; then
  java -cp "$cp" com.mastertrade.metrics.benchmarks.JmhRun "$results"
fi
if [[ "$mode" != "--report" ]]; then
  # javac in-process on a 5,000-metric schema and its generated sources needs some heap.
  java -Xmx4g -cp "$cp" com.mastertrade.metrics.benchmarks.scaling.ProcessorScaling "$results"
fi

# The raw results go next to the report, so it can be checked and re-rendered from a clone.
if [[ "$mode" != "--report" ]]; then
  mkdir -p "$report/data"
  cp "$results"/jmh.tsv "$results"/jmh-settings.txt "$results"/scaling.tsv "$report/data/"
fi

# The report names the command that measured: --report and --scaling reuse a full run's JMH data.
command="benchmarks/run.sh"
[[ "$mode" == "--quick" ]] && command="benchmarks/run.sh --quick"
java -Djava.awt.headless=true -cp "$cp" com.mastertrade.metrics.benchmarks.report.ReportMain \
  "$results" "$report" benchmarks/NOTES.md "$command"
echo "Report: $report/README.md"
