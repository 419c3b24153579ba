package com.mastertrade.metrics.benchmarks.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The processor-scaling section: compile times per schema size and mode, and how they grow. Linear
 * growth shows as a constant cost per added metric; a fixed start-up cost makes {@code t(5000) /
 * t(500)} fall below 10, so the marginal cost per metric is the fairer test.
 */
final class ScalingSection {
  private static final String[] MODES = {"JAVAC_ONLY", "PROCESSOR_ONLY", "FULL"};

  private ScalingSection() {}

  static void render(StringBuilder out, List<ScalingRow> rows) {
    out.append("## Processor scaling\n\n");
    if (rows.isEmpty()) {
      out.append("Not measured in this run.\n");
      return;
    }
    out.append(
        "In-process javac (javax.tools) with the metrics processor, warm JIT, fastest of the"
            + " repetitions. `javac only` = `-proc:none` (the schema alone), `processor only` ="
            + " `-proc:only`, `full` = process and compile everything, as a build does.\n\n");
    out.append("| metrics | javac only ms | processor only ms | full ms | full ms per metric |")
        .append(" generated files | generated KiB | full, all runs ms |\n");
    out.append("|---|---|---|---|---|---|---|---|\n");
    for (int size : sizes(rows)) {
      ScalingRow full = find(rows, size, "FULL").orElse(null);
      out.append(String.format(Locale.ROOT, "| %,d ", size));
      for (String mode : MODES) {
        out.append(
            find(rows, size, mode)
                .map(r -> String.format(Locale.ROOT, "| %.0f ", r.millis()))
                .orElse("| n/a "));
      }
      if (full != null) {
        out.append(
            String.format(
                Locale.ROOT,
                "| %.2f | %d | %.0f | %s |%n",
                full.millis() / size,
                full.files(),
                full.generatedBytes() / 1024.0,
                full.allMillis()));
      } else {
        out.append("| | | | |\n");
      }
    }
    out.append(
        "\nGrowth (linear: time ratio 10 for 10x the metrics, constant ms per added metric):\n\n");
    out.append("| mode | t(500)/t(50) | t(5000)/t(500) | ms per added metric 50→500 |")
        .append(" ms per added metric 500→5000 | verdict |\n|---|---|---|---|---|---|\n");
    for (String mode : MODES) {
      growth(out, rows, mode);
    }
  }

  private static void growth(StringBuilder out, List<ScalingRow> rows, String mode) {
    Optional<ScalingRow> small = find(rows, 50, mode);
    Optional<ScalingRow> mid = find(rows, 500, mode);
    Optional<ScalingRow> large = find(rows, 5000, mode);
    if (small.isEmpty() || mid.isEmpty() || large.isEmpty()) {
      return;
    }
    double t50 = small.get().millis();
    double t500 = mid.get().millis();
    double t5000 = large.get().millis();
    double marginalLow = (t500 - t50) / 450;
    double marginalHigh = (t5000 - t500) / 4500;
    String verdict =
        t5000 / t500 <= 10
            ? (marginalHigh <= marginalLow * 1.25
                ? "linear or better"
                : "ratio ≤ 10 (met), marginal cost rising")
            : "**worse than linear**";
    out.append(
        String.format(
            Locale.ROOT,
            "| %s | %.1f | %.1f | %.2f | %.2f | %s |%n",
            mode.toLowerCase(Locale.ROOT).replace('_', ' '),
            t500 / t50,
            t5000 / t500,
            marginalLow,
            marginalHigh,
            verdict));
  }

  private static int[] sizes(List<ScalingRow> rows) {
    return rows.stream().mapToInt(ScalingRow::metrics).distinct().sorted().toArray();
  }

  private static Optional<ScalingRow> find(List<ScalingRow> rows, int size, String mode) {
    return rows.stream().filter(r -> r.metrics() == size && r.mode().equals(mode)).findFirst();
  }
}
