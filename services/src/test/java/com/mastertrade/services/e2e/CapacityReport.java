package com.mastertrade.services.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The remote-write capacity table: the series each service exposes and the bytes per sample the
 * senders measured, scaled to 10, 100 and 1,000 instances of every service at the production scrape
 * interval; and the same at the schema's worst case, which bounds every instance.
 */
final class CapacityReport {
  private static final Pattern WORST_CASE =
      Pattern.compile("At worst the schema exposes ([0-9,]+) series");
  private static final Pattern INTERVAL = Pattern.compile("(?m)^  scrape_interval: ([0-9]+)s$");
  private static final List<Integer> INSTANCES = List.of(1, 10, 100, 1_000);

  private CapacityReport() {}

  static String markdown(Path root, RemoteWriteRate rate, Map<String, Long> seriesPerJob)
      throws IOException {
    long worstCase =
        Long.parseLong(find(WORST_CASE, root.resolve("generated-docs/README.md")).replace(",", ""));
    long interval = Long.parseLong(find(INTERVAL, root.resolve("alerts/prometheus.yml")));
    long measured = seriesPerJob.values().stream().mapToLong(Long::longValue).sum();
    StringBuilder md = new StringBuilder();
    md.append("# Remote-write capacity\n\n")
        .append(
            "Written by `RemoteWriteStackIT` (the end-to-end test of the remote-write topology,")
        .append(" `STACK_TOPOLOGY=remote-write scripts/stack-start.sh`): two Prometheus agents")
        .append(" remote-write what they scrape of the six services to a central Prometheus.\n\n")
        .append("## Measured\n\n")
        .append(
            format(
                "Over %.0f s the senders sent %,.0f samples/s in %,.0f B/s of compressed"
                    + " payload: **%.2f bytes per sample**.\n\n",
                rate.seconds(),
                rate.samplesPerSecond(),
                rate.bytesPerSecond(),
                rate.bytesPerSample()))
        .append("| service | series exposed |\n|---|---:|\n");
    seriesPerJob.forEach((job, series) -> md.append(format("| `%s` | %,d |\n", job, series)));
    md.append(format("| all six | %,d |\n\n", measured))
        .append("## At scale\n\n")
        .append(
            format(
                "Every instance of every service scraped each %d s (the generated scrape config)."
                    + " Measured: the series above per instance. Worst case: every instance at the"
                    + " schema's worst case of %,d series (the processor's bound; a service"
                    + " registers only its categories, so this is an upper bound).\n\n",
                interval, worstCase))
        .append("| instances of each service | series | remote-write | worst-case series |")
        .append(" worst-case remote-write |\n|---:|---:|---:|---:|---:|\n");
    for (int instances : INSTANCES) {
      long series = measured * instances;
      long worst = worstCase * seriesPerJob.size() * instances;
      md.append(
          format(
              "| %,d | %,d | %s | %,d | %s |\n",
              instances,
              series,
              bandwidth(series, interval, rate.bytesPerSample()),
              worst,
              bandwidth(worst, interval, rate.bytesPerSample())));
    }
    return md.toString();
  }

  private static String bandwidth(long series, long interval, double bytesPerSample) {
    double bytesPerSecond = series * bytesPerSample / interval;
    double gibPerDay = bytesPerSecond * 86_400 / (1L << 30);
    return format("%,.1f KiB/s (%,.1f GiB/day)", bytesPerSecond / 1024, gibPerDay);
  }

  private static String find(Pattern pattern, Path file) throws IOException {
    Matcher matcher = pattern.matcher(Files.readString(file));
    if (!matcher.find()) {
      throw new IllegalStateException(file + " does not say " + pattern);
    }
    return matcher.group(1);
  }

  private static String format(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
