package com.mastertrade.metrics.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns {@code jmh.tsv} and {@code scaling.tsv} into {@code README.md} and {@code chart.png}.
 * Separate from the runs so the report can be re-rendered without measuring again.
 *
 * <p>Usage: {@code ReportMain <results dir> <report dir> <notes.md> <command>}
 */
public final class ReportMain {
  private ReportMain() {}

  public static void main(String[] args) throws IOException {
    Path results = Path.of(args[0]);
    Path report = Files.createDirectories(Path.of(args[1]));
    String notes = Files.exists(Path.of(args[2])) ? Files.readString(Path.of(args[2])) : "";
    String command = args.length > 3 ? args[3] : "benchmarks/run.sh";
    Map<String, Measurement> measurements = new LinkedHashMap<>();
    for (String line : lines(results.resolve("jmh.tsv"))) {
      Measurement m = Measurement.parse(line);
      measurements.put(m.key(), m);
    }
    List<ScalingRow> scaling =
        lines(results.resolve("scaling.tsv")).stream()
            .map(ScalingRow::parse)
            .collect(Collectors.toList());
    String settings =
        Files.exists(results.resolve("jmh-settings.txt"))
            ? Files.readString(results.resolve("jmh-settings.txt"))
            : "settings unknown";
    String markdown = new MarkdownReport().render(command, settings, measurements, scaling, notes);
    Files.writeString(report.resolve("README.md"), markdown);
    List<Measurement> perRecording =
        MarkdownReport.ordered(measurements).stream()
            .filter(m -> m.unit().equals("ns/op"))
            .collect(Collectors.toList());
    BarChart.write(
        "ns/op, fastest iteration (bar) and median (marker), log scale; B/op from -prof gc",
        perRecording,
        report.resolve("chart.png"));
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.exists(file)
        ? Files.readAllLines(file).stream().filter(l -> !l.isBlank()).collect(Collectors.toList())
        : List.of();
  }
}
