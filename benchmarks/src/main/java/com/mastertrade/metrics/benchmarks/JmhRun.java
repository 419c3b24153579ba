package com.mastertrade.metrics.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every recorder and scrape benchmark in one JMH run with the GC profiler, and writes the
 * results as a small TSV that {@link ReportMain} reads (plus JMH's own JSON, kept for reference).
 *
 * <p>The run length comes from environment variables, so {@code run.sh} can trade precision for
 * time: {@code BENCH_FORKS}, {@code BENCH_WARMUP}, {@code BENCH_ITERATIONS}, {@code BENCH_TIME_MS}
 * (per iteration) and {@code BENCH_INCLUDE} (a regex of benchmarks).
 *
 * <p>Usage: {@code JmhRun <output directory>}
 */
public final class JmhRun {
  private JmhRun() {}

  public static void main(String[] args) throws IOException, RunnerException {
    Path out = Path.of(args.length > 0 ? args[0] : "target/benchmarks");
    Files.createDirectories(out);
    // Many short iterations rather than few long ones: the report keeps the fastest, and on a
    // shared machine more samples give more chances to catch a quiet moment.
    int millis = env("BENCH_TIME_MS", 500);
    int forks = env("BENCH_FORKS", 3);
    int warmup = env("BENCH_WARMUP", 3);
    int iterations = env("BENCH_ITERATIONS", 6);
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .include(System.getenv().getOrDefault("BENCH_INCLUDE", JmhRun.class.getPackageName()))
            .forks(forks)
            .warmupIterations(warmup)
            .warmupTime(TimeValue.milliseconds(millis))
            .measurementIterations(iterations)
            .measurementTime(TimeValue.milliseconds(millis))
            .threads(1)
            .addProfiler(GCProfiler.class)
            .resultFormat(ResultFormatType.JSON)
            .result(out.resolve("jmh.json").toString());
    String loadBefore = loadAverage();
    Collection<RunResult> results = new Runner(options.build()).run();
    Files.write(out.resolve("jmh.tsv"), toTsv(results));
    Files.writeString(
        out.resolve("jmh-settings.txt"),
        String.format(
            Locale.ROOT,
            "%d forks, %d warm-up and %d measurement iterations of %d ms, 1 thread, -prof gc;"
                + " load average (1, 5, 15 min) before: %s, after: %s%n",
            forks,
            warmup,
            iterations,
            millis,
            loadBefore,
            loadAverage()));
  }

  private static List<String> toTsv(Collection<RunResult> results) {
    List<String> lines = new ArrayList<>();
    for (RunResult run : results) {
      Result<?> primary = run.getPrimaryResult();
      Result<?> alloc = allocation(run.getSecondaryResults());
      lines.add(
          String.join(
              "\t",
              BenchmarkKey.of(run.getParams()),
              Double.toString(primary.getScore()),
              Double.toString(primary.getScoreError()),
              primary.getScoreUnit(),
              Double.toString(alloc == null ? Double.NaN : alloc.getScore()),
              Double.toString(alloc == null ? Double.NaN : alloc.getScoreError()),
              iterationScores(run)));
    }
    return lines;
  }

  /**
   * Every measurement iteration's score, all forks: the report takes medians of these, which a
   * shared machine's load spikes disturb far less than the mean.
   */
  private static String iterationScores(RunResult run) {
    StringJoiner scores = new StringJoiner(",");
    for (BenchmarkResult fork : run.getBenchmarkResults()) {
      for (IterationResult iteration : fork.getIterationResults()) {
        scores.add(Double.toString(iteration.getPrimaryResult().getScore()));
      }
    }
    return scores.toString();
  }

  private static Result<?> allocation(Map<String, Result> secondary) {
    for (Map.Entry<String, Result> entry : secondary.entrySet()) {
      if (entry.getKey().endsWith("gc.alloc.rate.norm")) {
        return entry.getValue();
      }
    }
    return null;
  }

  /** Other work on the machine, which the reader of the report should know about. */
  private static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
      return fields[0] + ", " + fields[1] + ", " + fields[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static int env(String name, int fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
  }
}
