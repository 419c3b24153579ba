package com.mastertrade.metrics.evolution.live;

import com.mastertrade.metrics.conventions.NamingRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses the Prometheus text format 0.0.4 and OpenMetrics 1.0 text, strictly: a malformed line, a
 * second {@code # TYPE} for a family, an unknown type, or OpenMetrics without its final {@code #
 * EOF} fails with the line number. client_java 1.x has writers for both formats but no parser; the
 * tests check this one against those writers' output.
 *
 * <p>Samples are grouped into the family their name belongs to: {@code x_bucket} into histogram
 * {@code x}, {@code x_total} into OpenMetrics counter {@code x}, {@code x_info} into info {@code
 * x}; a sample no {@code # TYPE} covers forms a family of its own.
 */
public final class ExpositionParser {
  private static final Set<String> TYPES =
      Set.of(
          "counter",
          "gauge",
          "histogram",
          "gaugehistogram",
          "summary",
          "info",
          "stateset",
          "untyped",
          "unknown");

  private final ExpositionFormat format;
  private final Map<String, FamilyBuilder> families = new LinkedHashMap<>();

  private ExpositionParser(ExpositionFormat format) {
    this.format = format;
  }

  public static Exposition parse(String text, ExpositionFormat format) {
    return new ExpositionParser(format).run(text);
  }

  private Exposition run(String text) {
    int lineNumber = 0;
    int start = 0;
    boolean eof = false;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      String line = text.substring(start, end);
      start = end + 1;
      lineNumber++;
      if (eof) {
        throw new ExpositionFormatException(lineNumber, "text after # EOF", line);
      }
      if (line.isEmpty()) {
        continue;
      }
      if (line.charAt(0) == '#') {
        eof = comment(line, lineNumber);
      } else {
        Sample sample = SampleLineParser.parse(line, lineNumber);
        familyOf(sample.name()).samples.add(sample);
      }
    }
    if (format == ExpositionFormat.OPENMETRICS && !eof) {
      throw new ExpositionFormatException(lineNumber, "OpenMetrics text must end with # EOF", "");
    }
    List<MetricFamily> result = new ArrayList<>(families.size());
    families.values().forEach(f -> result.add(f.build(format)));
    return new Exposition(format, result);
  }

  /** Returns whether the line is {@code # EOF}. */
  private boolean comment(String line, int lineNumber) {
    if (line.equals("# EOF")) {
      return true;
    }
    String[] parts = line.split(" ", 4);
    if (parts.length < 3 || !parts[0].equals("#")) {
      return false; // a free comment, allowed by the text format
    }
    String keyword = parts[1];
    if (!keyword.equals("TYPE") && !keyword.equals("HELP") && !keyword.equals("UNIT")) {
      return false;
    }
    String name = parts[2];
    if (!NamingRules.isMetricName(name)) {
      throw new ExpositionFormatException(lineNumber, "invalid metric name '" + name + "'", line);
    }
    String value = parts.length > 3 ? parts[3] : "";
    FamilyBuilder family = families.computeIfAbsent(name, FamilyBuilder::new);
    switch (keyword) {
      case "TYPE" -> {
        if (family.type != null) {
          throw new ExpositionFormatException(lineNumber, "second TYPE line for " + name, line);
        }
        if (!TYPES.contains(value)) {
          throw new ExpositionFormatException(lineNumber, "unknown type '" + value + "'", line);
        }
        family.type = value;
      }
      case "HELP" -> family.help = Escapes.unescapeHelp(value);
      default -> family.unit = value;
    }
    return false;
  }

  private FamilyBuilder familyOf(String sampleName) {
    FamilyBuilder exact = families.get(sampleName);
    if (exact != null) {
      return exact;
    }
    int underscore = sampleName.lastIndexOf('_');
    if (underscore > 0) {
      FamilyBuilder base = families.get(sampleName.substring(0, underscore));
      if (base != null && SampleSuffixes.allows(base.type, sampleName.substring(underscore))) {
        return base;
      }
    }
    return families.computeIfAbsent(sampleName, FamilyBuilder::new);
  }

  private static final class FamilyBuilder {
    final String name;
    final List<Sample> samples = new ArrayList<>();
    String type;
    String unit = "";
    String help = "";

    FamilyBuilder(String name) {
      this.name = name;
    }

    MetricFamily build(ExpositionFormat format) {
      String untyped = format == ExpositionFormat.OPENMETRICS ? "unknown" : "untyped";
      return new MetricFamily(name, type == null ? untyped : type, unit, help, samples);
    }
  }
}
