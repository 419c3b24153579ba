package com.mastertrade.metrics.processor.promql;

import com.mastertrade.metrics.processor.promql.syntax.PromqlDuration;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Grafana variables an expression uses: those standing for a duration, and those inside strings
 * (label values, regexes), where Grafana substitutes them as text.
 */
final class GrafanaVariables {
  private static final Pattern VARIABLE =
      Pattern.compile(
          "\\$\\{([a-zA-Z_][a-zA-Z0-9_]*)[^}]*}|\\$([a-zA-Z_][a-zA-Z0-9_]*)"
              + "|\\[\\[([a-zA-Z_][a-zA-Z0-9_]*)]]");

  private GrafanaVariables() {}

  static Set<String> used(SyntaxFacts facts) {
    Set<String> names = new TreeSet<>();
    for (PromqlDuration duration : facts.durations) {
      duration.variable().ifPresent(v -> addAll(v, names));
    }
    for (String string : facts.strings) {
      addAll(string, names);
    }
    return names;
  }

  /** Those standing where a duration does: {@code [$__rate_interval]}, {@code offset $x}. */
  static Set<String> inDurations(SyntaxFacts facts) {
    Set<String> names = new TreeSet<>();
    for (PromqlDuration duration : facts.durations) {
      duration.variable().ifPresent(v -> addAll(v, names));
    }
    return names;
  }

  private static void addAll(String text, Set<String> names) {
    Matcher matcher = VARIABLE.matcher(text);
    while (matcher.find()) {
      for (int group = 1; group <= 3; group++) {
        if (matcher.group(group) != null) {
          names.add(matcher.group(group));
        }
      }
    }
  }
}
