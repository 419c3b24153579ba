package com.mastertrade.services.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The remote-write capacity table: the series each service exposes and the bytes per sample the
 * senders measured, scaled to 10, 100 and 1,000 instances of every service at the production scrape
 * interval; and the same at each service's worst case, the processor's worst case (from the schema
 * snapshot) of every schema family the service exposes.
 */
final class CapacityReport {
  private static final Pattern INTERVAL = Pattern.compile("(?m)^  scrape_interval: ([0-9]+)s$");
  private static final Pattern SAMPLE_SUFFIX =
      Pattern.compile("_(total|created|bucket|count|sum|info)$");
  private static final List<Integer> INSTANCES = List.of(1, 10, 100, 1_000);

  private CapacityReport() {}

  static String markdown(
      Path root,
      RemoteWriteRate rate,
      Map<String, Long> seriesPerJob,
      Map<String, Set<String>> familiesPerJob)
      throws IOException {
    JsonNode snapshot =
        new ObjectMapper().readTree(root.resolve("generated-docs/schema-snapshot.json").toFile());
    Map<String, Long> worstCasePerFamily = new HashMap<>();
    for (JsonNode metric : snapshot.path("metrics")) {
      worstCasePerFamily.put(metric.path("name").asText(), metric.path("worstCaseSeries").asLong());
    }
    long interval = Long.parseLong(find(INTERVAL, root.resolve("alerts/prometheus.yml")));
    long measured = 0;
    long worstCase = 0;
    StringBuilder services = new StringBuilder();
    for (Map.Entry<String, Long> job : seriesPerJob.entrySet()) {
      // A histogram's _bucket, _count and _sum, a counter's _total and _created: one family each.
      Set<String> schemaFamilies = new TreeSet<>();
      for (String sampleName : familiesPerJob.getOrDefault(job.getKey(), Set.of())) {
        String family = SAMPLE_SUFFIX.matcher(sampleName).replaceFirst("");
        if (worstCasePerFamily.containsKey(sampleName)) {
          schemaFamilies.add(sampleName);
        } else if (worstCasePerFamily.containsKey(family)) {
          schemaFamilies.add(family);
        }
      }
      long worst = schemaFamilies.stream().mapToLong(worstCasePerFamily::get).sum();
      measured += job.getValue();
      worstCase += worst;
      services.append(format("| `%s` | %,d | %,d |\n", job.getKey(), job.getValue(), worst));
    }
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
        .append("Series per service: exposed in this run (Prometheus' own `up` and `scrape_*`")
        .append(" included), and at worst: the processor's worst case of every schema family the")
        .append(" service exposes (`generated-docs/schema-snapshot.json`).")
        .append(
            format(
                " The whole schema's worst case is %,d series.\n\n",
                snapshot.path("worstCaseSeries").asLong()))
        .append("| service | series exposed | worst case |\n|---|---:|---:|\n")
        .append(services)
        .append(format("| all six | %,d | %,d |\n\n", measured, worstCase))
        .append("## At scale\n\n")
        .append(
            format(
                "Every instance of every service scraped each %d s (the generated scrape config),"
                    + " at the measured bytes per sample.\n\n",
                interval))
        .append("| instances of each service | series | remote-write | worst-case series |")
        .append(" worst-case remote-write |\n|---:|---:|---:|---:|---:|\n");
    for (int instances : INSTANCES) {
      long series = measured * instances;
      long worst = worstCase * instances;
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
