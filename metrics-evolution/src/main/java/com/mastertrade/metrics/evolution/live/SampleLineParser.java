package com.mastertrade.metrics.evolution.live;

import com.mastertrade.metrics.conventions.NamingRules;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One sample line of the text format or OpenMetrics: {@code name{label="value",...} value
 * [timestamp]}, and in OpenMetrics an optional exemplar {@code # {labels} value [timestamp]}.
 * Strict: anything else is an {@link ExpositionFormatException} naming the line.
 */
final class SampleLineParser {
  private final String line;
  private final int lineNumber;
  private int pos;

  private SampleLineParser(String line, int lineNumber) {
    this.line = line;
    this.lineNumber = lineNumber;
  }

  static Sample parse(String line, int lineNumber) {
    return new SampleLineParser(line, lineNumber).sample();
  }

  private Sample sample() {
    String name = name(true);
    Map<String, String> labels = Map.of();
    if (pos < line.length() && line.charAt(pos) == '{') {
      labels = labels();
    }
    requireBlank("a space before the value");
    String value = token();
    double parsed = SampleValues.parse(value, () -> fail("not a number '" + value + "'"));
    skipBlanks();
    if (pos < line.length() && line.charAt(pos) != '#') {
      String timestamp = token();
      SampleValues.parse(timestamp, () -> fail("not a timestamp '" + timestamp + "'"));
      skipBlanks();
    }
    Exemplar exemplar = pos < line.length() ? exemplar() : null;
    return new Sample(name, labels, parsed, exemplar);
  }

  /** {@code # {trace_id="..."} 0.5 [timestamp]}: its timestamp is checked for form, not kept. */
  private Exemplar exemplar() {
    if (!line.startsWith("# {", pos)) {
      throw fail("unexpected text after the value");
    }
    pos += 2;
    Map<String, String> labels = labels();
    requireBlank("a space before the exemplar value");
    String value = token();
    double parsed = SampleValues.parse(value, () -> fail("not an exemplar value '" + value + "'"));
    skipBlanks();
    if (pos < line.length()) {
      String timestamp = token();
      SampleValues.parse(timestamp, () -> fail("not an exemplar timestamp '" + timestamp + "'"));
      skipBlanks();
    }
    if (pos < line.length()) {
      throw fail("unexpected text after the exemplar");
    }
    return new Exemplar(labels, parsed);
  }

  private Map<String, String> labels() {
    Map<String, String> labels = new LinkedHashMap<>();
    pos++; // '{'
    skipBlanks();
    while (pos < line.length() && line.charAt(pos) != '}') {
      String label = name(false);
      skipBlanks();
      expect('=');
      skipBlanks();
      String value = quoted();
      if (labels.put(label, value) != null) {
        throw fail("label '" + label + "' appears twice");
      }
      skipBlanks();
      if (pos < line.length() && line.charAt(pos) == ',') {
        pos++;
        skipBlanks();
      } else if (pos < line.length() && line.charAt(pos) != '}') {
        throw fail("expected ',' or '}' after a label value");
      }
    }
    expect('}');
    return labels;
  }

  private String quoted() {
    expect('"');
    StringBuilder value = null;
    int start = pos;
    while (pos < line.length()) {
      char c = line.charAt(pos);
      if (c == '"') {
        String text = value == null ? line.substring(start, pos) : value.toString();
        pos++;
        return text;
      }
      if (c == '\\') {
        if (value == null) {
          value = new StringBuilder(line.substring(start, pos));
        }
        if (pos + 1 >= line.length()) {
          break;
        }
        char escaped = line.charAt(pos + 1);
        switch (escaped) {
          case '\\' -> value.append('\\');
          case '"' -> value.append('"');
          case 'n' -> value.append('\n');
          default -> throw fail("unknown escape '\\" + escaped + "' in a label value");
        }
        pos += 2;
        continue;
      }
      if (value != null) {
        value.append(c);
      }
      pos++;
    }
    throw fail("unterminated label value");
  }

  private String name(boolean metric) {
    int start = pos;
    while (pos < line.length() && isNameChar(line.charAt(pos), pos == start, metric)) {
      pos++;
    }
    if (pos == start) {
      throw fail(metric ? "expected a metric name" : "expected a label name");
    }
    return line.substring(start, pos);
  }

  private static boolean isNameChar(char c, boolean first, boolean metric) {
    return metric ? NamingRules.isMetricNameChar(c, first) : NamingRules.isLabelNameChar(c, first);
  }

  private String token() {
    int start = pos;
    while (pos < line.length() && line.charAt(pos) != ' ' && line.charAt(pos) != '\t') {
      pos++;
    }
    return line.substring(start, pos);
  }

  private void requireBlank(String what) {
    if (pos >= line.length() || (line.charAt(pos) != ' ' && line.charAt(pos) != '\t')) {
      throw fail("expected " + what);
    }
    skipBlanks();
  }

  private void skipBlanks() {
    while (pos < line.length() && (line.charAt(pos) == ' ' || line.charAt(pos) == '\t')) {
      pos++;
    }
  }

  private void expect(char c) {
    if (pos >= line.length() || line.charAt(pos) != c) {
      throw fail("expected '" + c + "'");
    }
    pos++;
  }

  private ExpositionFormatException fail(String problem) {
    return new ExpositionFormatException(lineNumber, problem, line);
  }
}
